"""Events as stored: the claims behind them, their accepted figure, their history, and what each chat was told.

Every function takes the caller's connection, so deciding alerts is one transaction.
A figure joins at most one event (``event_figures``): figures already linked are never grouped again, which is
what makes replaying reports harmless. ``event_evidence`` keeps, per figure, why it joined (first, corroborates,
rises, disputes, lower), the side and time shape it was read with, and who the report says gave it.
``lock_grouping`` makes grouping single-writer across processes on PostgreSQL (a transaction-level advisory lock).
The outlet of a report is the publisher its source named (a ReliefWeb item's agency), else the source's
configured name: hosts would merge every feed of one site and every ReliefWeb item into a single outlet.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.domain.alert_text import quantity
from bot.domain.events import Event, EventChange, Family, JoinRole, Sighting, claim_order, settle
from bot.domain.evidence import EventEvidence, Statement
from bot.domain.sides import Side
from bot.domain.thresholds import PriorAlert, Subscription, Thresholds
from bot.domain.time_shape import TimeShape
from bot.storage.schema import (
    chats,
    deliveries,
    delivery_events,
    event_evidence,
    event_figures,
    events,
    figures,
    reports,
    subscriptions,
)
from bot.values import DESTINATION, Figure, Group, Location, PlaceLevel, destination_of

# Any fixed 64-bit number: every process grouping figures takes this PostgreSQL advisory lock.
GROUPING_LOCK_KEY = 0x6576656E7473  # "events"


@dataclass(frozen=True, slots=True, kw_only=True)
class NewSighting:
    """A figure not yet in any event, and whether its report may alert."""

    sighting: Sighting
    alertable: bool


def outlet_of(outlet: str | None, source: str) -> str:
    """Who published a report: the publisher its source named, else the source's configured name."""
    return outlet or source


def lock_grouping(connection: Connection) -> None:
    """On PostgreSQL, wait for the grouping lock until this transaction ends (other backends: a no-op)."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(GROUPING_LOCK_KEY)))


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


def figure_of(row: Any) -> Figure:
    """A stored figure row as a figure (with where its people went, when stored)."""
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
    if row.destination:
        went = Figure.from_json({"kind": row.kind, "value": None, "location": row.destination}).location
        figure = figure.with_(extras={DESTINATION: went})
    return figure


def _sighting(row: Any) -> Sighting:
    seen_at: dt.datetime = row.published_at or row.fetched_at
    return Sighting(
        figure_id=row.id,
        report_id=row.report_id,
        outlet=outlet_of(row.outlet, row.source),
        published=seen_at.date(),
        seen_at=seen_at,
        figure=figure_of(row),
        url=row.url,
        phrase=row.phrase or "",
    )


# The stating phrase is cut from the report in SQL: the report text itself never leaves the database.
_PHRASE = sa.func.substr(reports.c.text, figures.c.span_start + 1, figures.c.span_end - figures.c.span_start).label(
    "phrase"
)
_SIGHTING_COLUMNS = (
    *figures.c,
    reports.c.url,
    reports.c.source,
    reports.c.outlet,
    reports.c.published_at,
    reports.c.fetched_at,
    reports.c.alertable,
    _PHRASE,
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


def _claims(members: list[Sighting], primaries: set[int]) -> tuple[Sighting, ...]:
    """Members of one event folded back into claims: one per report, restatements under its claim figure."""
    by_report: dict[int, list[Sighting]] = defaultdict(list)
    for member in members:
        by_report[member.report_id].append(member)
    claims: list[Sighting] = []
    for group in by_report.values():
        group.sort(key=lambda s: (s.figure_id not in primaries, s.figure_id))
        head, *rest = group
        claims.append(replace(head, restated=tuple(rest)))
    return tuple(sorted(claims, key=claim_order))


def recent_events(connection: Connection, since: dt.date) -> list[Event]:
    """Stored events whose period reaches ``since`` or later, rebuilt with their claims and accepted figure, in
    the order they were made: grouping breaks ties by that order, and PostgreSQL returns rows in no fixed order
    (an updated row moves to the end of its table), which let the same reports group differently run to run."""
    rows = connection.execute(sa.select(events).where(events.c.date_end >= since).order_by(events.c.id)).all()
    if not rows:
        return []
    ids = [row.id for row in rows]
    behind = connection.execute(
        sa.select(event_figures.c.event_id, *_SIGHTING_COLUMNS)
        .join(figures, figures.c.id == event_figures.c.figure_id)
        .join(reports, reports.c.id == figures.c.report_id)
        .where(event_figures.c.event_id.in_(ids))
    ).all()
    primaries = set(
        connection.execute(
            sa.select(event_evidence.c.claim_figure_id).where(event_evidence.c.event_id.in_(ids))
        ).scalars()
    )
    members: dict[int, list[Sighting]] = defaultdict(list)
    for row in behind:
        members[row.event_id].append(_sighting(row))
    found: list[Event] = []
    for row in rows:
        claims = _claims(members.get(row.id, []), primaries | {row.best_figure_id})
        best = next((c for c in claims if row.best_figure_id in c.figure_ids), None)
        if best is None:
            continue
        # settled again from its claims: the accepted toll and when it last rose, as grouping would see them
        found.append(
            settle(
                Event(
                    id=row.id,
                    family=Family(row.kind),
                    group=Group(row.grp),
                    side=Side(row.side),
                    shape=TimeShape(row.time_shape),
                    location=_location(row),
                    date=row.date,
                    date_end=row.date_end,
                    best=best,
                    claims=claims,
                )
            )
        )
    return found


def disagreement_text(event: Event) -> str | None:
    """Who says what when outlets disagree: "20 (authorities) – 45 (civil society)"."""
    pair = event.disagreement
    if pair is None:
        return None
    low, high = pair
    return f"{quantity(low.figure)} ({low.speaker}) – {quantity(high.figure)} ({high.speaker})"


def save_change(connection: Connection, change: EventChange, now: dt.datetime) -> int:
    """Write an event's new state, link its new figures and record why each joined; the event id."""
    event = change.after
    place = event.location
    values = {
        "kind": event.family.value,
        "grp": event.group.value,
        "side": event.side.value,
        "time_shape": event.shape.value,
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
        "disagreement": disagreement_text(event),
        "updated_at": now,
    }
    if event.id is None:
        inserting = sa.insert(events).values(first_seen_at=now, **values).returning(events.c.id)
        event_id = int(connection.execute(inserting).scalar_one())
    else:
        event_id = event.id
        connection.execute(sa.update(events).where(events.c.id == event_id).values(**values))
    links = [{"event_id": event_id, "figure_id": f} for s in change.added for f in s.figure_ids]
    connection.execute(sa.insert(event_figures), links)
    history = [
        {
            "event_id": event_id,
            "figure_id": figure_id,
            "claim_figure_id": joined.sighting.figure_id,
            "role": joined.role.value,
            "side": joined.sighting.side.value,
            "time_shape": joined.sighting.shape.value,
            "speaker": joined.sighting.speaker,
            "event_value": event.value,
            "joined_at": now,
        }
        for joined in change.joined
        for figure_id in joined.sighting.figure_ids
    ]
    connection.execute(sa.insert(event_evidence), history)
    return event_id


