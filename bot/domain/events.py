"""Grouping figures from many reports and outlets into events (pure).

Rules, so that one event means one thing that happened:

* Kind families: killed, injured and missing stand alone; displaced, evacuated, sheltered and homeless are one
  family (outlets word the same exodus in all four ways); returned stands alone; houses destroyed and houses
  damaged each stand alone.
* Groups: "people" and "civilians" may merge (outlets often drop the word); children, women, fighters,
  households and families are each their own event, because they count different things.
* Places: the same country, and one place containing the other (injected ``contains``) or, below country level,
  centres within 50 km.
* Incidents and totals never merge. A total is a cumulative figure whose period is unknown or longer than two
  days ("in the past 24 hours" is an incident-sized toll). Incident windows must overlap or touch within a day;
  totals must share their start (within three days), or when a start is unknown, their end (within a day).
* Values within a factor of three of each other (18 and "nearly 20" merge, 18 and 300 do not). Vague figures
  are read through their documented lower bound (see ``magnitude``).
* Projections and figures about periods that ended more than ``max_age_days`` before their report never form
  events: they are returned apart, projections as warnings for digests.

The best figure of an event is a stated number rather than a vague word, and among those the one asserting the most
(qualifier aware: "at least 23" beats "20"); on a tie the most recent report wins, then the firmer wording. A toll
that falls in a later report does not replace a higher one: lower later counts are usually another outlet's partial
count.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from bot.domain.containment import Contains
from bot.domain.magnitude import central_value, firmness, magnitude
from bot.extraction.model import Figure, Group, Kind, Location, PlaceLevel

MAX_VALUE_RATIO = 3.0
NEAR_KM = 50.0
INCIDENT_MAX_DAYS = 2


class Family(StrEnum):
    """Kinds that count the same harm, so figures of one family may describe one event."""

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    DISPLACED = "displaced"
    RETURNED = "returned"
    HOUSES_DESTROYED = "houses_destroyed"
    HOUSES_DAMAGED = "houses_damaged"


_FAMILY_OF_KIND: dict[Kind, Family] = {
    Kind.KILLED: Family.KILLED,
    Kind.INJURED: Family.INJURED,
    Kind.MISSING: Family.MISSING,
    Kind.DISPLACED: Family.DISPLACED,
    Kind.EVACUATED: Family.DISPLACED,
    Kind.SHELTERED: Family.DISPLACED,
    Kind.HOMELESS: Family.DISPLACED,
    Kind.RETURNED: Family.RETURNED,
    Kind.HOUSES_DESTROYED: Family.HOUSES_DESTROYED,
    Kind.HOUSES_DAMAGED: Family.HOUSES_DAMAGED,
}

_PLACE_RANK = {PlaceLevel.COUNTRY: 0, PlaceLevel.ADMIN1: 1, PlaceLevel.TOWN: 2}


def family_of(kind: Kind) -> Family:
    """The family a kind belongs to."""
    return _FAMILY_OF_KIND[kind]


def group_class(group: Group) -> Group:
    """The group a figure merges under: civilians count as people, every other group only as itself."""
    return Group.PEOPLE if group is Group.CIVILIANS else group


@dataclass(frozen=True, slots=True, kw_only=True)
class Sighting:
    """A figure as one report stated it: who said it, and when we saw it."""

    figure_id: int
    report_id: int
    outlet: str
    published: dt.date
    seen_at: dt.datetime
    figure: Figure
    url: str | None = None

    @property
    def window(self) -> tuple[dt.date, dt.date]:
        """The days the figure is about; an undated figure is taken to be about the day before publication."""
        start = self.figure.date or self.published - dt.timedelta(days=1)
        end = self.figure.date_end or self.figure.date or self.published
        return (min(start, end), max(start, end))

    @property
    def is_total(self) -> bool:
        """Whether this is a running or standing total rather than one incident's toll."""
        if not self.figure.cumulative:
            return False
        if self.figure.date is None:
            return True
        start, end = self.window
        return (end - start).days > INCIDENT_MAX_DAYS


class Disposition(StrEnum):
    """What becomes of a sighting: it joins an event, or is kept apart and never alerts."""

    EVENT = "event"
    PROJECTION = "projection"
    STALE = "stale"


def disposition(sighting: Sighting, *, max_age_days: int) -> Disposition:
    """Whether a sighting may form an event, or is a projection or a figure about a long-past period."""
    if sighting.figure.projection:
        return Disposition.PROJECTION
    ended = sighting.figure.date_end or sighting.figure.date
    if ended is not None and (sighting.published - ended).days > max_age_days:
        return Disposition.STALE
    return Disposition.EVENT


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One thing that happened, as told by every report behind it."""

    id: int | None
    family: Family
    group: Group
    location: Location | None
    date: dt.date
    date_end: dt.date
    cumulative: bool
    best: Sighting
    report_ids: frozenset[int]
    outlets: frozenset[str]

    @property
    def corroboration(self) -> int:
        """How many distinct outlets reported the event."""
        return len(self.outlets)

    @property
    def value(self) -> int | None:
        """The number the event's best figure asserts at least."""
        return magnitude(self.best.figure)


