"""Scheduled work: poll jobs on the JobQueue (``polling``) and the backoff of failing sources (``backoff``)."""
