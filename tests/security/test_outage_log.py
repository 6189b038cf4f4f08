"""Log discipline for failing dependencies: once on failure, at most once a minute while down, once on recovery."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path

import pytest
from telegram import Bot

from bot.delivery import sender
from bot.delivery.sender import Deliverer
from bot.outage_log import OutageLog
from bot.pipeline import poll_source
from bot.sources import RssSource, make_client
from bot.storage import Store
from bot.storage.engine import create_engine, migrate
from bot.storage.outbox_repo import OutboxRepository
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer, Route, rss, start


class FakeClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_failure_reminder_and_recovery_are_each_one_line(caplog: pytest.LogCaptureFixture) -> None:
    """1,000 failures over five minutes give one line, then one reminder a minute, then one recovery line."""
    clock = FakeClock()
    outages = OutageLog(logging.getLogger("outage-test"), clock=clock)
    with caplog.at_level(logging.INFO, logger="outage-test"):
        for _ in range(1000):
            outages.failed("database", ConnectionError("connection refused"))
            clock.now += 0.3
        outages.recovered("database")
        outages.recovered("database")
    messages = [record.getMessage() for record in caplog.records]
    assert messages[0] == "database is failing: ConnectionError: connection refused"
    reminders = [m for m in messages if "still failing" in m]
    assert len(reminders) == 4  # 300 s down: at 60, 120, 180 and 240 s
    assert messages[-1].startswith("database recovered after 300s and 1000 failure(s)")
    assert len(messages) == 6


def test_unexpected_errors_get_one_traceback_connection_trouble_none(caplog: pytest.LogCaptureFixture) -> None:
    """A bug is traced once; a refused connection is a line."""
    outages = OutageLog(logging.getLogger("outage-test-3"), clock=FakeClock())
    with caplog.at_level(logging.INFO, logger="outage-test-3"):
        for _ in range(3):
            outages.failed("job a", KeyError("bug"), traceback=True)
            outages.failed("job b", ConnectionRefusedError("refused"), traceback=True)
    assert [(record.getMessage().split(":")[0], bool(record.exc_info)) for record in caplog.records] == [
        ("job a is failing", True),
        ("job b is failing", False),
    ]


def test_dependencies_are_tracked_apart(caplog: pytest.LogCaptureFixture) -> None:
    """Two sources failing at once each get their first line."""
    outages = OutageLog(logging.getLogger("outage-test-2"), clock=FakeClock())
    with caplog.at_level(logging.INFO, logger="outage-test-2"):
        for _ in range(10):
            outages.failed("source a", "HTTP 500")
            outages.failed("source b", "timed out")
    assert len(caplog.records) == 2


async def test_database_outage_under_the_delivery_loop(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The SQLite folder vanishes under a running delivery job, then comes back: three lines, no flood."""
    folder = tmp_path / "db"
    folder.mkdir()
    engine = create_engine(f"sqlite:///{folder / 'bot.db'}")
    migrate(engine)
    with BotApiDouble() as api:
        async with Bot(api.token, base_url=api.base_url) as bot:
            deliverer = Deliverer(bot, OutboxRepository(engine))
            with caplog.at_level(logging.INFO, logger=sender.log.name):
                await deliverer.drain_logged()
                engine.dispose()
                shutil.move(folder, tmp_path / "gone")
                for _ in range(200):  # 100 s of rounds every half second
                    await deliverer.drain_logged()
                shutil.move(tmp_path / "gone", folder)
                await deliverer.drain_logged()
                await deliverer.drain_logged()
    lines = [record.getMessage() for record in caplog.records if record.name == sender.log.name]
    assert len(lines) == 2, lines
    assert "delivery (database or Telegram) is failing: OperationalError" in lines[0]
    assert "recovered" in lines[1]
    assert not [record for record in caplog.records if record.exc_info]  # connection trouble: one line, no trace


async def test_source_down_then_up_logs_twice(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Five failed polls of a feed on a closed port log one line; its first answer logs one more."""
    served = FeedServer()
    served.routes["/feed"] = Route(body=rss(("a", "T", "Text.")))
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        async with make_client(timeout_seconds=1.0) as client:
            down = RssSource(name="flaky", url="http://127.0.0.1:9/feed", client=client)
            now = dt.datetime(2024, 3, 4, tzinfo=dt.UTC)
            with caplog.at_level(logging.INFO, logger="bot.pipeline"):
                for day in range(5):
                    await poll_source(down, store, now=now + dt.timedelta(days=day), extractor=lambda t, d: [])
                stop = start(served)
                try:
                    up = RssSource(name="flaky", url=served.url("/feed"), client=client)
                    await poll_source(up, store, now=now + dt.timedelta(days=9), extractor=lambda t, d: [])
                finally:
                    stop()
    finally:
        store.close()
    lines = [record.getMessage() for record in caplog.records if record.name == "bot.pipeline"]
    assert len(lines) == 2, lines
    assert lines[0].startswith("source flaky is failing: network error")
    assert lines[1].startswith("source flaky recovered")
