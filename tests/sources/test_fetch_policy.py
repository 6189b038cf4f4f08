"""The outbound fetch policy against loopback servers: the feed on 127.0.0.1, an "internal" page on 127.0.0.2.

Loopback addresses are not public, so the internal page may only be read when the operator allows it; the feed's
own host and port stay readable. Refusals never reach the internal server and show in the source's health.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.pipeline import poll_source
from bot.sources import FetchPolicy, FetchRefused, RssSource, SourceState, http
from bot.storage import Store
from bot.telegram_ui.replies import sources_text
from tests.support.feed_server import FeedServer, Route, rss, start

SECRET = "INTERNAL-ONLY admin console: database password hunter2"
STORY = " ".join(f"Paragraph {n}: the river rose and aid workers counted families in schools." for n in range(12))


def _page(text: str) -> bytes:
    return f"<html><body><article><h1>Story</h1><p>{text}</p></article></body></html>".encode()


@pytest.fixture
def internal() -> Iterator[FeedServer]:
    """A server on a second loopback address, standing for a host inside the operator's network."""
    served = FeedServer(host="127.0.0.2")
    served.routes["/internal"] = Route(body=_page(f"{SECRET}. {STORY}"), content_type="text/html")
    stop = start(served)
    yield served
    stop()


def _feed_linking(server: FeedServer, link: str) -> None:
    feed = rss(("s1", "Floods", "Short teaser.")).replace(b"http://127.0.0.1/a/s1", link.encode())
    server.routes["/feed"] = Route(body=feed)


def _source(server: FeedServer, client: httpx.AsyncClient, policy: FetchPolicy | None = None) -> RssSource:
    return RssSource(name="feed", url=server.url("/feed"), client=client, policy=policy)


async def _item_after_completion(source: RssSource) -> str:
    [item] = (await source.fetch(SourceState())).items
    assert item.needs_page
    return (await source.complete(item)).text


async def test_item_page_on_an_internal_address_is_refused(
    server: FeedServer, internal: FeedServer, client: httpx.AsyncClient
) -> None:
    """A feed item linking to 127.0.0.2 is not fetched: the internal server sees no request at all."""
    _feed_linking(server, internal.url("/internal"))
    source = _source(server, client)
    [item] = (await source.fetch(SourceState())).items
    with pytest.raises(FetchRefused, match=r"127\.0\.0\.2.*loopback"):
        await source.complete(item)
    assert internal.hits == []


async def test_operator_allowlist_lets_the_internal_page_through(
    server: FeedServer, internal: FeedServer, client: httpx.AsyncClient
) -> None:
    """The same feed with 127.0.0.2 in allow_hosts reads the page (so the refusal above is the policy's doing)."""
    _feed_linking(server, internal.url("/internal"))
    text = await _item_after_completion(_source(server, client, FetchPolicy(["127.0.0.2"])))
    assert SECRET in text
    assert len(internal.hits_for("/internal")) == 1


async def test_allowed_network_admits_addresses_inside_it_only(
    server: FeedServer, internal: FeedServer, client: httpx.AsyncClient
) -> None:
    """A network rule admits 127.0.0.2 when it contains it, not when it stops at 127.0.0.1."""
    _feed_linking(server, internal.url("/internal"))
    assert SECRET in await _item_after_completion(_source(server, client, FetchPolicy(["127.0.0.2/31"])))
    with pytest.raises(FetchRefused):
        await _item_after_completion(_source(server, client, FetchPolicy(["127.0.0.1/32"])))


async def test_pages_on_the_feeds_own_host_and_port_are_read(server: FeedServer, client: httpx.AsyncClient) -> None:
    """The feed's own origin is trusted even though it is loopback."""
    server.routes["/story"] = Route(body=_page(STORY), content_type="text/html")
    _feed_linking(server, server.url("/story"))
    assert "aid workers" in await _item_after_completion(_source(server, client))


async def test_another_port_of_the_feeds_host_is_refused(server: FeedServer, client: httpx.AsyncClient) -> None:
    """Same address, other port (a database, an admin service): not the feed's origin, not public."""
    other = FeedServer()
    other.routes["/admin"] = Route(body=_page(SECRET), content_type="text/html")
    stop = start(other)
    try:
        _feed_linking(server, other.url("/admin"))
        with pytest.raises(FetchRefused):
            await _item_after_completion(_source(server, client))
        assert other.hits == []
    finally:
        stop()


