"""The delivery outbox: messages decided but not yet known to be sent.

A row is written in the same transaction as the decision that wants it (``enqueue`` takes the caller's
connection). Sending is separate: ``claim`` marks a row 'sending' and counts the attempt, the send happens,
then ``mark_sent`` records Telegram's message id. At start-up, rows a killed process left in 'sending' go back
to 'pending' (``recover_interrupted``): delivery is AT-LEAST-ONCE. When a process dies, or a request times out,
after Telegram accepted a message but before the mark was committed, that message is sent again; a missed alert
is worse for a coordinator than a repeated one. Outside that window nothing is lost or repeated.

For alerts and updates ``revision`` holds the event value the message told the chat: it grows with every
update, makes the (chat, event, purpose, revision) key refuse a second identical notice, and is what the next
decision compares a new value with. Only one delivery loop may run per database.
"""

from __future__ import annotations

import datetime as dt
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
    photo: bytes | None
    purpose: str
    attempts: int
    reply_to_message_id: int | None
    thread_id: int | None = None  # the chat's forum topic for alerts and digests


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
        "reply_to_delivery_id": reply_to_delivery_id,
        "status": "pending",
        "attempts": 0,
        "created_at": now,
    }
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(deliveries).values(**values).on_conflict_do_nothing().returning(deliveries.c.id)
    return connection.execute(statement).scalar_one_or_none()


class OutboxRepository:
    """Claiming, marking and re-routing outbox rows for the delivery loop."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def recover_interrupted(self) -> list[int]:
        """Put rows left 'sending' by a dead process back to 'pending' (at-least-once); their ids."""
        with self._engine.begin() as connection:
            ids = list(connection.execute(sa.select(deliveries.c.id).where(deliveries.c.status == "sending")).scalars())
            if ids:
                connection.execute(sa.update(deliveries).where(deliveries.c.id.in_(ids)).values(status="pending"))
        return ids

    def ready(self, now: dt.datetime, *, limit: int = 1000) -> list[Outgoing]:
        """Pending rows due now, oldest first, for chats not paused; replies wait until their first alert is out."""
        parent = deliveries.alias("parent")
        query = (
            sa.select(
                deliveries.c.id,
                deliveries.c.chat_id,
                deliveries.c.text,
                deliveries.c.photo,
                deliveries.c.purpose,
                deliveries.c.attempts,
                parent.c.message_id.label("reply_to_message_id"),
                chats.c.thread_id,
            )
            .join(chats, chats.c.chat_id == deliveries.c.chat_id)
            .outerjoin(parent, parent.c.id == deliveries.c.reply_to_delivery_id)
            .where(
                deliveries.c.status == "pending",
                sa.or_(deliveries.c.not_before.is_(None), deliveries.c.not_before <= now),
                chats.c.paused.is_(False),
                sa.or_(deliveries.c.reply_to_delivery_id.is_(None), parent.c.status.in_(("sent", "failed"))),
            )
            .order_by(deliveries.c.id)
            .limit(limit)
        )
        with self._engine.connect() as connection:
            return [Outgoing(**row._asdict()) for row in connection.execute(query)]

    def next_due(self) -> dt.datetime | None:
        """When the earliest postponed pending row falls due (None when none is postponed)."""
        query = sa.select(sa.func.min(deliveries.c.not_before)).where(deliveries.c.status == "pending")
        with self._engine.connect() as connection:
            found: dt.datetime | None = connection.execute(query).scalar_one_or_none()
        return found

    def claim(self, delivery_id: int) -> bool:
        """Mark a pending row 'sending' and count the attempt; False when someone else changed it first."""
        statement = (
            sa.update(deliveries)
            .where(deliveries.c.id == delivery_id, deliveries.c.status == "pending")
            .values(status="sending", attempts=deliveries.c.attempts + 1)
        )
        with self._engine.begin() as connection:
            return connection.execute(statement).rowcount == 1

    def mark_sent(self, delivery_id: int, message_id: int, now: dt.datetime) -> None:
        """Record that Telegram accepted the message."""
        self._set(delivery_id, status="sent", message_id=message_id, sent_at=now, error=None)

    def retry_later(self, delivery_id: int, not_before: dt.datetime, error: str) -> None:
        """Return a row to 'pending', not to be tried before ``not_before``."""
        self._set(delivery_id, status="pending", not_before=not_before, error=error)

    def fail(self, delivery_id: int, error: str) -> None:
        """Give up on a row for good, keeping the reason."""
        self._set(delivery_id, status="failed", error=error)

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
