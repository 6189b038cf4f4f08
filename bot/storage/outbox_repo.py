"""The delivery outbox: messages decided but not yet known to be sent.

A row is written in the same transaction as the decision that wants it (``enqueue`` takes the caller's
connection). Sending is separate: ``claim`` takes a batch of rows for one owner (a process) with a lease that
expires, marking them 'sending' and counting the attempt; each send happens, then ``mark_sent`` records
Telegram's message id. Rows whose lease ran out (their owner died) are claimable again, and the process that
becomes the only sender requeues every row left 'sending' (``recover_interrupted``): delivery is AT-LEAST-ONCE.
When a process dies, or a request times out, after Telegram accepted a message but before the mark was committed,
that message is sent again; a missed alert is worse for a coordinator than a repeated one. Outside that window
nothing is lost or repeated.

For alerts and updates ``revision`` holds the event value the message told the chat: it grows with every
update, makes the (chat, event, purpose, revision) key refuse a second identical notice, and is what the next
decision compares a new value with. Rows are read without their image (``photo`` is read only when sent).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from bot.redaction import redact
from bot.storage.schema import chats, deliveries, subscriptions


@dataclass(frozen=True, slots=True, kw_only=True)
class Outgoing:
    """A message ready to go, with what Telegram needs to send it."""

    id: int
    chat_id: int
    text: str
    has_photo: bool
    purpose: str
    attempts: int
    reply_to_message_id: int | None
    thread_id: int | None = None  # the chat's forum topic for alerts and digests


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """A row that may be claimed: just enough to pick which chats may receive now."""

    id: int
    chat_id: int


def enqueue(
    connection: Connection,
    *,
    chat_id: int,
    text: str,
    purpose: str,
    now: dt.datetime,
    event_id: int | None = None,
    revision: int = 0,
    reply_to_delivery_id: int | None = None,
    photo: bytes | None = None,
) -> int | None:
    """Add a pending message inside the caller's transaction; None when the same notice was already queued."""
    values = {
        "chat_id": chat_id,
        "event_id": event_id,
        "purpose": purpose,
        "revision": revision,
        "text": text,
        "photo": photo,
        "has_photo": photo is not None,
        "reply_to_delivery_id": reply_to_delivery_id,
        "status": "pending",
        "attempts": 0,
        "created_at": now,
    }
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(deliveries).values(**values).on_conflict_do_nothing().returning(deliveries.c.id)
    return connection.execute(statement).scalar_one_or_none()


@dataclass(frozen=True, slots=True, kw_only=True)
class NewAlert:
    """An alert or update a decision queues: its key (chat, event, purpose, revision) refuses a second copy."""

    chat_id: int
    event_id: int
    purpose: str
    revision: int
    text: str
    reply_to_delivery_id: int | None = None


def enqueue_alerts(connection: Connection, alerts: Sequence[NewAlert], now: dt.datetime) -> list[int | None]:
    """Add a decision's alerts inside the caller's transaction in one executemany (multi-row inserts); each one's
    new id, in order, None when the same notice was already queued (before, or earlier in `alerts`).

    A 10,000-chat decision used to make 10,000 INSERT round trips; rows skipped by the key return nothing, so the
    ids are matched back by that key rather than by position.
    """
    keys = [(a.chat_id, a.event_id, a.purpose, a.revision) for a in alerts]
    first = {key: n for n, key in reversed(list(enumerate(keys)))}
    rows = [
        {
            "chat_id": a.chat_id,
            "event_id": a.event_id,
            "purpose": a.purpose,
            "revision": a.revision,
            "text": a.text,
            "photo": None,
            "has_photo": False,
            "reply_to_delivery_id": a.reply_to_delivery_id,
            "status": "pending",
            "attempts": 0,
            "created_at": now,
        }
        for n, a in enumerate(alerts)
        if first[keys[n]] == n
    ]
    if not rows:
        return []
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    key = (deliveries.c.chat_id, deliveries.c.event_id, deliveries.c.purpose, deliveries.c.revision)
    statement = insert(deliveries).on_conflict_do_nothing().returning(deliveries.c.id, *key)
    made = {(r.chat_id, r.event_id, r.purpose, r.revision): r.id for r in connection.execute(statement, rows)}
    return [made.get(key) if first[key] == n else None for n, key in enumerate(keys)]


def _claimable(now: dt.datetime) -> sa.ColumnElement[bool]:
    pending = sa.and_(
        deliveries.c.status == "pending", sa.or_(deliveries.c.not_before.is_(None), deliveries.c.not_before <= now)
    )
    abandoned = sa.and_(deliveries.c.status == "sending", deliveries.c.lease_until < now)
    return sa.or_(pending, abandoned)


