"""Repeating jobs on PTB's JobQueue: draining the outbox, and queueing the daily digests that are due."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from telegram.ext import JobQueue

from bot.outage_log import OutageLog
from bot.telegram_ui.context import BotContext

log = logging.getLogger(__name__)
# a database or Telegram outage fails these jobs every half second: logged once, then once a minute
outages = OutageLog(log)

DELIVERY_SECONDS = 0.5
HEARTBEAT_SECONDS = 60.0
DIGEST_CHECK_SECONDS = 60.0
# One run at a time; a run that falls behind is merged with the next rather than queued up.
_SINGLE: dict[str, Any] = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 30}


async def deliver(context: BotContext) -> None:
    """Send what the outbox holds, within Telegram's flood limits."""
    try:
        await context.services.deliverer.drain_once()
    except Exception as exc:
        outages.failed("delivery (database or Telegram)", exc, traceback=True)
    else:
        outages.recovered("delivery (database or Telegram)")


async def queue_digests(context: BotContext) -> None:
    """Queue the daily digests whose local time has come (checked every minute; restarts resume here)."""
    services = context.services
    try:
        await services.digests.queue_due(services.clock())
    except Exception as exc:
        outages.failed("digest scheduling (database)", exc, traceback=True)
    else:
        outages.recovered("digest scheduling (database)")


async def end_mutes(context: BotContext) -> None:
    """Unmute chats whose `/mute 8h` ran out, queueing what was held as a catch-up."""
    from bot.telegram_ui.chat_commands import end_mutes as end

    await end(context.services)


async def beat(context: BotContext) -> None:
    """Touch the heartbeat file, so a container health check can tell a live scheduler from a hung one."""
    path = context.job.data if context.job else None
    if not isinstance(path, Path):
        return
    try:
        path.parent.mkdir(exist_ok=True)  # one level at most: the configuration checked the rest
        path.touch()
    except OSError as exc:
        log.warning("cannot touch the heartbeat file %s: %s", path, exc)


def register_jobs(
    job_queue: JobQueue[Any],
    *,
    delivery_seconds: float = DELIVERY_SECONDS,
    digest_seconds: float = DIGEST_CHECK_SECONDS,
    mute_seconds: float = DIGEST_CHECK_SECONDS,
    heartbeat_file: Path | None = None,
) -> None:
    """Schedule delivery, the digest check and the heartbeat; polling jobs are registered by `bot.scheduling`."""
    job_queue.run_repeating(deliver, interval=delivery_seconds, first=0.2, name="deliver", job_kwargs=_SINGLE)
    job_queue.run_repeating(queue_digests, interval=digest_seconds, first=1.0, name="digests", job_kwargs=_SINGLE)
    job_queue.run_repeating(end_mutes, interval=mute_seconds, first=1.5, name="mutes", job_kwargs=_SINGLE)
    if heartbeat_file is not None:
        job_queue.run_repeating(
            beat, interval=HEARTBEAT_SECONDS, first=0.5, name="heartbeat", data=heartbeat_file, job_kwargs=_SINGLE
        )