def start_event(sighting: Sighting) -> Event:
    """A new event made of one sighting."""
    start, end = sighting.window
    return Event(
        id=None,
        family=family_of(sighting.figure.kind),
        group=group_class(sighting.figure.group),
        location=sighting.figure.location,
        date=start,
        date_end=end,
        cumulative=sighting.is_total,
        best=sighting,
        report_ids=frozenset({sighting.report_id}),
        outlets=frozenset({sighting.outlet}),
    )


def _best_key(sighting: Sighting) -> tuple[bool, int, dt.datetime, int]:
    # A stated number always beats a vague word, whatever the word's lower bound.
    figure = sighting.figure
    return (figure.value is not None, magnitude(figure) or 0, sighting.seen_at, firmness(figure.qualifier))


def absorb(event: Event, sighting: Sighting) -> Event:
    """The event with one more sighting behind it."""
    start, end = sighting.window
    best = sighting if _best_key(sighting) > _best_key(event.best) else event.best
    return replace(
        event,
        location=_more_specific(event.location, sighting.figure.location),
        date=min(event.date, start),
        date_end=max(event.date_end, end),
        best=best,
        report_ids=event.report_ids | {sighting.report_id},
        outlets=event.outlets | {sighting.outlet},
    )


def _more_specific(current: Location | None, other: Location | None) -> Location | None:
    if current is None or other is None:
        return current or other
    return other if _PLACE_RANK[other.level] > _PLACE_RANK[current.level] else current


def distance_km(a: Location, b: Location) -> float | None:
    """Great-circle distance between two places with coordinates, else None."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def places_compatible(a: Location | None, b: Location | None, contains: Contains) -> bool:
    """Whether two places may be where one event happened."""
    if a is None or b is None:
        return a is None and b is None
    if a.country_iso3 and b.country_iso3 and a.country_iso3 != b.country_iso3:
        return False
    if contains(a, b) or contains(b, a):
        return True
    if PlaceLevel.COUNTRY in (a.level, b.level):
        return False
    km = distance_km(a, b)
    return km is not None and km <= NEAR_KM


def _dates_compatible(event: Event, sighting: Sighting) -> bool:
    start, end = sighting.window
    if not event.cumulative:
        return start <= event.date_end + dt.timedelta(days=1) and event.date <= end + dt.timedelta(days=1)
    if sighting.figure.date is not None and event.best.figure.date is not None:
        return abs((start - event.date).days) <= 3
    return abs((end - event.date_end).days) <= 1


def _values_compatible(event: Event, figure: Figure) -> bool:
    mine, theirs = central_value(figure), central_value(event.best.figure)
    if mine is None or theirs is None:
        return True
    if min(mine, theirs) <= 0:
        return mine == theirs
    return max(mine, theirs) / min(mine, theirs) <= MAX_VALUE_RATIO


def matches(event: Event, sighting: Sighting, contains: Contains) -> bool:
    """Whether a sighting tells of this event."""
    figure = sighting.figure
    return (
        family_of(figure.kind) is event.family
        and group_class(figure.group) is event.group
        and sighting.is_total == event.cumulative
        and places_compatible(event.location, figure.location, contains)
        and _dates_compatible(event, sighting)
        and _values_compatible(event, figure)
    )


def _closeness(event: Event, figure: Figure) -> float:
    mine, theirs = central_value(figure), central_value(event.best.figure)
    if mine is None or theirs is None or min(mine, theirs) <= 0:
        return MAX_VALUE_RATIO
    return max(mine, theirs) / min(mine, theirs)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventChange:
    """An event before and after new sightings joined it (``before`` is None for a new event)."""

    before: Event | None
    after: Event
    added: tuple[Sighting, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Grouping:
    """The result of grouping new sightings: changed or new events, and what was kept apart."""

    changes: tuple[EventChange, ...]
    projections: tuple[Sighting, ...]
    stale: tuple[Sighting, ...]


def group_sightings(
    sightings: Iterable[Sighting], known: Sequence[Event], *, contains: Contains, max_age_days: int
) -> Grouping:
    """Group new sightings into the known events (or new ones), oldest sighting first."""
    current: list[Event] = list(known)
    before: list[Event | None] = list(known)
    added: list[list[Sighting]] = [[] for _ in known]
    projections: list[Sighting] = []
    stale: list[Sighting] = []
    for sighting in sorted(sightings, key=lambda s: (s.seen_at, s.report_id, s.figure_id)):
        kept_apart = disposition(sighting, max_age_days=max_age_days)
        if kept_apart is Disposition.PROJECTION:
            projections.append(sighting)
            continue
        if kept_apart is Disposition.STALE:
            stale.append(sighting)
            continue
        candidates = [i for i, event in enumerate(current) if matches(event, sighting, contains)]
        if candidates:
            index = min(candidates, key=lambda i: _closeness(current[i], sighting.figure))
            current[index] = absorb(current[index], sighting)
        else:
            current.append(start_event(sighting))
            before.append(None)
            added.append([])
            index = len(current) - 1
        added[index].append(sighting)
    changes = tuple(
        EventChange(before=before[i], after=current[i], added=tuple(added[i])) for i in range(len(current)) if added[i]
    )
    return Grouping(changes=changes, projections=tuple(projections), stale=tuple(stale))
