"""Which stored events a digest's chart counts, and on which day."""

from __future__ import annotations

import datetime as dt

from bot.digest.assemble import FollowedPlace, RecentEvent, daily_totals
from bot.domain.containment import fallback_contains
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
NYALA = Location(name="Nyala", admin1="South Darfur", country_iso3="SDN", level=PlaceLevel.TOWN)
SEEN = dt.datetime(2024, 3, 10, 6, tzinfo=dt.UTC)


def _event(
    date: dt.date | None, value: int = 12, *, cumulative: bool = False, group: Group = Group.CIVILIANS
) -> RecentEvent:
    figure = Figure(kind=Kind.KILLED, value=value, qualifier=Qualifier.EXACT, group=group, location=NYALA, date=date)
    return RecentEvent(
        event_id=1,
        figure=figure,
        cumulative=cumulative,
        corroboration=1,
        first_seen_at=SEEN,
        updated_at=SEEN,
        sources=(),
    )


def _totals(*events: RecentEvent) -> dict[Kind, dict[dt.date, dict[str, int]]]:
    return daily_totals(events, [FollowedPlace(label="Sudan", place=SUDAN)], fallback_contains, "Africa/Khartoum")


def test_incident_is_charted_on_the_day_it_happened() -> None:
    """A killing on 7 March reported on 10 March is a bar on 7 March, not on the day the bot read it."""
    assert _totals(_event(dt.date(2024, 3, 7))) == {Kind.KILLED: {dt.date(2024, 3, 7): {"Sudan": 12}}}


def test_undated_incident_falls_back_to_the_local_day_first_reported() -> None:
    """Without a date of its own, a figure is charted on the chat's local day it was first reported."""
    assert _totals(_event(None)) == {Kind.KILLED: {dt.date(2024, 3, 10): {"Sudan": 12}}}


def test_cumulative_totals_are_not_charted() -> None:
    """A period total would count the same deaths twice, so it stays out of the daily bars."""
    assert _totals(_event(dt.date(2024, 3, 7), 300, cumulative=True)) == {}


def test_subgroups_inside_a_larger_count_are_not_charted_twice() -> None:
    """Women among the day's dead are already in its bar; women killed on a day with no larger count are not."""
    day, other = dt.date(2024, 3, 7), dt.date(2024, 3, 8)
    totals = _totals(_event(day, 30), _event(day, 8, group=Group.WOMEN), _event(other, 5, group=Group.WOMEN))
    assert totals == {Kind.KILLED: {day: {"Sudan": 30}, other: {"Sudan": 5}}}
