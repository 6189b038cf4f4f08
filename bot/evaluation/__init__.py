"""Scoring extraction against labelled reports (the ``eval`` command's engine)."""
