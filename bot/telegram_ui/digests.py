"""Making digests: read what happened, match it to the chat's places, compose the text, draw the chart.

`/digest` answers at once; the minute job queues scheduled digests in the outbox together with the mark that
the day's digest went out, so restarts neither repeat nor lose one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy.engine import Engine

from bot.digest.assemble import Contains, FollowedPlace, RecentEvent, RecentProjection, assemble
from bot.digest.chart import CHART_DAYS, DailyTotals, render_chart
from bot.digest.compose import Digest, SourceOutage, compose_digest
from bot.i18n import Lang, language_of
from bot.i18n.formats import country_name
from bot.storage.chats_repo import ChatRecord, ChatRepository, local_now, queue_digest
from bot.storage.digest_repo import DigestRepository
from bot.storage.source_repo import SourceRepository
from bot.values import Kind, Location, PlaceLevel

log = logging.getLogger(__name__)

WINDOW = dt.timedelta(hours=24)
# Digests draw charts (CPU for most of a second each): their own two threads, so a burst of /digest never
# holds up the short database calls every other command makes in the default pool.
_DRAWING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="digest")


_FrozenTotals = tuple[tuple[Kind, tuple[tuple[dt.date, tuple[tuple[str, int], ...]], ...]], ...]


def _frozen(daily: DailyTotals) -> _FrozenTotals:
    """Daily totals as a hashable key: chats following the same places share one drawing."""
    return tuple(
        (kind, tuple((day, tuple(sorted(places.items()))) for day, places in sorted(days.items())))
        for kind, days in sorted(daily.items(), key=lambda item: item[0].value)
    )


@lru_cache(maxsize=64)
def _chart(daily: _FrozenTotals, end: dt.date, lang: Lang = Lang.EN) -> bytes | None:
    """The chart of these totals in `lang` (remembered: the same places give the same picture all day)."""
    totals = {kind: {day: dict(places) for day, places in days} for kind, days in daily}
    return render_chart(totals, end=end, lang=lang)  # None: nothing to draw


@dataclass(frozen=True, slots=True)
class _Recent:
    """What every digest of one moment reads alike: the chart's days of events, the window's projections, and
    which sources are failing. Scheduled digests share one read instead of each re-reading 14 days."""

    history: list[RecentEvent]
    projections: list[RecentProjection]
    outage: SourceOutage | None


def _label(place: Location, lang: Lang) -> str:
    """A followed place as the digest heads it: a country by its name in the chat's language."""
    if place.level is PlaceLevel.COUNTRY and place.country_iso3:
        return country_name(place.country_iso3, lang)
    return place.name


