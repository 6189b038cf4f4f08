"""Place names in Arabic text, found through the gazetteer: Arabic has no capital letters to mark a name, so
every run of up to ``MAX_WORDS`` words is looked up, longest first, with its proclitic (و ب ل ف ك) set aside.
"""

from __future__ import annotations

import re

from bot.geo.folding import fold_name
from bot.geo.gazetteer import Gazetteer
from bot.geo.names_fr_ar import ARABIC_TOWN_PREFIX, COMMON_ARABIC_WORDS
from bot.geo.scanning import MAX_WORDS, Candidate
from bot.values import PlaceLevel

_WORD = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u0640\u064b-\u065f\u0670]+")
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ب", "ل", "ف", "ك")
_COMMON = frozenset(fold_name(word) for word in COMMON_ARABIC_WORDS)
_SHORT = 3  # a one-word name this short is a place only when it names a country, an area or a large town
_LARGE_TOWN = 100_000


def _variants(word: str) -> list[tuple[str, int]]:
    """The word, then the word without each proclitic it may carry: (key, letters set aside)."""
    out = [(word, 0)]
    for prefix in _PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= _SHORT:
            out.append((word[len(prefix) :], len(prefix)))
    return out


class _NameStarts(dict[str, tuple[tuple[str, int], ...]]):
    """For each folded word, the variants of it that start some name: most words start none, and words recur
    from report to report, so each is looked up once."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__()
        self.gazetteer = gazetteer

    def __missing__(self, word: str) -> tuple[tuple[str, int], ...]:
        if len(self) > _WORDS_KEPT:
            self.clear()
        found = self[word] = tuple(
            v for v in _variants(word) if _known(self.gazetteer, v[0]) or _opens(self.gazetteer, v[0])
        )
        return found


_WORDS_KEPT = 200_000
_starts: list[_NameStarts] = []  # the one for the gazetteer in use


def _starts_of(gazetteer: Gazetteer) -> _NameStarts:
    if not _starts or _starts[0].gazetteer is not gazetteer:
        _starts[:] = [_NameStarts(gazetteer)]
    return _starts[0]


def _known(gazetteer: Gazetteer, key: str) -> bool:
    return gazetteer.has_key(key) or gazetteer.has_key(ARABIC_TOWN_PREFIX + key)


def _opens(gazetteer: Gazetteer, key: str) -> bool:
    return gazetteer.is_prefix(key) or gazetteer.is_prefix(ARABIC_TOWN_PREFIX + key)


def _numbers(gazetteer: Gazetteer, key: str) -> tuple[int, ...]:
    """Places named so: curated names first (countries, areas), then towns by their Arabic names."""
    return gazetteer.numbers(key) + tuple(
        n for n in gazetteer.numbers(ARABIC_TOWN_PREFIX + key) if n not in gazetteer.numbers(key)
    )


def _plausible(key: str, numbers: tuple[int, ...], gazetteer: Gazetteer) -> bool:
    if key in _COMMON:
        return False
    if len(key) > _SHORT or " " in key:
        return True
    return any(gazetteer.level(n) is not PlaceLevel.TOWN or gazetteer.population(n) >= _LARGE_TOWN for n in numbers)


def scan_arabic(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Every Arabic place name the gazetteer knows, longest first at each word, left to right."""
    words = [(m.start(), m.end(), fold_name(m.group())) for m in _WORD.finditer(text)]
    starts = _starts_of(gazetteer)
    found: list[Candidate] = []
    i = 0
    while i < len(words):
        best: tuple[int, int, str] | None = None  # last word, letters set aside, key
        for first, skipped in starts[words[i][2]]:
            parts = [first]
            for j in range(i, min(i + MAX_WORDS, len(words))):
                if j > i:
                    if text[words[j - 1][1] : words[j][0]].strip():
                        break  # punctuation between: no name spans it
                    parts.append(words[j][2])
                key = " ".join(parts)
                if _known(gazetteer, key) and (best is None or j > best[0]):
                    best = (j, skipped, key)
                if not _opens(gazetteer, key):
                    break
        if best is None:
            i += 1
            continue
        last, skipped, key = best
        numbers = _numbers(gazetteer, key)
        if _plausible(key, numbers, gazetteer):
            found.append(Candidate(words[i][0] + skipped, words[last][1], numbers, False, None, key, False))
        i = last + 1
    return found
