"""The CSV export of stored events, shared by ``/export`` and ``displacement-bot export``."""