def prior_alerts(connection: Connection, event_id: int) -> dict[int, PriorAlert]:
    """Per chat, its first alert or card about the event and the last value it was told."""
    query = (
        sa.select(deliveries.c.chat_id, deliveries.c.id, delivery_events.c.value)
        .join(delivery_events, delivery_events.c.delivery_id == deliveries.c.id)
        .where(delivery_events.c.event_id == event_id, deliveries.c.purpose.in_(("alert", "update")))
        .order_by(deliveries.c.id)
    )
    found: dict[int, PriorAlert] = {}
    for row in connection.execute(query):
        first = found.get(row.chat_id)
        first_id = first.first_delivery_id if first else row.id
        told = max(int(row.value), first.notified_value if first else 0)
        found[row.chat_id] = PriorAlert(first_delivery_id=first_id, notified_value=told)
    return found


def link_deliveries(connection: Connection, links: Sequence[tuple[int, int, int]]) -> None:
    """Record which events, with the value told, each alert or update carried: a whole decision in one executemany."""
    if links:
        rows = [{"delivery_id": d, "event_id": e, "value": v} for d, e, v in links]
        connection.execute(sa.insert(delivery_events), rows)


def all_subscriptions(connection: Connection, defaults: Thresholds) -> tuple[list[Subscription], frozenset[int]]:
    """Every subscription with its thresholds over the defaults, and the chats that are muted or paused."""
    result = connection.execute(
        sa.select(subscriptions, chats.c.muted, chats.c.paused).join(chats, chats.c.chat_id == subscriptions.c.chat_id)
    )
    # read in slices: one fetch of 10,000 rows holds the interpreter lock, and so the event loop, for ~100 ms
    rows = [row for part in result.partitions(500) for row in part]
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


def chat_languages(connection: Connection) -> dict[int, str]:
    """The chats that chose a language (/language), with it; the others get the default."""
    rows = connection.execute(sa.select(chats.c.chat_id, chats.c.language).where(chats.c.language.is_not(None)))
    return {row.chat_id: row.language for row in rows}


