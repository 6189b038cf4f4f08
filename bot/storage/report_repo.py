"""Reports and their figures: stored once, deduplicated by source id and by content across sources."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.storage.records import NewReport, StoredReport
from bot.storage.schema import figures, reports
from bot.values import Figure, destination_of

# shorter texts ("Update", "See map") say too little to identify a report across sources
MIN_HASHED_CHARS = 40
_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str | None:
    """A fingerprint of a report's text that ignores case and spacing, or None when the text is too short."""
    folded = _SPACE.sub(" ", text).strip().casefold()
    if len(folded) < MIN_HASHED_CHARS:
        return None
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class ReportRepository:
    """Stores reports with their figures, one transaction per report."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def known_external_ids(self, source: str, external_ids: Iterable[str]) -> set[str]:
        """Which of these ids the source already delivered."""
        wanted = list(dict.fromkeys(external_ids))
        known: set[str] = set()
        with self._engine.connect() as connection:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                query = sa.select(reports.c.external_id).where(
                    reports.c.source == source, reports.c.external_id.in_(chunk)
                )
                known.update(connection.execute(query).scalars())
        return known

    def has_content_hash(self, digest: str) -> bool:
        """Whether a report with this text fingerprint is stored already (from any source)."""
        query = sa.select(reports.c.id).where(reports.c.content_hash == digest).limit(1)
        with self._engine.connect() as connection:
            return connection.execute(query).first() is not None

    def known_content_hashes(self, digests: Iterable[str]) -> set[str]:
        """Which of these text fingerprints are stored already (from any source)."""
        with self._engine.connect() as connection:
            return _existing(connection, reports.c.content_hash, list(dict.fromkeys(digests)))

    def add(self, report: NewReport, report_figures: Sequence[Figure] = ()) -> int | None:
        """Store a report and its figures; None when it is a duplicate (same source id, or same text anywhere)."""
        digest = content_hash(report.text)
        try:
            with self._engine.begin() as connection:
                if _is_duplicate(connection, report, digest):
                    return None
                values = _report_values(report) | {"content_hash": digest}
                report_id = connection.execute(sa.insert(reports).values(**values).returning(reports.c.id)).scalar_one()
                _insert_figures(connection, report_id, report_figures)
        except sa.exc.IntegrityError:
            # a concurrent writer stored the same (source, external_id) first
            return None
        return int(report_id)

    def add_many(self, batch: Sequence[tuple[NewReport, Sequence[Figure]]]) -> list[int | None]:
        """Store many reports with their figures in ONE transaction (backfills: one commit, not one per report).

        Per report, its id or None when it is a duplicate (also of an earlier report in the same batch). Known ids
        and texts are looked up once for the batch; if a concurrent writer stores one of them first, the batch is
        stored again report by report.
        """
        try:
            with self._engine.begin() as connection:
                return _add_many(connection, batch)
        except sa.exc.IntegrityError:
            return [self.add(report, report_figures) for report, report_figures in batch]

    def add_all(self, batch: Sequence[tuple[NewReport, Sequence[Figure]]]) -> list[int | None]:
        """Store a poll's reports with their figures in ONE transaction; None for each duplicate."""
        with self._engine.begin() as connection:
            return add_reports(connection, batch)

    def undecided(self, *, limit: int = 200) -> list[int]:
        """Ids of stored reports the alert engine has not grouped yet, oldest first (the decider's queue)."""
        query = sa.select(reports.c.id).where(reports.c.decided_at.is_(None)).order_by(reports.c.id).limit(limit)
        with self._engine.connect() as connection:
            return [int(i) for i in connection.execute(query).scalars()]

    def mark_decided(self, report_ids: Sequence[int], now: dt.datetime) -> None:
        """Take reports off the decider's queue."""
        if not report_ids:
            return
        with self._engine.begin() as connection:
            connection.execute(sa.update(reports).where(reports.c.id.in_(list(report_ids))).values(decided_at=now))

    def replace_figures(self, report_id: int, report_figures: Sequence[Figure]) -> None:
        """Swap a report's figures for a new extraction of them."""
        with self._engine.begin() as connection:
            connection.execute(sa.delete(figures).where(figures.c.report_id == report_id))
            _insert_figures(connection, report_id, report_figures)

    def get(self, report_id: int) -> StoredReport | None:
        """One stored report."""
        with self._engine.connect() as connection:
            row = connection.execute(sa.select(reports).where(reports.c.id == report_id)).mappings().first()
        return StoredReport(**{column.name: row[column.name] for column in reports.columns}) if row else None

    def figures_of(self, report_id: int) -> list[Figure]:
        """A report's figures in the order extraction found them."""
        query = sa.select(figures).where(figures.c.report_id == report_id).order_by(figures.c.ordinal)
        with self._engine.connect() as connection:
            return [_figure(row) for row in connection.execute(query).mappings()]

    def count(self, *, source: str | None = None, alertable: bool | None = None) -> int:
        """How many reports are stored (optionally of one source, or only (non-)alertable ones)."""
        query = sa.select(sa.func.count()).select_from(reports)
        if source is not None:
            query = query.where(reports.c.source == source)
        if alertable is not None:
            query = query.where(reports.c.alertable == alertable)
        with self._engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def unread_by_source(self, read_languages: Collection[str]) -> dict[str, int]:
        """How many stored reports of each source are in a language extraction does not read."""
        query = (
            sa.select(reports.c.source, sa.func.count())
            .where(reports.c.lang.is_not(None), reports.c.lang.not_in(list(read_languages)))
            .group_by(reports.c.source)
        )
        with self._engine.connect() as connection:
            return {str(source): int(count) for source, count in connection.execute(query)}

    def since(self, fetched_after: dt.datetime) -> list[StoredReport]:
        """Reports fetched after a moment, oldest first."""
        query = sa.select(reports).where(reports.c.fetched_at > fetched_after).order_by(reports.c.id)
        with self._engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [StoredReport(**{column.name: row[column.name] for column in reports.columns}) for row in rows]


