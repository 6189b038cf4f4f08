"""Polling end to end: a loopback feed, the real RSS source, a SQLite store, and the health /sources shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator, Sequence
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bot import pipeline
from bot.pipeline import PollStatus, poll_source
from bot.sources import DirectorySource, RssSource, make_client
from bot.storage import Store
from bot.values import Figure, Kind, Qualifier
from tests.support.feed_server import FeedServer, Route, rss, start

T0 = dt.datetime(2024, 3, 4, 12, 0, tzinfo=dt.UTC)
OLD = ("old-1", "Earlier", "An earlier report said that the flooding had displaced 1,500 people in total.")
NEW = ("new-1", "Later", "A later report said that the storm had injured 35 people across three villages.")


def count_digits_extractor(text: str, published: dt.date | None) -> Sequence[Figure]:
    """A stand-in extractor: one figure per report, so storage can be checked without the real extractor."""
    return [Figure(kind=Kind.DISPLACED, value=len(text), qualifier=Qualifier.EXACT, sentence=text[:20])]


def crashing_extractor(text: str, published: dt.date | None) -> Sequence[Figure]:
    """An extractor with a bug."""
    raise RuntimeError("extractor bug")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    """A loopback feed server."""
    served = FeedServer()
    stop = start(served)
    yield served
    stop()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """The bot's HTTP client with short timeouts."""
    async with make_client(timeout_seconds=1.0) as opened:
        yield opened


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite store."""
    opened = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    yield opened
    opened.close()


def _feed(
    server: FeedServer, client: httpx.AsyncClient, name: str = "feed", path: str = "/feed", *, teasers: bool = False
) -> RssSource:
    # fixture reports are short; only the teaser test wants their article pages fetched
    return RssSource(
        name=name,
        url=server.url(path),
        client=client,
        poll_seconds=600,
        deadline_seconds=2,
        min_article_chars=600 if teasers else 0,
    )


async def test_first_poll_archives_and_later_items_alert(
    server: FeedServer, client: httpx.AsyncClient, store: Store
) -> None:
    """What the feed held at its first successful poll is stored silently; what came later is handed to alerts."""
    server.routes["/feed"] = Route(body=rss(OLD), etag='"1"')
    source = _feed(server, client)
    handed: list[list[int]] = []

    async def on_new(ids: list[int]) -> None:
        handed.append(ids)

    first = await poll_source(source, store, now=T0, extractor=count_digits_extractor, on_new_reports=on_new)
    assert (first.status, first.stored, first.alertable_report_ids, handed) == (PollStatus.FETCHED, 1, (), [])
    unchanged = await poll_source(source, store, now=T0 + dt.timedelta(minutes=10), extractor=count_digits_extractor)
    assert unchanged.status == PollStatus.NOT_MODIFIED
    server.routes["/feed"] = Route(body=rss(NEW, OLD), etag='"2"')
    later = await poll_source(
        source, store, now=T0 + dt.timedelta(minutes=20), extractor=count_digits_extractor, on_new_reports=on_new
    )
    assert (later.fetched, later.already_seen, later.stored, later.duplicates, later.figures) == (2, 1, 1, 0, 1)
    assert handed == [list(later.alertable_report_ids)]
    assert later.stored_report_ids == later.alertable_report_ids
    assert len(first.stored_report_ids) == 1  # archived, but reported so digests can still use it
    assert store.reports.count(alertable=False) == 1
    assert store.reports.count(alertable=True) == 1
    [report_id] = later.alertable_report_ids
    assert store.reports.figures_of(report_id)[0].value == len(NEW[2])
    stored = store.reports.get(report_id)
    assert stored is not None
    assert stored.outlet == "feed"  # an RSS item names no publisher: the source's configured name stands in
    health = store.sources.get("feed")
    assert health is not None
    assert (health.items_seen, health.etag, health.last_error) == (2, '"2"', None)
    assert health.last_success_at == T0 + dt.timedelta(minutes=20)


async def test_source_down_at_start_is_still_first_when_it_answers(
    server: FeedServer, client: httpx.AsyncClient, store: Store
) -> None:
    """Failures before the first success do not make the backlog alert."""
    server.routes["/feed"] = Route(status=503, body=b"down")
    source = _feed(server, client)
    failed = await poll_source(source, store, now=T0, extractor=count_digits_extractor)
    assert failed.status == PollStatus.FAILED
    assert "HTTP 503" in (failed.error or "")
    server.routes["/feed"] = Route(body=rss(OLD))
    answered = await poll_source(source, store, now=T0 + dt.timedelta(hours=1), extractor=count_digits_extractor)
    assert (answered.stored, answered.alertable_report_ids) == (1, ())


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        pytest.param(Route(status=500, body=b"oops"), "HTTP 500", id="http-500"),
        pytest.param(Route(body=rss(OLD), delay_seconds=1.5), "timed out", id="timeout"),
        pytest.param(Route(status=302, location="/feed"), "redirect loop", id="redirect-loop"),
        pytest.param(Route(body=b"<!doctype html><html><body>Hi</body></html>", content_type="text/html"),
                     "HTML page", id="html-instead-of-feed"),
        pytest.param(Route(body=b'<rss version="2.0"><channel><title>x</ti'), "invalid feed XML", id="invalid-xml"),
        pytest.param(Route(body=b"x" * 6_000_000), "byte cap", id="oversized"),
    ],
)  # fmt: skip
async def test_failures_are_recorded_and_backed_off(
    server: FeedServer, client: httpx.AsyncClient, store: Store, route: Route, expected: str
) -> None:
    """The poll survives, health names the problem, and the next run waits instead of hammering the server."""
    server.routes["/feed"] = route
    source = _feed(server, client)
    outcome = await poll_source(source, store, now=T0, extractor=count_digits_extractor)
    assert outcome.status == PollStatus.FAILED
    health = store.sources.get("feed")
    assert health is not None
    assert expected in (health.last_error or "")
    assert (health.consecutive_failures, health.last_error_at) == (1, T0)
    hits = len(server.hits)
    soon = await poll_source(source, store, now=T0 + dt.timedelta(seconds=30), extractor=count_digits_extractor)
    assert soon.status == PollStatus.BACKING_OFF
    assert len(server.hits) == hits


async def test_backoff_doubles_with_each_failure(server: FeedServer, client: httpx.AsyncClient, store: Store) -> None:
    """Consecutive failures push the next attempt out further each time."""
    server.routes["/feed"] = Route(status=500)
    source = _feed(server, client)
    now = T0
    delays = []
    for _ in range(3):
        await poll_source(source, store, now=now, extractor=count_digits_extractor)
        health = store.sources.get("feed")
        assert health is not None
        assert health.next_attempt_at is not None
        delays.append(health.next_attempt_at - now)
        now = health.next_attempt_at
    assert delays == [dt.timedelta(seconds=600), dt.timedelta(seconds=1200), dt.timedelta(seconds=2400)]


async def test_same_text_from_two_feeds_is_stored_once(
    server: FeedServer, client: httpx.AsyncClient, store: Store
) -> None:
    """A report syndicated by a second source counts as a duplicate there."""
    server.routes["/a"] = Route(body=rss(OLD))
    server.routes["/b"] = Route(body=rss(("other-id", "Same story", OLD[2])))
    await poll_source(_feed(server, client, "a", "/a"), store, now=T0, extractor=count_digits_extractor)
    second = await poll_source(_feed(server, client, "b", "/b"), store, now=T0, extractor=count_digits_extractor)
    assert (second.stored, second.duplicates) == (0, 1)
    assert store.reports.count() == 1


async def test_unreachable_article_page_keeps_the_summary_and_warns(
    server: FeedServer, client: httpx.AsyncClient, store: Store
) -> None:
    """A teaser whose page is gone is stored as it is, and health shows why."""
    feed = rss(("t1", "Teaser", "Short teaser about the floods.")).replace(
        b"http://127.0.0.1/a/t1", server.url("/missing").encode()
    )
    server.routes["/feed"] = Route(body=feed)
    outcome = await poll_source(_feed(server, client, teasers=True), store, now=T0, extractor=count_digits_extractor)
    assert outcome.stored == 1
    health = store.sources.get("feed")
    assert health is not None
    assert health.consecutive_failures == 0
    assert "kept the summary" in (health.last_error or "")


async def test_extraction_bug_keeps_the_report_without_figures(
    server: FeedServer, client: httpx.AsyncClient, store: Store
) -> None:
    """A crash in extraction loses no report; the problem is visible in health."""
    server.routes["/feed"] = Route(body=rss(OLD))
    outcome = await poll_source(_feed(server, client), store, now=T0, extractor=crashing_extractor)
    assert (outcome.stored, outcome.figures) == (1, 0)
    assert "extractor bug" in (outcome.warnings[0])


async def test_a_broken_hook_does_not_lose_reports(server: FeedServer, client: httpx.AsyncClient, store: Store) -> None:
    """If the alert engine fails, the reports stay stored and the poll still succeeds."""
    server.routes["/feed"] = Route(body=rss(OLD))
    source = _feed(server, client)
    await poll_source(source, store, now=T0, extractor=count_digits_extractor)
    server.routes["/feed"] = Route(body=rss(NEW, OLD))

    async def broken(ids: list[int]) -> None:
        raise RuntimeError("alert engine down")

    outcome = await poll_source(source, store, now=T0, extractor=count_digits_extractor, on_new_reports=broken)
    assert outcome.status == PollStatus.FETCHED
    assert store.reports.count() == 2


async def test_real_extractor_figures_are_stored_from_a_folder(tmp_path: Path, store: Store) -> None:
    """The default extractor runs on a dropped report and its figure is stored with its place."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "r.txt").write_text(
        "Market shelling\n\nShelling of a market in Aleppo killed at least 23 civilians on Tuesday, a monitor said.",
        encoding="utf-8",
    )
    outcome = await poll_source(DirectorySource(name="inbox", path=inbox), store, now=T0)
    assert outcome.stored == 1
    report_ids = [report.id for report in store.reports.since(T0 - dt.timedelta(seconds=1))]
    figures = store.reports.figures_of(report_ids[0])
    killed = [figure for figure in figures if figure.kind == Kind.KILLED]
    assert [(figure.value, figure.qualifier) for figure in killed] == [(23, Qualifier.AT_LEAST)]
    assert killed[0].location is not None
    assert killed[0].location.country_iso3 == "SYR"


async def test_a_database_failure_mid_poll_stores_nothing_and_the_next_poll_stores_everything(
    server: FeedServer, client: httpx.AsyncClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A poll's reports and the source's new state commit together: an outage leaves all for the next poll."""
    server.routes["/feed"] = Route(body=rss(OLD, NEW), etag='"1"')
    source = _feed(server, client)
    real = pipeline.record_success

    def outage(*args: object, **kwargs: object) -> None:
        raise sa.exc.OperationalError("UPDATE sources", {}, Exception("server closed the connection"))

    monkeypatch.setattr(pipeline, "record_success", outage)
    with pytest.raises(sa.exc.OperationalError):
        await poll_source(source, store, now=T0, extractor=count_digits_extractor)
    assert store.reports.count() == 0
    assert store.sources.get("feed") is None or store.sources.get("feed").etag is None  # type: ignore[union-attr]
    monkeypatch.setattr(pipeline, "record_success", real)
    outcome = await poll_source(source, store, now=T0 + dt.timedelta(minutes=1), extractor=count_digits_extractor)
    assert outcome.stored == 2
    assert len(store.reports.undecided()) == 2  # queued for the decider, whatever happened to the first try
