"""Repeating jobs on PTB's JobQueue: draining the outbox, and queueing the daily digests that are due."""

from __future__ import annotations

from typing import Any

from telegram.ext import JobQueue

from bot.telegram_ui.context import BotContext

DELIVERY_SECONDS = 0.5
DIGEST_CHECK_SECONDS = 60.0
# One run at a time; a run that falls behind is merged with the next rather than queued up.
_SINGLE: dict[str, Any] = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 30}


async def deliver(context: BotContext) -> None:
    """Send what the outbox holds, within Telegram's flood limits."""
    await context.services.deliverer.drain_once()


async def queue_digests(context: BotContext) -> None:
    """Queue the daily digests whose local time has come (checked every minute; restarts resume here)."""
    services = context.services
    await services.digests.queue_due(services.clock())


def register_jobs(
    job_queue: JobQueue[Any],
    *,
    delivery_seconds: float = DELIVERY_SECONDS,
    digest_seconds: float = DIGEST_CHECK_SECONDS,
) -> None:
    """Schedule delivery and the digest check; polling jobs are registered by `bot.scheduling`."""
    job_queue.run_repeating(deliver, interval=delivery_seconds, first=0.2, name="deliver", job_kwargs=_SINGLE)
    job_queue.run_repeating(queue_digests, interval=digest_seconds, first=1.0, name="digests", job_kwargs=_SINGLE)
