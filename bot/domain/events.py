"""Grouping figures from many reports and outlets into events (pure).

Rules, so that one event means one thing that happened:

* Claims: restatements of one figure in one report ("almost 350,000 fled since 1 December" ... "from 1 December to
  14 January almost 350,000 were displaced") collapse into one claim keeping every span. A report makes at most
  one claim about an event, so two figures of one report about different places never merge.
* Kind families: killed, injured and missing stand alone; displaced, evacuated, sheltered and homeless are one
  family (outlets word the same exodus in all four ways); returned stands alone; houses destroyed and houses
  damaged each stand alone.
* Groups: "people" and "civilians" may merge (outlets often drop the word); children, women, fighters,
  households and families are each their own event, because they count different things.
* Sides (``sides``): figures of known different sides (state forces, non-state groups, civilians) never merge.
* Places: the same country, and one place containing the other (injected ``contains``: the same town, a town in a
  first-level area, anything in a country). Two different towns, or two first-level areas, never merge, however
  close: a chat following Aleppo must not lose an Aleppo toll to a Saraqib event 50 km away.
* Time shapes (``time_shape``): incidents and totals never merge. Incident windows must overlap or touch within a
  day; totals must count over the same period.
* Values within a factor of three of each other (18 and "nearly 20" merge, 18 and 300 do not). Vague figures
  are read through their documented lower bound (see ``magnitude``).
* Projections and figures about periods that ended more than ``max_age_days`` before their report never form
  events: they are returned apart, projections as warnings for digests.

The best figure of an event is its accepted toll: a stated number rather than a vague word, and among those the
one asserting the most, on a tie the most recent, then the firmer wording. A higher figure is accepted only as a
rise: from the same side, in words that say the toll rose ("rose to", "new toll"), or in a later report of the
same speaker (or an unnamed one), and never when its words dispute another count. Otherwise they disagree: a
different named speaker's higher figure ("45, civil society groups said" after "20, authorities said") is kept as
a dissenting claim and the event shows the range with who says what. A lower later count never replaces a higher
one: it is usually a partial count, shown in the range when another outlet's and markedly lower.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from bot.domain.containment import Contains
from bot.domain.magnitude import central_value, firmness, magnitude
from bot.domain.sides import Side, side_of, sides_conflict
from bot.domain.time_shape import TimeShape, time_shape, totals_agree
from bot.domain.voices import disputes, speaker, tells_rise
from bot.values import Figure, Group, Kind, Location, PlaceLevel, destination_of

MAX_VALUE_RATIO = 3.0
# Another outlet's lower count is a disagreement (shown as a range) when the accepted toll is this much higher.
MARKED_DIFFERENCE = 1.25


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
    """A claim as one report stated it: who said it, when we saw it, and the restatements folded into it.

    ``phrase`` is the stating phrase ("29 regime fighters were killed"), read for the side.
    """

    figure_id: int
    report_id: int
    outlet: str
    published: dt.date
    seen_at: dt.datetime
    figure: Figure
    url: str | None = None
    phrase: str = ""
    restated: tuple[Sighting, ...] = ()

    # Read once when the sighting is made: grouping asks for them for every candidate event.
    window: tuple[dt.date, dt.date] = field(init=False, compare=False, repr=False)
    shape: TimeShape = field(init=False, compare=False, repr=False)
    side: Side = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        figure = self.figure
        # an undated figure is taken to be about the day before publication
        start = figure.date or self.published - dt.timedelta(days=1)
        end = figure.date_end or figure.date or self.published
        object.__setattr__(self, "window", (min(start, end), max(start, end)))
        shape = time_shape(figure.date, figure.date_end, self.published, cumulative=figure.cumulative)
        object.__setattr__(self, "shape", shape)
        # the stating phrase names the side; without one, the sentence does
        side = side_of(self.phrase or figure.sentence, figure.group)
        object.__setattr__(self, "side", side)

    @property
    def is_total(self) -> bool:
        """Whether this is a total over a period rather than one incident's toll."""
        return self.shape.is_total

    @property
    def speaker(self) -> str:
        """Who the report says gave the figure ("authorities"), else the outlet."""
        return speaker(self.figure.sentence) or self.outlet

    @property
    def figure_ids(self) -> tuple[int, ...]:
        """This claim's figure and the figures restating it."""
        return (self.figure_id, *(r.figure_id for r in self.restated))

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Every span in the report that states this claim."""
        return (self.figure.span, *(r.figure.span for r in self.restated))

    @property
    def sentences(self) -> tuple[str, ...]:
        """The distinct sentences that state this claim, in report order."""
        ordered = sorted((self, *self.restated), key=lambda s: s.figure.span)
        return tuple(dict.fromkeys(s.figure.sentence.strip() for s in ordered if s.figure.sentence.strip()))


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


class JoinRole(StrEnum):
    """Why a claim joined an event (kept as the event's history, shown by /why)."""

    FIRST = "first"
    CORROBORATES = "corroborates"
    RISES = "rises"
    DISPUTES = "disputes"
    LOWER = "lower"


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """One thing that happened, as told by every claim behind it."""

    id: int | None
    family: Family
    group: Group
    side: Side
    shape: TimeShape
    location: Location | None
    date: dt.date
    date_end: dt.date
    best: Sighting
    claims: tuple[Sighting, ...]
    # when the accepted toll last rose (None: never): counts made before it are superseded
    raised_at: dt.datetime | None = None
    report_ids: frozenset[int] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "report_ids", frozenset(c.report_id for c in self.claims))

    @property
    def destination(self) -> Location | None:
        """Where the event's displaced people went, when a claim says so (the accepted claim's first)."""
        stated = [destination_of(c.figure) for c in (self.best, *self.claims)]
        return next((place for place in stated if place is not None), None)

    @property
    def cumulative(self) -> bool:
        """Whether the event is a total over a period rather than one incident."""
        return self.shape.is_total

    @property
    def outlets(self) -> frozenset[str]:
        """The outlets behind the event."""
        return frozenset(c.outlet for c in self.claims)

    @property
    def corroboration(self) -> int:
        """How many distinct outlets reported the event."""
        return len(self.outlets)

    @property
    def value(self) -> int | None:
        """The number the event's accepted figure asserts at least."""
        return magnitude(self.best.figure)

    @property
    def dissent(self) -> tuple[Sighting, ...]:
        """Claims above the accepted toll that were not accepted as a rise (outlets that disagree)."""
        accepted = self.value
        if accepted is None:
            return ()
        return tuple(c for c in self.claims if (magnitude(c.figure) or 0) > accepted)

    @property
    def disagreement(self) -> tuple[Sighting, Sighting] | None:
        """The lowest and highest current claims when outlets disagree, else None.

        Current claims are the accepted one, claims above it not accepted as a rise, and other outlets' markedly
        lower counts made since the toll last rose (a rise supersedes the counts before it).
        """
        accepted = self.value
        if accepted is None:
            return None
        since = self.raised_at
        lower = [
            c
            for c in self.claims
            if c.outlet != self.best.outlet
            and c.figure.value is not None
            and (since is None or c.seen_at >= since)
            and (magnitude(c.figure) or 0) * MARKED_DIFFERENCE <= accepted
        ]
        low = min(lower, key=lambda c: (magnitude(c.figure) or 0, c.seen_at), default=self.best)
        high = max(self.dissent, key=lambda c: (magnitude(c.figure) or 0, c.seen_at), default=self.best)
        return None if low is high else (low, high)


