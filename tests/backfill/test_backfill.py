"""Backfill against a loopback ReliefWeb double and a folder: history is stored and grouped, nothing alerts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bot.alerting import AlertPolicy
from bot.backfill.run import backfill_source
from bot.geo.containment import contains
from bot.pipeline import PollStatus, poll_source
from bot.sources import DirectorySource, ReliefWebSource, RssSource, SourceError
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.schema import deliveries, events, reports
from bot.values import Location, PlaceLevel
from tests.support.feed_server import FeedServer, Route, rss
from tests.support.reliefweb_double import ReliefWebDouble, report

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)
SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
LOW = {"killed": 1, "injured": 1, "missing": 1, "displaced": 1}
# (days before NOW, text): our own wording, each with a figure the extractor reads
STORIES = [
    (50, "At least {n} civilians were killed in El Fasher on Monday when shells hit the main market, officials said."),
    (40, "Fighting near Nyala forced about {n},000 people to flee their homes on Tuesday, the UN said."),
    (30, "Heavy rains in Kassala state injured {n} people and destroyed dozens of houses on Wednesday."),
    (20, "Officials said {n} people were missing after a boat capsized on the Nile near Dongola on Friday."),
    (10, "Drone strikes killed {n} people in Omdurman on Saturday, according to local volunteers."),
]


def _archive(count_per_story: int) -> list[dict[str, object]]:
    """Reports spread over 50 days; two share each creation time, so paging must not lose or repeat ties."""
    entries = []
    for story, (days_back, text) in enumerate(STORIES):
        for copy in range(count_per_story):
            created = NOW - dt.timedelta(days=days_back - copy // 2, hours=3)
            ident = 5000 + story * 100 + copy
            entries.append(report(ident, created, f"Update {ident}", f"<p>{text.format(n=11 + copy)}</p>"))
    return entries


def _subscribe_everyone(store: Store) -> None:
    """A chat following Sudan with thresholds of one: anything that could alert would queue a message."""
    chats = ChatRepository(store.engine)
    chats.ensure_chat(42, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
    chats.subscribe(42, SUDAN, LOW, NOW)


def _count(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _reliefweb(server: FeedServer, client: httpx.AsyncClient) -> ReliefWebSource:
    return ReliefWebSource(
        name="rw", countries=("SDN",), appname="test-app", client=client, base_url=server.url("/v2"), page_size=3
    )


async def test_reliefweb_backfill_pages_back_stores_groups_and_never_alerts(
    store: Store, server: FeedServer, client: httpx.AsyncClient
) -> None:
    """Every report since the date is read through the date filter, stored, grouped into events; no outbox row."""
    _subscribe_everyone(store)
    double = ReliefWebDouble(_archive(4))
    server.handler = double
    since = (NOW - dt.timedelta(days=45)).date()
    outcome = await backfill_source(
        _reliefweb(server, client), store, since=since, now=NOW, policy=AlertPolicy(), contains=contains
    )
    expected = [r for r in double.reports if dt.datetime.fromisoformat(r["fields"]["date"]["created"]).date() >= since]
    assert outcome.read == len(expected) == 16
    assert outcome.stored == 16
    assert outcome.alerts_queued == 0
    assert outcome.figures >= 16
    assert outcome.events_changed > 0
    assert all(q["filter"]["conditions"][-1]["field"] == "date.created" for q in double.queries)
    assert all(q["limit"] <= 1000 for q in double.queries)
    assert _count(store, reports) == 16
    assert _count(store, events) > 0
    assert _count(store, deliveries) == 0
    with store.engine.connect() as connection:
        assert not connection.execute(sa.select(reports.c.id).where(reports.c.alertable.is_(True))).first()


async def test_the_next_normal_poll_knows_backfilled_reports(
    store: Store, server: FeedServer, client: httpx.AsyncClient
) -> None:
    """A source that had polled before, polled again after backfill, finds every report known and alerts nothing."""
    _subscribe_everyone(store)
    server.handler = ReliefWebDouble(_archive(2))
    source = _reliefweb(server, client)
    # the source answered once long ago, so its next poll may alert whatever is new since its cursor
    old = NOW - dt.timedelta(days=90)
    store.sources.record_success(
        "rw", type="reliefweb", now=old, etag=None, last_modified=None, cursor=old.isoformat(), new_items=0
    )
    await backfill_source(source, store, since=old.date(), now=NOW, policy=AlertPolicy(), contains=contains)
    poll = await poll_source(source, store, now=NOW + dt.timedelta(minutes=15))
    assert poll.status is PollStatus.FETCHED
    assert poll.fetched == poll.already_seen == 9  # three pages of three: the poll's cap
    assert poll.stored == 0
    assert _count(store, deliveries) == 0


async def test_backfill_twice_stores_nothing_new(store: Store, server: FeedServer, client: httpx.AsyncClient) -> None:
    """A second backfill over the same span finds every report known."""
    server.handler = ReliefWebDouble(_archive(2))
    since = (NOW - dt.timedelta(days=60)).date()
    first = await backfill_source(
        _reliefweb(server, client), store, since=since, now=NOW, policy=AlertPolicy(), contains=contains
    )
    again = await backfill_source(
        _reliefweb(server, client), store, since=since, now=NOW, policy=AlertPolicy(), contains=contains
    )
    assert first.stored == 10
    assert again.stored == 0
    assert again.already_known == 10


async def test_folder_backfill_rereads_its_files_back_to_the_date(store: Store, tmp_path: Path) -> None:
    """A folder source gives its files; only those published since the date are stored, none alerts."""
    _subscribe_everyone(store)
    folder = tmp_path / "reports"
    folder.mkdir()
    for days_back, text in STORIES:
        published = (NOW - dt.timedelta(days=days_back)).isoformat()
        record = {"title": f"{days_back} days back", "text": text.format(n=30), "published": published}
        (folder / f"r{days_back}.json").write_text(json.dumps(record), encoding="utf-8")
    source = DirectorySource(name="folder", path=folder)
    since = (NOW - dt.timedelta(days=35)).date()
    outcome = await backfill_source(source, store, since=since, now=NOW, policy=AlertPolicy(), contains=contains)
    assert outcome.read == 3
    assert outcome.stored == 3
    assert _count(store, deliveries) == 0
    with store.engine.connect() as connection:
        published = connection.execute(sa.select(reports.c.published_at)).scalars().all()
    assert min(published).date() >= since


async def test_an_archive_too_deep_for_the_call_budget_is_refused(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    """More pages than allowed: a clear error instead of spending the day's API budget."""
    server.handler = ReliefWebDouble(_archive(4))
    source = _reliefweb(server, client)
    with pytest.raises(SourceError, match="needs more than 2 calls"):
        await source.archive(NOW - dt.timedelta(days=60), page_size=3, max_calls=2)


async def test_a_feed_gives_what_it_still_holds(store: Store, server: FeedServer, client: httpx.AsyncClient) -> None:
    """An RSS feed is read once, whole: its items are stored as history, and nothing is queued."""
    _subscribe_everyone(store)
    items = [(f"g{n}", f"Update {n}", text.format(n=20 + n)) for n, (_, text) in enumerate(STORIES)]
    server.routes["/feed.xml"] = Route(body=rss(*items))
    source = RssSource(name="feed", url=server.url("/feed.xml"), client=client, min_article_chars=0)
    outcome = await backfill_source(
        source, store, since=dt.date(2024, 3, 1), now=NOW, policy=AlertPolicy(), contains=contains
    )
    assert outcome.read == outcome.stored == len(STORIES)
    assert _count(store, deliveries) == 0
    later = await backfill_source(
        source, store, since=dt.date(2024, 3, 5), now=NOW, policy=AlertPolicy(), contains=contains
    )
    assert later.read == 0  # every item was published on 4 March 2024, before this date
