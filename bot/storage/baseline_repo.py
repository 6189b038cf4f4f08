"""Baseline signals already sent, and the places chats follow, for the baseline job.

A signal is recorded in the same transaction as the outbox row carrying it: a crash leaves both or neither, and
two processes checking the same day insert one row (the unique key) and queue one message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from bot.domain.baseline import Reading
from bot.storage.chats_repo import place_from_row
from bot.storage.outbox_repo import enqueue
from bot.storage.schema import baseline_signals, chats, subscriptions
from bot.values import Location


@dataclass(frozen=True, slots=True, kw_only=True)
class Follower:
    """A chat following a place, and whether it may be told anything now."""

    chat_id: int
    place_key: str
    place: Location
    silenced: bool
    language: str | None = None  # the chat's chosen language; None: not chosen


class BaselineRepository:
    """Who follows what, and which signals went out."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def followers(self) -> list[Follower]:
        """Every subscription with its chat's mute and pause state."""
        query = sa.select(subscriptions, chats.c.muted, chats.c.paused, chats.c.language).join(
            chats, chats.c.chat_id == subscriptions.c.chat_id
        )
        found: list[Follower] = []
        with self._engine.connect() as connection:
            for row in connection.execute(query).mappings():
                place = place_from_row(row)
                if place is not None:
                    found.append(
                        Follower(
                            chat_id=row["chat_id"],
                            place_key=row["place_key"],
                            place=place,
                            silenced=bool(row["muted"] or row["paused"]),
                            language=row["language"],
                        )
                    )
        return found

    def last_signals(self) -> dict[tuple[int, str, str], dt.date]:
        """Per (chat, place key, kind), the window end of the latest signal sent."""
        query = sa.select(
            baseline_signals.c.chat_id,
            baseline_signals.c.place_key,
            baseline_signals.c.kind,
            sa.func.max(baseline_signals.c.window_end),
        ).group_by(baseline_signals.c.chat_id, baseline_signals.c.place_key, baseline_signals.c.kind)
        with self._engine.connect() as connection:
            return {(chat, key, kind): day for chat, key, kind, day in connection.execute(query).all()}

    def queue_signal(self, *, chat_id: int, place_key: str, reading: Reading, text: str, now: dt.datetime) -> bool:
        """Record the signal and queue its message together; False when this signal was already recorded."""
        values = {
            "chat_id": chat_id,
            "place_key": place_key,
            "kind": reading.kind,
            "window_end": reading.window_end,
            "window_sum": reading.window_sum,
            "previous_max": reading.previous_max or 0,
            "created_at": now,
        }
        with self._engine.begin() as connection:
            insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
            statement = insert(baseline_signals).values(**values).on_conflict_do_nothing()
            inserted = connection.execute(statement.returning(baseline_signals.c.id)).scalar_one_or_none()
            if inserted is None:
                return False
            enqueue(connection, chat_id=chat_id, text=text, purpose="signal", now=now)
        return True
