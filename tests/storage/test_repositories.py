"""Source state, reports and figures round-trip through the database on both backends."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from bot.storage import NewReport, Store, content_hash
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

NOW = dt.datetime(2024, 3, 5, 12, 30, tzinfo=dt.UTC)
TEXT = "Heavy rain in the north displaced about 3,000 families and left nine people dead on Monday."


def _report(external_id: str = "a-1", *, source: str = "feed", text: str = TEXT) -> NewReport:
    return NewReport(
        source=source,
        external_id=external_id,
        url=f"https://example.org/{external_id}",
        title="Floods in the north",
        text=text,
        lang="en",
        published_at=dt.datetime(2024, 3, 4, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        fetched_at=NOW,
        alertable=True,
    )


def _figures() -> list[Figure]:
    town = Location(
        name="Idlib",
        country_iso3="SYR",
        admin1="Idlib",
        geonames_id=169389,
        lat=35.93,
        lon=36.63,
        level=PlaceLevel.TOWN,
    )
    return [
        Figure(
            kind=Kind.DISPLACED,
            value=3000,
            qualifier=Qualifier.ABOUT,
            group=Group.FAMILIES,
            location=Location(name="Syria", country_iso3="SYR", level=PlaceLevel.COUNTRY),
            date=dt.date(2024, 3, 4),
            cumulative=True,
            span=(33, 62),
            sentence=TEXT,
        ),
        Figure(
            kind=Kind.KILLED,
            value=9,
            value_max=12,
            qualifier=Qualifier.RANGE,
            location=town,
            date=dt.date(2024, 3, 1),
            date_end=dt.date(2024, 3, 4),
            projection=True,
            span=(67, 83),
            sentence=TEXT,
        ),
        Figure(kind=Kind.MISSING, value=None, qualifier=Qualifier.VAGUE),
    ]


def test_report_and_figures_round_trip(store: Store) -> None:
    """Every figure field, place level included, comes back as it was stored, in order."""
    report_id = store.reports.add(_report(), _figures())
    assert report_id is not None
    assert store.reports.figures_of(report_id) == _figures()
    stored = store.reports.get(report_id)
    assert stored is not None
    assert stored.published_at == dt.datetime(2024, 3, 4, 20, 0, tzinfo=dt.UTC)
    assert stored.published_at.tzinfo is not None
    assert stored.content_hash == content_hash(TEXT)
    assert stored.alertable is True


def test_same_source_id_is_a_duplicate(store: Store) -> None:
    """A report the source already delivered is not stored again."""
    assert store.reports.add(_report("x")) is not None
    assert (
        store.reports.add(_report("x", text="A different text that is long enough to be fingerprinted here.")) is None
    )
    assert store.reports.known_external_ids("feed", ["x", "y"]) == {"x"}


def test_same_text_from_another_source_is_a_duplicate(store: Store) -> None:
    """The same article syndicated by a second source is stored once, whatever its spacing and case."""
    assert store.reports.add(_report("x", source="one")) is not None
    respaced = "  " + TEXT.upper().replace(" ", "\n ") + " "
    assert store.reports.add(_report("y", source="two", text=respaced)) is None
    assert store.reports.count() == 1


def test_short_texts_are_not_deduplicated_by_content(store: Store) -> None:
    """Two different items that both just say 'Update' are both kept."""
    assert store.reports.add(_report("x", text="Update")) is not None
    assert store.reports.add(_report("y", text="Update")) is not None


def test_replacing_figures_keeps_only_the_new_ones(store: Store) -> None:
    """A re-extraction swaps the report's figures."""
    report_id = store.reports.add(_report(), _figures())
    assert report_id is not None
    store.reports.replace_figures(report_id, _figures()[:1])
    assert store.reports.figures_of(report_id) == _figures()[:1]


def test_source_success_then_failures_are_recorded(store: Store) -> None:
    """Health shows the first and last success, the error, and the failures in a row."""
    first = store.sources.record_success(
        "feed", type="rss", now=NOW, etag='"v1"', last_modified=None, cursor=None, new_items=4
    )
    assert first.first_success_at == NOW
    assert first.ever_succeeded
    later = NOW + dt.timedelta(hours=1)
    retry = later + dt.timedelta(minutes=30)
    failed = store.sources.record_failure("feed", type="rss", now=later, error="HTTP 500", next_attempt_at=retry)
    failed = store.sources.record_failure("feed", type="rss", now=later, error="HTTP 502", next_attempt_at=retry)
    assert failed.consecutive_failures == 2
    assert failed.last_error == "HTTP 502"
    assert failed.next_attempt_at == retry
    assert failed.etag == '"v1"'
    again = store.sources.record_success(
        "feed", type="rss", now=retry, etag='"v2"', last_modified=None, cursor=None, new_items=1
    )
    assert (again.consecutive_failures, again.items_seen, again.next_attempt_at) == (0, 5, None)
    assert again.first_success_at == NOW
    assert again.last_error == "HTTP 502"
    assert [row.name for row in store.sources.health()] == ["feed"]


def test_a_source_that_never_answered_has_no_first_success(store: Store) -> None:
    """A source down since start is still waiting for its first successful poll."""
    row = store.sources.record_failure("down", type="rss", now=NOW, error="timeout", next_attempt_at=None)
    assert not row.ever_succeeded
    assert store.sources.get("missing") is None


def test_success_warning_is_shown_as_the_last_error(store: Store) -> None:
    """A feed that parsed only partly succeeds, but its problem stays visible."""
    row = store.sources.record_success(
        "feed", type="rss", now=NOW, etag=None, last_modified=None, cursor=None, new_items=0, warning="bad XML"
    )
    assert (row.last_error, row.last_error_at, row.consecutive_failures) == ("bad XML", NOW, 0)


def test_naive_datetimes_are_refused(store: Store) -> None:
    """Storing a time without a zone is a programming error, not a silent guess."""
    naive = dataclasses.replace(_report(), fetched_at=dt.datetime(2024, 1, 1))
    with pytest.raises(sa.exc.StatementError, match="naive"):
        store.reports.add(naive)
