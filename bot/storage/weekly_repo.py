"""When each chat wants its weekly summary, and which week it last had.

The day and time are local to the chat's zone (the one `/digesttime` sets). A summary is queued in the outbox in
the same transaction as the mark that the day's summary went out, so restarts neither repeat nor lose one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.storage.chats_repo import local_now
from bot.storage.outbox_repo import enqueue
from bot.storage.schema import chats, subscriptions, weekly_summaries


@dataclass(frozen=True, slots=True, kw_only=True)
class WeeklySetting:
    """A chat's weekly summary time, in its zone."""

    chat_id: int
    weekday: int  # 0 = Monday
    time: dt.time
    timezone: str
    last_sent_on: dt.date | None


class WeeklyRepository:
    """Reads and changes weekly summary times; queues the due summaries."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def set(self, chat_id: int, weekday: int, time: dt.time, now: dt.datetime) -> WeeklySetting:
        """Schedule the chat's summary; a time already past today (on that day) starts next week."""
        with self._engine.begin() as connection:
            zone = connection.execute(sa.select(chats.c.timezone).where(chats.c.chat_id == chat_id)).scalar_one()
            local = local_now(now, zone)
            started = local.date() if local.weekday() == weekday and local.time() >= time else None
            values = {"weekday": weekday, "time": f"{time:%H:%M}", "last_sent_on": started}
            updated = connection.execute(
                sa.update(weekly_summaries).where(weekly_summaries.c.chat_id == chat_id).values(**values)
            ).rowcount
            if not updated:
                connection.execute(sa.insert(weekly_summaries).values(chat_id=chat_id, created_at=now, **values))
        setting = self.get(chat_id)
        assert setting is not None
        return setting

    def clear(self, chat_id: int) -> bool:
        """Stop the chat's summary; False when it had none."""
        with self._engine.begin() as connection:
            return bool(
                connection.execute(sa.delete(weekly_summaries).where(weekly_summaries.c.chat_id == chat_id)).rowcount
            )

    def get(self, chat_id: int) -> WeeklySetting | None:
        """The chat's setting, or None."""
        with self._engine.connect() as connection:
            row = connection.execute(_settings().where(weekly_summaries.c.chat_id == chat_id)).mappings().first()
        return _setting(row) if row else None

    def due(self, now: dt.datetime) -> list[WeeklySetting]:
        """Chats whose summary day and time have come in their zone, not sent today, following a place."""
        followed = sa.select(subscriptions.c.chat_id).where(subscriptions.c.chat_id == chats.c.chat_id).exists()
        query = _settings().where(chats.c.muted.is_(False), chats.c.paused.is_(False), followed)
        with self._engine.connect() as connection:
            candidates = [_setting(row) for row in connection.execute(query).mappings()]
        due = []
        for setting in candidates:
            local = local_now(now, setting.timezone)
            if (
                local.weekday() == setting.weekday
                and local.time() >= setting.time
                and setting.last_sent_on != local.date()
            ):
                due.append(setting)
        return due

    def queue(self, chat_id: int, local_day: dt.date, text: str, now: dt.datetime) -> None:
        """Queue the summary and mark the day done, together."""
        with self._engine.begin() as connection:
            enqueue(connection, chat_id=chat_id, text=text, purpose="weekly", now=now)
            connection.execute(
                sa.update(weekly_summaries).where(weekly_summaries.c.chat_id == chat_id).values(last_sent_on=local_day)
            )


def _settings() -> sa.Select[tuple[int, int, str, dt.date | None, str]]:
    return sa.select(
        weekly_summaries.c.chat_id,
        weekly_summaries.c.weekday,
        weekly_summaries.c.time,
        weekly_summaries.c.last_sent_on,
        chats.c.timezone,
    ).join(chats, chats.c.chat_id == weekly_summaries.c.chat_id)


def _setting(row: sa.RowMapping) -> WeeklySetting:
    return WeeklySetting(
        chat_id=row["chat_id"],
        weekday=row["weekday"],
        time=dt.time.fromisoformat(row["time"]),
        timezone=row["timezone"],
        last_sent_on=row["last_sent_on"],
    )
