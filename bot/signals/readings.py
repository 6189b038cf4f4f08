"""Baseline readings of one place from archived events: its incidents summed per day and kind, then assessed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from bot.domain.baseline import BASELINE_KINDS, LOOKBACK_DAYS, WINDOW_DAYS, Reading, assess, daily_sums
from bot.domain.containment import Contains
from bot.domain.history import ArchivedEvent, in_places
from bot.values import Location

# How far back a reading looks: the current window and the year of windows before it.
HISTORY_DAYS = LOOKBACK_DAYS + WINDOW_DAYS


def counted(event: ArchivedEvent) -> bool:
    """Whether an event adds to a baseline: a stated number for one incident of a baseline kind."""
    return not event.total and not event.projection and event.value is not None and event.family in BASELINE_KINDS


def place_readings(
    events: Sequence[ArchivedEvent],
    place: Location,
    *,
    contains: Contains,
    today: dt.date,
    history_starts: Mapping[str, dt.date],
) -> list[Reading]:
    """One reading per baseline kind for ``place``; its history starts when the archive first covers its country."""
    incidents = [event for event in in_places(events, [place], contains) if counted(event)]
    start = history_starts.get(place.country_iso3 or "")
    readings = []
    for kind in BASELINE_KINDS:
        daily = daily_sums((event.date, event.value or 0) for event in incidents if event.family == kind)
        readings.append(assess(daily, kind=kind, today=today, history_start=start))
    return readings
