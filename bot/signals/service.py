"""The baseline job: for every followed place, is the last month unusual? Queue one notice per chat if so.

Blocking (SQL and sums): the bot runs it in a worker thread. Each followed place is assessed once, however many
chats follow it; muted and paused chats are skipped; the cooldown is kept per chat, place and kind.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from sqlalchemy.engine import Engine

from bot.domain.alert_text import place_line
from bot.domain.baseline import should_signal
from bot.domain.containment import Contains
from bot.domain.history import ArchivedEvent
from bot.i18n import DEFAULT, Lang
from bot.signals.readings import HISTORY_DAYS, counted, place_readings
from bot.signals.text import signal_text
from bot.storage.baseline_repo import BaselineRepository, Follower
from bot.storage.history_repo import HistoryRepository

log = logging.getLogger(__name__)


class BaselineSignals:
    """Assesses followed places against their history and queues the "unusual" notices."""

    def __init__(self, engine: Engine, contains: Contains) -> None:
        self._history = HistoryRepository(engine)
        self._signals = BaselineRepository(engine)
        self._contains = contains

    def queue_due(self, now: dt.datetime) -> int:
        """Queue the notices today's readings call for; the number queued."""
        today = now.date()
        by_place: dict[str, list[Follower]] = defaultdict(list)
        for follower in self._signals.followers():
            if not follower.silenced:
                by_place[follower.place_key].append(follower)
        if not by_place:
            return 0
        countries = {f[0].place.country_iso3 for f in by_place.values() if f[0].place.country_iso3}
        first_day = today - dt.timedelta(days=HISTORY_DAYS)
        # each place is matched against its own country's incidents only
        by_country: dict[str | None, list[ArchivedEvent]] = defaultdict(list)
        for event in self._history.events_between(first_day, today, countries=countries, with_outlets=False):
            if counted(event):
                by_country[event.location.country_iso3 if event.location else None].append(event)
        starts = self._history.first_days_by_country()
        last = self._signals.last_signals()
        queued = 0
        for key, followers in by_place.items():
            place = followers[0].place
            inside_country = by_country.get(place.country_iso3, [])
            for reading in place_readings(
                inside_country, place, contains=self._contains, today=today, history_starts=starts
            ):
                texts: dict[Lang, str] = {}  # composed once per language, however many chats follow the place
                for follower in followers:
                    if not should_signal(reading, last.get((follower.chat_id, key, reading.kind))):
                        continue
                    lang = Lang(follower.language) if follower.language else DEFAULT
                    if lang not in texts:
                        texts[lang] = signal_text(place_line(place, lang), reading, lang)
                    text = texts[lang]
                    if self._signals.queue_signal(
                        chat_id=follower.chat_id, place_key=key, reading=reading, text=text, now=now
                    ):
                        queued += 1
        if queued:
            log.info("queued %d baseline signal(s)", queued)
        return queued
