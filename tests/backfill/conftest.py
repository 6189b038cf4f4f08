"""Storage fixtures (a migrated Store on SQLite and on PostgreSQL) and a loopback HTTP server with a client."""

from __future__ import annotations

from tests.sources.conftest import client, server
from tests.storage.conftest import database_url, store

__all__ = ["client", "database_url", "server", "store"]
