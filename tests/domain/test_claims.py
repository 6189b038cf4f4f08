"""Claims, time shapes, sides, disagreement and strict places: one event per real event."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.alert_text import alert_text, when_line
from bot.domain.containment import fallback_contains
from bot.domain.events import JoinRole, group_sightings
from bot.domain.sides import Side, side_of
from bot.domain.thresholds import Purpose
from bot.domain.time_shape import TimeShape, time_shape, totals_agree
from bot.domain.voices import speaker
from bot.values import Group, Kind, Location, PlaceLevel, Qualifier
from tests.domain.builders import ALEPPO, ARIHA, DAY, IDLIB_CITY, IDLIB_PROVINCE, sighting

SARAQIB = Location(name="Saraqib", country_iso3="SYR", admin1="Idlib", lat=35.86, lon=36.80, level=PlaceLevel.TOWN)
START = dt.date(2019, 12, 1)
PUBLISHED = dt.date(2020, 1, 16)


def _group(*sightings):  # type: ignore[no-untyped-def]
    return group_sightings(sightings, [], contains=fallback_contains, max_age_days=60)


def _displaced(figure_id: int, **fields):  # type: ignore[no-untyped-def]
    values = {
        "kind": Kind.DISPLACED,
        "group": Group.PEOPLE,
        "qualifier": Qualifier.ABOUT,
        "location": IDLIB_PROVINCE,
        "published": PUBLISHED,
        "figure_id": figure_id,
        "span": (figure_id * 100, figure_id * 100 + 20),
    }
    values.update(fields)
    return sighting(350_000, **values)


def test_restatements_in_one_report_collapse_into_one_claim_with_all_spans() -> None:
    """'Since 1 December almost 350,000 fled' and 'from 1 December to 14 January almost 350,000 were displaced'."""
    running = _displaced(1, date=START, date_end=PUBLISHED, cumulative=True, sentence="Since 1 December ...")
    period = _displaced(2, date=START, date_end=dt.date(2020, 1, 14), sentence="From 1 December to 14 January ...")
    (change,) = _group(running, period).changes
    (claim,) = change.added
    assert claim.figure_ids == (1, 2)
    assert claim.spans == ((100, 120), (200, 220))
    assert len(claim.sentences) == 2
    assert change.after.shape.is_total


def test_figures_about_different_places_in_one_report_never_merge() -> None:
    """'5 killed in Ariha' and '6 killed in Saraqib' in one report are two events, each with its own place."""
    ariha = sighting(5, location=ARIHA, sentence="5 killed in Ariha.")
    saraqib = sighting(6, location=SARAQIB, figure_id=2, sentence="6 killed in Saraqib.")
    changes = _group(ariha, saraqib).changes
    assert len(changes) == 2
    for change in changes:
        (claim,) = change.added
        assert change.after.location == claim.figure.location
        assert change.after.location is not None
        assert change.after.location.name in claim.figure.sentence


def test_a_report_makes_one_claim_per_event_even_in_one_place() -> None:
    """Two different tolls of one report in one town (5 and 9 killed) are two events, not a rise."""
    changes = _group(sighting(5), sighting(9, figure_id=2, span=(50, 60))).changes
    assert len(changes) == 2


def test_figure_from_another_first_level_area_is_not_absorbed() -> None:
    """'51 killed in Saraqib' then another outlet's '17 killed in Aleppo': Aleppo keeps its own event."""
    saraqib = sighting(51, location=SARAQIB)
    aleppo = sighting(17, location=ALEPPO, outlet="B", report_id=2, figure_id=2, minutes=30)
    changes = _group(saraqib, aleppo).changes
    assert {c.after.location.name for c in changes if c.after.location} == {"Saraqib", "Aleppo"}


@pytest.mark.parametrize(
    ("start", "end", "cumulative", "shape"),
    [
        pytest.param(DAY, None, False, TimeShape.INCIDENT, id="one-day"),
        pytest.param(DAY - dt.timedelta(days=1), DAY, True, TimeShape.INCIDENT, id="past-24h-worded-as-total"),
        pytest.param(START, dt.date(2020, 1, 14), False, TimeShape.PERIOD_TOTAL, id="closed-period-without-cue"),
        pytest.param(START, PUBLISHED, True, TimeShape.RUNNING_TOTAL, id="since"),
        pytest.param(None, None, True, TimeShape.STANDING_TOTAL, id="standing"),
        pytest.param(None, None, False, TimeShape.INCIDENT, id="undated"),
    ],
)
def test_time_shape_comes_from_the_interval(
    start: dt.date | None, end: dt.date | None, cumulative: bool, shape: TimeShape
) -> None:
    """The days decide incident or total; the word cue only matters when no day is given."""
    assert time_shape(start, end, PUBLISHED, cumulative=cumulative) is shape


