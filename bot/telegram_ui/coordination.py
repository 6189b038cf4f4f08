"""What a coordinator takes to a meeting: the CSV export, baseline signals and weekly summaries, in one object.

`app.py` builds one desk on the bot's database; commands and jobs call it in worker threads (every method
blocks on SQL). The jobs run every minute (weekly summaries) and every hour (baseline signals).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

from sqlalchemy.engine import Engine
from telegram.ext import JobQueue

from bot.domain.containment import Contains
from bot.export.build import Export, export_events
from bot.scheduling.leadership import Leadership, when_leading
from bot.signals.service import BaselineSignals
from bot.storage.chats_repo import ChatRepository
from bot.storage.history_repo import HistoryRepository
from bot.weekly.service import WeeklySummaries

log = logging.getLogger(__name__)

WEEKLY_CHECK_SECONDS = 60.0
SIGNAL_CHECK_SECONDS = 3600.0
_SINGLE: dict[str, Any] = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 60}


class CoordinationDesk:
    """Exports, baseline signals and weekly summaries over the bot's database."""

    def __init__(self, engine: Engine, contains: Contains) -> None:
        self._chats = ChatRepository(engine)
        self._history = HistoryRepository(engine)
        self._contains = contains
        self.signals = BaselineSignals(engine, contains)
        self.weekly = WeeklySummaries(engine, contains)

    def export(self, chat_id: int, *, days: int, today: dt.date, projections: bool = False) -> Export | None:
        """The CSV of the chat's places over the last ``days`` days; None when the chat follows nothing."""
        places = [subscription.place for subscription in self._chats.subscriptions(chat_id)]
        if not places:
            return None
        return export_events(
            self._history, today=today, days=days, places=places, contains=self._contains, projections=projections
        )


def register_coordination_jobs(job_queue: JobQueue[Any], desk: CoordinationDesk, leadership: Leadership) -> None:
    """Schedule the weekly-summary check (every minute) and the baseline check (hourly), in the leading process."""

    async def weekly(_context: Any) -> None:
        await asyncio.to_thread(desk.weekly.queue_due, dt.datetime.now(dt.UTC))

    async def signals(_context: Any) -> None:
        await asyncio.to_thread(desk.signals.queue_due, dt.datetime.now(dt.UTC))

    job_queue.run_repeating(
        when_leading(leadership, weekly), interval=WEEKLY_CHECK_SECONDS, first=2.0, name="weekly", job_kwargs=_SINGLE
    )
    job_queue.run_repeating(
        when_leading(leadership, signals),
        interval=SIGNAL_CHECK_SECONDS,
        first=30.0,
        name="baselines",
        job_kwargs=_SINGLE,
    )
