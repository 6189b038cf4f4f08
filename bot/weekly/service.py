"""Building weekly summaries from the archive, now (`/weekly`) or on each chat's chosen day (the minute job).

Blocking (SQL and sums): the bot runs it in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy.engine import Engine

from bot.domain.alert_text import place_line
from bot.domain.containment import Contains
from bot.domain.history import in_places
from bot.i18n import DEFAULT, Lang
from bot.signals.readings import HISTORY_DAYS, counted, place_readings
from bot.storage.chats_repo import ChatRepository, local_now
from bot.storage.history_repo import HistoryRepository
from bot.storage.weekly_repo import WeeklyRepository
from bot.weekly.compare import compare_weeks
from bot.weekly.text import PlaceWeek, weekly_text

log = logging.getLogger(__name__)
# A minute's run builds at most this many; the rest wait for the next minute.
MAX_PER_RUN = 60


class WeeklySummaries:
    """The weekly summary of a chat's places."""

    def __init__(self, engine: Engine, contains: Contains) -> None:
        self._chats = ChatRepository(engine)
        self._history = HistoryRepository(engine)
        self.schedule = WeeklyRepository(engine)
        self._contains = contains

    def build(self, chat_id: int, now: dt.datetime, lang: Lang | None = None) -> str:
        """The summary of the week ending yesterday (in the chat's zone), in `lang` or else the chat's language."""
        chat = self._chats.get(chat_id)
        if lang is None:
            lang = Lang(chat.language) if chat and chat.language else DEFAULT
        last_day = local_now(now, chat.timezone if chat else "UTC").date() - dt.timedelta(days=1)
        followed = self._chats.subscriptions(chat_id)
        countries = {s.place.country_iso3 for s in followed if s.place.country_iso3}
        first_day = last_day - dt.timedelta(days=HISTORY_DAYS)
        found = self._history.events_between(first_day, last_day, countries=countries, with_outlets=False)
        events = [event for event in found if counted(event)]
        starts = self._history.first_days_by_country()
        places = []
        for subscription in followed:
            inside = in_places(events, [subscription.place], self._contains)
            readings = place_readings(
                inside, subscription.place, contains=self._contains, today=last_day, history_starts=starts
            )
            places.append(
                PlaceWeek(
                    label=place_line(subscription.place, lang),
                    weeks=compare_weeks(inside, last_day),
                    readings=readings,
                )
            )
        return weekly_text(places, last_day, lang)

    def queue_due(self, now: dt.datetime) -> int:
        """Queue the summaries whose day and time have come; the number queued."""
        due = self.schedule.due(now)[:MAX_PER_RUN]
        for setting in due:
            text = self.build(setting.chat_id, now)
            self.schedule.queue(setting.chat_id, local_now(now, setting.timezone).date(), text, now)
        if due:
            log.info("queued %d weekly summar%s", len(due), "y" if len(due) == 1 else "ies")
        return len(due)
