"""Which chats an event alerts, and when an earlier alert gets an update."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.domain.containment import fallback_contains
from bot.domain.events import Event, group_sightings
from bot.domain.magnitude import magnitude
from bot.domain.thresholds import Notice, PriorAlert, Purpose, Subscription, Thresholds, decide_notices
from bot.values import Figure, Group, Kind, Qualifier
from tests.domain.builders import ALEPPO, IDLIB_PROVINCE, SYRIA, sighting

DEFAULTS = Thresholds(killed=10, injured=10, missing=10, displaced=1000)


def _event(value: int | None, **fields: object) -> Event:
    grouping = group_sightings(
        [sighting(value, **fields)],  # type: ignore[arg-type]
        [],
        contains=fallback_contains,
        max_age_days=30,
    )
    return grouping.changes[0].after


def _decide(
    event: Event,
    *,
    before: int | None = None,
    subscriptions: list[Subscription] | None = None,
    priors: dict[int, PriorAlert] | None = None,
    silenced: frozenset[int] = frozenset(),
) -> list[Notice]:
    return decide_notices(
        event=event,
        before_value=before,
        subscriptions=subscriptions or [Subscription(chat_id=1, place=SYRIA, thresholds=DEFAULTS)],
        priors=priors or {},
        silenced=silenced,
        contains=fallback_contains,
        update_ratio=0.25,
    )


def test_new_event_over_threshold_alerts_chat_following_its_country() -> None:
    """18 civilians killed in Idlib alerts a chat following Syria with a minimum of 10."""
    assert _decide(_event(18)) == [Notice(chat_id=1, purpose=Purpose.ALERT, value=18)]


def test_event_outside_the_chats_places_alerts_nobody() -> None:
    """A chat following Aleppo hears nothing of Idlib."""
    subscriptions = [Subscription(chat_id=1, place=ALEPPO, thresholds=DEFAULTS)]
    assert _decide(_event(18), subscriptions=subscriptions) == []


def test_event_below_threshold_alerts_nobody_until_it_crosses() -> None:
    """Six killed stays silent; the same event rising to 12 alerts."""
    assert _decide(_event(6)) == []
    assert _decide(_event(12), before=6) == [Notice(chat_id=1, purpose=Purpose.ALERT, value=12)]


def test_another_outlet_repeating_the_figure_alerts_nobody() -> None:
    """An alerted chat hears nothing when a second outlet reports the same toll."""
    priors = {1: PriorAlert(first_delivery_id=5, notified_value=18)}
    assert _decide(_event(18), before=18, priors=priors) == []
    assert _decide(_event(20), before=18, priors=priors) == []


def test_marked_rise_updates_as_a_reply_to_the_first_alert() -> None:
    """A rise from 18 to 23 (a quarter or more) is an update replying to the first alert."""
    priors = {1: PriorAlert(first_delivery_id=5, notified_value=18)}
    assert _decide(_event(23), before=19, priors=priors) == [
        Notice(chat_id=1, purpose=Purpose.UPDATE, value=23, reply_to_delivery_id=5)
    ]


def test_crossing_a_higher_threshold_of_the_chat_updates() -> None:
    """A chat following Syria at 10 and Idlib at 20 gets an update when 18 becomes 21."""
    subscriptions = [
        Subscription(chat_id=1, place=SYRIA, thresholds=DEFAULTS),
        Subscription(chat_id=1, place=IDLIB_PROVINCE, thresholds=replace(DEFAULTS, killed=20)),
    ]
    priors = {1: PriorAlert(first_delivery_id=5, notified_value=18)}
    notices = _decide(_event(21), before=18, subscriptions=subscriptions, priors=priors)
    assert [n.purpose for n in notices] == [Purpose.UPDATE]


def test_muted_chats_and_returns_and_houses_never_alert_by_default() -> None:
    """Silenced chats, returns and destroyed houses (no threshold set) stay quiet."""
    assert _decide(_event(18), silenced=frozenset({1})) == []
    assert _decide(_event(5000, kind=Kind.RETURNED, group=Group.PEOPLE)) == []
    assert _decide(_event(300, kind=Kind.HOUSES_DESTROYED, group=Group.PEOPLE)) == []


def test_event_already_over_threshold_alerts_only_on_a_marked_rise() -> None:
    """A backlog event already at 30 alerts a never-told chat only when it grows a quarter."""
    assert _decide(_event(31), before=30) == []
    assert [n.purpose for n in _decide(_event(40), before=30)] == [Purpose.ALERT]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Dozens of civilians were killed", 24, id="dozens"),
        pytest.param("Tens of thousands of people fled", 20_000, id="tens-of-thousands"),
        pytest.param("hundreds were hurt", 200, id="hundreds"),
        pytest.param("an unknown number died", None, id="no-word"),
    ],
)
def test_vague_figures_count_as_their_documented_lower_bound(sentence: str, expected: int | None) -> None:
    """Vague quantity words read as the least they can mean."""
    figure = Figure(kind=Kind.KILLED, value=None, qualifier=Qualifier.VAGUE, sentence=sentence)
    assert magnitude(figure) == expected


def test_dozens_killed_crosses_a_threshold_of_twenty() -> None:
    """'Dozens killed' alerts a chat whose minimum is 20."""
    event = _event(None, qualifier=Qualifier.VAGUE, sentence="Dozens of civilians were killed")
    subscriptions = [Subscription(chat_id=1, place=SYRIA, thresholds=replace(DEFAULTS, killed=20))]
    assert [n.value for n in _decide(event, subscriptions=subscriptions)] == [24]


def test_thresholds_take_a_chats_overrides() -> None:
    """Stored minimums override the defaults; unknown keys are ignored."""
    merged = DEFAULTS.overridden({"killed": 3, "houses_destroyed": 50, "bogus": 1})
    assert (merged.killed, merged.injured, merged.houses_destroyed) == (3, 10, 50)
