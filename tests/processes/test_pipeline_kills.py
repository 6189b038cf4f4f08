"""SIGKILLs at random moments while reports are polled, extracted, decided and delivered, on both backends.

A few kills here (the suite stays quick); ``benchmarks/pipeline_kills.py`` runs the issue's 40.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import wait_for
from tests.processes.kill_world import KillRun, prepare
from tests.storage.conftest import postgres_schema_url
from tests.support import feed_server
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer

KILLS = 4


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database for the whole run: a SQLite file or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.db'}"
    else:
        yield from postgres_schema_url()


def test_random_sigkills_lose_no_report_and_no_alert(tmp_path: Path, url: str) -> None:
    """Every report decided once and every alert delivered; repeats only for sends caught in flight."""
    prepare(url)
    server = FeedServer()
    stop_server = feed_server.start(server)
    try:
        with BotApiDouble() as api:
            run = KillRun(api=api, server=server, workdir=tmp_path, url=url, rng=random.Random(1312))
            run.start_feeds()
            first = run.bot().start()
            wait_for(run.first_polls_done, timeout=20, what="the first polls")
            run.kill(first)
            run.kill_cycle(KILLS)
            run.settle()
            figures = run.check()
    finally:
        stop_server()
    assert figures["published"] == KILLS
    print(figures)