def start_event(sighting: Sighting) -> Event:
    """A new event made of one claim."""
    start, end = sighting.window
    return Event(
        id=None,
        family=family_of(sighting.figure.kind),
        group=group_class(sighting.figure.group),
        side=sighting.side,
        shape=sighting.shape,
        location=sighting.figure.location,
        date=start,
        date_end=end,
        best=sighting,
        claims=(sighting,),
    )


def _best_key(sighting: Sighting) -> tuple[bool, int, dt.datetime, int]:
    # A stated number always beats a vague word, whatever the word's lower bound.
    figure = sighting.figure
    return (figure.value is not None, magnitude(figure) or 0, sighting.seen_at, firmness(figure.qualifier))


def role_of(event: Event, sighting: Sighting) -> JoinRole:
    """How a claim bears on an event's accepted toll: corroborates, rises, disputes, or is lower."""
    best = event.best
    mine, accepted = magnitude(sighting.figure), event.value
    if best.figure.value is None and sighting.figure.value is not None:
        return JoinRole.RISES if (mine or 0) > (accepted or 0) else JoinRole.CORROBORATES
    if mine is None or accepted is None or mine == accepted:
        return JoinRole.CORROBORATES
    if mine < accepted:
        return JoinRole.LOWER
    return JoinRole.RISES if _is_rise(event, sighting) else JoinRole.DISPUTES


def _is_rise(event: Event, sighting: Sighting) -> bool:
    """A higher claim raises the toll when it is from the same side and either says the toll rose, or is a later
    report of the same speaker (or of an unnamed one); a different named speaker, or words disputing a count,
    make it a disagreement instead ("20 (authorities) – 45 (civil society)")."""
    if sighting.side is not event.side or disputes(sighting.figure.sentence):
        return False
    if tells_rise(sighting.figure.sentence):
        return True
    # a total counted up to a later day is a later count of the same total
    if sighting.is_total and sighting.window[1] > max(c.window[1] for c in event.claims):
        return True
    accepted = event.best
    mine, theirs = speaker(sighting.figure.sentence), speaker(accepted.figure.sentence)
    if mine is not None and theirs is not None and mine != theirs:
        return False
    return sighting.seen_at > accepted.seen_at


