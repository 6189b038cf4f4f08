"""Dates of figures. Placeholder until date resolution lands: every figure's date is unknown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.extraction.model import Anchor


def date_figures(
    text: str, anchors: Sequence[Anchor], published: dt.date | None
) -> list[tuple[dt.date | None, dt.date | None]]:
    """The (date, date_end) each anchored figure refers to, resolved against the publication date."""
    return [(None, None) for _ in anchors]
