"""RSS and Atom feeds: conditional GET, capped download, feedparser on the bytes, article pages for summaries."""

from __future__ import annotations

import asyncio
import calendar
import datetime as dt
import hashlib
from dataclasses import replace
from typing import Any

import feedparser
import httpx

from bot.sources import http
from bot.sources.base import FetchResult, Item, SourceError, SourceState
from bot.sources.duplicates import first_of_each_id
from bot.sources.fetch_policy import FetchPolicy
from bot.sources.text import article_text, as_utf8_xml, decode, html_to_text, looks_like_html_page

# below this many characters an entry is taken for a teaser and its article page is read
MIN_ARTICLE_CHARS = 600


class RssSource:
    """One RSS or Atom feed."""

    type = "rss"

    def __init__(
        self,
        *,
        name: str,
        url: str,
        client: httpx.AsyncClient,
        poll_seconds: int = 900,
        max_bytes: int = http.DEFAULT_MAX_BYTES,
        deadline_seconds: float = http.DEFAULT_DEADLINE_SECONDS,
        min_article_chars: int = MIN_ARTICLE_CHARS,
        policy: FetchPolicy | None = None,
    ) -> None:
        self.name = name
        self.url = url
        self.poll_seconds = poll_seconds
        self._client = client
        self._max_bytes = max_bytes
        self._deadline = deadline_seconds
        self._min_article_chars = min_article_chars
        # the feed's own host is trusted; item pages elsewhere must be public or allowed by the operator
        self._admit = (policy or FetchPolicy()).admitter(url)

    async def fetch(self, state: SourceState) -> FetchResult:
        """Download the feed unless unchanged (304) and turn its entries into items."""
        headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        response = await http.fetch(
            self._client,
            self.url,
            headers=headers,
            max_bytes=self._max_bytes,
            deadline_seconds=self._deadline,
            admit=self._admit,
        )
        if response.not_modified:
            return FetchResult(not_modified=True, state=state)
        # parsing a big feed takes seconds of CPU: off the event loop, so commands are answered meanwhile
        items, warnings = await asyncio.to_thread(_parse, response, self._min_article_chars)
        new_state = SourceState(etag=response.etag, last_modified=response.last_modified, cursor=state.cursor)
        return FetchResult(items=items, state=new_state, warnings=warnings)

    async def complete(self, item: Item) -> Item:
        """Read the article page of a summary-only item and keep its main text when it says more."""
        if not item.needs_page or not item.url:
            return item
        page = await http.fetch(
            self._client, item.url, max_bytes=self._max_bytes, deadline_seconds=self._deadline, admit=self._admit
        )
        text = await asyncio.to_thread(lambda: article_text(decode(page.body, page.content_type)))
        if text and len(text) > len(item.text):
            return replace(item, text=text, needs_page=False)
        return replace(item, needs_page=False)


def _parse(response: http.HttpResult, min_article_chars: int) -> tuple[tuple[Item, ...], tuple[str, ...]]:
    """The feed's items and what was wrong with it (runs in a worker thread)."""
    parsed = feedparser.parse(
        as_utf8_xml(response.body, response.content_type),
        response_headers={"content-type": "application/xml; charset=utf-8", "content-location": response.url},
    )
    warnings = _check(parsed, response)
    fetched_at = dt.datetime.now(dt.UTC)
    language = _language(parsed.feed.get("language"))
    items = [_item(entry, language, fetched_at, min_article_chars) for entry in parsed.entries]
    unique, repeated = first_of_each_id(items)
    return unique, warnings + repeated


def _check(parsed: Any, response: http.HttpResult) -> tuple[str, ...]:
    """Refuse what is not a feed; describe what was wrong with a feed that still parsed."""
    problem = parsed.get("bozo_exception")
    if not parsed.entries:
        if looks_like_html_page(response.body, response.content_type):
            raise SourceError(f"not a feed: {response.url} answered with an HTML page ({response.content_type})")
        if not parsed.get("version"):
            raise SourceError(f"not a feed: {response.url} sent neither RSS nor Atom ({response.content_type})")
        if parsed.get("bozo") and problem is not None:
            raise SourceError(f"invalid feed XML from {response.url}: {_describe(problem)}")
    if parsed.get("bozo") and problem is not None:
        return (f"feed partly malformed ({_describe(problem)}); kept the {len(parsed.entries)} entries that parsed",)
    return ()


def _describe(problem: object) -> str:
    return f"{type(problem).__name__}: {problem}".strip().rstrip(":")


def _item(entry: Any, language: str | None, fetched_at: dt.datetime, min_article_chars: int) -> Item:
    link = _string(entry.get("link")) or None
    title = html_to_text(_string(entry.get("title")))
    contents = [_string(part.get("value")) for part in entry.get("content") or [] if isinstance(part, dict)]
    body = max(contents, key=len) if contents else ""
    summary = _string(entry.get("summary"))
    text = html_to_text(body) if len(body) >= len(summary) else html_to_text(summary)
    external_id = entry.get("id") or link or _fingerprint(title, text)
    return Item(
        external_id=str(external_id),
        url=link,
        title=title,
        text=text,
        published=_published(entry) or fetched_at,
        lang=_language(entry.get("language")) or language,
        needs_page=bool(link) and len(text) < min_article_chars,
    )


def _string(value: object) -> str:
    """A feed field as text: broken markup can leave feedparser with None where a string belongs."""
    return value if isinstance(value, str) else ""


def _published(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # the plain dict lookup: feedparser's own maps a missing published to updated, with a DeprecationWarning
        moment = dict.get(entry, key)
        if moment:
            # feedparser gives UTC struct_time values, but passes through years Python cannot hold ("0000-01-01"):
            # such a date is no date, and the next field (or the fetch time) stands in for it
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(moment), tz=dt.UTC)
            except (ValueError, OverflowError, OSError):
                continue
    return None


def _language(code: object) -> str | None:
    if not isinstance(code, str) or not code.strip():
        return None
    return code.strip().split("-")[0].split("_")[0].lower()[:8]


def _fingerprint(title: str, text: str) -> str:
    return "sha256:" + hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
