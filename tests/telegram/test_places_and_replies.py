"""Place resolution for /subscribe and the HTML of replies: suggestions, subscriptions, source health."""

from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.storage.chats_repo import ChatRecord, SubscriptionRecord
from bot.storage.records import SourceRow
from bot.telegram_ui.context import Resolution
from bot.telegram_ui.places import remembering, resolve_with, typed_name
from bot.telegram_ui.replies import sources_text, subscriptions_text
from bot.values import Location, PlaceLevel

LIBYA_TRIPOLI = Location(name="Tripoli", country_iso3="LBY", admin1="Tripoli", level=PlaceLevel.ADMIN1)
LEBANON_TRIPOLI = Location(name="Tripoli", country_iso3="LBN", admin1="North", geonames_id=266826)
NOW = dt.datetime(2025, 1, 5, 12, 0, tzinfo=dt.UTC)


def lookup(query: str) -> tuple[Location | None, tuple[Location, ...]]:
    """A gazetteer stand-in knowing only the two Tripolis (ambiguous) and Sudan."""
    if query.strip().casefold() == "tripoli":
        return None, (LIBYA_TRIPOLI, LEBANON_TRIPOLI)
    if query.casefold() == "sudan":
        return Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY), ()
    return None, ()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("Tripoli, Lebanon", LEBANON_TRIPOLI, id="country-name"),
        pytest.param("Tripoli, lby", LIBYA_TRIPOLI, id="iso3-any-case"),
        pytest.param("Tripoli, North", LEBANON_TRIPOLI, id="first-level-area"),
    ],
)
def test_a_suggestion_can_be_picked_by_name_and_country(query: str, expected: Location) -> None:
    """'Name, Country' (or ISO3, or area) picks one candidate of an ambiguous name."""
    assert resolve_with(lookup, query).place == expected


def test_ambiguous_name_gives_suggestions_not_a_place() -> None:
    """'Tripoli' alone resolves to nothing but offers both places."""
    resolution = resolve_with(lookup, "Tripoli")
    assert resolution.place is None
    assert resolution.suggestions == (LIBYA_TRIPOLI, LEBANON_TRIPOLI)


def test_a_typed_name_and_country_selects_exactly() -> None:
    """Typing what a button names ("Tripoli, Lebanon") selects that place without a button."""
    assert resolve_with(lookup, typed_name(LEBANON_TRIPOLI)).place == LEBANON_TRIPOLI


def test_a_name_typed_by_many_at_once_is_looked_up_once() -> None:
    """Eight threads resolving "Tripoli " and "tripoli" together: one lookup each, and the same answers."""
    calls: list[str] = []
    busy = threading.Lock()

    def slow(query: str) -> Resolution:
        assert busy.acquire(blocking=False), "two lookups ran at once"
        try:
            calls.append(query)
            time.sleep(0.02)  # a fuzzy match's time: the other threads arrive meanwhile
            return resolve_with(lookup, query)
        finally:
            busy.release()

    resolve = remembering(slow)
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(resolve, ["Tripoli "] * 6 + ["tripoli"] * 2))
    assert sorted(calls) == ["Tripoli", "tripoli"]
    assert all(answer.suggestions == (LIBYA_TRIPOLI, LEBANON_TRIPOLI) for answer in answers)


def test_subscriptions_list_thresholds_digest_and_state() -> None:
    """/subscriptions shows each place with its minimums, the digest time and zone, and mute/pause."""
    chat = ChatRecord(
        chat_id=1,
        type="private",
        title=None,
        muted=True,
        paused=False,
        paused_reason=None,
        digest_time=dt.time(7, 30),
        timezone="Africa/Nairobi",
        last_digest_on=None,
    )
    sub = SubscriptionRecord(
        id=1,
        chat_id=1,
        place_key="country:SDN",
        thresholds={"killed": 5, "displaced": None},
        place=Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY),
    )
    text = subscriptions_text(chat, [sub])
    assert "<b>Sudan</b>: killed ≥ 5, injured off, missing off, displaced off" in text
    assert "Daily digest: 07:30 Africa/Nairobi." in text
    assert "Muted" in text


def test_source_health_shows_success_errors_and_unpolled() -> None:
    """/sources marks a failing source, escapes its error, and lists configured sources not yet polled."""
    rows = [
        SourceRow(name="ok", type="rss", last_success_at=NOW - dt.timedelta(minutes=5), items_seen=1200),
        SourceRow(name="down", type="rss", last_error="HTTP 500 <html>", last_error_at=NOW, consecutive_failures=3),
    ]
    text = sources_text([("ok", "rss"), ("down", "rss"), ("new", "directory")], rows, NOW)
    assert "✅ <b>ok</b> (rss): last success 5 minutes ago; 1,200 items seen" in text
    assert "⚠️ <b>down</b> (rss): never answered yet" in text
    assert "HTTP 500 &lt;html&gt;" in text
    assert "<b>new</b> (directory): not polled yet" in text
