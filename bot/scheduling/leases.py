"""Polling a source once a period across several processes, by one of them at a time.

Every process checks every source often (``check_seconds``); ``SourceRepository.claim_poll`` lets one of them
through per period and gives it a short lease, renewed while the poll runs. A process killed mid-poll stops
renewing, its lease runs out within ``LEASE_SECONDS``, and another process polls the source in its place. A slow
source therefore never piles up polls, and never stays unpolled because its poller died.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable

from bot.sources.base import Source
from bot.storage.source_repo import SourceRepository

log = logging.getLogger(__name__)

LEASE_SECONDS = 20.0
RENEW_SECONDS = 5.0
MAX_CHECK_SECONDS = 60.0
MIN_CHECK_SECONDS = 0.5

Poller = Callable[[Source], Awaitable[object]]


def check_seconds(poll_seconds: float) -> float:
    """How often each process asks whether a source is due: a quarter period, between 0.5 s and a minute."""
    return max(MIN_CHECK_SECONDS, min(MAX_CHECK_SECONDS, poll_seconds / 4))


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SourceLeases:
    """Wraps a poller so it runs only when this process won the source's poll for the current period."""

    def __init__(self, repository: SourceRepository, owner: str, *, now: Callable[[], dt.datetime] = _utcnow) -> None:
        self._repository = repository
        self._owner = owner
        self._now = now
        self.last_check = time.monotonic()  # liveness: when the last check ran (successful or not)
        self._polling: set[str] = set()

    def gated(self, poller: Poller) -> Poller:
        """The poller, polling only sources this process claimed, and renewing the claim while it polls."""

        async def poll_if_claimed(source: Source) -> object:
            self.last_check = time.monotonic()
            if source.name in self._polling:
                return None  # this process is still polling it: the check has nothing to do
            # the period starts a little early, so checks landing just before it still take it
            period = max(0.0, source.poll_seconds - check_seconds(source.poll_seconds) / 2)
            claimed = await asyncio.to_thread(
                self._repository.claim_poll,
                source.name,
                type=source.type,
                owner=self._owner,
                now=self._now(),
                poll_seconds=period,
                lease_seconds=LEASE_SECONDS,
            )
            if not claimed:
                return None
            renewing = asyncio.create_task(self._renew(source.name))
            self._polling.add(source.name)
            try:
                return await poller(source)
            finally:
                self._polling.discard(source.name)
                renewing.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await renewing
                with contextlib.suppress(Exception):
                    await asyncio.to_thread(self._repository.release_poll, source.name, self._owner)

        return poll_if_claimed

    async def _renew(self, name: str) -> None:
        while True:
            await asyncio.sleep(RENEW_SECONDS)
            until = self._now() + dt.timedelta(seconds=LEASE_SECONDS)
            try:
                await asyncio.to_thread(self._repository.renew_poll, name, self._owner, until)
            except Exception:
                log.warning("could not renew the poll lease of %s; another process may take it over", name)
