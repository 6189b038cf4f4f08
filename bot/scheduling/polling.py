"""One repeating poll job per source on python-telegram-bot's JobQueue (APScheduler underneath)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any

from telegram.ext import CallbackContext, Job, JobQueue

from bot.outage_log import OutageLog
from bot.sources.base import Source

log = logging.getLogger(__name__)
outages = OutageLog(log)

Poller = Callable[[Source], Awaitable[object]]
# spread polls so sources configured alike do not all hit the network in the same second
JITTER_SHARE = 0.1
MAX_JITTER_SECONDS = 120
FIRST_RUN_SPREAD_SECONDS = 5.0


def poll_job_kwargs(poll_seconds: float) -> dict[str, Any]:
    """APScheduler options for a source's job: never two runs at once, late runs merged, jittered."""
    return {
        "max_instances": 1,
        "coalesce": True,
        "misfire_grace_time": max(30, int(poll_seconds // 2)),
        "jitter": min(MAX_JITTER_SECONDS, poll_seconds * JITTER_SHARE),
    }


def register_polling(
    job_queue: JobQueue[Any],
    sources: Sequence[Source],
    poller: Poller,
    *,
    every: Callable[[float], float] | None = None,
) -> list[Job[Any]]:
    """Schedule every source to be polled at its own interval (or checked at ``every(interval)``), soon after start."""
    jobs: list[Job[Any]] = []
    for index, source in enumerate(sources):
        first = min(FIRST_RUN_SPREAD_SECONDS, 0.2 * index) + 0.1
        interval = every(source.poll_seconds) if every else source.poll_seconds
        options = poll_job_kwargs(interval)
        if every:
            # frequent checks while a poll runs are expected: the gated poller returns at once for them
            options["max_instances"] = 2
        jobs.append(
            job_queue.run_repeating(
                _poll_callback(source, poller),
                interval=interval,
                first=first,
                name=f"poll:{source.name}",
                job_kwargs=options,
            )
        )
    return jobs


def _poll_callback(
    source: Source, poller: Poller
) -> Callable[[CallbackContext[Any, Any, Any, Any]], Coroutine[Any, Any, None]]:
    async def poll(_context: CallbackContext[Any, Any, Any, Any]) -> None:
        try:
            await poller(source)
        except Exception as exc:
            # the poller records source failures itself; what reaches here (a database outage, a bug) is kept
            # from other jobs and logged once, then once a minute while it lasts
            outages.failed(f"polling {source.name}", exc, traceback=True)
        else:
            outages.recovered(f"polling {source.name}")

    poll.__name__ = f"poll_{source.name}"
    return poll
