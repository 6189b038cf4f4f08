"""Spaces lost or misplaced by PDF conversion: "peoplewere", "between159,000", "fledShirqat", "fami-lies".

Each repair is an edit on the text; nothing is repaired unless every word it yields is a known word, so a
word the list does not know is left alone rather than guessed at. The caller keeps a map back to the original
offsets, so spans stay true.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# (start, end, replacement): replace text[start:end]; an insertion has start == end.
Edit = tuple[int, int, str]

_LONG_WORD = re.compile(r"[A-Za-z]{6,}")
_CAMEL = re.compile(r"\b([a-z]{2,})(?=[A-Z][a-z])")
_LETTERS_THEN_DIGIT = re.compile(r"\b([A-Za-z]{2,})(?=\d)")
_DIGIT_THEN_LETTERS = re.compile(r"(?<=\d)([A-Za-z]{3,})\b")
_HYPHENATED = re.compile(r"\b([a-z]{2,})-([a-z]{2,})\b")
_MIN_PART = 2
# A proper noun glued to a common word ("Darfurbetween") is split only when the word is this long: shorter
# endings ("Poland", "Thailand") are too often part of the name.
_MIN_TAIL_AFTER_NAME = 5


def _name_then_word(word: str, cut: int) -> bool:
    """Whether ``word[:cut]`` looks like a capitalised name and the rest is long enough to be split off."""
    return word[0].isupper() and cut >= 3 and word[1:cut].islower() and len(word) - cut >= _MIN_TAIL_AFTER_NAME


def _split_point(word: str, known: frozenset[str], numbers: frozenset[str]) -> int | None:
    """Where a run-together word splits into two known words (the most balanced such place), or None."""
    lowered = word.lower()
    best: int | None = None
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, tail = lowered[:cut], lowered[cut:]
        if tail in numbers:
            continue  # "someone", "everyone": never invent a number
        if head in known and tail in known:
            if best is None or min(cut, len(word) - cut) > min(best, len(word) - best):
                best = cut
        elif best is None and _name_then_word(word, cut) and tail in known:
            best = cut
    return best


def _moved_letter(text: str, start: int, word: str, known: frozenset[str]) -> Iterator[Edit]:
    """ "thousand shomeless": the space belongs one letter later ("thousands homeless")."""
    if start < 2 or text[start - 1] != " " or len(word) < 5 or word[1:].lower() not in known:
        return
    prev = re.search(r"[A-Za-z]+$", text[max(0, start - 30) : start - 1])
    if prev and (prev.group(0) + word[0]).lower() in known and prev.group(0).lower() in known:
        yield (start - 1, start, "")
        yield (start + 1, start + 1, " ")


def spacing_edits(text: str, known: frozenset[str], numbers: frozenset[str]) -> list[Edit]:
    """The edits that restore spaces lost between known words and drop hyphens inside known words."""
    if not known:
        return []
    edits: list[Edit] = []
    for m in _LONG_WORD.finditer(text):
        word = m.group(0)
        if word.lower() in known:
            continue
        cut = _split_point(word, known, numbers)
        if cut is not None:
            edits.append((m.start() + cut, m.start() + cut, " "))
        else:
            edits.extend(_moved_letter(text, m.start(), word, known))
    for m in _CAMEL.finditer(text):
        if m.group(1) in known:
            edits.append((m.end(), m.end(), " "))
    for m in _LETTERS_THEN_DIGIT.finditer(text):
        if m.group(1).lower() in known:
            edits.append((m.end(), m.end(), " "))
    for m in _DIGIT_THEN_LETTERS.finditer(text):
        if m.group(1).lower() in known:
            edits.append((m.start(), m.start(), " "))
    for m in _HYPHENATED.finditer(text):
        head, tail = m.group(1), m.group(2)
        if head + tail in known and not (head in known and tail in known):
            edits.append((m.end(1), m.end(1) + 1, ""))
    return edits
