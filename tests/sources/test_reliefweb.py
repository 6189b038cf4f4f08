"""The ReliefWeb source against a loopback double of the v2 reports endpoint."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from bot.sources import ReliefWebSource, SourceError, SourceState
from tests.support.feed_server import FeedServer, Hit, Route

BASE = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def _reports(count: int) -> list[dict[str, object]]:
    return [
        {
            "id": str(1000 + n),
            "fields": {
                "title": f"Situation update {n}",
                "body": f"<p>Clashes displaced {100 + n} households in the east.</p>",
                "url": f"https://reliefweb.int/report/{1000 + n}",
                "date": {"created": (BASE + dt.timedelta(hours=n)).isoformat()},
                "language": [{"code": "en"}],
                "source": [{"shortname": "OCHA"}],
            },
        }
        for n in range(count)
    ]


class FakeReliefWeb:
    """Answers queries like the API: filter by date.created from, sort, offset and limit."""

    def __init__(self, reports: list[dict[str, object]]) -> None:
        self.reports = reports

    def __call__(self, hit: Hit) -> Route:
        query = json.loads(hit.body)
        rows = sorted(self.reports, key=lambda r: r["fields"]["date"]["created"])  # type: ignore[index]
        if query["sort"][0].endswith(":desc"):
            rows.reverse()
        for condition in query["filter"]["conditions"]:
            if condition.get("field") == "date.created":
                since = condition["value"]["from"]
                rows = [r for r in rows if r["fields"]["date"]["created"] >= since]  # type: ignore[index]
        page = rows[query["offset"] : query["offset"] + query["limit"]]
        body = {"totalCount": len(rows), "count": len(page), "data": page}
        return Route(body=json.dumps(body).encode(), content_type="application/json")


def _source(server: FeedServer, client: httpx.AsyncClient, **kwargs: object) -> ReliefWebSource:
    return ReliefWebSource(
        name="rw",
        countries=("SDN", "TCD"),
        appname="test-app",
        client=client,
        base_url=server.url("/v2"),
        **kwargs,  # type: ignore[arg-type]
    )


async def test_first_poll_takes_the_latest_and_sets_the_cursor(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A new source asks for the newest reports of its countries, with the appname and the fields it needs."""
    server.handler = FakeReliefWeb(_reports(3))
    result = await _source(server, client).fetch(SourceState())
    assert sorted(item.external_id for item in result.items) == ["1000", "1001", "1002"]
    assert result.state.cursor == (BASE + dt.timedelta(hours=2)).isoformat()
    hit = server.hits[0]
    assert hit.method == "POST"
    assert "appname=test-app" in hit.path
    query = json.loads(hit.body)
    assert query["sort"][0] == "date.created:desc"
    assert {"title", "body", "url", "date.created"} <= set(query["fields"]["include"])
    assert query["filter"]["conditions"][0]["conditions"][0] == {
        "field": "primary_country.iso3",
        "value": ["sdn", "tcd"],
        "operator": "OR",
    }
    item = next(item for item in result.items if item.external_id == "1001")
    assert item.text == "Clashes displaced 101 households in the east."
    assert (item.lang, item.published) == ("en", BASE + dt.timedelta(hours=1))


async def test_item_outlet_is_the_publishing_agency(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A ReliefWeb item is credited to the agency that published it, not to ReliefWeb."""
    server.handler = FakeReliefWeb(_reports(1))
    [item] = (await _source(server, client).fetch(SourceState())).items
    assert item.outlet == "OCHA"


async def test_later_polls_page_through_what_is_newer_than_the_cursor(
    server: FeedServer, client: httpx.AsyncClient
) -> None:
    """After the cursor, reports come oldest first, page by page, and the cursor moves to the newest."""
    fake = FakeReliefWeb(_reports(2))
    server.handler = fake
    source = _source(server, client, page_size=2, max_pages=5)
    first = await source.fetch(SourceState())
    fake.reports = _reports(7)
    second = await source.fetch(first.state)
    # the boundary report is asked for again ("from" is inclusive); the pipeline drops it as already seen
    assert [item.external_id for item in second.items] == ["1001", "1002", "1003", "1004", "1005", "1006"]
    assert second.state.cursor == (BASE + dt.timedelta(hours=6)).isoformat()
    assert [json.loads(hit.body)["offset"] for hit in server.hits[1:]] == [0, 2, 4, 6]


async def test_nothing_new_keeps_the_cursor(server: FeedServer, client: httpx.AsyncClient) -> None:
    """An empty answer leaves the cursor where it was."""
    server.handler = FakeReliefWeb([])
    result = await _source(server, client).fetch(SourceState(cursor="2024-05-01T00:00:00+00:00"))
    assert result.items == ()
    assert result.state.cursor == "2024-05-01T00:00:00+00:00"


async def test_refused_appname_says_what_to_check(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A 403 names RELIEFWEB_APPNAME as the likely cause."""
    server.routes["/v2/reports"] = Route(status=403, body=b'{"error": "denied"}')
    with pytest.raises(SourceError, match="RELIEFWEB_APPNAME"):
        await _source(server, client).fetch(SourceState())


async def test_nonsense_answer_is_a_clear_error(server: FeedServer, client: httpx.AsyncClient) -> None:
    """A body that is not the API's JSON fails with a one-line reason."""
    server.routes["/v2/reports"] = Route(body=b"<html>maintenance</html>", content_type="text/html")
    with pytest.raises(SourceError, match="unexpected answer from ReliefWeb"):
        await _source(server, client).fetch(SourceState())
