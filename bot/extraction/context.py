"""What surrounds a stated figure: forecasts, totals over a period, and traps that are no figure at all.

Sentences called ``lowered`` here are lower-cased with ``lower_keeping_length`` (offsets unchanged), which the
lexicon's patterns for them expect.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import Lexicon
from bot.extraction.lexicon.dictionary import english_words
from bot.geo.folding import fold_name
from bot.geo.gazetteer import get_gazetteer
from bot.geo.names import country_names
from bot.values import PlaceLevel

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
    """Whether the words before a number make it a population, a host count or an aid target. A country or a
    province hosting people is no site hosting its population: "Chad now hosts over 1.1 million refugees" states
    a standing total."""
    line_start = lowered.rfind("\n", 0, start) + 1  # (a line above is another statement: a panel's row, a list's item)
    for m in lex.trap_before.finditer(lowered, max(line_start, start - 100), start):
        if _HOST_VERB.fullmatch(m.group()) and is_area_subject(lowered, m.start()):
            continue
        if m.group().endswith(" of ") and _PLAIN_COUNT_OF_PEOPLE.match(lowered, start):
            continue  # "a community of 85 people fled": the count itself, not a population ("a town of 50,000")
        return True
    return False


# (the pattern's own lookahead cannot see past the number's start, where the search ends)
_PLAIN_COUNT_OF_PEOPLE = re.compile(r"[\d,.]+\s+(?:people|persons|families|households)\s")


_HOST_VERB = re.compile(r"(?:hosts?|hosting|hosted|holds)\s*")
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:alone|now|already|currently|still|today|also|itself|together|as a whole|has|have|is|are|was))*\s*$"
)
_SITE_WORD = re.compile(r"\b(?:camps?|sites?|settlements?|centres?|centers?|shelters?|schools?|towns?|city|cities)\b")
_AREA_WORDS = ("the country", "the region", " region", " province", " state", " governorate", " oblast", " county")


_AREA_OF = re.compile(
    r"\b(?:region|province|state|district|department|governorate|prefecture|county|country) of [a-z'’ -]{2,30}$"
)


def is_area_subject(lowered: str, verb_start: int) -> bool:
    """Whether the words before a host verb name a country or a province ("Chad alone", "Sagaing Region")."""
    before = lowered[max(0, verb_start - 60) : verb_start]
    tail = _SUBJECT_TAIL.search(before)
    subject = before[: tail.start()] if tail else before
    if _SITE_WORD.search(subject):
        return False  # "the remaining camps in the Kurdistan Region host": sites, wherever they are
    if _AREA_OF.search(subject):
        return True  # "the region of Diffa counts"
    return (
        subject.endswith(_AREA_WORDS)
        or any(
            subject.endswith(name) and (len(subject) == len(name) or not subject[-len(name) - 1].isalpha())
            for name in country_names()
        )
        or _names_a_province(subject)
    )


def _names_a_province(subject: str) -> bool:
    """Whether the subject's last one or two words name a province and nothing larger of that name ("borno
    hosts"): a province stands for its whole area as a country does. A town of the name at least as populous
    keeps it a site ("kaya hosts"), and so does a word of English ("the capital"), or a province only named as
    where the subject lies ("kakuma, in turkana county, hosts")."""
    words = subject.rstrip(" ,").split()
    gazetteer = get_gazetteer()
    for size in (2, 1):
        if len(words) < size or (size == 1 and words[-1] in english_words()):
            continue
        numbers = gazetteer.numbers(fold_name(" ".join(words[-size:])))
        if not numbers:
            continue
        first = numbers[0]
        if gazetteer.level(first) is not PlaceLevel.ADMIN1 or words[-size - 1 : -size] == ["in"]:
            return False
        return all(
            gazetteer.level(n) is not PlaceLevel.TOWN or gazetteer.population(n) < gazetteer.population(first)
            for n in numbers[1:]
        )
    return False


def trapped_after(sentence: str, end: int, lex: Lexicon) -> bool:
    """Whether the words after a noun phrase describe who people are rather than what happened to them."""
    return lex.trap_after.match(sentence[end : end + 120]) is not None