def test_totals_match_when_their_periods_agree() -> None:
    """Same start and (unless running) same end agree; another start does not."""
    dec = (START, dt.date(2020, 1, 14))
    assert totals_agree(TimeShape.RUNNING_TOTAL, (START, PUBLISHED), TimeShape.PERIOD_TOTAL, dec)
    assert totals_agree(
        TimeShape.RUNNING_TOTAL, (START, PUBLISHED), TimeShape.RUNNING_TOTAL, (START, DAY + dt.timedelta(9))
    )
    assert not totals_agree(TimeShape.PERIOD_TOTAL, dec, TimeShape.PERIOD_TOTAL, (dt.date(2019, 11, 1), dec[1]))
    assert not totals_agree(TimeShape.PERIOD_TOTAL, dec, TimeShape.PERIOD_TOTAL, (START, dt.date(2019, 12, 20)))


def test_a_total_and_an_incident_of_one_place_stay_apart() -> None:
    """A six-week total is never one day's toll, whatever the words say."""
    total = _displaced(1, date=START, date_end=dt.date(2020, 1, 14))
    incident = _displaced(2, date=DAY, report_id=2, outlet="B")
    assert len(_group(total, incident).changes) == 2


@pytest.mark.parametrize(
    ("phrase", "group", "side"),
    [
        pytest.param("at least 29 regime fighters were killed", Group.FIGHTERS, Side.STATE, id="regime"),
        pytest.param("22 anti-government fighters were killed", Group.FIGHTERS, Side.NON_STATE, id="anti-gov"),
        pytest.param("17 soldiers died", Group.PEOPLE, Side.STATE, id="soldiers"),
        pytest.param("12 rebels were killed", Group.PEOPLE, Side.NON_STATE, id="rebels"),
        pytest.param("8 children were killed", Group.CHILDREN, Side.CIVILIAN, id="children"),
        pytest.param("30 fighters were killed", Group.FIGHTERS, Side.UNKNOWN, id="fighters-unsaid"),
    ],
)
def test_side_is_read_from_the_figures_words(phrase: str, group: Group, side: Side) -> None:
    """The stating phrase names the side where it can; nothing else is guessed."""
    assert side_of(phrase, group) is side


def test_opposing_sides_never_merge_and_updates_come_from_the_same_side() -> None:
    """'22 anti-government fighters' then '29 regime fighters' (other outlet): two events, no update of 22."""
    rebels = sighting(22, group=Group.FIGHTERS, phrase="22 anti-government fighters were killed")
    regime = sighting(
        29,
        group=Group.FIGHTERS,
        phrase="29 regime fighters were killed",
        outlet="B",
        report_id=2,
        figure_id=2,
        minutes=9,
    )
    changes = _group(rebels, regime).changes
    assert len(changes) == 2
    assert {c.after.side for c in changes} == {Side.STATE, Side.NON_STATE}
    assert [c.after.value for c in changes] == [22, 29]


def test_outlets_that_disagree_make_a_range_not_a_rise() -> None:
    """'At least 20, authorities said' then civil society's 45 disputing it: one event, 20 accepted, range shown."""
    official = sighting(
        20, qualifier=Qualifier.AT_LEAST, outlet="Wire", sentence="At least 20 were killed, authorities said."
    )
    disputed = sighting(
        45,
        outlet="Monitor",
        report_id=2,
        figure_id=2,
        minutes=40,
        sentence="Civil society groups said 45 were killed and dispute the official figure.",
    )
    (change,) = _group(official, disputed).changes
    assert [j.role for j in change.joined] == [JoinRole.FIRST, JoinRole.DISPUTES]
    assert change.after.value == 20
    text = alert_text(change.after, purpose=Purpose.ALERT)
    assert "At least 20 (authorities) – 45 (civil society) civilians killed" in text


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The toll rose to 45, officials said.", id="rose-to"),
        pytest.param("The death toll has climbed to 45.", id="climbed-to"),
        pytest.param("A new toll gives 45 dead.", id="new-toll"),
    ],
)
def test_a_rise_in_words_raises_the_toll(sentence: str) -> None:
    """Another outlet's higher toll the same day raises the event when its words say the toll rose."""
    (change,) = _group(
        sighting(20), sighting(45, outlet="B", report_id=2, figure_id=2, minutes=30, sentence=sentence)
    ).changes
    assert change.joined[1].role is JoinRole.RISES
    assert change.after.value == 45
    assert change.after.disagreement is None


