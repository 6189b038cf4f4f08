"""The RSS source against a real loopback server: changes, 304s, redirects, failures, encodings, limits."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from bot.sources import RssSource, SourceError, SourceState
from tests.support.feed_server import FeedServer, Route, http_date, rss

REPORT = (
    "1", "Floods in the valley", "Floods forced about 4,000 families from their homes in the valley on Sunday."
)  # fmt: skip


def _source(server: FeedServer, client: httpx.AsyncClient, path: str = "/feed", **kwargs: object) -> RssSource:
    return RssSource(name="test", url=server.url(path), client=client, **kwargs)  # type: ignore[arg-type]


async def test_feed_items_are_read_with_their_fields(server: FeedServer, client: httpx.AsyncClient) -> None:
    """Each entry becomes an item with id, link, title, text, UTC date and language."""
    server.routes["/feed"] = Route(body=rss(REPORT), etag='"v1"')
    result = await _source(server, client).fetch(SourceState())
    [item] = result.items
    assert (item.external_id, item.title, item.lang) == ("1", "Floods in the valley", "en")
    assert item.text == REPORT[2]
    assert item.published.isoformat() == "2024-03-04T10:00:00+00:00"
    assert result.state.etag == '"v1"'
    assert result.warnings == ()


async def test_unchanged_feed_answers_304_and_changed_feed_is_read(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    """The ETag and Last-Modified of the last poll are sent back; a new version is fetched in full."""
    modified = http_date(time.time() - 3600)
    server.routes["/feed"] = Route(body=rss(REPORT), etag='"v1"', last_modified=modified)
    source = _source(server, client)
    first = await source.fetch(SourceState())
    second = await source.fetch(first.state)
    assert second.not_modified
    assert second.items == ()
    assert server.hits[-1].headers["if-none-match"] == '"v1"'
    assert server.hits[-1].headers["if-modified-since"] == modified
    server.routes["/feed"] = Route(body=rss(REPORT, ("2", "More", "Fresh fighting.")), etag='"v2"')
    third = await source.fetch(second.state)
    assert [item.external_id for item in third.items] == ["1", "2"]
    assert third.state.etag == '"v2"'


async def test_redirects_are_followed(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A moved feed is found through a few redirects."""
    server.routes["/old"] = Route(status=301, location="/older")
    server.routes["/older"] = Route(status=302, location=server.url("/feed"))
    server.routes["/feed"] = Route(body=rss(REPORT))
    result = await _source(server, client, "/old").fetch(SourceState())
    assert len(result.items) == 1


@pytest.mark.parametrize(
    ("routes", "message"),
    [
        pytest.param({"/a": Route(status=302, location="/b"), "/b": Route(status=302, location="/a")}, "redirect loop",
                     id="redirect-loop"),
        pytest.param({f"/{i}": Route(status=302, location=f"/{i + 1}") for i in range(10)} | {"/a": Route(
            status=302, location="/0")}, "more than 5 redirects", id="too-many-redirects"),
        pytest.param({"/a": Route(status=500, body=b"boom")}, "HTTP 500", id="server-error"),
        pytest.param({"/a": Route(status=404)}, "HTTP 404", id="not-found"),
        pytest.param({"/a": Route(body=b'<rss version="2.0"><channel><title>Broken</ti', content_type="text/xml")},
                     "invalid feed XML", id="invalid-xml"),
        pytest.param({"/a": Route(body=b"<!DOCTYPE html><html><body><p>Welcome</p></body></html>",
                                  content_type="text/html; charset=utf-8")}, "HTML page", id="html-page"),
        pytest.param({"/a": Route(body=b"just some words", content_type="text/plain")}, "not a feed", id="plain-text"),
    ],
)  # fmt: skip
async def test_unusable_answers_raise_a_clear_error(
    server: FeedServer, client: httpx.AsyncClient, routes: dict[str, Route], message: str
) -> None:
    """Loops, errors, broken XML and web pages each fail with a one-line reason."""
    server.routes.update(routes)
    with pytest.raises(SourceError, match=message):
        await _source(server, client, "/a").fetch(SourceState())