def _add_many(connection: Connection, batch: Sequence[tuple[NewReport, Sequence[Figure]]]) -> list[int | None]:
    digests = [content_hash(report.text) for report, _ in batch]
    seen_hashes = _existing(connection, reports.c.content_hash, [d for d in digests if d is not None])
    seen_ids: set[tuple[str, str]] = set()
    for source in {report.source for report, _ in batch}:
        wanted = [report.external_id for report, _ in batch if report.source == source]
        condition = reports.c.source == source
        seen_ids |= {(source, ident) for ident in _existing(connection, reports.c.external_id, wanted, condition)}
    kept: list[int] = []  # positions in the batch of the reports to insert
    for position, ((report, _), digest) in enumerate(zip(batch, digests, strict=True)):
        key = (report.source, report.external_id)
        if key in seen_ids or (digest is not None and digest in seen_hashes):
            continue
        kept.append(position)
        seen_ids.add(key)
        if digest is not None:
            seen_hashes.add(digest)
    stored: list[int | None] = [None] * len(batch)
    if not kept:
        return stored
    # multi-row INSERT ... RETURNING, ids in parameter order: a few round trips for the batch, not two per report
    rows = [_report_values(batch[i][0]) | {"content_hash": digests[i]} for i in kept]
    inserting = sa.insert(reports).returning(reports.c.id, sort_by_parameter_order=True)
    ids = [int(report_id) for report_id in connection.execute(inserting, rows).scalars()]
    figure_rows = []
    for position, report_id in zip(kept, ids, strict=True):
        stored[position] = report_id
        figure_rows += [_figure_values(report_id, n, figure) for n, figure in enumerate(batch[position][1])]
    if figure_rows:
        connection.execute(sa.insert(figures), figure_rows)
    return stored


def _existing(
    connection: Connection,
    column: sa.Column[str],
    values: Sequence[str],
    condition: sa.ColumnElement[bool] | None = None,
) -> set[str]:
    """Which of these values the column already holds."""
    found: set[str] = set()
    for start in range(0, len(values), 500):
        query = sa.select(column).where(column.in_(values[start : start + 500]))
        if condition is not None:
            query = query.where(condition)
        found.update(connection.execute(query).scalars())
    return found


