"""Chats and subscriptions as stored: one row per place, thresholds, digest times, mute and pause."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.storage import Store
from bot.storage.chats_repo import ChatRepository, place_key
from bot.values import Location, PlaceLevel

NOW = dt.datetime(2024, 5, 2, 6, 0, tzinfo=dt.UTC)
SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
IDLIB = Location(name="Idlib", country_iso3="SYR", admin1="Idlib", level=PlaceLevel.ADMIN1)
GOMA = Location(name="Goma", country_iso3="COD", admin1="North Kivu", geonames_id=216281, level=PlaceLevel.TOWN)
DEFAULTS = {"killed": 1, "injured": 10, "missing": 5, "displaced": 1000}


@pytest.fixture
def repo(store: Store) -> ChatRepository:
    """A chat repository over a fresh database, with one group chat (digest 08:00 UTC) already known."""
    chats = ChatRepository(store.engine)
    chats.ensure_chat(-100, type="supergroup", title="Team", digest_time=dt.time(8), timezone="UTC", now=NOW)
    return chats


@pytest.mark.parametrize(
    ("place", "key"),
    [
        pytest.param(SUDAN, "country:SDN", id="country"),
        pytest.param(IDLIB, "admin1:SYR:Idlib", id="admin1"),
        pytest.param(GOMA, "town:216281", id="town"),
    ],
)
def test_place_keys_are_stable(place: Location, key: str) -> None:
    """Countries, first-level areas and towns get the documented keys."""
    assert place_key(place) == key


def test_subscribing_twice_keeps_one_row(repo: ChatRepository) -> None:
    """A second /subscribe to the same place changes nothing and says so."""
    assert repo.subscribe(-100, SUDAN, DEFAULTS, NOW)
    assert not repo.subscribe(-100, SUDAN, DEFAULTS, NOW)
    assert [s.place for s in repo.subscriptions(-100)] == [SUDAN]


def test_unsubscribe_one_or_all(repo: ChatRepository) -> None:
    """Unsubscribing by key removes that place; with no key it removes every place."""
    for place in (SUDAN, IDLIB, GOMA):
        repo.subscribe(-100, place, DEFAULTS, NOW)
    assert repo.unsubscribe(-100, "admin1:SYR:Idlib") == 1
    assert repo.unsubscribe(-100, "admin1:SYR:Idlib") == 0
    assert repo.unsubscribe(-100, None) == 2
    assert repo.subscriptions(-100) == []


def test_threshold_on_one_place_or_all(repo: ChatRepository) -> None:
    """A threshold with a place changes that subscription only; without one it changes all."""
    repo.subscribe(-100, SUDAN, DEFAULTS, NOW)
    repo.subscribe(-100, GOMA, DEFAULTS, NOW)
    assert repo.set_threshold(-100, "killed", 50, "town:216281") == 1
    assert [s.thresholds["killed"] for s in repo.subscriptions(-100)] == [1, 50]
    assert repo.set_threshold(-100, "displaced", 10_000, None) == 2
    assert {s.thresholds["displaced"] for s in repo.subscriptions(-100)} == {10_000}


def test_digest_is_due_once_per_local_day(repo: ChatRepository) -> None:
    """A digest set for 07:30 in Khartoum (05:30 UTC) is due after that, and not again once marked sent."""
    repo.subscribe(-100, SUDAN, DEFAULTS, NOW)
    early = dt.datetime(2024, 5, 2, 5, 0, tzinfo=dt.UTC)
    repo.set_digest_time(-100, dt.time(7, 30), "Africa/Khartoum", early)
    assert repo.due_digests(early) == []
    later = dt.datetime(2024, 5, 2, 5, 31, tzinfo=dt.UTC)
    assert [c.chat_id for c in repo.due_digests(later)] == [-100]
    repo.mark_digest_sent(-100, dt.date(2024, 5, 2))
    assert repo.due_digests(later) == []
    next_day = dt.datetime(2024, 5, 3, 5, 31, tzinfo=dt.UTC)
    assert [c.chat_id for c in repo.due_digests(next_day)] == [-100]


def test_digest_time_already_past_starts_tomorrow(repo: ChatRepository) -> None:
    """Choosing 07:00 at 09:00 does not send a digest at once; it comes the next morning."""
    repo.subscribe(-100, SUDAN, DEFAULTS, NOW)
    nine = dt.datetime(2024, 5, 2, 9, 0, tzinfo=dt.UTC)
    repo.set_digest_time(-100, dt.time(7), "UTC", nine)
    assert repo.due_digests(nine) == []
    assert repo.due_digests(nine + dt.timedelta(days=1)) != []


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda r: r.set_muted(-100, True), id="muted"),
        pytest.param(lambda r: r.set_paused(-100, True, "blocked"), id="paused"),
        pytest.param(lambda r: r.set_digest_time(-100, None, "UTC", NOW), id="digest-off"),
        pytest.param(lambda r: r.unsubscribe(-100, None), id="no-places"),
    ],
)
def test_no_digest_when_muted_paused_off_or_following_nothing(repo: ChatRepository, change: object) -> None:
    """Muted, paused, digest-off chats and chats following nothing get no scheduled digest."""
    repo.subscribe(-100, SUDAN, DEFAULTS, NOW)
    ten = dt.datetime(2024, 5, 2, 10, 0, tzinfo=dt.UTC)
    assert repo.due_digests(ten) != []
    change(repo)  # type: ignore[operator]
    assert repo.due_digests(ten) == []


def test_pause_and_resume_keep_subscriptions(repo: ChatRepository) -> None:
    """Blocking the bot pauses the chat; being added back resumes it with its places intact."""
    repo.subscribe(-100, GOMA, DEFAULTS, NOW)
    repo.set_paused(-100, True, "kicked")
    chat = repo.get(-100)
    assert chat is not None
    assert (chat.paused, chat.paused_reason) == (True, "kicked")
    repo.set_paused(-100, False, None)
    chat = repo.get(-100)
    assert chat is not None
    assert (chat.paused, chat.paused_reason) == (False, None)
    assert len(repo.subscriptions(-100)) == 1
