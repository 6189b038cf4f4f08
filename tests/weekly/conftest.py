"""Storage fixtures: a fresh migrated Store on SQLite and on PostgreSQL."""

from __future__ import annotations

from tests.storage.conftest import database_url, store

__all__ = ["database_url", "store"]
