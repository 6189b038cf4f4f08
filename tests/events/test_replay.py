"""Replaying the seed articles and the demo reports in shuffled orders, from three sources at once, always gives
the same events, and every event alerts each following chat exactly once (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
import random
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import sqlalchemy as sa

from bot.alerting import AlertPolicy, decide_alerts
from bot.domain.containment import default_contains
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.records import NewReport
from bot.storage.schema import deliveries, delivery_events, event_figures, events, figures, reports
from bot.values import Figure, Location, PlaceLevel

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
DEMO_REPORTS = ROOT / "bot" / "demo_reports"
NOW = dt.datetime(2026, 11, 29, 9, tzinfo=dt.UTC)
POLICY = AlertPolicy(max_age_days=3650)  # old seed articles must still form events
SOURCES = 3
ORDERS = 5


@cache
def _corpus() -> tuple[tuple[str, str, str, dt.datetime, str | None, tuple[Figure, ...]], ...]:
    """(external id, outlet, text, published, url, figures) of every seed article and demo report."""
    from bot.extraction.extract import extract

    found = []
    for row in map(json.loads, (SEEDS / "gold.jsonl").read_text().splitlines()):
        text = (SEEDS / row["file"]).read_text()
        published = dt.date.fromisoformat(row["published"])
        at = dt.datetime.combine(published, dt.time(6), dt.UTC)
        found.append((row["id"], f"seed outlet {row['id'][-1]}", text, at, None, tuple(extract(text, published))))
    for path in sorted(DEMO_REPORTS.rglob("*.json")):
        item = json.loads(path.read_text())
        published = dt.date.fromisoformat(item["published"][:10])
        at = dt.datetime.combine(published, dt.time(7), dt.UTC) + dt.timedelta(minutes=len(found))
        figures_ = tuple(extract(item["text"], published))
        found.append((path.stem, item["outlet"], item["text"], at, item["url"], figures_))
    return tuple(found)


def _follow_every_country(store: Store) -> list[int]:
    countries = sorted(
        {f.location.country_iso3 for *_, found in _corpus() for f in found if f.location and f.location.country_iso3}
    )
    chats = ChatRepository(store.engine)
    for chat_id, iso3 in enumerate(countries, start=1):
        chats.ensure_chat(chat_id, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
        chats.subscribe(chat_id, Location(name=iso3, country_iso3=iso3, level=PlaceLevel.COUNTRY), {}, NOW)
    return list(range(1, len(countries) + 1))


def _poll(store: Store, source: str, items: list[int], start: threading.Barrier) -> None:
    """One source: store its reports one at a time and decide alerts after each, as a poll would."""
    start.wait()
    contains = default_contains()
    for index in items:
        external_id, outlet, text, published, url, found = _corpus()[index]
        report = NewReport(
            source=source,
            external_id=external_id,
            url=url,
            title=external_id,
            text=text,
            lang="en",
            outlet=outlet,
            published_at=published,
            fetched_at=NOW,
            alertable=True,
        )
        report_id = store.reports.add(report, list(found))
        assert report_id is not None
        decide_alerts(store.engine, [report_id], policy=POLICY, contains=contains, now=NOW)


def _replay(store: Store, order: int) -> tuple[frozenset[object], frozenset[object]]:
    _follow_every_country(store)
    indexes = list(range(len(_corpus())))
    random.Random(order).shuffle(indexes)
    slices = [indexes[k::SOURCES] for k in range(SOURCES)]
    start = threading.Barrier(SOURCES)
    with ThreadPoolExecutor(SOURCES) as pool:
        for future in [pool.submit(_poll, store, f"source-{k}", part, start) for k, part in enumerate(slices)]:
            future.result()
    return _events(store), _alerts(store)


def _figure_key() -> sa.ColumnElement[str]:
    return reports.c.external_id + sa.literal("#") + sa.cast(figures.c.ordinal, sa.String)


def _events(store: Store) -> frozenset[object]:
    """Every event by what it is and which figures (by report and position) stand behind it."""
    with store.engine.connect() as connection:
        members: dict[int, set[str]] = {}
        query = (
            sa.select(event_figures.c.event_id, _figure_key().label("key"))
            .join(figures, figures.c.id == event_figures.c.figure_id)
            .join(reports, reports.c.id == figures.c.report_id)
        )
        for row in connection.execute(query):
            members.setdefault(row.event_id, set()).add(row.key)
        best = dict(
            connection.execute(
                sa.select(events.c.id, _figure_key())
                .join(figures, figures.c.id == events.c.best_figure_id)
                .join(reports, reports.c.id == figures.c.report_id)
            ).all()
        )
        rows = connection.execute(sa.select(events)).all()
    return frozenset(
        (r.kind, r.grp, r.side, r.time_shape, r.place_name, r.date, r.date_end, best[r.id], frozenset(members[r.id]))
        for r in rows
    )


def _alerts(store: Store) -> frozenset[object]:
    """Which chat was alerted about which event (by its first figure); each exactly once."""
    with store.engine.connect() as connection:
        first_figure = (
            sa.select(event_figures.c.event_id, sa.func.min(_figure_key()).label("key"))
            .join(figures, figures.c.id == event_figures.c.figure_id)
            .join(reports, reports.c.id == figures.c.report_id)
            .group_by(event_figures.c.event_id)
            .subquery()
        )
        rows = connection.execute(
            sa.select(deliveries.c.chat_id, first_figure.c.key)
            .join(delivery_events, delivery_events.c.delivery_id == deliveries.c.id)
            .join(first_figure, first_figure.c.event_id == delivery_events.c.event_id)
            .where(deliveries.c.purpose == "alert")
        ).all()
    counts = Counter((row.chat_id, row.key) for row in rows)
    repeated = {key: n for key, n in counts.items() if n > 1}
    assert not repeated, f"alerted more than once: {repeated}"
    return frozenset(counts)


def test_replays_in_any_order_from_three_sources_give_the_same_events_and_alerts(database_url: str) -> None:
    """Three shuffled orders, three concurrent sources each: identical events, each alerted once per chat."""
    outcomes = []
    for order in range(ORDERS):
        store = Store(database_url) if order == 0 else _fresh(database_url, order)
        try:
            outcomes.append(_replay(store, order))
        finally:
            store.close()
    first_events, first_alerts = outcomes[0]
    assert len(first_events) >= 10
    assert len(first_alerts) >= 5
    for events_seen, alerts_seen in outcomes[1:]:
        assert events_seen == first_events
        assert alerts_seen == first_alerts


def _fresh(database_url: str, order: int) -> Store:
    """The same database emptied: the next order starts from nothing."""
    store = Store(database_url)
    with store.engine.begin() as connection:
        for table in (delivery_events, deliveries, reports, events):
            connection.execute(sa.delete(table))
        connection.execute(sa.text("DELETE FROM chats"))
    return store
