"""Which events an export holds: the last N days, for some places (or all); projections only when asked.

One row per event. Projections ("could be forced to flee") never form events, so they are left out unless asked
for, and then come after the events as rows of their own, marked in the projection column.

Blocking (it reads the database): the bot calls it in a worker thread, the command line directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.containment import Contains
from bot.domain.history import ArchivedEvent, in_places
from bot.export.table import export_csv, exportable
from bot.storage.history_repo import HistoryRepository
from bot.values import Location

DEFAULT_DAYS = 7
MAX_DAYS = 90


@dataclass(frozen=True, slots=True, kw_only=True)
class Export:
    """An export's CSV bytes and what it covers."""

    csv: bytes
    rows: int
    first_day: dt.date
    last_day: dt.date

    def filename(self) -> str:
        """A name that says what the file holds: displacement-events-2025-03-04-to-2025-03-10.csv."""
        return f"displacement-events-{self.first_day.isoformat()}-to-{self.last_day.isoformat()}.csv"


def export_events(
    history: HistoryRepository,
    *,
    today: dt.date,
    days: int,
    places: Sequence[Location] | None,
    contains: Contains,
    projections: bool = False,
) -> Export:
    """The CSV of the events (and, asked, projections) of the ``days`` days ending ``today``, in ``places`` or all."""
    first_day = today - dt.timedelta(days=days - 1)
    countries = None if places is None else {p.country_iso3 for p in places if p.country_iso3}
    found: list[ArchivedEvent] = history.events_between(first_day, today, countries=countries)
    if projections:
        found += history.projections_between(first_day, today)
    if places is not None:
        found = in_places(found, places, contains)
    rows = [event for event in found if exportable(event)]
    return Export(csv=export_csv(rows), rows=len(rows), first_day=first_day, last_day=today)
