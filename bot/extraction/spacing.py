"""Spaces lost or misplaced by PDF conversion: "peoplewere", "between159,000", "fledShirqat", "fami-lies".

Each repair is an edit on the text; nothing is repaired unless every word it yields is a known word, so a
word the list does not know is left alone rather than guessed at. The caller keeps a map back to the original
offsets, so spans stay true.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

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


@lru_cache(maxsize=16384)  # reports repeat their names and long words; the lists are fixed per language
def _split_point(word: str, known: frozenset[str], numbers: frozenset[str]) -> int | None:
    """Where a run-together word splits into two known words (the most balanced such place), or None."""
    lowered = word.lower()
    size = len(lowered)
    best: int | None = None
    balance = 0
    for cut in range(_MIN_PART, size - _MIN_PART + 1):
        if lowered[:cut] in known:
            tail = lowered[cut:]
            # a tail that is a number word would invent a number ("someone", "everyone")
            if tail in known and tail not in numbers and min(cut, size - cut) > balance:
                best, balance = cut, min(cut, size - cut)
    if best is None and word[0].isupper() and word[1:].islower():
        for cut in range(3, size - _MIN_TAIL_AFTER_NAME + 1):
            if lowered[cut:] in known:
                return cut
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
    # Distinct words first (found in C), so a report without damage costs one set test per distinct long word.
    cuts: dict[str, int | None] = {}
    for word in set(_LONG_WORD.findall(text)):
        lowered = word.lower()
        if lowered in known:
            continue
        cut = _split_point(word, known, numbers)
        if cut is not None or lowered[1:] in known:
            cuts[word] = cut
    if cuts:
        for m in _LONG_WORD.finditer(text):
            word = m.group(0)
            if word not in cuts:
                continue
            cut = cuts[word]
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
