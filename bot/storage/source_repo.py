"""Each source's fetch state (ETag, cursor) and health (what ``/sources`` shows)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
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
            record_success(
                connection,
                name,
                type=type,
                now=now,
                etag=etag,
                last_modified=last_modified,
                cursor=cursor,
                new_items=new_items,
                warning=warning,
            )
        return self._must_get(name)

    def claim_poll(
        self, name: str, *, type: str, owner: str, now: dt.datetime, poll_seconds: float, lease_seconds: float
    ) -> bool:
        """Take this period's poll of a source: True when it is due and no live process holds it.

        With several processes each checking every source, this is what makes one of them poll it, once a period:
        the claim sets when the next poll falls due, and a lease that expires if the claimant dies mid-poll.
        """
        insert = postgresql.insert if self._engine.dialect.name == "postgresql" else sqlite.insert
        claim = (
            sa.update(sources)
            .where(
                sources.c.name == name,
                sa.or_(sources.c.lease_until.is_(None), sources.c.lease_until <= now),
                sa.or_(sources.c.next_poll_at.is_(None), sources.c.next_poll_at <= now),
            )
            .values(
                lease_owner=owner,
                lease_until=now + dt.timedelta(seconds=lease_seconds),
                next_poll_at=now + dt.timedelta(seconds=poll_seconds),
            )
        )
        with self._engine.begin() as connection:
            connection.execute(
                insert(sources)
                .values(name=name, type=type, consecutive_failures=0, items_seen=0)
                .on_conflict_do_nothing(index_elements=["name"])
            )
            return connection.execute(claim).rowcount == 1

    def renew_poll(self, name: str, owner: str, until: dt.datetime) -> bool:
        """Extend this owner's lease on a source it is polling; False when it lost the lease."""
        with self._engine.begin() as connection:
            return (
                connection.execute(
                    sa.update(sources)
                    .where(sources.c.name == name, sources.c.lease_owner == owner)
                    .values(lease_until=until)
                ).rowcount
                == 1
            )

    def release_poll(self, name: str, owner: str) -> None:
        """Give a source's lease back after polling it."""
        with self._engine.begin() as connection:
            connection.execute(
                sa.update(sources)
                .where(sources.c.name == name, sources.c.lease_owner == owner)
                .values(lease_owner=None, lease_until=None)
            )

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


def record_success(
    connection: Connection,
    name: str,
    *,
    type: str,
    now: dt.datetime,
    etag: str | None,
    last_modified: str | None,
    cursor: str | None,
    new_items: int,
    warning: str | None = None,
) -> None:
    """Note a successful poll inside the caller's transaction (the one storing the poll's reports)."""
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
