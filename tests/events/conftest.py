"""The storage tests' fresh SQLite and PostgreSQL stores, for the event tests."""

from tests.storage.conftest import database_url, store

__all__ = ["database_url", "store"]
