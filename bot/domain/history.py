"""Events as the archive holds them, flattened for exports, baselines and weekly summaries (pure value types).

An ``ArchivedEvent`` is one row of history: an event's best figure (kind, number, qualifier), its place and days,
whether the bot read it as one incident or a running total, and every outlet behind it. Projection figures never
form events; exports list them as rows of their own with ``projection`` set and no event id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.domain.containment import Contains
from bot.values import Location


@dataclass(frozen=True, slots=True, kw_only=True)
class ArchivedEvent:
    """One event (or one projection figure) as stored."""

    event_id: int | None
    family: str  # the event family: killed, injured, missing, displaced, returned, houses_...
    kind: str  # the best figure's own kind (sheltered, evacuated, ... within the displaced family)
    group: str
    location: Location | None
    date: dt.date
    date_end: dt.date
    total: bool  # a running or standing total, not one incident's toll
    projection: bool
    value: int | None
    value_max: int | None
    qualifier: str
    outlets: tuple[str, ...]
    url: str | None
    # incident, period_total, running_total or standing_total (how the bot read the event's days)
    time_shape: str = ""
    # who says what when outlets disagree ("20 (authorities) – 45 (civil society)"), else None
    disagreement: str | None = None


def in_places(events: Iterable[ArchivedEvent], places: Sequence[Location], contains: Contains) -> list[ArchivedEvent]:
    """The events lying inside at least one of ``places`` (each once, in the given order)."""
    found: list[ArchivedEvent] = []
    for event in events:
        place = event.location
        if place is None:
            continue
        for outer in places:
            # containment never crosses a country: skip the test when the codes already differ
            if outer.country_iso3 and place.country_iso3 and outer.country_iso3 != place.country_iso3:
                continue
            if contains(outer, place):
                found.append(event)
                break
    return found
