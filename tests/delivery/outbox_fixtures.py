"""A migrated SQLite file with chats and queued alerts, shared by the delivery tests and the kill runner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.storage.engine import create_engine, migrate
from bot.storage.outbox_repo import enqueue
from bot.storage.schema import chats

NOW = dt.datetime(2020, 1, 16, 8, tzinfo=dt.UTC)


def outbox_database(path: Path) -> Engine:
    """A fresh migrated SQLite database at ``path``."""
    engine = create_engine(f"sqlite:///{path}")
    migrate(engine)
    return engine


def add_chats(engine: Engine, chat_ids: list[int]) -> None:
    """Chats that may receive messages."""
    with engine.begin() as connection:
        connection.execute(
            sa.insert(chats),
            [
                {"chat_id": c, "type": "private" if c > 0 else "group", "timezone": "UTC", "created_at": NOW}
                for c in chat_ids
            ],
        )


def queue_alerts(engine: Engine, chat_ids: list[int], per_chat: int) -> list[int]:
    """``per_chat`` numbered alerts for each chat ("alert #n"); their delivery ids."""
    ids: list[int] = []
    with engine.begin() as connection:
        for _ in range(per_chat):
            for chat_id in chat_ids:
                n = len(ids)
                found = enqueue(connection, chat_id=chat_id, text=f"alert #{n}", purpose="alert", revision=n, now=NOW)
                assert found is not None
                ids.append(found)
    return ids
