"""Fetching over HTTP within limits: size cap while streaming, total deadline, few redirects, no loops."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import httpx

from bot.sources.base import SourceError
from bot.sources.fetch_policy import Target

# checks a URL (the first and every redirect) and says how to connect to it, or raises FetchRefused
Admit = Callable[[str], Awaitable[Target]]

DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_DEADLINE_SECONDS = 30.0
MAX_REDIRECTS = 5
USER_AGENT = "displacement-bot/0.1 (+humanitarian report reader)"
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True, kw_only=True)
class HttpResult:
    """A complete response body (or a 304) and the headers that matter."""

    url: str
    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        """The server said nothing changed since our validators."""
        return self.status == 304


def make_client(*, timeout_seconds: float = 20.0) -> httpx.AsyncClient:
    """The shared client for all sources: per-phase timeouts, no automatic redirects (we follow them)."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(timeout_seconds, connect=10.0),
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT},
        limits=httpx.Limits(max_connections=50, max_keepalive_connections=20),
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    json: Any = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    deadline_seconds: float = DEFAULT_DEADLINE_SECONDS,
    admit: Admit | None = None,
) -> HttpResult:
    """Fetch ``url`` whole or raise SourceError saying why (status, size, time, redirects, network, policy).

    ``admit`` (a ``FetchPolicy`` check) is asked before the first request and before every redirect.
    """
    try:
        async with asyncio.timeout(deadline_seconds):
            return await _follow(
                client, url, method=method, headers=headers or {}, json=json, max_bytes=max_bytes, admit=admit
            )
    except TimeoutError:
        raise SourceError(f"timed out after {deadline_seconds:g}s fetching {url}") from None
    except httpx.TimeoutException as exc:
        raise SourceError(f"timed out ({type(exc).__name__}) fetching {url}") from None
    except httpx.HTTPError as exc:
        raise SourceError(f"network error fetching {url}: {type(exc).__name__}: {exc}") from None


async def _follow(
    client: httpx.AsyncClient,
    url: str,
    *,
    method: str,
    headers: dict[str, str],
    json: Any,
    max_bytes: int,
    admit: Admit | None,
) -> HttpResult:
    seen = [url]
    while True:
        admitted = await admit(url) if admit is not None else Target(connect_url=url)
        request = client.build_request(
            method,
            admitted.connect_url,
            headers={**headers, **admitted.headers},
            json=json,
            extensions=admitted.extensions,
        )
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                target = urljoin(url, response.headers["location"])
                if target in seen:
                    raise SourceError(f"redirect loop: {' -> '.join([*seen, target])}")
                if len(seen) > MAX_REDIRECTS:
                    raise SourceError(f"more than {MAX_REDIRECTS} redirects from {seen[0]}")
                seen.append(target)
                if response.status_code == 303:
                    method, json = "GET", None
                url = target
                continue
            if response.status_code == 304:
                return _result(url, response, b"")
            if response.status_code >= 400:
                raise SourceError(f"HTTP {response.status_code} {response.reason_phrase} from {url}".strip())
            return _result(url, response, await _read_capped(response, max_bytes, url))
        finally:
            await response.aclose()


async def _read_capped(response: httpx.Response, max_bytes: int, url: str) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise SourceError(f"response of {int(declared)} bytes exceeds the {max_bytes}-byte cap: {url}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(f"response exceeds the {max_bytes}-byte cap (aborted while reading): {url}")
        chunks.append(chunk)
    return b"".join(chunks)


def _result(url: str, response: httpx.Response, body: bytes) -> HttpResult:
    return HttpResult(
        url=url,
        status=response.status_code,
        body=body,
        content_type=response.headers.get("content-type", ""),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
    )
