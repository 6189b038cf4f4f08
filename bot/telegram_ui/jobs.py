"""Repeating jobs on PTB's JobQueue: queueing the daily digests that are due, retention, and the heartbeat.

Delivery is not a job: it is one long-lived loop (``bot.delivery.sender.Deliverer.run``) started and stopped with
the application by ``bot.lifecycle``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telegram.ext import CallbackContext, JobQueue

from bot.outage_log import OutageLog
from bot.scheduling.leadership import Leadership, when_leading
from bot.storage.outbox_repo import OutboxRepository
from bot.telegram_ui.context import BotContext

log = logging.getLogger(__name__)
# a database or Telegram outage fails these jobs every half second: logged once, then once a minute
outages = OutageLog(log)

HEARTBEAT_SECONDS = 60.0
DIGEST_CHECK_SECONDS = 60.0
RETENTION_SECONDS = 3600.0
# Finished digest rows are kept this long (for inspection), images of sent messages one day.
KEEP_SENT = dt.timedelta(days=14)
KEEP_IMAGES = dt.timedelta(days=1)
# One run at a time; a run that falls behind is merged with the next rather than queued up.
_SINGLE: dict[str, Any] = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 30}


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


def _retention(outbox: OutboxRepository) -> Callable[[CallbackContext[Any, Any, Any, Any]], Any]:
    async def retain(_context: CallbackContext[Any, Any, Any, Any]) -> None:
        now = dt.datetime.now(dt.UTC)
        deleted, stripped = await asyncio.to_thread(
            outbox.purge, sent_before=now - KEEP_SENT, photos_before=now - KEEP_IMAGES
        )
        if deleted or stripped:
            log.info("retention: %d finished digest message(s) deleted, %d image(s) dropped", deleted, stripped)

    return retain


def _beat(path: Path, healthy: Callable[[], bool]) -> Callable[[CallbackContext[Any, Any, Any, Any]], Any]:
    async def beat(_context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Touch the heartbeat file only while updates and polls really flow (a deaf process goes stale)."""
        if not healthy():
            log.warning("not touching the heartbeat: the bot is not healthy")
            return
        try:
            await asyncio.to_thread(_touch, path)
        except OSError as exc:
            log.warning("cannot touch the heartbeat file %s: %s", path, exc)

    return beat


def _touch(path: Path) -> None:
    path.parent.mkdir(exist_ok=True)  # one level at most: the configuration checked the rest
    path.touch()


def register_jobs(
    job_queue: JobQueue[Any],
    *,
    outbox: OutboxRepository,
    leadership: Leadership,
    digest_seconds: float = DIGEST_CHECK_SECONDS,
    mute_seconds: float = DIGEST_CHECK_SECONDS,
) -> None:
    """Schedule the digest check, mute expiry (in the leading process only) and retention; polling jobs are
    registered by `bot.scheduling`."""
    job_queue.run_repeating(queue_digests, interval=digest_seconds, first=1.0, name="digests", job_kwargs=_SINGLE)
    job_queue.run_repeating(
        when_leading(leadership, end_mutes), interval=mute_seconds, first=1.5, name="mutes", job_kwargs=_SINGLE
    )
    job_queue.run_repeating(
        _retention(outbox), interval=RETENTION_SECONDS, first=30.0, name="retention", job_kwargs=_SINGLE
    )


def register_heartbeat(job_queue: JobQueue[Any], path: Path, healthy: Callable[[], bool]) -> None:
    """Touch `path` every minute (and soon after start) while `healthy()` says the bot works."""
    job_queue.run_repeating(
        _beat(path, healthy), interval=HEARTBEAT_SECONDS, first=0.5, name="heartbeat", job_kwargs=_SINGLE
    )
