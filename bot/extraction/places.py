"""Places of figures. Placeholder until the gazetteer lands: every figure's place is unknown."""

from __future__ import annotations

from collections.abc import Sequence

from bot.extraction.model import Anchor, Location


def locate_figures(text: str, anchors: Sequence[Anchor]) -> list[Location | None]:
    """The most specific place each anchored figure refers to, or None."""
    return [None for _ in anchors]
