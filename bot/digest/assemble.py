"""Matching what happened to what a chat follows: digest items per followed place, and the chart's daily totals.

Pure: takes recent events and projections as stored and a containment test, returns the inputs of
`compose_digest` and `render_chart`. An event inside two followed places (Idlib and Syria) is listed under
both, but counted once in the chart.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.digest.chart import CHART_KINDS
from bot.digest.compose import DigestEvent, DigestProjection, SourceRef
from bot.domain.events import family_of
from bot.domain.parts import countable
from bot.values import Figure, Kind, Location, PlaceLevel

Contains = Callable[[Location, Location], bool]
_CHART_KIND = {kind.value: kind for kind in CHART_KINDS}


@dataclass(frozen=True, slots=True, kw_only=True)
class RecentEvent:
    """An event changed in the window: its best figure (placed at the event's place) and its reports."""

    event_id: int
    figure: Figure
    cumulative: bool
    corroboration: int
    first_seen_at: dt.datetime
    updated_at: dt.datetime
    sources: tuple[SourceRef, ...]
    disagreement: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RecentProjection:
    """A forecast figure from a report fetched in the window."""

    figure: Figure
    source: SourceRef


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowedPlace:
    """A place the chat follows and the name the digest shows for it."""

    label: str
    place: Location


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestItems:
    """Everything a digest and its chart need, matched to the chat's places."""

    events: list[DigestEvent]
    projections: list[DigestProjection]
    daily: dict[Kind, dict[dt.date, dict[str, int]]]


def _matching(place: Location | None, followed: Sequence[FollowedPlace], contains: Contains) -> list[str]:
    if place is None:
        return []
    return [f.label for f in followed if contains(f.place, place)]


def assemble(
    *,
    followed: Sequence[FollowedPlace],
    recent: Sequence[RecentEvent],
    history: Sequence[RecentEvent],
    projections: Sequence[RecentProjection],
    contains: Contains,
    zone: str,
) -> DigestItems:
    """Digest events and projections (`recent`, `projections`) and chart totals (`history`) for `followed`."""
    items = [
        DigestEvent(
            followed_place=label,
            figure=event.figure,
            cumulative=event.cumulative,
            corroboration=event.corroboration,
            sources=event.sources,
            event_id=event.event_id,
            disagreement=event.disagreement,
        )
        for event in recent
        for label in _matching(event.figure.location, followed, contains)
    ]
    warnings = [
        DigestProjection(followed_place=label, figure=p.figure, source=p.source)
        for p in projections
        for label in _matching(p.figure.location, followed, contains)[:1]
    ]
    return DigestItems(events=items, projections=warnings, daily=daily_totals(history, followed, contains, zone))


_DEPTH = {PlaceLevel.COUNTRY: 0, PlaceLevel.ADMIN1: 1, PlaceLevel.TOWN: 2}


def daily_totals(
    history: Sequence[RecentEvent], followed: Sequence[FollowedPlace], contains: Contains, zone: str
) -> dict[Kind, dict[dt.date, dict[str, int]]]:
    """Per chart kind, day it happened and followed place, the sum of the best figures of incidents.

    The day is the figure's own date (a shelling reported two days later is charted on its day); only an
    undated figure falls back to the local day it was first reported. Cumulative totals are left out: they
    restate tolls already counted as incidents, and so do subgroups inside a larger count. An event inside two
    followed places (Idlib and Syria) counts once, for the more specific one, so the chart's stacks add up.
    """
    tz = _zone(zone)
    totals: dict[Kind, dict[dt.date, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    incidents = [event for event in history if not event.cumulative]
    # subgroups inside a whole of the same kind, place and day ("9 children" among "65 people") add nothing
    kept = {id(figure) for figure in countable([event.figure for event in incidents])}
    for event in incidents:
        figure = event.figure
        if id(figure) not in kept or figure.value is None or figure.location is None:
            continue
        inside = [f for f in followed if contains(f.place, figure.location)]
        kind = _CHART_KIND.get(family_of(figure.kind).value)
        if not inside or kind is None:
            continue
        place = max(inside, key=lambda f: _DEPTH.get(f.place.level, 0))
        day = figure.date or event.first_seen_at.astimezone(tz).date()
        totals[kind][day][place.label] += figure.value
    return {kind: {day: dict(places) for day, places in days.items()} for kind, days in totals.items()}


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC
