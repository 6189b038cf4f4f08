"""Fan-out: one alert to N subscribed chats through the Bot API double enforcing Telegram's flood limits.

python benchmarks/fanout.py 1000 10000     (chat counts; 10,000 at ~29/s takes about six minutes)
The whole path runs: N chats (one in ten a group) follow Sudan, one report with a figure in El Fasher is
stored, the alert engine decides (timed), and the delivery loop drains the outbox through the double.
Prints the decision time, messages/s achieved, alerts lost and doubled, 429 answers, and peak memory.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from telegram import Bot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.alerting import AlertPolicy, decide_alerts
from bot.delivery.sender import Deliverer
from bot.domain.thresholds import Thresholds
from bot.extraction.model import Figure, Group, Kind, Location, PlaceLevel, Qualifier
from bot.storage.chats_repo import place_key
from bot.storage.outbox_repo import OutboxRepository
from bot.storage.records import NewReport
from bot.storage.schema import subscriptions
from bot.storage.store import Store
from tests.delivery.outbox_fixtures import NOW, add_chats
from tests.support.bot_api_double import BotApiDouble

SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
EL_FASHER = Location(
    name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379303, lat=13.63, lon=25.35
)


def _subscribe_all(store: Store, chat_ids: list[int]) -> None:
    rows: list[dict[str, object]] = [
        {
            "chat_id": chat_id,
            "place_key": place_key(SUDAN),
            "place_name": SUDAN.name,
            "place_level": SUDAN.level.value,
            "country_iso3": SUDAN.country_iso3,
            "thresholds": {},
            "created_at": NOW,
        }
        for chat_id in chat_ids
    ]
    with store.engine.begin() as connection:
        connection.execute(sa.insert(subscriptions), rows)


def _store_report(store: Store) -> int:
    figure = Figure(
        kind=Kind.KILLED,
        value=40,
        qualifier=Qualifier.AT_LEAST,
        group=Group.CIVILIANS,
        location=EL_FASHER,
        date=NOW.date(),
        date_end=NOW.date(),
        span=(0, 30),
        sentence="At least 40 civilians were killed when shells struck the market.",
    )
    report = NewReport(
        source="bench",
        external_id="r1",
        url="https://example.org/r1",
        title="Shelling in El Fasher",
        text=figure.sentence,
        lang="en",
        outlet="Benchmark Wire",
        published_at=NOW,
        fetched_at=NOW,
        alertable=True,
    )
    report_id = store.reports.add(report, [figure])
    assert report_id is not None
    return report_id


async def fan_out(chats: int, folder: Path) -> None:
    """Queue one alert for each of ``chats`` chats, deliver them all, and print the figures."""
    store = Store(f"sqlite:///{folder / f'fanout-{chats}.db'}")
    engine = store.engine
    chat_ids = [n if n % 10 else -n for n in range(1, chats + 1)]  # one chat in ten is a group
    add_chats(engine, chat_ids)
    _subscribe_all(store, chat_ids)
    report_id = _store_report(store)
    decided = time.perf_counter()
    policy = AlertPolicy(defaults=Thresholds(killed=1, injured=10, missing=5, displaced=1000))
    queued = decide_alerts(engine, [report_id], policy=policy, now=NOW).deliveries_queued
    decide_seconds = time.perf_counter() - decided
    assert queued == chats, f"the engine queued {queued} alerts for {chats} subscribed chats"
    outbox = OutboxRepository(engine)
    with BotApiDouble() as api:
        async with Bot(api.token, base_url=api.base_url) as bot:
            deliverer = Deliverer(bot, outbox)
            started = time.perf_counter()
            while outbox.counts().get("pending"):
                if await deliverer.drain_once() == 0:
                    await asyncio.sleep(0.05)
            elapsed = time.perf_counter() - started
        received = collections.Counter(m.chat_id for m in api.messages)
        floods = sum(1 for r in api.rejections if r.error_code == 429)
    lost = sum(1 for c in chat_ids if received[c] == 0)
    doubled = sum(1 for c in chat_ids if received[c] > 1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"chats={chats} decide_seconds={decide_seconds:.2f} "
        f"messages/s={len(api.messages) / elapsed:.1f} seconds={elapsed:.1f} "
        f"lost={lost} doubled={doubled} 429s={floods} peak_memory_mb={peak_mb:.0f}"
    )
    store.close()


def main() -> None:
    """Run the fan-out for each chat count given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chats", nargs="*", type=int, default=[1000, 10000])
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        for chats in args.chats:
            asyncio.run(fan_out(chats, Path(folder)))


if __name__ == "__main__":
    main()
