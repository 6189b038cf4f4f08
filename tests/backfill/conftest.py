"""Storage fixtures (a migrated Store on SQLite and on PostgreSQL) and a loopback HTTP server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from bot.sources import make_client
from tests.storage.conftest import database_url, store
from tests.support.feed_server import FeedServer, start

__all__ = ["client", "database_url", "server", "store"]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A fresh loopback HTTP server with no routes yet."""
    served = FeedServer()
    stop = start(served)
    try:
        yield served
    finally:
        stop()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """The client the bot uses, with short timeouts for tests."""
    async with make_client(timeout_seconds=2.0) as opened:
        yield opened
