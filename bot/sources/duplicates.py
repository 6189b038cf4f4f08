"""Items of one poll sharing an id: the first is kept, and a differing repeat is reported, never silently lost.

Feeds list their newest entries first, so the first of two entries with the same guid is taken as the current
revision; a later one with the same text is a harmless repeat, one with other text is named in the poll's warnings
(and so in ``/sources``).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.sources.base import Item

MAX_NAMED_IDS = 3


def first_of_each_id(items: Iterable[Item]) -> tuple[tuple[Item, ...], tuple[str, ...]]:
    """The items with each id kept once (the first), and a warning when repeats differed from the kept one."""
    kept: dict[str, Item] = {}
    differing: list[str] = []
    for item in items:
        first = kept.get(item.external_id)
        if first is None:
            kept[item.external_id] = item
        elif (first.title, first.text, first.url) != (item.title, item.text, item.url) and (
            item.external_id not in differing
        ):
            differing.append(item.external_id)
    if not differing:
        return tuple(kept.values()), ()
    named = ", ".join(repr(external_id[:80]) for external_id in differing[:MAX_NAMED_IDS])
    more = f" and {len(differing) - MAX_NAMED_IDS} more" if len(differing) > MAX_NAMED_IDS else ""
    warning = (
        f"{len(differing)} id(s) repeated with different text in one poll ({named}{more});"
        " kept the first entry of each (the feed's newest)"
    )
    return tuple(kept.values()), (warning,)
