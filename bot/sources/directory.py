"""Report files dropped into a folder: text, Markdown, HTML, or JSON objects (one or a list)."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from bot.sources.base import FetchResult, Item, SourceError, SourceState
from bot.sources.text import article_text, decode, html_title, html_to_text, normalize_space

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".json"}


class DirectorySource:
    """Every readable report file under a folder; unreadable ones become warnings, never failures."""

    type = "directory"

    def __init__(self, *, name: str, path: Path, poll_seconds: int = 300, max_bytes: int = 5_000_000) -> None:
        self.name = name
        self.path = path
        self.poll_seconds = poll_seconds
        self._max_bytes = max_bytes

    async def fetch(self, state: SourceState) -> FetchResult:
        """Read the folder (in a thread: it is disk I/O) and yield one item per report found."""
        if not self.path.is_dir():
            raise SourceError(f"folder not found: {self.path}")
        items, warnings = await asyncio.to_thread(self._scan)
        return FetchResult(items=tuple(items), state=state, warnings=tuple(warnings))

    async def complete(self, item: Item) -> Item:
        """Files hold their whole text already."""
        return item

    def _scan(self) -> tuple[list[Item], list[str]]:
        items: list[Item] = []
        warnings: list[str] = []
        for file in sorted(self.path.rglob("*")):
            if not file.is_file() or file.suffix.lower() not in SUFFIXES or file.name.startswith("."):
                continue
            relative = file.relative_to(self.path).as_posix()
            try:
                found, problems = self._read(file, relative)
            except (OSError, ValueError, SourceError) as exc:
                warnings.append(f"{relative}: {exc}")
                continue
            items.extend(found)
            warnings.extend(problems)
        return items, warnings

    def _read(self, file: Path, relative: str) -> tuple[list[Item], list[str]]:
        size = file.stat().st_size
        if size > self._max_bytes:
            raise SourceError(f"{size} bytes is over the {self._max_bytes}-byte cap; skipped")
        body = file.read_bytes()
        if b"\x00" in body[:4096]:
            raise SourceError("binary content, not text; skipped")
        text = decode(body)
        modified = dt.datetime.fromtimestamp(file.stat().st_mtime, tz=dt.UTC)
        suffix = file.suffix.lower()
        if suffix == ".json":
            return _json_items(text, relative, modified)
        is_html = suffix in (".html", ".htm")
        plain = (article_text(text) or html_to_text(text)) if is_html else normalize_space(text)
        if not plain:
            raise SourceError("no text; skipped")
        title = (html_title(text) if is_html else None) or _first_line(plain)
        return [_make_item(relative, title, plain, None, modified)], []


def _json_items(text: str, relative: str, modified: dt.datetime) -> tuple[list[Item], list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"invalid JSON ({exc})") from None
    except RecursionError:  # "[[[[...]]]]" nested deeper than Python's stack
        raise SourceError("JSON nested too deeply; skipped") from None
    records = data if isinstance(data, list) else [data]
    if not records:
        raise SourceError("an empty JSON list: no reports")
    items: list[Item] = []
    problems: list[str] = []
    for index, record in enumerate(records):
        where = f"{relative}[{index}]" if isinstance(data, list) else relative
        try:
            items.append(_json_item(record, where, modified))
        except SourceError as exc:
            problems.append(f"{where}: {exc}")
    return items, problems


def _json_item(record: Any, where: str, modified: dt.datetime) -> Item:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise SourceError('expected an object with a non-empty "text"')
    published = _parse_published(record.get("published")) or modified
    body = record["text"]
    plain = html_to_text(body) if "<" in body else normalize_space(body)
    title = str(record.get("title") or _first_line(plain))
    outlet = str(record["outlet"]).strip() or None if record.get("outlet") else None
    return _make_item(where, title, plain, record.get("url"), published, outlet)


def _parse_published(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value))
        return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)
    except ValueError:
        raise SourceError(f'"published" is not an ISO date: {str(value)[:60]!r}') from None
    except OverflowError:  # year 1 or 9999 pushed past the calendar by its offset
        raise SourceError(f'"published" is out of range: {str(value)[:60]!r}') from None


def _make_item(where: str, title: str, text: str, url: Any, published: dt.datetime, outlet: str | None = None) -> Item:
    # the id follows the content, so touching a file re-reads nothing but editing it yields a new report
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]
    return Item(
        external_id=f"{where}#{digest}",
        url=str(url) if url else None,
        title=title,
        text=text,
        published=published,
        outlet=outlet,
    )


def _first_line(text: str) -> str:
    line = next((line for line in text.splitlines() if line.strip()), "")
    return line.lstrip("# ").strip()[:200]
