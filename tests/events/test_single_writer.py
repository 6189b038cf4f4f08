"""Grouping has one writer: concurrent polls cannot make two events (or two alerts) of one incident."""

from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from bot.alerting import AlertPolicy, decide_alerts
from bot.domain.containment import fallback_contains
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.events_repo import lock_grouping, recent_events
from bot.storage.records import NewReport
from bot.storage.schema import deliveries, events, figures
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

NOW = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)
SYRIA = Location(name="Syria", country_iso3="SYR", level=PlaceLevel.COUNTRY)
IDLIB_CITY = Location(name="Idlib", country_iso3="SYR", admin1="Idlib", geonames_id=169389, lat=35.93, lon=36.63)


def _store_report(store: Store, outlet: str, value: int) -> int:
    sentence = f"{value} people were killed in Idlib city on Thursday, {outlet} reported."
    figure = Figure(
        kind=Kind.KILLED,
        value=value,
        qualifier=Qualifier.EXACT,
        group=Group.PEOPLE,
        location=IDLIB_CITY,
        date=dt.date(2026, 11, 19),
        span=(0, len(sentence) - 1),
        sentence=sentence,
    )
    report = NewReport(
        source=outlet,
        external_id=f"{outlet}-1",
        url=f"https://{outlet}.example/1",
        title="Strike",
        text=sentence,
        lang="en",
        outlet=outlet,
        published_at=NOW,
        fetched_at=NOW,
        alertable=True,
    )
    report_id = store.reports.add(report, [figure])
    assert report_id is not None
    return report_id


def test_two_outlets_at_the_same_moment_make_one_event_and_one_alert(store: Store) -> None:
    """'20' and '21 killed in Idlib city' from two polls running at once: one event, one alert."""
    chats = ChatRepository(store.engine)
    chats.ensure_chat(1, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
    chats.subscribe(1, SYRIA, {}, NOW)
    for attempt in range(5):
        ids = [_store_report(store, f"outlet{attempt}a", 20), _store_report(store, f"outlet{attempt}b", 21)]
        start = threading.Barrier(2)

        def decide(report_id: int, start: threading.Barrier = start) -> None:
            start.wait()
            decide_alerts(store.engine, [report_id], policy=AlertPolicy(), contains=fallback_contains, now=NOW)

        with ThreadPoolExecutor(2) as pool:
            list(pool.map(decide, ids))
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(events)).scalar_one() == 1
        alerts = connection.execute(sa.select(deliveries.c.purpose)).scalars().all()
    assert alerts == ["alert"]


def test_the_postgresql_grouping_lock_makes_another_transaction_wait(store: Store) -> None:
    """A second process's grouping waits on the advisory lock until the first transaction ends."""
    if store.engine.dialect.name != "postgresql":
        pytest.skip("the advisory lock exists on PostgreSQL only; SQLite allows one process per file")
    acquired = threading.Event()
    with store.engine.connect() as first:
        transaction = first.begin()
        lock_grouping(first)

        def second_writer() -> None:
            with store.engine.begin() as second:
                lock_grouping(second)
                acquired.set()

        thread = threading.Thread(target=second_writer)
        thread.start()
        time.sleep(0.5)
        assert not acquired.is_set()
        transaction.commit()
        thread.join(timeout=10)
    assert acquired.is_set()


def test_known_events_come_back_in_the_order_they_were_made(store: Store) -> None:
    """Grouping breaks ties by the order of known events: an event updated since (which PostgreSQL moves to the end
    of the table) still comes back in its place, so the same reports group the same way run after run."""
    for kind, outlet in ((Kind.KILLED, "first"), (Kind.INJURED, "second"), (Kind.MISSING, "third")):
        report_id = _store_report(store, outlet, 20)
        with store.engine.begin() as connection:  # (one kind each: three events that cannot merge)
            connection.execute(sa.update(figures).where(figures.c.report_id == report_id).values(kind=kind.value))
        decide_alerts(store.engine, [report_id], policy=AlertPolicy(), contains=fallback_contains, now=NOW)
    with store.engine.begin() as connection:
        made = connection.execute(sa.select(events.c.id).order_by(events.c.id)).scalars().all()
        assert len(made) == 3
        connection.execute(sa.update(events).where(events.c.id == made[0]).values(date_end=events.c.date_end))
    with store.engine.connect() as connection:
        known = recent_events(connection, dt.date(2026, 11, 1))
    assert [event.id for event in known] == made
