"""Fixtures of the telegram tests: storage shared with the storage tests (a fresh migrated Store on SQLite and on
PostgreSQL), and the bot's Application started in-process against a fresh Bot API double."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.storage.conftest import database_url, store
from tests.support.bot_api_double import BotApiDouble
from tests.telegram.live_app import LiveBot

__all__ = ["api", "bot", "database_url", "store"]


@pytest.fixture
def api() -> Iterator[BotApiDouble]:
    """A fresh double per test: each test's chats start with clean flood counters."""
    with BotApiDouble() as double:
        yield double


@pytest.fixture
async def bot(api: BotApiDouble, tmp_path: Path) -> AsyncIterator[LiveBot]:
    """The bot's Application, started in-process against the double."""
    live = await LiveBot(api, tmp_path).start()
    try:
        yield live
    finally:
        await live.stop()
