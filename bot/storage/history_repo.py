"""Reading the archive back: events over a span of days with their outlets and link, projections, coverage.

Read-only queries for exports, baselines and weekly summaries. Places are returned as stored; which of them a
chat follows (containment) is decided by the caller. Outlets are counted as the alert engine counts them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, RowMapping

from bot.domain.events import family_of
from bot.domain.history import ArchivedEvent
from bot.storage.chats_repo import place_from_row
from bot.storage.events_repo import outlet_of
from bot.storage.schema import event_figures, events, figures, reports
from bot.values import Kind

_CHUNK = 500


class HistoryRepository:
    """Events and projections as stored, for a span of days."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def events_between(
        self,
        first_day: dt.date,
        last_day: dt.date,
        *,
        countries: Iterable[str] | None = None,
        with_outlets: bool = True,
    ) -> list[ArchivedEvent]:
        """Events whose days reach into ``first_day``..``last_day``, oldest first (optionally of some countries)."""
        best = figures.alias("best")
        query = (
            sa.select(
                events,
                best.c.kind.label("best_kind"),
                best.c.value.label("best_figure_value"),
                best.c.value_max,
                best.c.qualifier,
                reports.c.url,
            )
            .select_from(
                events.outerjoin(best, best.c.id == events.c.best_figure_id).outerjoin(
                    reports, reports.c.id == best.c.report_id
                )
            )
            .where(events.c.date_end >= first_day, events.c.date <= last_day)
            .order_by(events.c.date, events.c.id)
        )
        if countries is not None:
            query = query.where(events.c.country_iso3.in_(sorted(set(countries))))
        with self._engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
            outlets = _outlets(connection, [row["id"] for row in rows]) if with_outlets else {}
        return [_archived(row, outlets.get(row["id"], ())) for row in rows]

    def projections_between(self, first_day: dt.date, last_day: dt.date) -> list[ArchivedEvent]:
        """Projection figures of reports published in the span, one per statement told by several outlets."""
        published = sa.func.coalesce(reports.c.published_at, reports.c.fetched_at)
        start = dt.datetime.combine(first_day, dt.time(), dt.UTC)
        end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), dt.UTC)
        query = (
            sa.select(figures, reports.c.source, reports.c.outlet, reports.c.url, published.label("published"))
            .select_from(figures.join(reports, reports.c.id == figures.c.report_id))
            .where(figures.c.projection.is_(True), published >= start, published < end)
            .order_by(published, figures.c.id)
        )
        merged: dict[tuple[object, ...], tuple[RowMapping, list[str]]] = {}
        with self._engine.connect() as connection:
            for row in connection.execute(query).mappings():
                day = row["published"].date()
                key = (row["kind"], row["grp"], row["value"], row["value_max"], row["place_name"], row["date"], day)
                outlet = outlet_of(row["outlet"], row["source"])
                if key not in merged:
                    merged[key] = (row, [outlet])
                elif outlet not in merged[key][1]:
                    merged[key][1].append(outlet)
        return [_projection(row, tuple(outlets)) for row, outlets in merged.values()]

    def first_days_by_country(self) -> dict[str, dt.date]:
        """Per country, the first day a stored incident is about: how far back the archive covers it.

        Incidents only: a running total "since 2019" is about a long period, not a sign the archive reaches back
        that far (and incidents about days long before their report never become events).
        """
        query = (
            sa.select(events.c.country_iso3, sa.func.min(events.c.date))
            .where(events.c.cumulative.is_(False))
            .group_by(events.c.country_iso3)
        )
        with self._engine.connect() as connection:
            return {iso3: day for iso3, day in connection.execute(query).all() if iso3 is not None and day is not None}


def _outlets(connection: Connection, event_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Each event's outlets, first published first."""
    found: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(event_ids), _CHUNK):
        chunk = event_ids[start : start + _CHUNK]
        query = (
            sa.select(event_figures.c.event_id, reports.c.source, reports.c.outlet)
            .select_from(
                event_figures.join(figures, figures.c.id == event_figures.c.figure_id).join(
                    reports, reports.c.id == figures.c.report_id
                )
            )
            .where(event_figures.c.event_id.in_(chunk))
            .order_by(sa.func.coalesce(reports.c.published_at, reports.c.fetched_at), reports.c.id)
        )
        for row in connection.execute(query).mappings():
            outlet = outlet_of(row["outlet"], row["source"])
            if outlet not in found[row["event_id"]]:
                found[row["event_id"]].append(outlet)
    return {event_id: tuple(names) for event_id, names in found.items()}


def _archived(row: RowMapping, outlets: tuple[str, ...]) -> ArchivedEvent:
    value = row["best_figure_value"] if row["best_kind"] is not None else row["best_value"]
    return ArchivedEvent(
        event_id=row["id"],
        family=row["kind"],
        kind=row["best_kind"] or row["kind"],
        group=row["grp"],
        location=place_from_row(row),
        date=row["date"],
        date_end=row["date_end"] or row["date"],
        total=bool(row["cumulative"]),
        projection=False,
        value=value,
        value_max=row["value_max"],
        qualifier=row["qualifier"] or row["best_qualifier"] or "exact",
        outlets=outlets,
        url=row["url"],
        time_shape=row["time_shape"] or ("running_total" if row["cumulative"] else "incident"),
        disagreement=row["disagreement"],
    )


def _projection(row: RowMapping, outlets: tuple[str, ...]) -> ArchivedEvent:
    published: dt.date = row["published"].date()
    start = row["date"] or published
    return ArchivedEvent(
        event_id=None,
        family=family_of(Kind(row["kind"])).value,
        kind=row["kind"],
        group=row["grp"],
        location=place_from_row(row),
        date=start,
        date_end=row["date_end"] or start,
        total=bool(row["cumulative"]),
        projection=True,
        value=row["value"],
        value_max=row["value_max"],
        qualifier=row["qualifier"],
        outlets=outlets,
        url=row["url"],
        time_shape="standing_total" if row["cumulative"] else "incident",
    )