def absorb(event: Event, sighting: Sighting) -> Event:
    """The event with one more claim behind it, its accepted toll settled as if claims came in publication order."""
    start, end = sighting.window
    grown = replace(
        event,
        location=_more_specific(event.location, sighting.figure.location),
        date=min(event.date, start),
        date_end=max(event.date_end, end),
    )
    if claim_order(sighting) < claim_order(event.claims[-1]):
        return settle(replace(grown, claims=(*event.claims, sighting)))  # an earlier claim arrived late
    return _accept(grown, sighting)


def _accept(event: Event, claim: Sighting) -> Event:
    """The event with a claim that comes after all of its claims: it may raise the toll or not."""
    role = role_of(event, claim)
    takes_over = role is JoinRole.RISES or (role is JoinRole.CORROBORATES and _best_key(claim) > _best_key(event.best))
    return replace(
        event,
        side=event.side if event.side is not Side.UNKNOWN else claim.side,
        best=claim if takes_over else event.best,
        claims=(*event.claims, claim),
        raised_at=claim.seen_at if role is JoinRole.RISES else event.raised_at,
    )


def claim_order(claim: Sighting) -> tuple[dt.datetime, str, tuple[int, int], int]:
    """The order claims are read in: publication time, then outlet and place in the report (not arrival)."""
    return (claim.seen_at, claim.outlet, claim.figure.span, claim.figure_id)


def settle(event: Event) -> Event:
    """The accepted toll and side, read from the claims in the order they were published.

    Reading in publication order, not arrival order, makes the result the same whichever poll brought which
    report first: 20 (authorities) then a disputing 45 settle on 20 with 45 as dissent however they arrived.
    """
    ordered = sorted(event.claims, key=claim_order)
    first = ordered[0]
    state = replace(event, side=first.side, best=first, claims=(first,), raised_at=None)
    for claim in ordered[1:]:
        state = _accept(state, claim)
    return state


def _more_specific(current: Location | None, other: Location | None) -> Location | None:
    if current is None or other is None:
        return current or other
    return other if _PLACE_RANK[other.level] > _PLACE_RANK[current.level] else current


def places_compatible(a: Location | None, b: Location | None, contains: Contains) -> bool:
    """Whether two places may be where one event happened: the same place, or one inside the other."""
    if a is None or b is None:
        return a is None and b is None
    if a.country_iso3 and b.country_iso3 and a.country_iso3 != b.country_iso3:
        return False
    if a.admin1 and b.admin1 and a.admin1.casefold() != b.admin1.casefold():
        return False
    return contains(a, b) or contains(b, a)


def _incidents_overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] + dt.timedelta(days=1) and b[0] <= a[1] + dt.timedelta(days=1)


def _times_compatible(event: Event, sighting: Sighting) -> bool:
    shape = sighting.shape
    if shape.is_total != event.shape.is_total:
        return False
    if not shape.is_total:
        return _incidents_overlap((event.date, event.date_end), sighting.window)
    return totals_agree(event.shape, event.best.window, shape, sighting.window)


def _values_compatible(a: Figure, b: Figure) -> bool:
    mine, theirs = central_value(a), central_value(b)
    if mine is None or theirs is None:
        return True
    if min(mine, theirs) <= 0:
        return mine == theirs
    return max(mine, theirs) / min(mine, theirs) <= MAX_VALUE_RATIO


def matches(event: Event, sighting: Sighting, contains: Contains) -> bool:
    """Whether a claim tells of this event."""
    figure = sighting.figure
    return (
        family_of(figure.kind) is event.family
        and group_class(figure.group) is event.group
        and sighting.report_id not in event.report_ids
        and not sides_conflict(event.side, sighting.side)
        and _times_compatible(event, sighting)
        and places_compatible(event.location, figure.location, contains)
        and _values_compatible(event.best.figure, figure)
    )


def _restates(claim: Sighting, other: Sighting, contains: Contains) -> bool:
    """Whether ``other`` (same report) states the same figure as ``claim`` again."""
    a, b = claim.figure, other.figure
    if family_of(a.kind) is not family_of(b.kind) or group_class(a.group) is not group_class(b.group):
        return False
    if sides_conflict(claim.side, other.side) or magnitude(a) != magnitude(b) or a.value_max != b.value_max:
        return False
    if claim.shape.is_total != other.shape.is_total:
        return False
    if claim.shape.is_total:
        if not totals_agree(claim.shape, claim.window, other.shape, other.window):
            return False
    elif not _incidents_overlap(claim.window, other.window):
        return False
    if a.location is None or b.location is None:
        return True
    return places_compatible(a.location, b.location, contains)