def test_a_later_days_report_raises_the_toll() -> None:
    """A higher figure from a report of a later day is a rising toll."""
    first = sighting(20, published=DAY)
    later = sighting(30, outlet="B", report_id=2, figure_id=2, published=DAY + dt.timedelta(days=1))
    (change,) = _group(first, later).changes
    assert change.after.value == 30


def test_speaker_is_who_the_sentence_names() -> None:
    """The speaker is read only when the sentence attributes the figure."""
    assert speaker("At least 20 were killed, authorities said.") == "authorities"
    assert speaker("45 died, according to civil society groups.") == "civil society"
    assert speaker("45 died in the authorities' crackdown.") is None


def test_old_news_says_when_it_was_reported_and_when_it_happened() -> None:
    """An incident more than two days older than the alert: 'reported 29 Nov, about 17–19 Nov'."""
    (change,) = _group(
        sighting(12, date=dt.date(2026, 11, 17), date_end=dt.date(2026, 11, 19), published=dt.date(2026, 11, 29))
    ).changes
    assert when_line(change.after, now=dt.date(2026, 11, 29)) == "reported 29 Nov, about 17–19 Nov"
    assert when_line(change.after, now=dt.date(2026, 11, 20)) == "17 Nov 2026 – 19 Nov 2026"
    assert "reported 29 Nov" in alert_text(change.after, purpose=Purpose.ALERT, now=dt.date(2026, 11, 29))


def test_province_figure_still_joins_its_town_event() -> None:
    """Containment still merges: a province-wide figure joins the event in one of its towns."""
    changes = _group(sighting(18), sighting(20, location=IDLIB_PROVINCE, outlet="B", report_id=2, figure_id=2)).changes
    assert len(changes) == 1
    assert changes[0].after.location == IDLIB_CITY


def test_another_outlets_markedly_lower_count_is_shown_until_the_toll_rises() -> None:
    """20 (A) and 12 (B) the same day are a range; A's later 30 supersedes both; a close 19 is no range."""
    first = sighting(20, outlet="A", sentence="20 were killed, officials said.")
    lower = sighting(12, outlet="B", report_id=2, figure_id=2, minutes=10, sentence="12 died, medics said.")
    (change,) = _group(first, lower).changes
    assert change.after.value == 20
    pair = change.after.disagreement
    assert pair is not None
    assert [(c.speaker, c.figure.value) for c in pair] == [("medics", 12), ("authorities", 20)]
    risen = sighting(30, outlet="A", report_id=3, figure_id=3, published=DAY + dt.timedelta(days=2), minutes=900)
    (change,) = _group(first, lower, risen).changes
    assert change.after.value == 30
    assert change.after.disagreement is None
    (change,) = _group(first, sighting(19, outlet="B", report_id=2, figure_id=2, minutes=10)).changes
    assert change.after.disagreement is None


def test_a_different_named_speaker_disagrees_and_an_unnamed_later_report_rises() -> None:
    """'20, authorities said' then '45, civil society groups said': a range; then an unattributed 30: a rise."""
    official = sighting(20, outlet="A", sentence="20 were killed, authorities said.")
    civil = sighting(45, outlet="B", report_id=2, figure_id=2, minutes=30, sentence="45 died, civil society said.")
    (change,) = _group(official, civil).changes
    assert change.after.value == 20
    assert change.after.disagreement is not None
    plain = sighting(30, outlet="C", report_id=3, figure_id=3, minutes=60, sentence="30 people were killed.")
    (change,) = _group(official, plain).changes
    assert change.after.value == 30
