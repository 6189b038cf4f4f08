"""The one long-lived decider: takes stored reports off the database's queue and runs the alert engine on them.

The pipeline only stores reports (``decided_at`` null) and nudges; this loop claims what is undecided, decides it,
and marks it decided. A kill between storing and deciding, a failed decision or a database outage leaves the
reports queued, and whichever process decides next picks them up. Deciding twice is harmless (figures already
grouped are skipped), and on PostgreSQL one process at a time decides (a session lock), so two never group the
same new figures into two events.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Sequence

from sqlalchemy.exc import DBAPIError

from bot.storage.locks import SessionLock
from bot.storage.report_repo import ReportRepository

log = logging.getLogger(__name__)

# Reports decided per transaction: large enough for a busy poll, small enough that one decision stays short.
BATCH = 50
IDLE_SECONDS = 2.0
STANDBY_SECONDS = 5.0
MAX_BACKOFF_SECONDS = 30.0

DecideSync = Callable[[list[int]], int]  # the alert engine on report ids (blocking); the deliveries it queued


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Decider:
    """Decides every stored report exactly once in effect, whoever stored it and whenever."""

    def __init__(
        self,
        reports: ReportRepository,
        decide: DecideSync,
        *,
        lock: SessionLock,
        on_queued: Callable[[], None] = lambda: None,
        now: Callable[[], dt.datetime] = _utcnow,
        batch: int = BATCH,
    ) -> None:
        self._reports = reports
        self._decide = decide
        self._lock = lock
        self._on_queued = on_queued
        self._now = now
        self._batch = batch
        self._wake = asyncio.Event()
        self._stop = asyncio.Event()

    def nudge(self) -> None:
        """Reports were stored: look now rather than at the next idle tick."""
        self._wake.set()

    def stop(self) -> None:
        """End ``run`` after the decision in progress (a decision is one transaction: it commits or not at all)."""
        self._stop.set()
        self._wake.set()

    async def run(self) -> None:
        """Decide queued reports until stopped; failures back off and retry, never end the loop."""
        failures = 0
        try:
            while not self._stop.is_set():
                # Cleared before the attempt, not when pausing after it: a stop or a nudge that comes while the
                # attempt runs in its thread then ends the pause at once instead of being wiped by it (a stop during
                # an outage used to wait out the whole backoff, up to 30 s).
                self._wake.clear()
                try:
                    if not await asyncio.to_thread(self._lock.try_acquire):
                        await self._pause(STANDBY_SECONDS)
                        continue
                    decided = await asyncio.to_thread(self.decide_pending)
                    failures = 0
                except DBAPIError as exc:
                    failures += 1
                    log.warning("deciding waits: the database is unreachable (%s)", type(exc.orig).__name__)
                    await self._pause(min(MAX_BACKOFF_SECONDS, 2.0**failures))
                    continue
                except Exception:
                    failures += 1
                    log.exception("deciding alerts failed; the reports stay queued")
                    await self._pause(min(MAX_BACKOFF_SECONDS, 2.0**failures))
                    continue
                if decided == 0:
                    await self._pause(IDLE_SECONDS)
        finally:
            await asyncio.to_thread(self._lock.release)

    def decide_pending(self) -> int:
        """Blocking: decide queued reports batch by batch until none is left; how many were decided."""
        total = 0
        while not self._stop.is_set():
            ids = self._reports.undecided(limit=self._batch)
            if not ids:
                break
            self._decide_batch(ids)
            total += len(ids)
        return total

    def _decide_batch(self, ids: Sequence[int]) -> None:
        queued = self._decide(list(ids))
        # A kill here re-decides these reports at the next start: their figures are grouped already, nothing repeats.
        self._reports.mark_decided(ids, self._now())
        if queued:
            log.info("%d alert(s) queued from %d report(s)", queued, len(ids))
            self._on_queued()

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=seconds)
