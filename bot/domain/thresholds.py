"""Does an event alert a subscribed chat, or update an earlier alert? (pure)

* Every kind family maps onto a threshold: killed, injured, missing, displaced (evacuated, sheltered and homeless
  are displacement, grouped so in ``events``); houses destroyed/damaged alert only when a threshold is set for
  them; returns never alert.
* A chat is alerted once per event, when the event's figure first reaches the lowest threshold among the chat's
  subscriptions whose place contains the event. Reaching it means: the event is new, or its value before this
  change was below that threshold. An event already above it (seen in a backlog, or the chat subscribed later)
  alerts only when it rises markedly (by ``update_ratio``).
* A chat already alerted gets an update, as a reply to its first alert, when the value rises by at least
  ``update_ratio`` over the last value it was told, or passes another of its thresholds it had not reached.
* A displacement event concerns where people fled from and, when stated, where they went: a chat following
  either is alerted.
* Vague figures count as their documented lower bound ("dozens" = 24, see ``magnitude``); without one they
  cross nothing. Muted and paused chats get nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.domain.containment import Contains
from bot.domain.events import Event, Family
from bot.values import Location


@dataclass(frozen=True, slots=True, kw_only=True)
class Thresholds:
    """Per-kind minimums; None means the kind never alerts."""

    killed: int | None = 1
    injured: int | None = 10
    missing: int | None = 10
    displaced: int | None = 1000
    houses_destroyed: int | None = None
    houses_damaged: int | None = None

    def for_family(self, family: Family) -> int | None:
        """The minimum for an event's family (None: never alerts)."""
        if family is Family.RETURNED:
            return None
        minimum: int | None = getattr(self, family.value)
        return minimum

    def overridden(self, changes: Mapping[str, Any]) -> Thresholds:
        """These thresholds with a chat's own minimums (as stored in JSON) laid over them."""
        known = {name: changes[name] for name in self.__slots__ if name in changes}
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update({name: None if value is None else int(value) for name, value in known.items()})
        return Thresholds(**values)

    def to_json(self) -> dict[str, int | None]:
        """The JSON form kept with a subscription."""
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription:
    """A chat following a place with its minimums."""

    chat_id: int
    place: Location
    thresholds: Thresholds
    id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PriorAlert:
    """What a chat was already told about an event: its first alert (a delivery id) and the last value."""

    first_delivery_id: int
    notified_value: int


class Purpose(StrEnum):
    """Why a message is sent about an event."""

    ALERT = "alert"
    UPDATE = "update"


@dataclass(frozen=True, slots=True, kw_only=True)
class Notice:
    """A decision to tell one chat about an event."""

    chat_id: int
    purpose: Purpose
    value: int
    reply_to_delivery_id: int | None = None


def _thresholds_by_chat(
    event: Event, subscriptions: Iterable[Subscription], contains: Contains
) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    # displaced people concern the place they fled and, when stated, the place they reached
    places = [place for place in (event.location, event.destination) if place is not None]
    if not places:
        return found
    for subscription in subscriptions:
        minimum = subscription.thresholds.for_family(event.family)
        if minimum is not None and any(contains(subscription.place, place) for place in places):
            found[subscription.chat_id].append(minimum)
    return found


def decide_notices(
    *,
    event: Event,
    before_value: int | None,
    subscriptions: Iterable[Subscription],
    priors: Mapping[int, PriorAlert],
    silenced: frozenset[int],
    contains: Contains,
    update_ratio: float,
) -> list[Notice]:
    """The alerts and updates an event change sends, one per chat at most."""
    value = event.value
    if value is None:
        return []
    notices: list[Notice] = []
    for chat_id, minimums in sorted(_thresholds_by_chat(event, subscriptions, contains).items()):
        if chat_id in silenced:
            continue
        prior = priors.get(chat_id)
        if prior is not None:
            told = prior.notified_value
            passes_new = any(told < minimum <= value for minimum in minimums)
            if value >= told * (1 + update_ratio) or passes_new:
                notices.append(
                    Notice(
                        chat_id=chat_id,
                        purpose=Purpose.UPDATE,
                        value=value,
                        reply_to_delivery_id=prior.first_delivery_id,
                    )
                )
            continue
        lowest = min(minimums)
        if value < lowest:
            continue
        if before_value is None or before_value < lowest or value >= before_value * (1 + update_ratio):
            notices.append(Notice(chat_id=chat_id, purpose=Purpose.ALERT, value=value))
    return notices
