"""What digests read: recent events with their best figure and sources, recent projections, daily history.

Read-only queries over the tables the pipeline and the alert engine write. Places are returned as stored;
matching them to a chat's places (containment) is the caller's job, so the SQL stays simple and portable.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import sqlalchemy as sa
from sqlalchemy.engine import Engine, RowMapping

from bot.digest.assemble import RecentEvent, RecentProjection
from bot.digest.compose import SourceRef
from bot.storage.chats_repo import place_from_row
from bot.storage.events_repo import outlet_of
from bot.storage.schema import event_figures, events, figures, reports
from bot.values import Figure, Group, Kind, Qualifier


class DigestRepository:
    """Queries for composing digests and their charts."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def events_since(self, since: dt.datetime, *, limit: int = 2000) -> list[RecentEvent]:
        """Events first seen or updated since `since`, most recently updated first."""
        query = (
            sa.select(events, figures.c.value, figures.c.value_max, figures.c.qualifier, figures.c.kind.label("f_kind"))
            .select_from(events.outerjoin(figures, figures.c.id == events.c.best_figure_id))
            .where(events.c.updated_at >= since)
            .order_by(events.c.updated_at.desc())
            .limit(limit)
        )
        with self._engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
            sources = _sources(connection, [row["id"] for row in rows])
        return [
            RecentEvent(
                event_id=row["id"],
                figure=_event_figure(row),
                cumulative=bool(row["cumulative"]),
                corroboration=int(row["corroboration"] or 1),
                first_seen_at=row["first_seen_at"],
                updated_at=row["updated_at"],
                sources=sources.get(row["id"], ()),
                disagreement=row["disagreement"],
            )
            for row in rows
        ]

    def projections_since(self, since: dt.datetime, *, limit: int = 500) -> list[RecentProjection]:
        """Projection figures from reports fetched since `since`, newest first."""
        query = (
            sa.select(figures, reports.c.source, reports.c.outlet, reports.c.url)
            .select_from(figures.join(reports, reports.c.id == figures.c.report_id))
            .where(figures.c.projection.is_(True), reports.c.fetched_at >= since)
            .order_by(reports.c.fetched_at.desc(), figures.c.id)
            .limit(limit)
        )
        with self._engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [
            RecentProjection(
                figure=_projection_figure(row),
                source=SourceRef(outlet=outlet_of(row["outlet"], row["source"]), url=row["url"]),
            )
            for row in rows
        ]


def _sources(connection: sa.Connection, event_ids: list[int]) -> dict[int, tuple[SourceRef, ...]]:
    """One report per outlet behind each event (the outlet as the alert engine counts it), first fetched first."""
    found: dict[int, list[SourceRef]] = defaultdict(list)
    if not event_ids:
        return {}
    query = (
        sa.select(event_figures.c.event_id, reports.c.source, reports.c.outlet, reports.c.url)
        .select_from(
            event_figures.join(figures, figures.c.id == event_figures.c.figure_id).join(
                reports, reports.c.id == figures.c.report_id
            )
        )
        .where(event_figures.c.event_id.in_(event_ids))
        .order_by(reports.c.fetched_at, reports.c.id)
    )
    for row in connection.execute(query).mappings():
        sourced = SourceRef(outlet=outlet_of(row["outlet"], row["source"]), url=row["url"])
        if all(known.outlet != sourced.outlet for known in found[row["event_id"]]):
            found[row["event_id"]].append(sourced)
    return {event_id: tuple(items) for event_id, items in found.items()}


def _event_figure(row: RowMapping) -> Figure:
    kind = row["f_kind"] or row["kind"]
    return Figure(
        kind=Kind(kind) if kind in Kind.__members__.values() else Kind.DISPLACED,
        value=row["value"] if row["value"] is not None else row["best_value"],
        value_max=row["value_max"],
        qualifier=Qualifier(row["qualifier"] or row["best_qualifier"] or Qualifier.EXACT.value),
        group=Group(row["grp"]) if row["grp"] in Group.__members__.values() else Group.PEOPLE,
        location=place_from_row(row),
        date=row["date"],
        date_end=row["date_end"],
        cumulative=bool(row["cumulative"]),
    )


def _projection_figure(row: RowMapping) -> Figure:
    return Figure(
        kind=Kind(row["kind"]),
        value=row["value"],
        value_max=row["value_max"],
        qualifier=Qualifier(row["qualifier"]),
        group=Group(row["grp"]),
        location=place_from_row(row),
        date=row["date"],
        date_end=row["date_end"],
        projection=True,
        sentence=row["sentence"],
    )
