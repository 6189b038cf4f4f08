"""Events as stored: the sightings behind them, their best figure, and what each chat was already told.

Every function takes the caller's connection, so deciding alerts is one transaction.
A figure joins at most one event (``event_figures``): figures already linked are never grouped again, which is
what makes replaying reports harmless. The outlet of a report is the publisher its source named (a ReliefWeb
item's agency), else the source's configured name: hosts would merge every feed of one site and every ReliefWeb
item into a single outlet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.domain.events import Event, EventChange, Family, Sighting
from bot.domain.thresholds import PriorAlert, Subscription, Thresholds
from bot.extraction.model import Figure, Group, Location, PlaceLevel
from bot.storage.schema import chats, deliveries, event_figures, events, figures, reports, subscriptions


@dataclass(frozen=True, slots=True, kw_only=True)
class NewSighting:
    """A figure not yet in any event, and whether its report may alert."""

    sighting: Sighting
    alertable: bool


def outlet_of(outlet: str | None, source: str) -> str:
    """Who published a report: the publisher its source named, else the source's configured name."""
    return outlet or source


def _location(row: Any) -> Location | None:
    if row.place_name is None:
        return None
    return Location(
        name=row.place_name,
        country_iso3=row.country_iso3,
        admin1=row.admin1,
        geonames_id=row.geonames_id,
        lat=row.lat,
        lon=row.lon,
        level=PlaceLevel(row.place_level or PlaceLevel.TOWN.value),
    )


def _sighting(row: Any) -> Sighting:
    figure = Figure.from_json(
        {
            "kind": row.kind,
            "value": row.value,
            "value_max": row.value_max,
            "qualifier": row.qualifier,
            "group": row.grp,
            "date": row.date.isoformat() if row.date else None,
            "date_end": row.date_end.isoformat() if row.date_end else None,
            "cumulative": row.cumulative,
            "projection": row.projection,
            "span": [row.span_start, row.span_end],
            "sentence": row.sentence,
        }
    ).with_(location=_location(row))
    seen_at: dt.datetime = row.published_at or row.fetched_at
    return Sighting(
        figure_id=row.id,
        report_id=row.report_id,
        outlet=outlet_of(row.outlet, row.source),
        published=(row.published_at or row.fetched_at).date(),
        seen_at=seen_at,
        figure=figure,
        url=row.url,
    )


_SIGHTING_COLUMNS = (
    *figures.c,
    reports.c.url,
    reports.c.source,
    reports.c.outlet,
    reports.c.published_at,
    reports.c.fetched_at,
    reports.c.alertable,
)


def new_sightings(connection: Connection, report_ids: Iterable[int]) -> list[NewSighting]:
    """The figures of these reports that belong to no event yet."""
    linked = sa.select(event_figures.c.figure_id)
    query = (
        sa.select(*_SIGHTING_COLUMNS)
        .join(reports, reports.c.id == figures.c.report_id)
        .where(figures.c.report_id.in_(list(report_ids)), figures.c.id.not_in(linked))
        .order_by(figures.c.id)
    )
    return [NewSighting(sighting=_sighting(row), alertable=row.alertable) for row in connection.execute(query)]


def recent_events(connection: Connection, since: dt.date) -> list[Event]:
    """Stored events whose period reaches ``since`` or later, rebuilt with their best figure and outlets."""
    rows = connection.execute(sa.select(events).where(events.c.date_end >= since)).all()
    if not rows:
        return []
    ids = [row.id for row in rows]
    behind = connection.execute(
        sa.select(event_figures.c.event_id, *_SIGHTING_COLUMNS)
        .join(figures, figures.c.id == event_figures.c.figure_id)
        .join(reports, reports.c.id == figures.c.report_id)
        .where(event_figures.c.event_id.in_(ids))
    ).all()
    sightings: dict[int, list[Sighting]] = {}
    for row in behind:
        sightings.setdefault(row.event_id, []).append(_sighting(row))
    found: list[Event] = []
    for row in rows:
        members = sightings.get(row.id, [])
        best = next((s for s in members if s.figure_id == row.best_figure_id), None)
        if best is None:
            continue
        found.append(
            Event(
                id=row.id,
                family=Family(row.kind),
                group=Group(row.grp),
                location=_location(row),
                date=row.date,
                date_end=row.date_end,
                cumulative=row.cumulative,
                best=best,
                report_ids=frozenset(s.report_id for s in members),
                outlets=frozenset(s.outlet for s in members),
            )
        )
    return found


def save_change(connection: Connection, change: EventChange, now: dt.datetime) -> int:
    """Write an event's new state and link its new figures; the event id."""
    event = change.after
    place = event.location
    values = {
        "kind": event.family.value,
        "grp": event.group.value,
        "place_name": place.name if place else None,
        "place_level": place.level.value if place else None,
        "country_iso3": place.country_iso3 if place else None,
        "admin1": place.admin1 if place else None,
        "geonames_id": place.geonames_id if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "date": event.date,
        "date_end": event.date_end,
        "cumulative": event.cumulative,
        "best_figure_id": event.best.figure_id,
        "best_value": event.best.figure.value,
        "best_qualifier": event.best.figure.qualifier.value,
        "corroboration": event.corroboration,
        "updated_at": now,
    }
    if event.id is None:
        inserting = sa.insert(events).values(first_seen_at=now, **values).returning(events.c.id)
        event_id = int(connection.execute(inserting).scalar_one())
    else:
        event_id = event.id
        connection.execute(sa.update(events).where(events.c.id == event_id).values(**values))
    connection.execute(
        sa.insert(event_figures), [{"event_id": event_id, "figure_id": s.figure_id} for s in change.added]
    )
    return event_id


def prior_alerts(connection: Connection, event_id: int) -> dict[int, PriorAlert]:
    """Per chat, its first alert about the event and the last value it was told (the rows' revision)."""
    query = (
        sa.select(deliveries.c.chat_id, deliveries.c.id, deliveries.c.purpose, deliveries.c.revision)
        .where(deliveries.c.event_id == event_id, deliveries.c.purpose.in_(("alert", "update")))
        .order_by(deliveries.c.id)
    )
    found: dict[int, PriorAlert] = {}
    for row in connection.execute(query):
        first = found.get(row.chat_id)
        first_id = first.first_delivery_id if first else row.id
        told = max(row.revision, first.notified_value if first else 0)
        found[row.chat_id] = PriorAlert(first_delivery_id=first_id, notified_value=told)
    return found


def all_subscriptions(connection: Connection, defaults: Thresholds) -> tuple[list[Subscription], frozenset[int]]:
    """Every subscription with its thresholds over the defaults, and the chats that are muted or paused."""
    rows = connection.execute(
        sa.select(subscriptions, chats.c.muted, chats.c.paused).join(chats, chats.c.chat_id == subscriptions.c.chat_id)
    ).all()
    found: list[Subscription] = []
    silenced: set[int] = set()
    for row in rows:
        place = _location(row)
        if place is None:
            continue
        found.append(
            Subscription(
                id=row.id, chat_id=row.chat_id, place=place, thresholds=defaults.overridden(row.thresholds or {})
            )
        )
        if row.muted or row.paused:
            silenced.add(row.chat_id)
    return found, frozenset(silenced)


def earliest_day(sightings: Sequence[Sighting]) -> dt.date | None:
    """The first day any of these sightings is about."""
    return min((s.window[0] for s in sightings), default=None)
