"""Deciding alerts: new figures → events → outbox rows, all in ONE transaction, under ONE writer.

Call ``decide_alerts`` with the ids of newly stored reports (the pipeline's ``on_new_reports`` hook). Figures
join events (``bot.domain.events``); each changed event is checked against every subscription
(``bot.domain.thresholds``); the notices for one chat about one incident of one report (its killed, injured,
missing and displaced) become one card (``bot.domain.cards``), a pending delivery with its text
(``bot.domain.alert_text``) in the chat's language, composed once per language. Event changes and deliveries
commit together, so a crash leaves either both or neither. Figures from reports that may not alert (a source's
first poll) still join events but queue nothing.
Replaying reports finds their figures already linked and does nothing.

Grouping has one writer at a time: a lock in the process, and on PostgreSQL a transaction-level advisory lock
taken before anything is read, so two polls (threads or processes) can never both create the same event.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from bot.domain.alert_text import card_text
from bot.domain.cards import Card, Told, cards_for
from bot.domain.containment import Contains, default_contains
from bot.domain.events import group_sightings
from bot.domain.thresholds import Thresholds, decide_notices
from bot.i18n import Lang, language_of
from bot.storage import events_repo
from bot.storage.outbox_repo import NewAlert, enqueue_alerts

# How far back a stored event may still absorb new figures (beyond the new figures' own first day).
EVENT_LOOKBACK_DAYS = 7

_WRITER = threading.Lock()


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertPolicy:
    """What may alert: the default thresholds, the rise that updates, how old a figure may be."""

    defaults: Thresholds = field(default_factory=Thresholds)
    update_ratio: float = 0.25
    max_age_days: int = 14


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """What one call decided."""

    events_changed: int
    deliveries_queued: int
    projections: int
    stale: int


class CardTexts:
    """Card texts composed once per language and content: a 10,000-chat fan-out of one incident composes one text
    per language (and per previous value told, for updates), not one per chat."""

    def __init__(self, today: dt.date) -> None:
        self._today = today
        self._made: dict[tuple[object, ...], str] = {}

    def text(self, card: Card, lang: Lang) -> str:
        """The card's message in `lang`."""
        previous = {i: item.prior.notified_value for i, item in enumerate(card.items) if item.prior}
        key = (lang, card.purpose, tuple(item.event_id for item in card.items), tuple(sorted(previous.items())))
        made = self._made.get(key)
        if made is None:
            made = card_text(
                [item.change.after for item in card.items],
                purpose=card.purpose,
                previous=previous,
                now=self._today,
                lang=lang,
            )
            self._made[key] = made
        return made


def decide_alerts(
    engine: Engine,
    report_ids: list[int],
    *,
    policy: AlertPolicy | None = None,
    contains: Contains | None = None,
    now: dt.datetime | None = None,
) -> Decision:
    """Group the reports' new figures into events and queue the alerts and updates they call for."""
    policy = policy or AlertPolicy()
    contains = contains or default_contains()
    now = now or dt.datetime.now(dt.UTC)
    with _WRITER, engine.begin() as connection:
        events_repo.lock_grouping(connection)
        fresh = events_repo.new_sightings(connection, report_ids)
        sightings = [item.sighting for item in fresh]
        alertable = {item.sighting.figure_id for item in fresh if item.alertable}
        first_day = events_repo.earliest_day(sightings)
        if first_day is None:
            return Decision(events_changed=0, deliveries_queued=0, projections=0, stale=0)
        known = events_repo.recent_events(connection, first_day - dt.timedelta(days=EVENT_LOOKBACK_DAYS))
        grouping = group_sightings(sightings, known, contains=contains, max_age_days=policy.max_age_days)
        subscriptions, silenced = events_repo.all_subscriptions(connection, policy.defaults)
        told: list[Told] = []
        for change in grouping.changes:
            event_id = events_repo.save_change(connection, change, now)
            if not any(f in alertable for s in change.added for f in s.figure_ids):
                continue
            priors = events_repo.prior_alerts(connection, event_id)
            notices = decide_notices(
                event=change.after,
                before_value=change.before.value if change.before else None,
                subscriptions=subscriptions,
                priors=priors,
                silenced=silenced,
                contains=contains,
                update_ratio=policy.update_ratio,
            )
            told.extend(Told(event_id=event_id, change=change, notice=n, prior=priors.get(n.chat_id)) for n in notices)
        languages = events_repo.chat_languages(connection) if told else {}
        texts = CardTexts(now.date())
        cards = cards_for(told)
        alerts = [
            NewAlert(
                chat_id=card.chat_id,
                event_id=card.items[0].event_id,
                purpose=card.purpose.value,
                revision=card.items[0].notice.value,
                text=texts.text(card, language_of(languages.get(card.chat_id))),
                reply_to_delivery_id=card.reply_to_delivery_id,
            )
            for card in cards
        ]
        # one executemany for the deliveries and one for their links, not two INSERTs per chat
        ids = enqueue_alerts(connection, alerts, now)
        links = [
            (delivery_id, item.event_id, item.notice.value)
            for card, delivery_id in zip(cards, ids, strict=True)
            if delivery_id is not None
            for item in card.items
        ]
        events_repo.link_deliveries(connection, links)
        queued = sum(1 for delivery_id in ids if delivery_id is not None)
    return Decision(
        events_changed=len(grouping.changes),
        deliveries_queued=queued,
        projections=len(grouping.projections),
        stale=len(grouping.stale),
    )
