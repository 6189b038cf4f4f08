"""Extraction never fails on arbitrary text and its spans always point inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction.extract import extract

_WORDS = st.sampled_from(
    ["killed", "at least", "23", "2 000", "people", "were", "fled", "dozens", "of", "\n", "ﬂee", "-\n", ",", ".",
     "including", "children", "homes", "destroyed", "between", "and", "1.5 million", "a", "woman", "was"]
)  # fmt: skip


def _check(text: str) -> None:
    for fig in extract(text):
        start, end = fig.span
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip()


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_spans_fit(text: str) -> None:
    """Any unicode text gives figures whose spans are non-empty and inside the text."""
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_report_like_text_never_raises_and_spans_fit(text: str) -> None:
    """Word salad made of report vocabulary gives well-placed spans too."""
    _check(text)