class OutboxRepository:
    """Claiming, marking and re-routing outbox rows for the delivery loop."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def recover_interrupted(self) -> list[int]:
        """Put rows left 'sending' by a dead process back to 'pending' (at-least-once); their ids."""
        with self._engine.begin() as connection:
            ids = list(connection.execute(sa.select(deliveries.c.id).where(deliveries.c.status == "sending")).scalars())
            if ids:
                connection.execute(
                    sa.update(deliveries)
                    .where(deliveries.c.id.in_(ids))
                    .values(status="pending", owner=None, lease_until=None)
                )
        return ids

    def sends_since(self, since: dt.datetime) -> list[tuple[int, dt.datetime]]:
        """(chat, when sent) of outbox messages sent since `since`, oldest first: a sender taking over counts
        them against the flood limits, as Telegram does."""
        query = (
            sa.select(deliveries.c.chat_id, deliveries.c.sent_at)
            .where(deliveries.c.sent_at >= since)
            .order_by(deliveries.c.sent_at)
        )
        with self._engine.connect() as connection:
            return [(int(chat), sent) for chat, sent in connection.execute(query)]

    def candidates(self, now: dt.datetime, *, limit: int = 1000) -> list[Candidate]:
        """Rows that may be sent now, oldest first: pending and due, or 'sending' under an expired lease; chats
        not paused; replies only once their first alert is out."""
        parent = deliveries.alias("parent")
        query = (
            sa.select(deliveries.c.id, deliveries.c.chat_id)
            .join(chats, chats.c.chat_id == deliveries.c.chat_id)
            .outerjoin(parent, parent.c.id == deliveries.c.reply_to_delivery_id)
            .where(
                _claimable(now),
                chats.c.paused.is_(False),
                sa.or_(deliveries.c.reply_to_delivery_id.is_(None), parent.c.status.in_(("sent", "failed"))),
            )
            .order_by(deliveries.c.id)
            .limit(limit)
        )
        with self._engine.connect() as connection:
            return [Candidate(id=row.id, chat_id=row.chat_id) for row in connection.execute(query)]

    def ready(self, now: dt.datetime, *, limit: int = 1000) -> list[Outgoing]:
        """A read-only look at the rows ``candidates`` would offer, with their text (for the demo's console)."""
        wanted = {c.id for c in self.candidates(now, limit=limit)}
        if not wanted:
            return []
        query = sa.select(deliveries).where(deliveries.c.id.in_(wanted)).order_by(deliveries.c.id)
        with self._engine.connect() as connection:
            rows = connection.execute(query).mappings().all()
        return [
            Outgoing(
                id=row["id"],
                chat_id=row["chat_id"],
                text=row["text"],
                has_photo=bool(row["has_photo"]),
                purpose=row["purpose"],
                attempts=row["attempts"],
                reply_to_message_id=None,
            )
            for row in rows
        ]

    def claim(self, ids: Sequence[int], *, owner: str, now: dt.datetime, lease_seconds: float) -> list[Outgoing]:
        """Take these rows for `owner` until the lease ends, counting an attempt; those someone else took first
        are left out. One UPDATE … RETURNING: on PostgreSQL concurrent claimants never get the same row."""
        if not ids:
            return []
        statement = (
            sa.update(deliveries)
            .where(deliveries.c.id.in_(list(ids)), _claimable(now))
            .values(
                status="sending",
                owner=owner,
                lease_until=now + dt.timedelta(seconds=lease_seconds),
                attempts=deliveries.c.attempts + 1,
            )
            .returning(
                deliveries.c.id,
                deliveries.c.chat_id,
                deliveries.c.text,
                deliveries.c.has_photo,
                deliveries.c.purpose,
                deliveries.c.attempts,
                deliveries.c.reply_to_delivery_id,
            )
        )
        with self._engine.begin() as connection:
            rows = connection.execute(statement).all()
            parents = [row.reply_to_delivery_id for row in rows if row.reply_to_delivery_id is not None]
            message_ids: dict[int, int | None] = {}
            if parents:
                found = sa.select(deliveries.c.id, deliveries.c.message_id).where(deliveries.c.id.in_(parents))
                message_ids = {row.id: row.message_id for row in connection.execute(found)}
            threads: dict[int, int | None] = {}
            if rows:
                topics = sa.select(chats.c.chat_id, chats.c.thread_id).where(
                    chats.c.chat_id.in_({row.chat_id for row in rows})
                )
                threads = {row.chat_id: row.thread_id for row in connection.execute(topics)}
        claimed = [
            Outgoing(
                id=row.id,
                chat_id=row.chat_id,
                text=row.text,
                has_photo=bool(row.has_photo),
                purpose=row.purpose,
                attempts=row.attempts - 1,  # attempts made before this one
                reply_to_message_id=message_ids.get(row.reply_to_delivery_id) if row.reply_to_delivery_id else None,
                thread_id=threads.get(row.chat_id),
            )
            for row in rows
        ]
        return sorted(claimed, key=lambda item: item.id)

    def release(self, ids: Sequence[int], owner: str) -> None:
        """Give claimed rows back unsent (a stop came before their turn); the attempt is not counted."""
        if not ids:
            return
        statement = (
            sa.update(deliveries)
            .where(deliveries.c.id.in_(list(ids)), deliveries.c.status == "sending", deliveries.c.owner == owner)
            .values(status="pending", owner=None, lease_until=None, attempts=deliveries.c.attempts - 1)
        )
        with self._engine.begin() as connection:
            connection.execute(statement)

    def photo(self, delivery_id: int) -> bytes | None:
        """A row's image, read only when it is about to be sent."""
        query = sa.select(deliveries.c.photo).where(deliveries.c.id == delivery_id)
        with self._engine.connect() as connection:
            found: bytes | None = connection.execute(query).scalar_one_or_none()
        return found

    def next_due(self) -> dt.datetime | None:
        """When the earliest postponed pending row falls due (None when none is postponed)."""
        query = sa.select(sa.func.min(deliveries.c.not_before)).where(deliveries.c.status == "pending")
        with self._engine.connect() as connection:
            found: dt.datetime | None = connection.execute(query).scalar_one_or_none()
        return found

    def purge(self, *, sent_before: dt.datetime, photos_before: dt.datetime) -> tuple[int, int]:
        """Retention: delete finished rows that remember no event (digests) and drop images of sent rows.

        Alert and update rows stay: they are how the bot knows what it already told each chat about an event.
        """
        finished = deliveries.c.status.in_(("sent", "failed"))
        with self._engine.begin() as connection:
            deleted = connection.execute(
                sa.delete(deliveries).where(
                    finished, deliveries.c.event_id.is_(None), deliveries.c.created_at < sent_before
                )
            ).rowcount
            stripped = connection.execute(
                sa.update(deliveries)
                .where(finished, deliveries.c.photo.is_not(None), deliveries.c.created_at < photos_before)
                .values(photo=None)
            ).rowcount
        return deleted, stripped

    def mark_sent(self, delivery_id: int, message_id: int, now: dt.datetime) -> None:
        """Record that Telegram accepted the message."""
        self._set(delivery_id, status="sent", message_id=message_id, sent_at=now, error=None, lease_until=None)

    def retry_later(self, delivery_id: int, not_before: dt.datetime, error: str) -> None:
        """Return a row to 'pending', not to be tried before ``not_before``."""
        self._set(delivery_id, status="pending", not_before=not_before, error=error, owner=None, lease_until=None)

    def fail(self, delivery_id: int, error: str) -> None:
        """Give up on a row for good, keeping the reason."""
        self._set(delivery_id, status="failed", error=error, lease_until=None)

    def park_chat(self, chat_id: int, reason: str) -> int:
        """Pause a chat (it blocked the bot) and fail its unsent rows, so nothing stale floods it later."""
        with self._engine.begin() as connection:
            connection.execute(
                sa.update(chats).where(chats.c.chat_id == chat_id).values(paused=True, paused_reason=reason)
            )
            dropped = connection.execute(
                sa.update(deliveries)
                .where(deliveries.c.chat_id == chat_id, deliveries.c.status.in_(("pending", "sending")))
                .values(status="failed", error=redact(f"chat paused: {reason}"))
            )
            return dropped.rowcount

    def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """Move a group that became a supergroup, with its subscriptions and unsent rows, to its new id."""
        with self._engine.begin() as connection:
            old = connection.execute(sa.select(chats).where(chats.c.chat_id == old_chat_id)).mappings().first()
            exists = connection.execute(sa.select(chats.c.chat_id).where(chats.c.chat_id == new_chat_id)).first()
            if old is not None and exists is None:
                connection.execute(sa.insert(chats).values({**old, "chat_id": new_chat_id, "type": "supergroup"}))
            followed = set(
                connection.execute(
                    sa.select(subscriptions.c.place_key).where(subscriptions.c.chat_id == new_chat_id)
                ).scalars()
            )
            moving = sa.update(subscriptions).where(subscriptions.c.chat_id == old_chat_id)
            if followed:
                moving = moving.where(subscriptions.c.place_key.not_in(followed))
            connection.execute(moving.values(chat_id=new_chat_id))
            connection.execute(
                sa.update(deliveries).where(deliveries.c.chat_id == old_chat_id).values(chat_id=new_chat_id)
            )
            connection.execute(sa.delete(chats).where(chats.c.chat_id == old_chat_id))

    def counts(self) -> dict[str, int]:
        """How many rows are in each status."""
        query = sa.select(deliveries.c.status, sa.func.count()).group_by(deliveries.c.status)
        with self._engine.connect() as connection:
            return {status: int(n) for status, n in connection.execute(query)}

    def _set(self, delivery_id: int, **values: object) -> None:
        if isinstance(values.get("error"), str):
            values["error"] = redact(str(values["error"]))  # Telegram's error texts may quote the token
        with self._engine.begin() as connection:
            connection.execute(sa.update(deliveries).where(deliveries.c.id == delivery_id).values(**values))
