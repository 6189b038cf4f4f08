"""ReliefWeb API v2 reports about some countries, asked only for what was created since the last poll."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx

from bot.sources import http
from bot.sources.base import FetchResult, Item, SourceError, SourceState
from bot.sources.text import html_to_text, normalize_space

DEFAULT_BASE_URL = "https://api.reliefweb.int/v2"
FIELDS = ["title", "body", "url", "date.created", "language.code", "source.shortname"]
# a new source starts from the latest reports instead of paging through years of history
FIRST_POLL_LIMIT = 50


class ReliefWebSource:
    """Reports whose primary or tagged country is one of ``countries`` (ISO3)."""

    type = "reliefweb"

    def __init__(
        self,
        *,
        name: str,
        countries: tuple[str, ...],
        appname: str,
        client: httpx.AsyncClient,
        base_url: str = DEFAULT_BASE_URL,
        poll_seconds: int = 900,
        page_size: int = 100,
        max_pages: int = 3,
        max_bytes: int = 20_000_000,
    ) -> None:
        self.name = name
        self.poll_seconds = poll_seconds
        self._countries = [code.lower() for code in countries]
        self._endpoint = f"{base_url.rstrip('/')}/reports"
        self._appname = appname
        self._client = client
        self._page_size = min(page_size, 1000)
        self._max_pages = max_pages
        self._max_bytes = max_bytes

    async def fetch(self, state: SourceState) -> FetchResult:
        """The newest reports on the first poll; afterwards every report created since the cursor, page by page."""
        if state.cursor is None:
            items = await self._page(self._query(None, limit=FIRST_POLL_LIMIT, offset=0, order="desc"))
            return FetchResult(items=tuple(items), state=SourceState(cursor=_latest(items, None)))
        found: list[Item] = []
        for page in range(self._max_pages):
            query = self._query(state.cursor, limit=self._page_size, offset=page * self._page_size, order="asc")
            items = await self._page(query)
            found.extend(items)
            if len(items) < self._page_size:
                break
        return FetchResult(items=tuple(found), state=SourceState(cursor=_latest(found, state.cursor)))

    async def archive(self, since: dt.datetime, *, page_size: int = 1000, max_calls: int = 500) -> list[Item]:
        """Every report created since ``since``, oldest first, for backfilling history (many calls: use sparingly).

        Pages move the ``date.created`` filter forward instead of the offset, so a deep archive never needs a
        large offset; the offset only skips the reports of the last page that share its last creation time.
        More than ``max_calls`` calls (half the API's daily budget) is refused rather than begun.
        """
        found: list[Item] = []
        cursor, skip = since.isoformat(), 0
        limit = min(page_size, 1000)
        for _call in range(max_calls):
            items = await self._page(self._query(cursor, limit=limit, offset=skip, order="asc"))
            found.extend(items)
            if len(items) < limit:
                return found
            newest = max(item.published for item in items)
            same = sum(1 for item in items if item.published == newest)
            skip = skip + same if newest.isoformat() == cursor else same
            cursor = newest.isoformat()
        raise SourceError(
            f"the archive since {since:%Y-%m-%d} needs more than {max_calls} calls of {limit} reports; "
            "backfill from a later date, then an earlier one"
        )

    async def complete(self, item: Item) -> Item:
        """ReliefWeb items carry their whole body already."""
        return item

    def _query(self, since: str | None, *, limit: int, offset: int, order: str) -> dict[str, Any]:
        countries = {
            "operator": "OR",
            "conditions": [
                {"field": "primary_country.iso3", "value": self._countries, "operator": "OR"},
                {"field": "country.iso3", "value": self._countries, "operator": "OR"},
            ],
        }
        conditions: list[dict[str, Any]] = [countries]
        if since is not None:
            conditions.append({"field": "date.created", "value": {"from": since}})
        return {
            "limit": limit,
            "offset": offset,
            "sort": [f"date.created:{order}", "id:asc"],
            "fields": {"include": FIELDS},
            "filter": {"operator": "AND", "conditions": conditions},
        }

    async def _page(self, query: dict[str, Any]) -> list[Item]:
        try:
            response = await http.fetch(
                self._client,
                f"{self._endpoint}?appname={self._appname}",
                method="POST",
                json=query,
                headers={"Accept": "application/json"},
                max_bytes=self._max_bytes,
            )
        except SourceError as exc:
            if " 403 " in f"{exc} ":
                raise SourceError(f"{exc} (is RELIEFWEB_APPNAME an approved appname?)") from None
            raise
        try:
            payload = json.loads(response.body)
            return [_item(entry) for entry in payload["data"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise SourceError(f"unexpected answer from ReliefWeb ({type(exc).__name__}: {exc})") from None


def _item(entry: dict[str, Any]) -> Item:
    fields = entry.get("fields", {})
    body = str(fields.get("body") or "")
    languages = fields.get("language") or [{}]
    return Item(
        external_id=str(entry["id"]),
        url=fields.get("url"),
        title=normalize_space(str(fields.get("title") or "")),
        text=html_to_text(body) if "<" in body else normalize_space(body),
        published=_created(fields),
        lang=languages[0].get("code"),
        outlet=_publisher(fields),
    )


def _publisher(fields: dict[str, Any]) -> str | None:
    # ReliefWeb relays many agencies; corroboration must count them, not ReliefWeb itself
    publishers = fields.get("source") or []
    names = [str(p.get("shortname") or p.get("name") or "") for p in publishers if isinstance(p, dict)]
    return ", ".join(name for name in names if name) or None


def _created(fields: dict[str, Any]) -> dt.datetime:
    created = dt.datetime.fromisoformat(str(fields["date"]["created"]))
    return created.replace(tzinfo=dt.UTC) if created.tzinfo is None else created.astimezone(dt.UTC)


def _latest(items: list[Item], previous: str | None) -> str | None:
    if not items:
        return previous
    newest = max(item.published for item in items)
    if previous is not None and dt.datetime.fromisoformat(previous) >= newest:
        return previous
    return newest.isoformat()