def add_reports(connection: Connection, batch: Sequence[tuple[NewReport, Sequence[Figure]]]) -> list[int | None]:
    """Store reports with their figures inside the caller's transaction; None for each duplicate.

    On PostgreSQL each report gets a savepoint, so one that a concurrent process stored first is skipped, not the
    whole batch; SQLite has one writing process (and pysqlite's savepoints are unreliable), so it needs none.
    """
    guarded = connection.dialect.name != "sqlite"
    stored: list[int | None] = []
    for report, report_figures in batch:
        digest = content_hash(report.text)
        if _is_duplicate(connection, report, digest):
            stored.append(None)
            continue
        try:
            with connection.begin_nested() if guarded else contextlib.nullcontext():
                report_id = _insert_report(connection, report, digest, report_figures)
        except sa.exc.IntegrityError:
            stored.append(None)  # a concurrent writer stored the same (source, external_id) first
            continue
        stored.append(report_id)
    return stored


def _insert_report(
    connection: Connection, report: NewReport, digest: str | None, report_figures: Sequence[Figure]
) -> int:
    values = _report_values(report) | {"content_hash": digest}
    report_id = int(connection.execute(sa.insert(reports).values(**values).returning(reports.c.id)).scalar_one())
    _insert_figures(connection, report_id, report_figures)
    return report_id


def _is_duplicate(connection: Connection, report: NewReport, digest: str | None) -> bool:
    same_id = sa.select(reports.c.id).where(
        reports.c.source == report.source, reports.c.external_id == report.external_id
    )
    if connection.execute(same_id).first() is not None:
        return True
    if digest is None:
        return False
    return connection.execute(sa.select(reports.c.id).where(reports.c.content_hash == digest)).first() is not None


def _report_values(report: NewReport) -> dict[str, Any]:
    return {
        "source": report.source,
        "external_id": report.external_id,
        "url": report.url,
        "title": report.title,
        "text": report.text,
        "lang": report.lang,
        "outlet": report.outlet,
        "published_at": report.published_at,
        "fetched_at": report.fetched_at,
        "alertable": report.alertable,
    }


def _insert_figures(connection: Connection, report_id: int, report_figures: Sequence[Figure]) -> None:
    rows = [_figure_values(report_id, ordinal, figure) for ordinal, figure in enumerate(report_figures)]
    if rows:
        connection.execute(sa.insert(figures), rows)


def _figure_values(report_id: int, ordinal: int, figure: Figure) -> dict[str, Any]:
    data = figure.to_json(with_level=True)
    place = data["location"] or {}
    return {
        "report_id": report_id,
        "ordinal": ordinal,
        "kind": data["kind"],
        "value": data["value"],
        "value_max": data["value_max"],
        "qualifier": data["qualifier"],
        "grp": data["group"],
        "cumulative": data["cumulative"],
        "projection": data["projection"],
        "place_name": place.get("name"),
        "place_level": place.get("level"),
        "country_iso3": place.get("country_iso3"),
        "admin1": place.get("admin1"),
        "geonames_id": place.get("geonames_id"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "date": figure.date,
        "date_end": figure.date_end,
        "span_start": figure.span[0],
        "span_end": figure.span[1],
        "sentence": figure.sentence,
        "destination": destination.to_json(with_level=True) if (destination := destination_of(figure)) else None,
    }


def _figure(row: Any) -> Figure:
    location = None
    if row["place_name"] is not None:
        location = {
            "name": row["place_name"],
            "level": row["place_level"] or "town",
            "country_iso3": row["country_iso3"],
            "admin1": row["admin1"],
            "geonames_id": row["geonames_id"],
            "lat": row["lat"],
            "lon": row["lon"],
        }
    return Figure.from_json(
        {
            "kind": row["kind"],
            "value": row["value"],
            "value_max": row["value_max"],
            "qualifier": row["qualifier"],
            "group": row["grp"],
            "location": location,
            "date": row["date"].isoformat() if row["date"] else None,
            "date_end": row["date_end"].isoformat() if row["date_end"] else None,
            "cumulative": row["cumulative"],
            "projection": row["projection"],
            "span": [row["span_start"], row["span_end"]],
            "sentence": row["sentence"],
        }
    )