def earliest_day(sightings: Sequence[Sighting]) -> dt.date | None:
    """The first day any of these sightings is about."""
    return min((s.window[0] for s in sightings), default=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertEvidence:
    """An alert or update sent to a chat, with the evidence of every event it told about."""

    delivery_id: int
    purpose: str
    events: tuple[EventEvidence, ...]


def find_alert(connection: Connection, chat_id: int, message_id: int | None) -> tuple[int, str] | None:
    """The alert or update behind a chat's message (None: that message is not one), else its latest sent one."""
    query = sa.select(deliveries.c.id, deliveries.c.purpose).where(
        deliveries.c.chat_id == chat_id, deliveries.c.purpose.in_(("alert", "update"))
    )
    if message_id is not None:
        query = query.where(deliveries.c.message_id == message_id)
    else:
        query = query.where(deliveries.c.status == "sent")
    row = connection.execute(query.order_by(deliveries.c.id.desc()).limit(1)).first()
    return (int(row.id), str(row.purpose)) if row else None


def alert_evidence(connection: Connection, delivery_id: int, purpose: str) -> AlertEvidence:
    """Each event one alert told about, with every claim behind it in the order they joined."""
    told = dict(
        connection.execute(
            sa.select(delivery_events.c.event_id, delivery_events.c.value).where(
                delivery_events.c.delivery_id == delivery_id
            )
        ).all()
    )
    rows = connection.execute(sa.select(events).where(events.c.id.in_(list(told))).order_by(events.c.id)).all()
    history = connection.execute(
        sa.select(
            event_evidence.c.event_id,
            event_evidence.c.claim_figure_id,
            event_evidence.c.role,
            event_evidence.c.side.label("claim_side"),
            event_evidence.c.time_shape.label("claim_shape"),
            event_evidence.c.speaker,
            *_SIGHTING_COLUMNS,
        )
        .join(figures, figures.c.id == event_evidence.c.figure_id)
        .join(reports, reports.c.id == figures.c.report_id)
        .where(event_evidence.c.event_id.in_(list(told)))
        .order_by(event_evidence.c.id)
    ).all()
    claims: dict[int, dict[int, list[Any]]] = defaultdict(dict)
    figures_by_id: dict[int, Figure] = {}
    for row in history:
        claims[row.event_id].setdefault(row.claim_figure_id, []).append(row)
        figures_by_id[row.id] = figure_of(row)
    found = []
    for row in rows:
        statements = []
        for claim_id, members in claims[row.id].items():
            head = next((m for m in members if m.id == claim_id), members[0])
            sentences = tuple(dict.fromkeys(m.sentence.strip() for m in members if m.sentence.strip()))
            published: dt.datetime = head.published_at or head.fetched_at
            statements.append(
                Statement(
                    figure=figures_by_id[head.id],
                    outlet=outlet_of(head.outlet, head.source),
                    published=published.date(),
                    url=head.url,
                    role=JoinRole(head.role),
                    side=Side(head.claim_side),
                    shape=TimeShape(head.claim_shape),
                    speaker=head.speaker,
                    sentences=sentences,
                )
            )
        found.append(
            EventEvidence(
                event_id=row.id,
                family=Family(row.kind),
                location=_location(row),
                date=row.date,
                date_end=row.date_end,
                shape=TimeShape(row.time_shape),
                side=Side(row.side),
                accepted=figures_by_id.get(row.best_figure_id),
                destination=next((went for s in statements if (went := destination_of(s.figure)) is not None), None),
                disagreement=row.disagreement,
                told_value=int(told[row.id]),
                statements=tuple(statements),
            )
        )
    return AlertEvidence(delivery_id=delivery_id, purpose=purpose, events=tuple(found))


def chat_subscriptions(connection: Connection, chat_id: int, defaults: Thresholds) -> list[Subscription]:
    """One chat's subscriptions with their thresholds over the defaults."""
    rows = connection.execute(sa.select(subscriptions).where(subscriptions.c.chat_id == chat_id)).all()
    return [
        Subscription(id=r.id, chat_id=r.chat_id, place=place, thresholds=defaults.overridden(r.thresholds or {}))
        for r in rows
        if (place := _location(r)) is not None
    ]


class EvidenceRepository:
    """What `/why` reads: the alert behind a message, its events' history, and the chat's subscriptions."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def why(
        self, chat_id: int, message_id: int | None, defaults: Thresholds
    ) -> tuple[AlertEvidence, list[Subscription]] | None:
        """The evidence of the alert a message is (or the chat's latest), with the chat's subscriptions."""
        with self._engine.connect() as connection:
            found = find_alert(connection, chat_id, message_id)
            if found is None:
                return None
            evidence = alert_evidence(connection, *found)
            return evidence, chat_subscriptions(connection, chat_id, defaults)
