"""The decider takes stored reports off the database queue; a failed decision leaves them queued."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from bot.scheduling.decider import Decider
from bot.storage import NewReport, Store
from bot.storage.locks import SessionLock

NOW = dt.datetime(2024, 3, 4, 10, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite store."""
    opened = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    yield opened
    opened.close()


def _store_reports(store: Store, count: int) -> list[int]:
    batch = [
        (
            NewReport(
                source="wire",
                external_id=f"r{n}",
                url=None,
                title="t",
                text=f"Report {n}: a text long enough to have its own content fingerprint here.",
                lang="en",
                published_at=NOW,
                fetched_at=NOW,
                alertable=True,
            ),
            [],
        )
        for n in range(count)
    ]
    return [i for i in store.reports.add_all(batch) if i is not None]


def test_every_stored_report_is_decided_in_batches_and_leaves_the_queue(store: Store) -> None:
    """Reports stored by any process (or before a restart) are decided in order, then marked."""
    ids = _store_reports(store, 5)
    seen: list[list[int]] = []
    queued: list[str] = []

    def decide(report_ids: list[int]) -> int:
        seen.append(report_ids)
        return len(report_ids)

    decider = Decider(
        store.reports, decide, lock=SessionLock(store.engine, "decider"), on_queued=lambda: queued.append("x"), batch=2
    )
    assert decider.decide_pending() == 5
    assert seen == [ids[:2], ids[2:4], ids[4:]]
    assert len(queued) == 3
    assert store.reports.undecided() == []


def test_a_failed_decision_leaves_its_reports_queued_for_the_next_try(store: Store) -> None:
    """A crash or outage inside the alert engine loses nothing: the same reports are decided next time."""
    ids = _store_reports(store, 3)
    attempts: list[list[int]] = []

    def flaky(report_ids: list[int]) -> int:
        attempts.append(report_ids)
        if len(attempts) == 1:
            raise RuntimeError("database went away")
        return 0

    decider = Decider(store.reports, flaky, lock=SessionLock(store.engine, "decider"))
    with pytest.raises(RuntimeError):
        decider.decide_pending()
    assert store.reports.undecided() == ids
    assert decider.decide_pending() == 3
    assert attempts == [ids, ids]
    assert store.reports.undecided() == []


class _Outage:
    """An alert engine whose database is unreachable: each call waits until released, then fails as a cut
    connection does."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, report_ids: list[int]) -> int:
        self.entered.set()
        self.release.wait(timeout=10)
        raise DBAPIError("SELECT 1", {}, ConnectionRefusedError("the database is cut off"))


async def test_a_stop_during_an_outage_does_not_wait_out_the_backoff(store: Store) -> None:
    """Stopped while a failing attempt runs in its thread, the decider ends at once rather than after its
    backoff (2 s after the first failure, up to 30 s after more): shutting down must not wait for the database."""
    _store_reports(store, 1)
    outage = _Outage()
    decider = Decider(store.reports, outage, lock=SessionLock(store.engine, "decider"))
    running = asyncio.create_task(decider.run())
    assert await asyncio.to_thread(outage.entered.wait, 5)
    decider.stop()  # while the attempt is still in its thread
    outage.release.set()
    started = time.monotonic()
    await asyncio.wait_for(running, timeout=10)
    assert time.monotonic() - started < 1.0
