"""What every source type shares: the items it yields, the state it resumes from, and its Protocol."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class SourceError(Exception):
    """A poll failed; ``str()`` is one line fit for ``/sources`` (never a token or a stack trace)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One report as a source delivered it."""

    external_id: str
    url: str | None
    title: str
    text: str
    published: dt.datetime
    lang: str | None = None
    # who published it (a ReliefWeb item's agency, a JSON file's "outlet"); None: the source's own name
    outlet: str | None = None
    # the source only gave a summary; ``Source.complete`` may fetch the article page
    needs_page: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceState:
    """Where the last successful poll left off (HTTP validators, or an API cursor)."""

    etag: str | None = None
    last_modified: str | None = None
    cursor: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchResult:
    """What one poll found: items (empty when not modified), the state to resume from, and any warnings."""

    items: tuple[Item, ...] = ()
    state: SourceState = field(default_factory=SourceState)
    not_modified: bool = False
    warnings: tuple[str, ...] = ()


@runtime_checkable
class Source(Protocol):
    """A place reports come from, polled every ``poll_seconds``."""

    @property
    def name(self) -> str:
        """The source's unique configured name."""
        ...

    @property
    def type(self) -> str:
        """The configured type (rss, reliefweb, directory)."""
        ...

    @property
    def poll_seconds(self) -> int:
        """How often to poll."""
        ...

    async def fetch(self, state: SourceState) -> FetchResult:
        """Ask for what is new since ``state``; raise SourceError when the source cannot be read."""
        ...

    async def complete(self, item: Item) -> Item:
        """Fill in an item's full text when it carried only a summary (may return it unchanged)."""
        ...
