"""One card per incident: which notices for one chat go out as one message (pure).

Killed, injured, missing and displaced figures of one incident, stated in one report, reach a chat as one
message and, later, one update, not one message each. Notices share a card when they are for the same chat and
purpose, the same report brought them, and their events happened at the same place on overlapping days.
The card leads with the gravest harm (killed, then injured, missing, displaced, ...). A subgroup of the same harm
("40 civilians killed, including 9 children") rides on its incident's card after the broader toll: labelled as a
figure of its own, it is still the same incident, not a second message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.domain.events import EventChange, Family
from bot.domain.thresholds import Notice, PriorAlert, Purpose
from bot.values import Group

_GRAVITY = {family: rank for rank, family in enumerate(Family)}
# Groups that are part of a broader group of the same incident (children among the civilians killed).
_SUBGROUPS = frozenset({Group.CHILDREN, Group.WOMEN})
_BROADER = frozenset({Group.PEOPLE, Group.CIVILIANS})


@dataclass(frozen=True, slots=True, kw_only=True)
class Told:
    """A notice about one stored event, with the change that called for it and what the chat was told before."""

    event_id: int
    change: EventChange
    notice: Notice
    prior: PriorAlert | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    """The notices one message carries, gravest first."""

    chat_id: int
    purpose: Purpose
    items: tuple[Told, ...]

    @property
    def reply_to_delivery_id(self) -> int | None:
        """The first alert an update replies to (the lead event's, else any)."""
        return next((i.notice.reply_to_delivery_id for i in self.items if i.notice.reply_to_delivery_id), None)


def _same_incident(a: Told, b: Told) -> bool:
    first, second = a.change.after, b.change.after
    reports = {s.report_id for s in a.change.added} & {s.report_id for s in b.change.added}
    same_place = first.location == second.location
    days_overlap = first.date <= second.date_end and second.date <= first.date_end
    return bool(reports) and same_place and days_overlap and first.cumulative == second.cumulative


def _fits_beside(item: Told, other: Told) -> bool:
    """Whether `item` may share a card with `other`: another harm, or a subgroup of the same harm's broader toll."""
    mine, theirs = item.change.after, other.change.after
    if mine.family is not theirs.family:
        return True
    return (mine.group in _SUBGROUPS and theirs.group in _BROADER) or (
        theirs.group in _SUBGROUPS and mine.group in _BROADER
    )


def _order(item: Told) -> tuple[int, int, bool, int]:
    event = item.change.after
    return (item.notice.chat_id, _GRAVITY[event.family], event.group in _SUBGROUPS, item.event_id)


def cards_for(told: Iterable[Told]) -> list[Card]:
    """The cards that carry these notices (an event appears on one card per chat)."""
    piles: list[list[Told]] = []
    by_chat: dict[int, list[list[Told]]] = {}
    for item in sorted(told, key=_order):
        chat_piles = by_chat.setdefault(item.notice.chat_id, [])
        pile = next(
            (
                p
                for p in chat_piles
                if p[0].notice.purpose is item.notice.purpose
                and all(_fits_beside(item, e) for e in p)
                and _same_incident(p[0], item)
            ),
            None,
        )
        if pile is None:
            chat_piles.append([item])
            piles.append(chat_piles[-1])
        else:
            pile.append(item)
    return [Card(chat_id=p[0].notice.chat_id, purpose=p[0].notice.purpose, items=tuple(p)) for p in piles]
