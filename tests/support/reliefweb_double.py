"""A ReliefWeb API v2 ``/reports`` double for the loopback feed server: filters by date, sorts, pages.

Use as ``server.handler = ReliefWebDouble(reports)``. It answers POST queries the way the API does for what the
bot asks: the ``date.created`` ``from`` filter, ``date.created`` ascending or descending (then id), ``offset``
and ``limit`` (at most 1000). ``report(...)`` builds one entry with the fields the bot reads.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tests.support.feed_server import Hit, Route

MAX_LIMIT = 1000


def report(ident: int, created: dt.datetime, title: str, body: str, *, outlet: str = "OCHA") -> dict[str, Any]:
    """One ReliefWeb report entry."""
    return {
        "id": str(ident),
        "fields": {
            "title": title,
            "body": body,
            "url": f"https://reliefweb.int/report/{ident}",
            "date": {"created": created.isoformat()},
            "language": [{"code": "en"}],
            "source": [{"shortname": outlet}],
        },
    }


def _created(entry: dict[str, Any]) -> str:
    return str(entry["fields"]["date"]["created"])


class ReliefWebDouble:
    """Serves a fixed list of reports; ``queries`` records every query body it answered."""

    def __init__(self, reports: list[dict[str, Any]]) -> None:
        self.reports = sorted(reports, key=lambda r: (_created(r), int(r["id"])))
        self.queries: list[dict[str, Any]] = []

    def __call__(self, hit: Hit) -> Route:
        query = json.loads(hit.body)
        self.queries.append(query)
        if int(query.get("limit", 10)) > MAX_LIMIT:
            return Route(status=400, body=b'{"error": "limit over 1000"}', content_type="application/json")
        rows = self.reports
        for condition in query.get("filter", {}).get("conditions", []):
            if condition.get("field") == "date.created":
                since = dt.datetime.fromisoformat(condition["value"]["from"])
                rows = [r for r in rows if dt.datetime.fromisoformat(_created(r)) >= since]
        if str(query.get("sort", ["date.created:asc"])[0]).endswith(":desc"):
            rows = list(reversed(rows))
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 10))
        page = rows[offset : offset + limit]
        body = {"totalCount": len(rows), "count": len(page), "data": page}
        return Route(body=json.dumps(body).encode(), content_type="application/json")
