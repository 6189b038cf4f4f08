"""Spaces lost or misplaced by PDF conversion: "peoplewere", "between159,000", "fledShirqat", "fami-lies".

Each repair is an edit on the text; nothing is repaired unless every word it yields is a known word, so a
word the list does not know is left alone rather than guessed at, and no word of the language's dictionary is
split ("overnight", "firefighters", "campus" are whole words, not two). The caller keeps a map back to the original
offsets, so spans stay true.

Most text has no damage, so the scan is built to be cheap on clean text: long words are judged once per
distinct word and the verdicts kept across reports, and the other damage (a capital, digit or hyphen glued to
letters) is found by its rare first character, which the regex engine skips to in C; the letters around it are
read only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# (start, end, replacement): replace text[start:end]; an insertion has start == end.
Edit = tuple[int, int, str]

_LONG_WORD = re.compile(r"[A-Za-z]{6,}")
# Sites: a capital between lower-case letters ("fledShirqat"), a digit touching a letter ("between159",
# "13years"), a hyphen between lower-case letters ("fami-lies").
_CAMEL_SITE = re.compile(r"[A-Z](?<=[a-z][A-Z])(?=[a-z])")
_DIGIT_SITE = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")
_HYPHEN_SITE = re.compile(r"-(?<=[a-z]-)(?=[a-z])")
_LETTERS_AT_END = re.compile(r"[A-Za-z]+$")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_LETTERS = _LOWER | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MIN_PART = 2
# A proper noun glued to a common word ("Darfurbetween") is split only when the word is this long: shorter
# endings ("Poland", "Thailand", "Kutupalong", "Whitehouse") are too often part of the name.
_MIN_TAIL_AFTER_NAME = 6
# Verdicts kept per word list; past this many the memory is cleared (a long-running bot meets endless names).
_MAX_REMEMBERED = 200_000


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


@dataclass(slots=True)
class _Verdicts:
    """What is known about long words under one word list: those needing no repair, and the others' cuts."""

    sound: set[str] = field(default_factory=set)
    damaged: dict[str, int | None] = field(default_factory=dict)  # a cut, or None: maybe a moved letter

    def judge(
        self, words: set[str], known: frozenset[str], numbers: frozenset[str], whole: frozenset[str]
    ) -> dict[str, int | None]:
        """The damaged words among ``words``, each judged only the first time it is met."""
        fresh = words.difference(self.sound, self.damaged)
        if len(self.sound) + len(fresh) > _MAX_REMEMBERED:
            self.sound.clear()
        for word in fresh:
            lowered = word.lower()
            if lowered in whole:
                self.sound.add(word)
                continue
            cut = None if lowered in known else _split_point(word, known, numbers)
            if cut is not None or (lowered not in known and lowered[1:] in known):
                self.damaged[word] = cut
            else:
                self.sound.add(word)
        return {word: self.damaged[word] for word in words.intersection(self.damaged)}


_VERDICTS: dict[tuple[frozenset[str], frozenset[str], frozenset[str]], _Verdicts] = {}


def _run_start(text: str, end: int, letters: frozenset[str]) -> int:
    """Where the run of ``letters`` ending at ``end`` starts."""
    start = end
    while start > 0 and text[start - 1] in letters:
        start -= 1
    return start


def _run_end(text: str, start: int, letters: frozenset[str]) -> int:
    """Where the run of ``letters`` starting at ``start`` ends."""
    end = start
    while end < len(text) and text[end] in letters:
        end += 1
    return end


def _word_edge(text: str, index: int) -> bool:
    """Whether ``index`` is outside any word (as a regex ``\\b`` sees it): text edge or a non-word character."""
    return index < 0 or index >= len(text) or not (text[index].isalnum() or text[index] == "_")


