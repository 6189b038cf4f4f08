"""Each source's fetch state (ETag, cursor) and health (what ``/sources`` shows)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from bot.redaction import redact
from bot.storage.records import SourceRow
from bot.storage.schema import sources

MAX_ERROR_CHARS = 500


class SourceRepository:
    """Reads and records source state; every method is its own transaction."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, name: str) -> SourceRow | None:
        """The stored state of a source, or None if it was never polled."""
        with self._engine.connect() as connection:
            row = connection.execute(sa.select(sources).where(sources.c.name == name)).mappings().first()
        return _row(row) if row else None

    def health(self) -> list[SourceRow]:
        """Every known source, by name."""
        with self._engine.connect() as connection:
            rows = connection.execute(sa.select(sources).order_by(sources.c.name)).mappings().all()
        return [_row(row) for row in rows]

    def record_success(
        self,
        name: str,
        *,
        type: str,
        now: dt.datetime,
        etag: str | None,
        last_modified: str | None,
        cursor: str | None,
        new_items: int,
        warning: str | None = None,
    ) -> SourceRow:
        """Note a successful poll: new fetch state, no failures, items counted, an optional warning kept."""
        with self._engine.begin() as connection:
            current = _lock(connection, name, type)
            values: dict[str, Any] = {
                "etag": etag,
                "last_modified": last_modified,
                "cursor": cursor,
                "first_success_at": current.first_success_at or now,
                "last_success_at": now,
                "consecutive_failures": 0,
                "items_seen": current.items_seen + new_items,
                "next_attempt_at": None,
            }
            if warning:
                values |= {"last_error": redact(warning)[:MAX_ERROR_CHARS], "last_error_at": now}
            connection.execute(sa.update(sources).where(sources.c.name == name).values(**values))
        return self._must_get(name)

    def record_failure(
        self, name: str, *, type: str, now: dt.datetime, error: str, next_attempt_at: dt.datetime | None
    ) -> SourceRow:
        """Note a failed poll: the error, one more consecutive failure, and when to try again."""
        with self._engine.begin() as connection:
            current = _lock(connection, name, type)
            connection.execute(
                sa.update(sources)
                .where(sources.c.name == name)
                .values(
                    last_error=redact(error)[:MAX_ERROR_CHARS],
                    last_error_at=now,
                    consecutive_failures=current.consecutive_failures + 1,
                    next_attempt_at=next_attempt_at,
                )
            )
        return self._must_get(name)

    def _must_get(self, name: str) -> SourceRow:
        row = self.get(name)
        assert row is not None
        return row


def _lock(connection: Connection, name: str, type: str) -> SourceRow:
    """The source's row inside this transaction, created when missing (locked on PostgreSQL)."""
    query = sa.select(sources).where(sources.c.name == name)
    if connection.dialect.name != "sqlite":
        query = query.with_for_update()
    row = connection.execute(query).mappings().first()
    if row is None:
        connection.execute(sa.insert(sources).values(name=name, type=type, consecutive_failures=0, items_seen=0))
        row = connection.execute(query).mappings().one()
    elif row["type"] != type:
        connection.execute(sa.update(sources).where(sources.c.name == name).values(type=type))
    return _row(row)


def _row(row: Any) -> SourceRow:
    values = {column.name: row[column.name] for column in sources.columns}
    if values.get("last_error"):
        values["last_error"] = redact(values["last_error"])  # rows written before a token was known, too
    return SourceRow(**values)
