"""Poll jobs on a real python-telegram-bot JobQueue (no network: the queue is started on its own)."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from telegram.ext import Application, ApplicationBuilder

from bot.scheduling.polling import poll_job_kwargs, register_polling
from bot.sources.base import FetchResult, Item, SourceState


@dataclass
class TimedSource:
    """A source that only has a name and an interval; the poller decides what a poll does."""

    name: str
    poll_seconds: Any
    type: str = "rss"

    async def fetch(self, state: SourceState) -> FetchResult:
        return FetchResult()

    async def complete(self, item: Item) -> Item:
        return item


@pytest.fixture
async def application() -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """An Application with a JobQueue whose scheduler runs, without contacting Telegram."""
    app = ApplicationBuilder().token("123456:TEST").build()
    assert app.job_queue is not None
    await app.job_queue.start()
    yield app
    await app.job_queue.stop(wait=False)


async def test_each_source_polls_on_its_own_and_a_slow_or_failing_one_blocks_nobody(
    application: Application[Any, Any, Any, Any, Any, Any],
) -> None:
    """A hung source never runs twice at once, a crashing one keeps its schedule, and the healthy one polls on."""
    runs: Counter[str] = Counter()
    running: Counter[str] = Counter()
    most_at_once: Counter[str] = Counter()

    async def poller(source: Any) -> None:
        runs[source.name] += 1
        running[source.name] += 1
        most_at_once[source.name] = max(most_at_once[source.name], running[source.name])
        try:
            if source.name == "hung":
                await asyncio.sleep(5)
            if source.name == "crashing":
                raise RuntimeError("bug in a source")
        finally:
            running[source.name] -= 1

    sources = [TimedSource("hung", 0.1), TimedSource("crashing", 0.1), TimedSource("healthy", 0.1)]
    assert application.job_queue is not None
    jobs = register_polling(application.job_queue, sources, poller)
    assert [job.name for job in jobs] == ["poll:hung", "poll:crashing", "poll:healthy"]
    await asyncio.sleep(1.5)
    for job in jobs:
        job.schedule_removal()
    assert runs["hung"] == 1
    assert most_at_once["hung"] == 1
    assert runs["crashing"] >= 3
    assert runs["healthy"] >= 3


def test_jobs_never_overlap_and_are_jittered() -> None:
    """Each job allows one instance, merges missed runs and spreads its start."""
    options = poll_job_kwargs(900)
    assert (options["max_instances"], options["coalesce"]) == (1, True)
    assert 0 < options["jitter"] <= 120
    assert options["misfire_grace_time"] >= 30
