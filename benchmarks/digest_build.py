"""Digest cost: composing one chat's digest (SQL, matching, text) and drawing its chart, over a busy fortnight.

python benchmarks/digest_build.py [REPORTS]      (default 500 reports with two figures each, SQLite in a temp dir)
Prints milliseconds per /digest (text only and with chart) and how many scheduled digests a minute's run can make.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.alerting import decide_alerts
from bot.digest.chart import render_chart
from bot.geo.containment import contains
from bot.storage import NewReport, Store
from bot.storage.chats_repo import ChatRepository
from bot.telegram_ui.digests import DigestService
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

PLACES = [
    Location(name="Nyala", country_iso3="SDN", admin1="South Darfur", geonames_id=364103, lat=12.05, lon=24.88),
    Location(name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379252, lat=13.63, lon=25.35),
    Location(name="Goma", country_iso3="COD", admin1="North Kivu", geonames_id=216281, lat=-1.68, lon=29.22),
    Location(name="Sittwe", country_iso3="MMR", admin1="Rakhine", geonames_id=1298824, lat=20.15, lon=92.9),
]
NOW = dt.datetime(2025, 6, 1, 8, 0, tzinfo=dt.UTC)


def fill(store: Store, reports: int, rng: random.Random) -> None:
    """Store `reports` reports over 14 days, each with a killing and a displacement somewhere, through alerting."""
    for number in range(reports):
        seen = NOW - dt.timedelta(minutes=rng.randrange(14 * 24 * 60))
        place = rng.choice(PLACES)
        figures = [
            Figure(kind=Kind.KILLED, value=rng.randrange(1, 80), qualifier=Qualifier.AT_LEAST, group=Group.CIVILIANS,
                   location=place, date=seen.date(), sentence="civilians were killed"),
            Figure(kind=Kind.DISPLACED, value=rng.randrange(100, 50_000), qualifier=Qualifier.ABOUT, location=place,
                   date=seen.date(), cumulative=rng.random() < 0.3, sentence="people fled"),
        ]  # fmt: skip
        report = NewReport(source=f"feed-{number % 7}", external_id=str(number), url=f"https://n.example/{number}",
                           title="t", text=f"report {number}", lang="en", published_at=seen, fetched_at=seen,
                           alertable=True)  # fmt: skip
        report_id = store.reports.add(report, figures)
        assert report_id is not None
        decide_alerts(store.engine, [report_id], contains=contains, now=seen)


def main() -> int:
    """Fill a database, then time digests for a chat following Sudan."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("reports", nargs="?", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(f"sqlite:///{Path(folder) / 'bench.db'}")
        started = time.perf_counter()
        fill(store, args.reports, random.Random(7))
        filled = time.perf_counter() - started
        print(f"filled {args.reports} reports through the alert engine in {filled:.1f} s")
        chats = ChatRepository(store.engine)
        chats.ensure_chat(1, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
        chats.subscribe(1, Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY), {}, NOW)
        service = DigestService(store.engine, chats, contains)
        service.build(1, NOW)  # warm caches and imports
        rounds = 10
        started = time.perf_counter()
        for _ in range(rounds):
            digest, chart = service.build(1, NOW)
        with_chart = (time.perf_counter() - started) / rounds
        started = time.perf_counter()
        for _ in range(rounds):
            render_chart({}, end=NOW.date(), title="x")
        chart_only = (time.perf_counter() - started) / rounds
        assert chart is not None
        print(
            f"digest with chart: {with_chart * 1000:.0f} ms ({len(digest.text)} chars, chart {len(chart) // 1024} KiB)"
        )
        rest = (with_chart - chart_only) * 1000
        print(f"chart alone (empty): {chart_only * 1000:.0f} ms; digest text, SQL and matching: {rest:.0f} ms")
        print(f"scheduled digests per minute-run, one core: about {int(60 / with_chart)}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