async def test_slow_server_times_out(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A server that never answers within the read timeout is given up on."""
    server.routes["/feed"] = Route(body=rss(REPORT), delay_seconds=3)
    with pytest.raises(SourceError, match="timed out"):
        await _source(server, client).fetch(SourceState())


async def test_slow_drip_body_hits_the_deadline(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A body trickling in byte by byte (each read within timeout) is cut off by the total deadline."""

    def drip() -> Iterator[bytes]:
        for _ in range(100):
            time.sleep(0.1)
            yield b" "

    server.routes["/feed"] = Route(stream=drip)
    started = time.monotonic()
    with pytest.raises(SourceError, match="timed out after 1s"):
        await _source(server, client, deadline_seconds=1.0).fetch(SourceState())
    assert time.monotonic() - started < 3


async def test_huge_body_is_aborted_at_the_cap(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A 50 MB streamed body is abandoned once the cap is passed, long before it is all sent."""
    sent: list[int] = []

    def huge() -> Iterator[bytes]:
        chunk = b"<!-- padding -->" * 4096
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            sent.append(len(chunk))
            yield chunk

    server.routes["/feed"] = Route(stream=huge)
    with pytest.raises(SourceError, match="1000000-byte cap"):
        await _source(server, client, max_bytes=1_000_000).fetch(SourceState())
    assert sum(sent) < 10 * 1024 * 1024


async def test_declared_length_over_the_cap_is_refused_before_reading(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    """A Content-Length above the cap is refused without reading the body."""
    server.routes["/feed"] = Route(body=b"x" * 20_000)
    with pytest.raises(SourceError, match="20000 bytes exceeds"):
        await _source(server, client, max_bytes=10_000).fetch(SourceState())


@pytest.mark.parametrize(
    ("encoding", "declared"),
    [
        pytest.param("cp1252", "utf-8", id="declared-utf8-sent-cp1252"),
        pytest.param("utf-8", "iso-8859-1", id="declared-latin1-sent-utf8"),
        pytest.param("iso-8859-1", "iso-8859-1", id="honest-latin1"),
        pytest.param("utf-8", "utf-8", id="honest-utf8"),
    ],
)
async def test_wrongly_declared_encodings_still_read_correctly(
    server: FeedServer, client: httpx.AsyncClient, encoding: str, declared: str
) -> None:
    """Accented French text comes out right whatever the XML declaration claims."""
    text = "Les combats ont déplacé près de 2 000 familles à Bangui, selon les équipes sur place."
    server.routes["/feed"] = Route(body=rss(("9", "Déplacés", text), encoding=encoding, declared=declared))
    result = await _source(server, client).fetch(SourceState())
    assert [item.text for item in result.items] == [text]
    assert result.items[0].title == "Déplacés"


async def test_partly_broken_feed_keeps_what_parsed_and_warns(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A feed with an XML error after its first entry yields that entry and a warning."""
    body = rss(REPORT).replace(b"</channel></rss>", b"<item><title>Cut & broken</title></item></channel></rss>")
    server.routes["/feed"] = Route(body=body)
    result = await _source(server, client).fetch(SourceState())
    assert result.items[0].external_id == "1"
    assert len(result.warnings) == 1
    assert "partly malformed" in result.warnings[0]


async def test_impossible_dates_fall_back_to_the_next_date_or_the_fetch_time(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    """Year 0 parses in feedparser but not in Python: the entry is kept, dated by its next field or the fetch."""
    body = rss(REPORT, ("2", "Second", "Storm damage")).replace(
        b"<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>", b"<pubDate>0000-01-01T00:00:00Z</pubDate>", 1
    )
    body = body.replace(
        b'<guid isPermaLink="false">2</guid>',
        b'<guid isPermaLink="false">2</guid><updated>0000-01-01T00:00:00Z</updated>',
    )
    server.routes["/feed"] = Route(body=body)
    before = time.time()
    result = await _source(server, client).fetch(SourceState())
    first, second = result.items
    assert first.published.timestamp() >= before - 1  # no usable date: the fetch time
    assert second.published.isoformat() == "2024-03-04T10:00:00+00:00"  # the bad field is skipped, pubDate used


async def test_summary_only_item_gets_its_article_page(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A teaser item is completed with the main text of its article page, menus left out."""
    story = " ".join(
        f"Paragraph {n}: aid workers in the district counted families sheltering in schools after the river rose."
        for n in range(12)
    )
    page = (
        "<html><head><title>Story</title></head><body><nav>Home | About | Donate</nav>"
        f"<article><h1>River floods</h1><p>{story}</p><p>About 1,200 people were displaced.</p></article>"
        "<footer>Copyright notice</footer></body></html>"
    )
    server.routes["/story"] = Route(body=page.encode(), content_type="text/html; charset=utf-8")
    feed = rss(("s1", "River floods", "Short teaser.")).replace(b"http://127.0.0.1/a/s1", server.url("/story").encode())
    server.routes["/feed"] = Route(body=feed)
    source = _source(server, client)
    [item] = (await source.fetch(SourceState())).items
    assert item.needs_page
    completed = await source.complete(item)
    assert "About 1,200 people were displaced." in completed.text
    assert "Donate" not in completed.text
    assert not completed.needs_page


async def test_article_page_failure_raises_so_the_summary_is_kept(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    """When the article page is down, completing fails clearly (the pipeline then keeps the summary)."""
    feed = rss(("s1", "T", "Teaser.")).replace(b"http://127.0.0.1/a/s1", server.url("/gone").encode())
    server.routes["/feed"] = Route(body=feed)
    source = _source(server, client)
    [item] = (await source.fetch(SourceState())).items
    with pytest.raises(SourceError, match="HTTP 404"):
        await source.complete(item)


async def test_atom_feeds_are_read(server: FeedServer, client: httpx.AsyncClient) -> None:
    """Atom entries with HTML content become plain-text items."""
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        "<entry><id>urn:x:1</id><title>Quake</title><updated>2024-02-01T08:00:00+02:00</updated>"
        '<link href="http://127.0.0.1/q"/><content type="html">&lt;p&gt;Nine people died.&lt;/p&gt;'
        "&lt;p&gt;Forty were hurt.&lt;/p&gt;</content></entry></feed>"
    )
    server.routes["/feed"] = Route(body=atom.encode(), content_type="application/atom+xml")
    [item] = (await _source(server, client).fetch(SourceState())).items
    assert item.text == "Nine people died.\nForty were hurt."
    assert item.published.isoformat() == "2024-02-01T06:00:00+00:00"
