"""Chats and what they follow: subscriptions, thresholds, digest times, mute and pause.

Every method is its own short transaction. Subscriptions are keyed by a stable place key ("country:SDN",
"admin1:SYR:Idlib", "town:169389") so subscribing twice to the same place keeps one row.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine, RowMapping

from bot.storage.outbox_repo import enqueue
from bot.storage.schema import chats, subscriptions
from bot.values import Location, PlaceLevel


@dataclass(frozen=True, slots=True, kw_only=True)
class ChatRecord:
    """A chat as stored."""

    chat_id: int
    type: str
    title: str | None
    muted: bool
    paused: bool
    paused_reason: str | None
    digest_time: dt.time | None
    timezone: str
    last_digest_on: dt.date | None
    language: str | None = None  # None: each user's Telegram language
    muted_since: dt.datetime | None = None
    muted_until: dt.datetime | None = None  # None while muted: until /unmute
    thread_id: int | None = None  # the forum topic /subscribe was sent in
    quiet_start: dt.time | None = None  # daily quiet hours, local time (None: none)
    quiet_end: dt.time | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionRecord:
    """One place a chat follows, with its own per-kind minimums."""

    id: int
    chat_id: int
    place_key: str
    place: Location
    thresholds: dict[str, int | None]


def place_key(place: Location) -> str:
    """The stable key of a place: one subscription per chat and key."""
    if place.level is PlaceLevel.COUNTRY and place.country_iso3:
        return f"country:{place.country_iso3}"
    if place.level is PlaceLevel.ADMIN1:
        return f"admin1:{place.country_iso3 or '?'}:{place.admin1 or place.name}"
    if place.geonames_id is not None:
        return f"town:{place.geonames_id}"
    return f"town:{place.country_iso3 or '?'}:{place.name.casefold()}"


def local_now(now: dt.datetime, zone: str) -> dt.datetime:
    """`now` in the chat's zone (UTC when the stored zone is unknown to this system)."""
    try:
        return now.astimezone(zoneinfo.ZoneInfo(zone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return now.astimezone(dt.UTC)


class ChatRepository:
    """Reads and changes chats and subscriptions."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def ensure_chat(
        self,
        chat_id: int,
        *,
        type: str,
        title: str | None,
        digest_time: dt.time | None,
        timezone: str,
        now: dt.datetime,
        language: str | None = None,
    ) -> ChatRecord:
        """The chat's row, created with the given defaults when it is new (title refreshed otherwise).

        `language` is stored only when the row is created (a private chat starts in its user's language)."""
        # one upsert: two first commands from a new chat at once both succeed and leave one row
        insert = postgresql.insert if self._engine.dialect.name == "postgresql" else sqlite.insert
        statement = (
            insert(chats)
            .values(
                chat_id=chat_id,
                type=type,
                title=title,
                digest_time=_hhmm(digest_time),
                timezone=timezone,
                last_digest_on=_already_past(digest_time, timezone, now),
                created_at=now,
                language=language,
            )
            .on_conflict_do_update(index_elements=[chats.c.chat_id], set_={"type": type, "title": title})
        )
        with self._engine.begin() as connection:
            connection.execute(statement)
        return self._must_get(chat_id)

    def get(self, chat_id: int) -> ChatRecord | None:
        """The chat, or None when it never used the bot."""
        with self._engine.connect() as connection:
            row = connection.execute(sa.select(chats).where(chats.c.chat_id == chat_id)).mappings().first()
        return _chat(row) if row else None

    def subscribe(self, chat_id: int, place: Location, thresholds: Mapping[str, int | None], now: dt.datetime) -> bool:
        """Follow a place; False when the chat already followed it (its thresholds are kept)."""
        key = place_key(place)
        with self._engine.begin() as connection:
            exists = connection.execute(
                sa.select(subscriptions.c.id).where(
                    subscriptions.c.chat_id == chat_id, subscriptions.c.place_key == key
                )
            ).first()
            if exists:
                return False
            connection.execute(
                sa.insert(subscriptions).values(
                    chat_id=chat_id, place_key=key, thresholds=dict(thresholds), created_at=now, **_place_values(place)
                )
            )
        return True

    def unsubscribe(self, chat_id: int, key: str | None) -> int:
        """Stop following one place (by key), or every place when `key` is None; the number removed."""
        condition = subscriptions.c.chat_id == chat_id
        if key is not None:
            condition = condition & (subscriptions.c.place_key == key)
        with self._engine.begin() as connection:
            return connection.execute(sa.delete(subscriptions).where(condition)).rowcount

    def subscriptions(self, chat_id: int) -> list[SubscriptionRecord]:
        """The chat's places, oldest first."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                sa.select(subscriptions).where(subscriptions.c.chat_id == chat_id).order_by(subscriptions.c.id)
            ).mappings()
            return [_subscription(row) for row in rows]

    def set_threshold(self, chat_id: int, kind: str, minimum: int, key: str | None) -> int:
        """Set one kind's minimum on one place (by key) or on all the chat's places; the number changed."""
        changed = 0
        with self._engine.begin() as connection:
            query = sa.select(subscriptions.c.id, subscriptions.c.thresholds).where(subscriptions.c.chat_id == chat_id)
            if key is not None:
                query = query.where(subscriptions.c.place_key == key)
            for row in connection.execute(query).all():
                thresholds = dict(row.thresholds or {}) | {kind: minimum}
                connection.execute(
                    sa.update(subscriptions).where(subscriptions.c.id == row.id).values(thresholds=thresholds)
                )
                changed += 1
        return changed

    def set_digest_time(self, chat_id: int, time: dt.time | None, zone: str, now: dt.datetime) -> None:
        """Set (or with None, stop) the daily digest; a time already past today starts tomorrow."""
        values = {"digest_time": _hhmm(time), "timezone": zone, "last_digest_on": _already_past(time, zone, now)}
        self._update(chat_id, **values)

    def set_muted(
        self, chat_id: int, muted: bool, *, since: dt.datetime | None = None, until: dt.datetime | None = None
    ) -> None:
        """Mute (from `since`, until `until` or /unmute) or unmute the chat's alerts and scheduled digests."""
        if muted:
            self._update(chat_id, muted=True, muted_since=since, muted_until=until)
        else:
            self._update(chat_id, muted=False, muted_since=None, muted_until=None)

    def mutes_ended(self, now: dt.datetime) -> list[ChatRecord]:
        """Muted chats whose timer has run out."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                sa.select(chats).where(
                    chats.c.muted.is_(True), chats.c.muted_until.is_not(None), chats.c.muted_until <= now
                )
            ).mappings()
            return [_chat(row) for row in rows]

    def end_mute(self, chat_id: int, messages: Sequence[str], now: dt.datetime) -> bool:
        """Unmute a chat whose timer ran out and queue its catch-up, in one transaction; False if already done."""
        with self._engine.begin() as connection:
            changed = connection.execute(
                sa.update(chats)
                .where(chats.c.chat_id == chat_id, chats.c.muted.is_(True), chats.c.muted_until <= now)
                .values(muted=False, muted_since=None, muted_until=None)
            ).rowcount
            if not changed:
                return False
            for text in messages:
                enqueue(connection, chat_id=chat_id, text=text, purpose="catchup", now=now)
        return True

    def set_language(self, chat_id: int, language: str | None) -> None:
        """The chat's interface language (None: follow each user's Telegram language)."""
        self._update(chat_id, language=language)

    def set_quiet_hours(self, chat_id: int, start: dt.time | None, end: dt.time | None) -> None:
        """Daily quiet hours in the chat's zone (alerts held, summarised when they end), or none."""
        self._update(chat_id, quiet_start=_hhmm(start), quiet_end=_hhmm(end))

    def quiet_chats(self) -> list[ChatRecord]:
        """Chats with quiet hours set, not muted now (the quiet-hours job mutes those whose hours have come)."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                sa.select(chats).where(chats.c.quiet_start.is_not(None), chats.c.muted.is_(False))
            ).mappings()
            return [_chat(row) for row in rows]

    def set_thread(self, chat_id: int, thread_id: int | None) -> None:
        """The forum topic alerts and digests go to (None: the general topic)."""
        self._update(chat_id, thread_id=thread_id)

    def restore(self, chat_id: int, subs: Sequence[SubscriptionRecord], now: dt.datetime) -> int:
        """Follow again the given places with their thresholds (undo of unsubscribing); the number restored."""
        restored = 0
        for sub in subs:
            restored += self.subscribe(chat_id, sub.place, sub.thresholds, now)
        return restored

    def set_paused(self, chat_id: int, paused: bool, reason: str | None) -> None:
        """Pause (the bot was blocked or removed) or resume everything sent to the chat."""
        self._update(chat_id, paused=paused, paused_reason=reason if paused else None)

    def due_digests(self, now: dt.datetime) -> list[ChatRecord]:
        """Chats whose digest time has come today in their zone and who have not had today's digest yet."""
        with self._engine.connect() as connection:
            followed = sa.select(subscriptions.c.chat_id).where(subscriptions.c.chat_id == chats.c.chat_id).exists()
            rows = connection.execute(
                sa.select(chats).where(
                    chats.c.digest_time.is_not(None), chats.c.paused.is_(False), chats.c.muted.is_(False), followed
                )
            ).mappings()
            candidates = [_chat(row) for row in rows]
        due = []
        for chat in candidates:
            local = local_now(now, chat.timezone)
            if (
                chat.digest_time is not None
                and local.time() >= chat.digest_time
                and chat.last_digest_on != local.date()
            ):
                due.append(chat)
        return due

    def mark_digest_sent(self, chat_id: int, local_day: dt.date) -> None:
        """Remember that the chat had the digest of `local_day` (restarts do not send it again)."""
        self._update(chat_id, last_digest_on=local_day)

    def _update(self, chat_id: int, **values: Any) -> None:
        with self._engine.begin() as connection:
            connection.execute(sa.update(chats).where(chats.c.chat_id == chat_id).values(**values))

    def _must_get(self, chat_id: int) -> ChatRecord:
        chat = self.get(chat_id)
        assert chat is not None
        return chat


def _already_past(time: dt.time | None, zone: str, now: dt.datetime) -> dt.date | None:
    """Today's local date when `time` has already passed today (so the first digest comes tomorrow)."""
    if time is None:
        return None
    local = local_now(now, zone)
    return local.date() if local.time() >= time else None


def _hhmm(time: dt.time | None) -> str | None:
    return None if time is None else f"{time:%H:%M}"


def _place_values(place: Location) -> dict[str, Any]:
    return {
        "place_name": place.name,
        "place_level": place.level.value,
        "country_iso3": place.country_iso3,
        "admin1": place.admin1,
        "geonames_id": place.geonames_id,
        "lat": place.lat,
        "lon": place.lon,
    }


def _chat(row: RowMapping) -> ChatRecord:
    digest_time = row["digest_time"]
    return ChatRecord(
        chat_id=row["chat_id"],
        type=row["type"],
        title=row["title"],
        muted=bool(row["muted"]),
        paused=bool(row["paused"]),
        paused_reason=row["paused_reason"],
        digest_time=dt.time.fromisoformat(digest_time) if digest_time else None,
        timezone=row["timezone"],
        last_digest_on=row["last_digest_on"],
        language=row.get("language"),
        muted_since=_utc(row.get("muted_since")),
        muted_until=_utc(row.get("muted_until")),
        thread_id=row.get("thread_id"),
        quiet_start=_time(row.get("quiet_start")),
        quiet_end=_time(row.get("quiet_end")),
    )


def _time(hhmm: str | None) -> dt.time | None:
    return dt.time.fromisoformat(hhmm) if hhmm else None


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else moment.astimezone(dt.UTC)


def place_from_row(row: RowMapping) -> Location | None:
    """The place stored in a row's place columns (subscriptions, figures, events), None when unnamed."""
    if not row["place_name"]:
        return None
    return Location(
        name=row["place_name"],
        country_iso3=row["country_iso3"],
        admin1=row["admin1"],
        geonames_id=row["geonames_id"],
        lat=row["lat"],
        lon=row["lon"],
        level=PlaceLevel(row["place_level"] or PlaceLevel.TOWN.value),
    )


def _subscription(row: RowMapping) -> SubscriptionRecord:
    place = place_from_row(row)
    assert place is not None  # a subscription always names its place
    return SubscriptionRecord(
        id=row["id"], chat_id=row["chat_id"], place_key=row["place_key"], place=place, thresholds=row["thresholds"]
    )


def queue_digest(
    engine: Engine, chat_id: int, local_day: dt.date, messages: Sequence[tuple[str, bytes | None]], now: dt.datetime
) -> bool:
    """Put a scheduled digest's messages in the outbox and mark the day done, in one transaction.

    A restart between the two cannot send a day's digest twice or lose it: either both happened or neither. The mark
    is taken first and only if the day is not marked yet, so when two processes build the same digest one queues
    it; False for the other.
    """
    with engine.begin() as connection:
        taken = connection.execute(
            sa.update(chats)
            .where(
                chats.c.chat_id == chat_id,
                sa.or_(chats.c.last_digest_on.is_(None), chats.c.last_digest_on != local_day),
            )
            .values(last_digest_on=local_day)
        ).rowcount
        if taken != 1:
            return False
        for text, photo in messages:
            enqueue(connection, chat_id=chat_id, text=text, purpose="digest", now=now, photo=photo)
    return True