def collapse_restatements(sightings: Iterable[Sighting], contains: Contains) -> list[Sighting]:
    """One claim per figure stated in a report, however often the report restates it (all spans kept)."""
    claims: list[Sighting] = []
    for sighting in sorted(sightings, key=lambda s: (s.report_id, s.figure.span, s.figure_id)):
        index = next(
            (
                i
                for i, claim in enumerate(claims)
                if claim.report_id == sighting.report_id and _restates(claim, sighting, contains)
            ),
            None,
        )
        if index is None:
            claims.append(sighting)
            continue
        claim = claims[index]
        # the claim speaks for the most specific place and the clearest period any restatement gives
        keep, fold = claim, sighting
        if _more_specific(claim.figure.location, sighting.figure.location) is not claim.figure.location:
            keep, fold = sighting, claim
        claims[index] = replace(keep, restated=(*keep.restated, *fold.restated, replace(fold, restated=())))
    return claims


def _bucket(family: Family, group: Group, place: Location | None) -> tuple[Family, Group, str | None]:
    return (family, group_class(group), place.country_iso3 if place is not None else None)


def _area(place: Location | None) -> str | None:
    return place.admin1.casefold() if place is not None and place.admin1 else None


def _closeness(event: Event, figure: Figure) -> float:
    mine, theirs = central_value(figure), central_value(event.best.figure)
    if mine is None or theirs is None or min(mine, theirs) <= 0:
        return MAX_VALUE_RATIO
    return max(mine, theirs) / min(mine, theirs)


@dataclass(frozen=True, slots=True, kw_only=True)
class Joined:
    """A claim that joined an event, and why."""

    sighting: Sighting
    role: JoinRole


@dataclass(frozen=True, slots=True, kw_only=True)
class EventChange:
    """An event before and after new claims joined it (``before`` is None for a new event)."""

    before: Event | None
    after: Event
    joined: tuple[Joined, ...]

    @property
    def added(self) -> tuple[Sighting, ...]:
        """The claims that joined in this change."""
        return tuple(j.sighting for j in self.joined)


@dataclass(frozen=True, slots=True, kw_only=True)
class Grouping:
    """The result of grouping new sightings: changed or new events, and what was kept apart."""

    changes: tuple[EventChange, ...]
    projections: tuple[Sighting, ...]
    stale: tuple[Sighting, ...]


def group_sightings(
    sightings: Iterable[Sighting], known: Sequence[Event], *, contains: Contains, max_age_days: int
) -> Grouping:
    """Group new sightings into the known events (or new ones), oldest claim first."""
    current: list[Event] = list(known)
    before: list[Event | None] = list(known)
    joined: list[list[Joined]] = [[] for _ in known]
    projections: list[Sighting] = []
    stale: list[Sighting] = []
    # only events of the same family, group and country, and of the same first-level area (or none) can match
    buckets: dict[tuple[Family, Group, str | None], dict[str | None, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for i, event in enumerate(current):
        buckets[_bucket(event.family, event.group, event.location)][_area(event.location)].append(i)
    claims = collapse_restatements(sightings, contains)
    # stated numbers place themselves before a report's vague words ("dozens"), which join what is left
    for claim in sorted(claims, key=lambda s: (s.seen_at, s.outlet, s.figure.value is None, s.figure.span)):
        kept_apart = disposition(claim, max_age_days=max_age_days)
        if kept_apart is Disposition.PROJECTION:
            projections.append(claim)
            continue
        if kept_apart is Disposition.STALE:
            stale.append(claim)
            continue
        figure = claim.figure
        areas = buckets[_bucket(family_of(figure.kind), group_class(figure.group), figure.location)]
        area = _area(figure.location)
        nearby = (i for key in ((area, None) if area else areas) for i in areas.get(key, ()))
        candidates = sorted({i for i in nearby if matches(current[i], claim, contains)})
        if candidates:
            index = min(
                candidates,
                key=lambda i: (current[i].best.figure.value is None, _closeness(current[i], claim.figure), i),
            )
            role = role_of(current[index], claim)
            current[index] = absorb(current[index], claim)
        else:
            current.append(start_event(claim))
            before.append(None)
            joined.append([])
            index = len(current) - 1
            areas[area].append(index)
            role = JoinRole.FIRST
        joined[index].append(Joined(sighting=claim, role=role))
    changes = tuple(
        EventChange(before=before[i], after=current[i], joined=tuple(joined[i]))
        for i in range(len(current))
        if joined[i]
    )
    return Grouping(changes=changes, projections=tuple(projections), stale=tuple(stale))