def _moved_letter(text: str, start: int, word: str, known: frozenset[str]) -> Iterator[Edit]:
    """ "thousand shomeless": the space belongs one letter later ("thousands homeless")."""
    if start < 2 or text[start - 1] != " " or len(word) < 5 or word[1:].lower() not in known:
        return
    prev = _LETTERS_AT_END.search(text, max(0, start - 30), start - 1)
    if prev and (prev.group(0) + word[0]).lower() in known and prev.group(0).lower() in known:
        yield (start - 1, start, "")
        yield (start + 1, start + 1, " ")


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole run of letters (as the long-word regex would find it)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or text[start - 1] not in _LETTERS) and (end == len(text) or text[end] not in _LETTERS):
            yield start
        start = text.find(word, end)


def _inside_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a word or a comma of its own sentence (not a sentence's or line's
    start, where a capital says nothing)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i >= 0 and (text[i].isalnum() or text[i] in ",;")


def _long_word_edits(text: str, known: frozenset[str], numbers: frozenset[str], whole: frozenset[str]) -> list[Edit]:
    verdicts = _VERDICTS.setdefault((known, numbers, whole), _Verdicts())
    cuts = verdicts.judge(set(_LONG_WORD.findall(text)), known, numbers, whole)
    edits: list[Edit] = []
    for word, cut in cuts.items():
        # (a capitalised word of two known words inside a sentence is a name, not damage: "said Abdi Warsame")
        name_like = cut is not None and word[0].isupper() and word[:cut].lower() in known
        for start in _occurrences(text, word):
            if name_like and _inside_sentence(text, start):
                continue
            if cut is not None:
                edits.append((start + cut, start + cut, " "))
            else:
                edits.extend(_moved_letter(text, start, word, known))
    return edits


def _glue_edits(text: str, known: frozenset[str]) -> list[Edit]:
    """Spaces lost between a known word and a capitalised name or a number."""
    edits: list[Edit] = []
    for m in _CAMEL_SITE.finditer(text):  # "fledShirqat": known lower-case word, then a name
        at = m.start()
        start = _run_start(text, at, _LOWER)
        if at - start >= _MIN_PART and _word_edge(text, start - 1) and text[start:at] in known:
            edits.append((at, at, " "))
    for m in _DIGIT_SITE.finditer(text):
        at = m.start()
        start = _run_start(text, at, _LETTERS)  # "between159"
        if at - start >= _MIN_PART and _word_edge(text, start - 1) and text[start:at].lower() in known:
            edits.append((at, at, " "))
        end = _run_end(text, at + 1, _LETTERS)  # "13years"
        if end - at - 1 >= 3 and _word_edge(text, end) and text[at + 1 : end].lower() in known:
            edits.append((at + 1, at + 1, " "))
    return edits


def _hyphen_edits(text: str, known: frozenset[str]) -> list[Edit]:
    """Hyphens inside one known word ("fami-lies"), read left to right as "a-b" pairs that do not overlap."""
    edits: list[Edit] = []
    taken_until = 0
    for m in _HYPHEN_SITE.finditer(text):
        at = m.start()
        start = _run_start(text, at, _LOWER)
        end = _run_end(text, at + 1, _LOWER)
        if start < taken_until or at - start < 2 or end - at - 1 < 2:
            continue
        if not (_word_edge(text, start - 1) and _word_edge(text, end)):
            continue
        taken_until = end
        head, tail = text[start:at], text[at + 1 : end]
        if head + tail in known and not (head in known and tail in known):
            edits.append((at, at + 1, ""))
    return edits


def glue_and_hyphen_edits(text: str, known: frozenset[str]) -> list[Edit]:
    """The edits at a capital, digit or hyphen glued to a known word (all but the run-together long words)."""
    return _glue_edits(text, known) + _hyphen_edits(text, known)


def spacing_edits(
    text: str, known: frozenset[str], numbers: frozenset[str], whole: frozenset[str] = frozenset()
) -> list[Edit]:
    """The edits that restore spaces lost between known words and drop hyphens inside known words; the words of
    ``whole`` (lower case) are never split."""
    if not known:
        return []
    return _long_word_edits(text, known, numbers, whole) + glue_and_hyphen_edits(text, known)