async def test_redirect_from_the_feeds_host_to_an_internal_address_is_refused(
    server: FeedServer, internal: FeedServer, client: httpx.AsyncClient
) -> None:
    """Every redirect hop is checked: an allowed first URL cannot bounce the bot inside."""
    server.routes["/hop"] = Route(status=302, location=internal.url("/internal"))
    _feed_linking(server, server.url("/hop"))
    with pytest.raises(FetchRefused, match=r"127\.0\.0\.2"):
        await _item_after_completion(_source(server, client))
    assert len(server.hits_for("/hop")) == 1
    assert internal.hits == []


async def test_feed_redirecting_to_an_internal_address_fails_the_poll(
    server: FeedServer, internal: FeedServer, client: httpx.AsyncClient
) -> None:
    """The feed itself is held to the policy on its redirects."""
    server.routes["/feed"] = Route(status=301, location=internal.url("/internal"))
    with pytest.raises(FetchRefused):
        await _source(server, client).fetch(SourceState())
    assert internal.hits == []


async def test_localhost_by_name_is_refused_after_real_resolution(
    server: FeedServer, internal: FeedServer, client: httpx.AsyncClient
) -> None:
    """`localhost` is not the feed's host name; the system resolver says loopback, so it is refused."""
    _feed_linking(server, f"http://localhost:{server.port}/feed")
    with pytest.raises(FetchRefused, match="loopback"):
        await _item_after_completion(_source(server, client))


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/x",
        "javascript:alert(1)",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "http://[::1]/",
        "http://[::ffff:127.0.0.2]/",
        "http://2130706434/",  # 127.0.0.2 written as one number
        "http://0x7f.0.0.2/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[fe80::1]/",
        "http://0.0.0.0/",
        "http://user:pw@127.0.0.2/",
    ],
)
async def test_hostile_urls_are_refused(url: str) -> None:
    """Other schemes, and internal addresses however they are spelled, are refused before any connection."""
    with pytest.raises(FetchRefused):
        await FetchPolicy().admit(url, home="http://127.0.0.1:1/feed")


async def test_connection_goes_to_the_checked_address(internal: FeedServer, client: httpx.AsyncClient) -> None:
    """A name is resolved once, and the request goes to that address with the name as Host (no rebinding)."""
    answers = [["127.0.0.2"], ["127.0.0.1"]]
    asked: list[str] = []

    async def rebinding_resolver(host: str, port: int) -> list[str]:
        asked.append(host)
        return answers[min(len(asked) - 1, 1)]

    policy = FetchPolicy(["127.0.0.2/32"], resolver=rebinding_resolver)
    url = f"http://rebind.test:{internal.port}/internal"
    page = await http.fetch(client, url, admit=policy.admitter("http://feed.test/rss"))
    assert SECRET.encode() in page.body
    assert page.url == url
    assert asked == ["rebind.test"]
    assert internal.hits[0].headers["host"] == f"rebind.test:{internal.port}"


async def test_a_name_with_any_internal_address_is_refused() -> None:
    """One public and one internal answer: refused (the connection could land on either)."""

    async def mixed(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "127.0.0.2"]

    with pytest.raises(FetchRefused, match=r"127\.0\.0\.2"):
        await FetchPolicy(resolver=mixed).admit("https://news.test/story")


async def test_public_names_are_pinned_with_host_and_tls_name_kept() -> None:
    """A public answer is admitted: connect to the address, send the name as Host and as the TLS server name."""

    async def public(host: str, port: int) -> list[str]:
        return ["93.184.216.34"]

    target = await FetchPolicy(resolver=public).admit("https://user:pw@News.Test:8443/a?b=1")
    assert target.connect_url == "https://93.184.216.34:8443/a?b=1"
    assert target.headers == {"Host": "news.test:8443"}
    assert target.extensions == {"sni_hostname": "news.test"}


async def test_refusal_is_recorded_in_source_health(
    server: FeedServer, internal: FeedServer, client: httpx.AsyncClient, tmp_path: Path
) -> None:
    """The poll keeps the summary, stores nothing from the internal page, and /sources shows the refusal."""
    _feed_linking(server, internal.url("/internal"))
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        now = dt.datetime(2024, 3, 4, 12, tzinfo=dt.UTC)
        outcome = await poll_source(_source(server, client), store, now=now, extractor=lambda text, day: [])
        assert outcome.stored == 1
        [health] = store.sources.health()
        assert health.last_error is not None
        assert "refused" in health.last_error
        assert "127.0.0.2" in health.last_error
        assert internal.hits == []
        shown = sources_text([("feed", "rss")], [health], now)
        assert "refused" in shown
        assert "loopback address" in shown
        [report_id] = outcome.stored_report_ids
        report = store.reports.get(report_id)
        assert report is not None
        assert SECRET not in report.text
    finally:
        store.close()
