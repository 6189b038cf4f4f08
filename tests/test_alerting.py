"""Deciding alerts end to end on a real database: events, outbox rows, replays and updates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.alerting import AlertPolicy, decide_alerts
from bot.domain.thresholds import Thresholds
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.records import NewReport
from bot.storage.schema import deliveries, events
from bot.values import Figure, Group, Kind, Location, Qualifier
from tests.domain.builders import IDLIB_CITY, IDLIB_PROVINCE, SYRIA

NOW = dt.datetime(2020, 1, 16, 9, tzinfo=dt.UTC)
POLICY = AlertPolicy(defaults=Thresholds(killed=10, injured=10, missing=10, displaced=1000))
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "gold.jsonl"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A migrated SQLite store with one chat following Syria."""
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    chats = ChatRepository(store.engine)
    chats.ensure_chat(1, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
    chats.subscribe(1, SYRIA, {"killed": 10}, NOW)
    return store


def _report(store: Store, n: int, figures: list[Figure], *, url: str, published: dt.date = dt.date(2020, 1, 16)) -> int:
    report = NewReport(
        source="feed",
        external_id=f"r{n}",
        url=url,
        outlet=urlsplit(url).hostname,
        title=f"Report {n}",
        text=f"Report number {n} about strikes.",
        lang="en",
        published_at=dt.datetime.combine(published, dt.time(8), dt.UTC) + dt.timedelta(minutes=n),
        fetched_at=NOW,
        alertable=True,
    )
    report_id = store.reports.add(report, figures)
    assert report_id is not None
    return report_id


def _killed(value: int, qualifier: Qualifier = Qualifier.EXACT, location: Location = IDLIB_CITY) -> Figure:
    return Figure(
        kind=Kind.KILLED,
        value=value,
        qualifier=qualifier,
        group=Group.CIVILIANS,
        location=location,
        date=dt.date(2020, 1, 15),
        sentence=f"Strikes killed {value} civilians.",
    )


def _rows(engine: Engine) -> list[sa.Row[tuple[int, str, int, int | None]]]:
    with engine.connect() as connection:
        query = sa.select(
            deliveries.c.chat_id, deliveries.c.purpose, deliveries.c.revision, deliveries.c.reply_to_delivery_id
        )
        return list(connection.execute(query.order_by(deliveries.c.id)))


def test_first_report_alerts_second_outlet_does_not_and_replay_sends_nothing(store: Store) -> None:
    """One alert for the strike; another outlet adds corroboration only; replaying both queues nothing."""
    first = _report(store, 1, [_killed(20, Qualifier.ABOUT, IDLIB_PROVINCE)], url="https://one.example/a")
    second = _report(store, 2, [_killed(18)], url="https://two.example/b")
    assert decide_alerts(store.engine, [first], policy=POLICY, now=NOW).deliveries_queued == 1
    assert decide_alerts(store.engine, [second], policy=POLICY, now=NOW).deliveries_queued == 0
    assert decide_alerts(store.engine, [first, second], policy=POLICY, now=NOW).events_changed == 0
    assert [(r.chat_id, r.purpose) for r in _rows(store.engine)] == [(1, "alert")]
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(events.c.corroboration)).scalars().all() == [2]


def test_marked_rise_queues_a_reply_to_the_first_alert(store: Store) -> None:
    """A toll rising from 18 to at least 30 queues an update replying to the alert."""
    decide_alerts(store.engine, [_report(store, 1, [_killed(18)], url="https://one.example/a")], policy=POLICY, now=NOW)
    later = _report(store, 2, [_killed(30, Qualifier.AT_LEAST)], url="https://one.example/c")
    decide_alerts(store.engine, [later], policy=POLICY, now=NOW)
    _alert, update = _rows(store.engine)
    assert (update.purpose, update.revision) == ("update", 30)
    assert update.reply_to_delivery_id is not None


def test_projection_and_past_offensive_queue_nothing(store: Store) -> None:
    """A projection and a total about months long past never alert."""
    projection = Figure(
        kind=Kind.DISPLACED, value=650_000, qualifier=Qualifier.ABOUT, location=IDLIB_PROVINCE, projection=True
    )
    old = _killed(1000).with_(cumulative=True, date=dt.date(2019, 4, 1), date_end=dt.date(2019, 8, 31))
    decision = decide_alerts(
        store.engine, [_report(store, 1, [projection, old], url="https://one.example/a")], policy=POLICY, now=NOW
    )
    assert (decision.projections, decision.stale, decision.deliveries_queued) == (1, 1, 0)


def _extract_available() -> bool:
    try:
        from bot.extraction.extract import extract  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside the repository")
@pytest.mark.skipif(not _extract_available(), reason="bot.extraction.extract has not landed yet")
def test_seeds_001_and_003_make_one_idlib_civilian_event(store: Store) -> None:
    """Seeds 001 and 003 (same day, two outlets) give one civilians-killed event in Idlib; projections stay quiet."""
    from bot.extraction.extract import extract

    seeds = {row["id"]: row for row in map(json.loads, SEEDS.read_text().splitlines())}
    ids = []
    for n, key in enumerate(("seed001", "seed003"), start=1):
        published = dt.date.fromisoformat(seeds[key]["published"])
        found = extract(seeds[key]["text"], published)
        ids.append(_report(store, n, found, url=f"https://outlet{n}.example/{key}", published=published))
    decide_alerts(store.engine, ids, policy=POLICY, now=NOW)
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(events).where(events.c.kind == "killed", events.c.grp == "people", events.c.corroboration == 2)
        ).all()
    civilians = [r for r in rows if r.best_value in (18, 20) and r.admin1 == "Idlib"]
    assert len(civilians) == 1
    with store.engine.connect() as connection:
        alerted = connection.execute(sa.select(deliveries.c.event_id).where(deliveries.c.purpose == "alert")).scalars()
        assert civilians[0].id in set(alerted)
    revisions = [r.revision for r in _rows(store.engine)]
    assert 650_000 not in revisions
    assert 1000 not in revisions
    assert 400_000 not in revisions


def test_a_decision_for_many_chats_inserts_its_deliveries_in_one_executemany(store: Store) -> None:
    """Three chats alerted by one report: one INSERT call for the deliveries and one for their links, not one each."""
    chats = ChatRepository(store.engine)
    for chat_id in (2, 3):
        chats.ensure_chat(chat_id, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
        chats.subscribe(chat_id, SYRIA, {"killed": 10}, NOW)
    report = _report(store, 1, [_killed(20)], url="https://one.example/a")
    statements: list[str] = []
    sa.event.listen(store.engine, "before_execute", lambda _c, clause, *_a: statements.append(str(clause)))
    assert decide_alerts(store.engine, [report], policy=POLICY, now=NOW).deliveries_queued == 3
    assert sum(s.startswith("INSERT INTO deliveries") for s in statements) == 1
    assert sum(s.startswith("INSERT INTO delivery_events") for s in statements) == 1
    assert sorted(r.chat_id for r in _rows(store.engine)) == [1, 2, 3]
