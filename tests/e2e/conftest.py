"""Fixtures for end-to-end runs: the Bot API double, a loopback feed server, and the bot as a process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import BotProcess, Conversation, write_config
from tests.support import feed_server
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer


@pytest.fixture(scope="module")
def api() -> Iterator[BotApiDouble]:
    """A Bot API double on loopback enforcing Telegram's flood limits."""
    with BotApiDouble() as double:
        yield double


@pytest.fixture(scope="module")
def feeds() -> Iterator[FeedServer]:
    """A loopback HTTP server the tests script feeds on."""
    server = FeedServer()
    stop = feed_server.start(server)
    try:
        yield server
    finally:
        stop()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the module's database, configuration and logs."""
    return tmp_path_factory.mktemp("bot")


@pytest.fixture(scope="module")
def conversation(api: BotApiDouble) -> Conversation:
    """Talks to the running bot through the double."""
    return Conversation(api)


def run_bot(api: BotApiDouble, workdir: Path, feeds: dict[str, str]) -> Iterator[BotProcess]:
    """Start the bot on a fresh config naming `feeds`; stop it with SIGTERM and require exit 0 afterwards."""
    config = write_config(workdir / "bot.toml", feeds)
    bot = BotProcess(api, workdir, config).start()
    try:
        yield bot
    finally:
        code = bot.stop()
        assert code == 0, f"exit code {code}:\n{bot.log()}"
        assert api.token not in bot.log(), "the token appeared in the log"
