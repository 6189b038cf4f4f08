"""Grouping figures from many reports into events."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.domain.containment import fallback_contains
from bot.domain.events import Family, group_sightings
from bot.values import Group, Kind, Qualifier
from tests.domain.builders import ALEPPO, ARIHA, DAY, IDLIB_CITY, IDLIB_PROVINCE, SYRIA, sighting


def _group(*sightings, max_age_days: int = 30):  # type: ignore[no-untyped-def]
    return group_sightings(sightings, [], contains=fallback_contains, max_age_days=max_age_days)


def test_two_outlets_on_one_strike_make_one_event() -> None:
    """'Nearly 20' in the province and 18 in the city, same day, two outlets: one event, both behind it."""
    first = sighting(20, qualifier=Qualifier.ABOUT, location=IDLIB_PROVINCE, outlet="A", report_id=1)
    second = sighting(18, location=IDLIB_CITY, outlet="B", report_id=2, figure_id=2, minutes=5)
    grouping = _group(first, second)
    assert len(grouping.changes) == 1
    event = grouping.changes[0].after
    assert event.corroboration == 2
    assert event.report_ids == frozenset({1, 2})
    assert event.value == 20
    assert event.location == IDLIB_CITY


@pytest.mark.parametrize(
    ("other", "reason"),
    [
        pytest.param({"value": 300}, "values far apart", id="18-vs-300"),
        pytest.param({"group": Group.CHILDREN}, "children are their own event", id="children"),
        pytest.param({"group": Group.FIGHTERS}, "fighters are their own event", id="fighters"),
        pytest.param({"kind": Kind.INJURED}, "another kind", id="injured"),
        pytest.param({"location": ALEPPO}, "another province, 60 km off", id="aleppo"),
        pytest.param({"date": DAY - dt.timedelta(days=4)}, "days apart", id="four-days-earlier"),
        pytest.param(
            {"cumulative": True, "date": dt.date(2019, 12, 1), "date_end": DAY, "value": 25},
            "a six-week total is not an incident",
            id="monthly-total",
        ),
    ],
)
def test_figures_that_differ_make_separate_events(other: dict[str, object], reason: str) -> None:
    """Figures differing in value, group, kind, place, date or incident-versus-total stay apart."""
    fields: dict[str, object] = {"report_id": 2, "figure_id": 2, "outlet": "B"}
    fields.update(other)
    value = fields.pop("value", 18)
    grouping = _group(sighting(18), sighting(value, **fields))  # type: ignore[arg-type]
    assert len(grouping.changes) == 2, reason


def test_people_and_civilians_merge_but_nearby_towns_do_not() -> None:
    """'People' joins a civilians event in the same town; a town 14 km away is another place."""
    grouping = _group(sighting(18), sighting(21, group=Group.PEOPLE, report_id=2, figure_id=2))
    assert len(grouping.changes) == 1
    grouping = _group(sighting(18), sighting(21, group=Group.PEOPLE, location=ARIHA, report_id=2, figure_id=2))
    assert len(grouping.changes) == 2


def test_country_level_figure_joins_town_event() -> None:
    """A figure placed only in the country joins an event in one of its towns."""
    grouping = _group(sighting(18), sighting(20, location=SYRIA, report_id=2, figure_id=2, outlet="B"))
    assert len(grouping.changes) == 1


def test_higher_later_toll_becomes_best_and_lower_one_does_not() -> None:
    """'At least 23' replaces 20; a later 19 leaves 23 in place."""
    grouping = _group(
        sighting(20),
        sighting(23, qualifier=Qualifier.AT_LEAST, report_id=2, figure_id=2, minutes=10),
        sighting(19, report_id=3, figure_id=3, minutes=20),
    )
    (change,) = grouping.changes
    assert change.after.best.figure.value == 23
    assert change.after.best.figure.qualifier is Qualifier.AT_LEAST


def test_same_value_from_a_newer_report_wins() -> None:
    """On equal values the most recent report is the best figure."""
    grouping = _group(sighting(20, report_id=1), sighting(20, report_id=2, figure_id=2, minutes=30))
    assert grouping.changes[0].after.best.report_id == 2


def test_projection_and_old_offensive_are_kept_apart() -> None:
    """A projection and a figure about a period ended months before its report form no event."""
    projection = sighting(650_000, kind=Kind.DISPLACED, qualifier=Qualifier.ABOUT, projection=True)
    old = sighting(
        1000, cumulative=True, date=dt.date(2019, 4, 1), date_end=dt.date(2019, 8, 31), report_id=2, figure_id=2
    )
    grouping = _group(projection, old)
    assert grouping.changes == ()
    assert grouping.projections == (projection,)
    assert grouping.stale == (old,)


def test_displacement_kinds_share_a_family() -> None:
    """Evacuated and displaced figures of one exodus form one displacement event."""
    grouping = _group(
        sighting(5000, kind=Kind.EVACUATED, group=Group.PEOPLE),
        sighting(6000, kind=Kind.DISPLACED, group=Group.PEOPLE, report_id=2, figure_id=2),
    )
    (change,) = grouping.changes
    assert change.after.family is Family.DISPLACED


def test_running_totals_from_the_same_start_merge() -> None:
    """'Since 1 December' totals from two days merge into one rising total."""
    start = dt.date(2019, 12, 1)
    grouping = _group(
        sighting(350_000, kind=Kind.DISPLACED, group=Group.PEOPLE, cumulative=True, date=start, date_end=DAY),
        sighting(
            390_000,
            kind=Kind.DISPLACED,
            group=Group.PEOPLE,
            cumulative=True,
            date=start,
            date_end=DAY + dt.timedelta(days=4),
            report_id=2,
            figure_id=2,
        ),
    )
    (change,) = grouping.changes
    assert change.after.cumulative
    assert change.after.value == 390_000


def test_known_event_is_extended_and_reported_with_its_before_state() -> None:
    """A new sighting joining a stored event comes back as a change with the earlier state."""
    stored = replace(_group(sighting(18)).changes[0].after, id=7)
    grouping = group_sightings(
        [sighting(25, report_id=2, figure_id=2, outlet="B")], [stored], contains=fallback_contains, max_age_days=30
    )
    (change,) = grouping.changes
    assert change.before == stored
    assert change.after.id == 7
    assert change.after.corroboration == 2
