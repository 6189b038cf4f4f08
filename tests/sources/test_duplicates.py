"""One feed listing the same guid twice: the first entry (the newest) is kept and a differing repeat is reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx

from bot.pipeline import poll_source
from bot.sources import RssSource, SourceState
from bot.storage import Store
from tests.support.feed_server import FeedServer, Route, rss

FIRST = ("g1", "Floods in Beira", "At least 40 people were killed by floods in Beira, officials said on Monday.")
REVISED = ("g1", "Floods in Beira", "At least 12 people were killed by floods in Beira, officials said on Sunday.")
OTHER = ("g2", "Storm", "A storm injured 15 people in Quelimane.")


async def test_differing_repeat_keeps_the_first_and_warns(server: FeedServer, client: httpx.AsyncClient) -> None:
    """The poll yields g1 once, with the first entry's text, and names g1 in a warning."""
    server.routes["/feed"] = Route(body=rss(FIRST, OTHER, REVISED))
    result = await RssSource(name="feed", url=server.url("/feed"), client=client).fetch(SourceState())
    assert [(item.external_id, item.text) for item in result.items] == [("g1", FIRST[2]), ("g2", OTHER[2])]
    [warning] = result.warnings
    assert "'g1'" in warning
    assert "kept the first" in warning


async def test_identical_repeat_is_dropped_quietly(server: FeedServer, client: httpx.AsyncClient) -> None:
    """An exact repeat loses nothing, so it is not worth a warning."""
    server.routes["/feed"] = Route(body=rss(FIRST, FIRST))
    result = await RssSource(name="feed", url=server.url("/feed"), client=client).fetch(SourceState())
    assert [item.external_id for item in result.items] == ["g1"]
    assert result.warnings == ()


async def test_repeat_shows_in_source_health(server: FeedServer, client: httpx.AsyncClient, tmp_path: Path) -> None:
    """The stored report is the first entry's, and /sources shows the repeated guid."""
    server.routes["/feed"] = Route(body=rss(FIRST, REVISED))
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        source = RssSource(name="feed", url=server.url("/feed"), client=client)
        now = dt.datetime(2024, 3, 4, 12, tzinfo=dt.UTC)
        outcome = await poll_source(source, store, now=now, extractor=lambda text, day: [])
        [report_id] = outcome.stored_report_ids
        report = store.reports.get(report_id)
        assert report is not None
        assert report.text == FIRST[2]
        [health] = store.sources.health()
        assert health.last_error is not None
        assert "'g1'" in health.last_error
    finally:
        store.close()