class DigestService:
    """Builds digests for chats and queues the scheduled ones."""

    def __init__(self, engine: Engine, chats: ChatRepository, contains: Contains) -> None:
        self._engine = engine
        self._chats = chats
        self._digests = DigestRepository(engine)
        self._sources = SourceRepository(engine)
        self._contains = contains
        # Charts being drawn now, by what they show: chats following the same places ask for the same picture at
        # the same moment (a team's members, a morning's /digest), and each drawing holds the interpreter for a
        # fifth of a second; the later askers wait for the first one's drawing instead of drawing it again.
        self._drawing: dict[tuple[_FrozenTotals, dt.date, Lang], asyncio.Future[bytes | None]] = {}

    async def __call__(self, chat_id: int, now: dt.datetime, lang: Lang | None = None) -> tuple[str, str, bytes | None]:
        """The chat's digest now: text, chart caption and chart (None when there is nothing to draw)."""
        digest, draw = await self.text_first(chat_id, now, lang)
        return digest.text, digest.caption, await draw()

    async def text_first(
        self, chat_id: int, now: dt.datetime, lang: Lang | None = None
    ) -> tuple[Digest, Callable[[], Awaitable[bytes | None]]]:
        """The digest's text now, and how to draw its chart after: the text need not wait for the drawing.

        `lang` is the language of whoever asked; None: the chat's chosen one (English if none).
        """
        digest, daily, end, chosen = await asyncio.to_thread(self._compose, chat_id, now, WINDOW, lang)

        async def draw() -> bytes | None:
            return None if daily is None else await self._draw_once(_frozen(daily), end, chosen)

        return digest, draw

    async def _draw_once(self, daily: _FrozenTotals, end: dt.date, lang: Lang) -> bytes | None:
        """The chart, drawn in the drawing threads; a drawing already under way for the same picture is shared."""
        key = (daily, end, lang)
        drawing = self._drawing.get(key)
        if drawing is None:
            drawing = asyncio.get_running_loop().run_in_executor(_DRAWING, _chart, daily, end, lang)
            self._drawing[key] = drawing
            drawing.add_done_callback(lambda _: self._drawing.pop(key, None))
        return await asyncio.shield(drawing)  # one asker giving up does not cancel the others' drawing

    def catch_up(self, chat_id: int, since: dt.datetime, now: dt.datetime, lang: Lang | None = None) -> Digest:
        """What reached the chat's places between `since` and `now` (the end of a mute), without a chart."""
        window = max(now - since, dt.timedelta(minutes=1))
        digest, _ = self.build(chat_id, now, window=window, chart=False, lang=lang)
        return digest

    def build(
        self,
        chat_id: int,
        now: dt.datetime,
        *,
        window: dt.timedelta = WINDOW,
        chart: bool = True,
        lang: Lang | None = None,
        recent: _Recent | None = None,
    ) -> tuple[Digest, bytes | None]:
        """Compose the digest and render its chart (blocking: SQL and plotting); `recent`: a read to share."""
        digest, daily, end, lang = self._compose(chat_id, now, window, lang, recent)
        if not chart or daily is None:
            return digest, None
        return digest, _chart(_frozen(daily), end, lang)

    def _recent(self, now: dt.datetime, window: dt.timedelta) -> _Recent:
        return _Recent(
            history=self._digests.events_since(now - max(dt.timedelta(days=CHART_DAYS), window)),
            projections=self._digests.projections_since(now - window),
            outage=self.outage(),
        )

    def _compose(
        self,
        chat_id: int,
        now: dt.datetime,
        window: dt.timedelta,
        wanted: Lang | None = None,
        recent: _Recent | None = None,
    ) -> tuple[Digest, DailyTotals | None, dt.date, Lang]:
        """The digest's text, the chart's daily totals (None when the chat follows nothing), its last day, and the
        chat's language (English unless it chose one)."""
        chat = self._chats.get(chat_id)
        zone = chat.timezone if chat else "UTC"
        lang = wanted or language_of(chat.language if chat else None)
        end = local_now(now, zone).date()
        followed = [
            FollowedPlace(label=_label(s.place, lang), place=s.place) for s in self._chats.subscriptions(chat_id)
        ]
        if not followed:
            empty = compose_digest(places=[], events=[], projections=[], window_end=now, lang=lang)
            return empty, None, end, lang
        recent = recent or self._recent(now, window)
        since = now - window
        items = assemble(
            followed=followed,
            recent=[e for e in recent.history if e.updated_at >= since],
            history=recent.history,
            projections=recent.projections,
            contains=self._contains,
            zone=zone,
        )
        labels = list(dict.fromkeys(f.label for f in followed))
        hours = max(1, round(window.total_seconds() / 3600))
        digest = compose_digest(
            places=labels,
            events=items.events,
            projections=items.projections,
            window_end=now,
            hours=hours,
            zone=zone,
            outage=recent.outage,
            lang=lang,
        )
        return digest, items.daily, end, lang

    def outage(self) -> SourceOutage | None:
        """Sources failing now, and since their earliest last good answer; None when all answer."""
        rows = self._sources.health()
        failing = [row for row in rows if row.consecutive_failures > 0 or row.last_success_at is None]
        if not failing:
            return None
        answered = [row.last_success_at for row in failing if row.last_success_at is not None]
        return SourceOutage(failing=len(failing), total=len(rows), since=min(answered) if answered else None)

    async def queue_due(self, now: dt.datetime) -> int:
        """Queue every digest whose local time has come today (read in one query); the number queued.

        The chart's 14 days of events are read once for all of them; each is built in the drawing threads, two at
        a time, and queued with the day's mark: a digest another process queued first is skipped.
        """
        due = await asyncio.to_thread(self._chats.due_digests, now)
        if not due:
            return 0
        recent = await asyncio.to_thread(self._recent, now, WINDOW)
        loop = asyncio.get_running_loop()
        done = await asyncio.gather(
            *(loop.run_in_executor(_DRAWING, self._queue_one, chat, now, recent) for chat in due)
        )
        queued = sum(done)
        log.info("queued %d scheduled digest(s)", queued)
        return queued

    def _queue_one(self, chat: ChatRecord, now: dt.datetime, recent: _Recent) -> bool:
        digest, chart = self.build(chat.chat_id, now, recent=recent)
        messages: list[tuple[str, bytes | None]] = [(digest.text, None)]
        if chart is not None:
            messages.append((digest.caption, chart))
        return queue_digest(self._engine, chat.chat_id, local_now(now, chat.timezone).date(), messages, now)
