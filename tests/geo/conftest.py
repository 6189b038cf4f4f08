"""Shared pieces of the gazetteer tests: the loaded gazetteer and anchors built around a figure's words."""

from __future__ import annotations

import re

import pytest

from bot.geo.gazetteer import Gazetteer, get_gazetteer
from bot.values import Anchor


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The gazetteer, built into the cache on the first run of the suite."""
    return get_gazetteer()


def anchor_at(text: str, phrase: str) -> Anchor:
    """An anchor on the first occurrence of ``phrase``, with its sentence and paragraph."""
    start = text.index(phrase)
    end = start + len(phrase)
    sentence_start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    found = re.search(r"\.(\s|$)|\n", text[end:])
    sentence_end = end + found.start() + 1 if found else len(text)
    paragraph_start = text.rfind("\n\n", 0, start) + 1
    paragraph_end = text.find("\n\n", end)
    return Anchor(
        span=(start, end),
        sentence=(sentence_start, min(sentence_end, len(text))),
        paragraph=(paragraph_start, paragraph_end if paragraph_end >= 0 else len(text)),
    )
