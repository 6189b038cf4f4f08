"""What surrounds a stated figure: forecasts, totals over a period, and traps that are no figure at all.

Sentences called ``lowered`` here are lower-cased with ``lower_keeping_length`` (offsets unchanged), which the
lexicon's patterns for them expect.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import Lexicon

_CLAUSE_BREAK = re.compile(r"[;:—–(]|,\s|\bbut\b|\bwhile\b|\bwhereas\b")


def clause_start(lowered: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, semicolon or dash before it)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(lowered, max(0, pos - 120), pos):
        start = m.end()
    return start


def is_projection(lowered: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the phrase [start, end), or its clause before it, forecasts rather than reports."""
    window_start = clause_start(lowered, start)
    for m in lex.projection.finditer(lowered, window_start, end):
        if not lex.past_estimate.match(lowered, m.start()):
            return True
    return False


def is_cumulative(lowered: str, lex: Lexicon) -> bool:
    """Whether the sentence states a total over a period rather than one incident's toll."""
    return lex.cumulative.search(lowered) is not None


def trapped_before(lowered: str, start: int, lex: Lexicon) -> bool:
    """Whether the words before a number make it a population, a host count or an aid target."""
    return lex.trap_before.search(lowered, max(0, start - 60), start) is not None


def trapped_after(sentence: str, end: int, lex: Lexicon) -> bool:
    """Whether the words after a noun phrase describe who people are rather than what happened to them."""
    return lex.trap_after.match(sentence[end : end + 120]) is not None
