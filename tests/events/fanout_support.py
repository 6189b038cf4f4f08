"""A report that states its figure twice, fanned out to many chats: shared by the fan-out test and benchmark."""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import sqlalchemy as sa
from telegram import Bot

from bot.alerting import AlertPolicy, decide_alerts
from bot.delivery.flood import FloodGate
from bot.delivery.sender import Deliverer
from bot.domain.containment import Contains
from bot.storage.chats_repo import place_key
from bot.storage.outbox_repo import OutboxRepository
from bot.storage.records import NewReport
from bot.storage.schema import chats, subscriptions
from bot.storage.store import Store
from bot.values import Location, PlaceLevel
from tests.support.bot_api_double import BotApiDouble

NOW = dt.datetime(2026, 1, 16, 9, tzinfo=dt.UTC)
SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
# Our own report, restating its one figure as a running total and as a closed period.
REPEATING_REPORT = (
    "Since 1 December almost 350,000 people have fled fighting in North Darfur, the UN said on Thursday.\n\n"
    "Aid agencies warn that camps are full. From 1 December to 14 January almost 350,000 people were displaced "
    "across North Darfur, according to the UN."
)


@dataclass(frozen=True, slots=True, kw_only=True)
class FanOut:
    """What one fan-out did."""

    figures: int
    queued: int
    received: int
    repeats: int
    lost: int
    seconds: float


def follow_sudan(store: Store, chat_ids: list[int]) -> None:
    """Chats (one in ten a group) that all follow Sudan with the default thresholds."""
    with store.engine.begin() as connection:
        connection.execute(
            sa.insert(chats),
            [
                {"chat_id": c, "type": "private" if c > 0 else "group", "timezone": "UTC", "created_at": NOW}
                for c in chat_ids
            ],
        )
        connection.execute(
            sa.insert(subscriptions),
            [
                {
                    "chat_id": c,
                    "place_key": place_key(SUDAN),
                    "place_name": SUDAN.name,
                    "place_level": SUDAN.level.value,
                    "country_iso3": SUDAN.country_iso3,
                    "thresholds": {},
                    "created_at": NOW,
                }
                for c in chat_ids
            ],
        )


def store_repeating_report(store: Store) -> tuple[int, int]:
    """The report and its extracted figures stored once; (report id, figures found)."""
    from bot.extraction.extract import extract

    found = list(extract(REPEATING_REPORT, NOW.date()))
    report = NewReport(
        source="wire",
        external_id="repeat-1",
        url="https://wire.example/repeat-1",
        title="350,000 displaced in North Darfur",
        text=REPEATING_REPORT,
        lang="en",
        outlet="Wire",
        published_at=NOW,
        fetched_at=NOW,
        alertable=True,
    )
    report_id = store.reports.add(report, found)
    assert report_id is not None
    return report_id, len(found)


async def fan_out(store: Store, chat_count: int, *, contains: Contains, gate: FloodGate | None, limits: bool) -> FanOut:
    """Queue the report's alerts from three racing decisions, drain them through the double, count per chat."""
    chat_ids = [n if n % 10 else -n for n in range(1, chat_count + 1)]
    follow_sudan(store, chat_ids)
    report_id, figure_count = store_repeating_report(store)
    start = threading.Barrier(3)

    def decide() -> int:
        start.wait()
        return decide_alerts(
            store.engine, [report_id], policy=AlertPolicy(), contains=contains, now=NOW
        ).deliveries_queued

    with ThreadPoolExecutor(3) as pool:
        queued = sum(await asyncio.gather(*(asyncio.wrap_future(pool.submit(decide)) for _ in range(3))))
    outbox = OutboxRepository(store.engine)
    loop = asyncio.get_running_loop()
    with BotApiDouble(enforce_limits=limits) as api:
        async with Bot(api.token, base_url=api.base_url) as bot:
            deliverer = Deliverer(bot, outbox, gate=gate)
            started = loop.time()
            while (await asyncio.to_thread(outbox.counts)).get("pending"):
                if await deliverer.drain_once() == 0:
                    await asyncio.sleep(0.02)
            seconds = loop.time() - started
        received = collections.Counter(m.chat_id for m in api.messages)
    return FanOut(
        figures=figure_count,
        queued=queued,
        received=sum(received.values()),
        repeats=sum(n - 1 for n in received.values() if n > 1),
        lost=sum(1 for c in chat_ids if received[c] == 0),
        seconds=seconds,
    )
