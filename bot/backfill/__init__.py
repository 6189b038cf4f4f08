"""Filling history from sources' archives: read back to a date, store, group into events, never alert."""
