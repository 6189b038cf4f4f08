"""Deciding alerts: new figures → events → outbox rows, all in ONE transaction.

Call ``decide_alerts`` with the ids of newly stored reports (the pipeline's ``on_new_reports`` hook). Figures
join events (``bot.domain.events``); each changed event is checked against every subscription
(``bot.domain.thresholds``); each notice becomes a pending delivery with its text (``bot.domain.alert_text``).
Event changes and deliveries commit together, so a crash leaves either both or neither. Figures from reports
that may not alert (a source's first poll) still join events but queue nothing. Replaying reports finds their
figures already linked and does nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from bot.domain.alert_text import alert_text
from bot.domain.containment import Contains, default_contains
from bot.domain.events import group_sightings
from bot.domain.thresholds import Purpose, Thresholds, decide_notices
from bot.storage import events_repo
from bot.storage.outbox_repo import enqueue

# How far back a stored event may still absorb new figures (beyond the new figures' own first day).
EVENT_LOOKBACK_DAYS = 7


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
    queued = 0
    with engine.begin() as connection:
        fresh = events_repo.new_sightings(connection, report_ids)
        sightings = [item.sighting for item in fresh]
        alertable = {item.sighting.figure_id for item in fresh if item.alertable}
        first_day = events_repo.earliest_day(sightings)
        if first_day is None:
            return Decision(events_changed=0, deliveries_queued=0, projections=0, stale=0)
        known = events_repo.recent_events(connection, first_day - dt.timedelta(days=EVENT_LOOKBACK_DAYS))
        grouping = group_sightings(sightings, known, contains=contains, max_age_days=policy.max_age_days)
        subscriptions, silenced = events_repo.all_subscriptions(connection, policy.defaults)
        for change in grouping.changes:
            event_id = events_repo.save_change(connection, change, now)
            if not any(s.figure_id in alertable for s in change.added):
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
            for notice in notices:
                prior = priors.get(notice.chat_id)
                text = alert_text(
                    change.after,
                    purpose=notice.purpose,
                    previous_value=prior.notified_value if prior and notice.purpose is Purpose.UPDATE else None,
                )
                row = enqueue(
                    connection,
                    chat_id=notice.chat_id,
                    text=text,
                    purpose=notice.purpose.value,
                    now=now,
                    event_id=event_id,
                    revision=notice.value,
                    reply_to_delivery_id=notice.reply_to_delivery_id,
                )
                queued += row is not None
    return Decision(
        events_changed=len(grouping.changes),
        deliveries_queued=queued,
        projections=len(grouping.projections),
        stale=len(grouping.stale),
    )
