"""Backfill: N generated reports (default 10,000) from a loopback ReliefWeb double into a fresh database.

python benchmarks/backfill_10k.py [N] [--database-url URL]
Reports of 60-120 words, spread over the past year across towns of Sudan, DR Congo and Syria, each with one to
three figures, are served 1,000 a call by a ReliefWeb-like server on 127.0.0.1. 100 chats follow the three
countries with thresholds of 1, so anything that could alert would queue a message. The whole backfill runs
(archive paging, extraction, storage, grouping into events) and the script prints the wall time, reports per
second, what was stored, and the outbox rows (must be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import random
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.alerting import AlertPolicy
from bot.backfill.run import backfill_source
from bot.geo.containment import contains
from bot.sources import ReliefWebSource, make_client
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.schema import deliveries, event_figures, events
from bot.values import Location, PlaceLevel
from tests.support import feed_server
from tests.support.feed_server import FeedServer
from tests.support.reliefweb_double import ReliefWebDouble, report

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
TOWNS = {
    "SDN": ["El Fasher", "Nyala", "Kassala", "Omdurman", "El Geneina", "Kadugli", "Wad Madani"],
    "COD": ["Goma", "Bunia", "Beni", "Uvira", "Bukavu", "Butembo"],
    "SYR": ["Idlib", "Aleppo", "Deir ez-Zor", "Raqqa", "Homs", "Daraa"],
}
COUNTRIES = {"SDN": "Sudan", "COD": "DR Congo", "SYR": "Syria"}
FIGURES = [
    "At least {n} civilians were killed in {town} on {day} when shelling hit a crowded market.",
    "Clashes near {town} forced some {n},{m:03d} people to flee their homes on {day}.",
    "Hospital staff in {town} said {n} people were injured in an air strike on {day}.",
    "Local officials reported {n} people missing after floods swept through {town} on {day}.",
    "A drone strike on a displacement site outside {town} killed {n} people on {day}, witnesses said.",
]
FILLER = [
    "Humanitarian partners are assessing needs and access remains constrained by insecurity.",
    "Water, sanitation and health services are overstretched, and prices of staple food have risen sharply.",
    "Partners call on all parties to respect international humanitarian law and protect civilians.",
    "Mobile clinics have resumed operations, although fuel shortages limit the number of teams deployed.",
    "Schools in the area remain closed while some of them are being used as collective shelters.",
    "The rainy season is expected to make roads impassable in the coming weeks, cutting off supply routes.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def generate(count: int, seed: int = 7) -> list[dict[str, object]]:
    """Distinct reports over the past year (each text unique, so none is dropped as a duplicate)."""
    rng = random.Random(seed)
    entries = []
    for ident in range(count):
        iso3 = rng.choice(list(TOWNS))
        town = rng.choice(TOWNS[iso3])
        created = NOW - dt.timedelta(seconds=rng.randrange(365 * 86_400))
        day = WEEKDAYS[(created - dt.timedelta(days=1)).weekday()]
        sentences = [
            f"{COUNTRIES[iso3]}: situation report number {ident}.",
            *(
                rng.choice(FIGURES).format(n=rng.randrange(2, 90), m=rng.randrange(1000), town=town, day=day)
                for _ in range(rng.randint(1, 3))
            ),
            *rng.sample(FILLER, 3),
        ]
        body = "<p>" + "</p><p>".join(sentences) + "</p>"
        entries.append(report(100_000 + ident, created, f"{COUNTRIES[iso3]}: update {ident}", body))
    return entries


def subscribe(store: Store, chats: int) -> None:
    """`chats` chats following the three countries with thresholds of 1."""
    repo = ChatRepository(store.engine)
    for chat_id in range(1, chats + 1):
        repo.ensure_chat(chat_id, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
        for iso3, name in COUNTRIES.items():
            place = Location(name=name, country_iso3=iso3, level=PlaceLevel.COUNTRY)
            repo.subscribe(chat_id, place, {"killed": 1, "injured": 1, "missing": 1, "displaced": 1}, NOW)


def count(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


async def run(reports: int, database_url: str | None) -> None:
    server = FeedServer(handler=ReliefWebDouble(generate(reports)))
    stop = feed_server.start(server)
    workdir = Path(tempfile.mkdtemp(prefix="backfill-bench-"))
    store = Store(database_url or f"sqlite:///{workdir / 'bot.db'}")
    try:
        subscribe(store, 100)
        from bot.extraction.extract import extract

        extract("Warm-up: 3 people were killed in Goma on Monday.", NOW.date())  # the gazetteer loads once
        async with make_client(timeout_seconds=30.0) as client:
            source = ReliefWebSource(
                name="reliefweb", countries=tuple(COUNTRIES), appname="bench", client=client, base_url=server.url("/v2")
            )
            since = (NOW - dt.timedelta(days=366)).date()
            started = time.perf_counter()
            outcome = await backfill_source(
                source, store, since=since, now=NOW, policy=AlertPolicy(), contains=contains
            )
            seconds = time.perf_counter() - started
        print(f"reports served: {reports}, API calls: {len(server.hits)}")
        print(f"backfill wall time: {seconds:.1f} s ({outcome.stored / seconds:.0f} reports/s)")
        print(f"stored: {outcome.stored}, duplicates: {outcome.duplicates}, figures: {outcome.figures}")
        print(f"events: {count(store, events)}, figures in events: {count(store, event_figures)}")
        print(f"alerts queued: {outcome.alerts_queued}, outbox rows: {count(store, deliveries)}")
    finally:
        store.close()
        stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="?", type=int, default=10_000)
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary folder")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.reports, args.database_url))


if __name__ == "__main__":
    main()
