"""What each source type can give back from its past: ReliefWeb pages back, a folder and a feed give what they hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.sources.base import Item, Source, SourceState
from bot.sources.reliefweb import ReliefWebSource


@dataclass(frozen=True, slots=True, kw_only=True)
class ArchiveRead:
    """The items a source gave back to a date, oldest first, and any warnings."""

    items: tuple[Item, ...]
    warnings: tuple[str, ...] = ()


async def read_archive(source: Source, since: dt.date) -> ArchiveRead:
    """Items published on or after ``since``: ReliefWeb by its date filter, other sources by one full read."""
    start = dt.datetime.combine(since, dt.time(), dt.UTC)
    warnings: tuple[str, ...] = ()
    if isinstance(source, ReliefWebSource):
        items = await source.archive(start)
    else:
        # no validators: a feed answers in full, a folder is read whole
        result = await source.fetch(SourceState())
        items, warnings = list(result.items), result.warnings
    kept = sorted((item for item in items if item.published >= start), key=lambda item: item.published)
    return ArchiveRead(items=tuple(kept), warnings=tuple(warnings))
