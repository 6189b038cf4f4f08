"""Place names in running text: one pass over the words, longest capitalised name first, then disambiguation.

Rules, in order of weight:
1. A name must start with a capitalised word; all-capital acronyms (DRC, SYR) must be written in capitals.
2. A word that is common English ("Police", "Mission", "Bar") or appears in lower case elsewhere in the text
   matches only with a qualifier ("Bar district", "town of Mission") or in the text's main country.
3. A country's name means the country. Among other places sharing a name, those in the main country (the one
   the text names most, counting demonyms such as "Syrian", and where most unambiguous places lie) win, then
   those in any country the text names, then the more populous.
4. A town in another named country needs its own name (not an alternate) and 5,000 people. A town outside
   every such country needs a qualifier, or its own name and: 10,000 people when no other place has that
   name, else 1,000,000 when the text has a main country (100,000 when it has none). Small foreign namesakes
   of ordinary words are more often noise than news. A first-level area outside them needs its own (or a
   multi-word) name of five letters or more.
5. A short one-word alternate name ("Sham" for Damascus) is ignored: such words belong to other names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.extraction.model import PlaceLevel
from bot.geo.folding import ARTICLES, fold_name, fold_word, words
from bot.geo.gazetteer import Gazetteer, get_gazetteer
from bot.geo.stopwords import COMMON_WORDS

_MAX_WORDS = 5
_CONNECTORS = frozenset({"de", "du", "des", "la", "le", "of", "da", "do", "dos", "di", "del", "and", "sur", "upon"})
_AREA_WORDS = frozenset(
    fold_word(word)
    for word in ("province", "governorate", "state", "region", "district", "oblast", "county", "department")
)
_TOWN_WORDS = frozenset(fold_word(word) for word in ("city", "town", "village", "municipality", "camp"))
_OF_QUALIFIERS = _AREA_WORDS | _TOWN_WORDS
_INSIDE_NAMES = ARTICLES | _CONNECTORS
_FOREIGN_TOWN_POPULATION = 100_000
_FOREIGN_TOWN_IN_CONTEXT_POPULATION = 1_000_000
_UNIQUE_TOWN_POPULATION = 10_000
_SHORT_AREA = 5
# A name never starts with these words ("In Rafah" is not the village 'Ein Rafa).
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "to",
        "by",
        "for",
        "from",
        "with",
        "as",
        "after",
        "before",
        "during",
        "since",
        "near",
        "into",
        "and",
        "or",
        "but",
    ]
)
_SHORT_ALTERNATE = 6
_KNOWN_COUNTRY_TOWN_POPULATION = 5_000
_ACRONYM_LENGTH = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A place named in the text at [start, end)."""

    start: int
    end: int
    number: int
    level: PlaceLevel
    country_iso3: str | None
    qualified: bool = False
    demonym: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _Candidate:
    start: int
    end: int
    numbers: tuple[int, ...]
    common: bool
    qualifier: str | None  # "area", "town" or None
    key: str = ""
    demonym: bool = False


def _qualifier(folded: list[str], first: int, last: int) -> str | None:
    """'area' or 'town' when the name is followed by "province"/"city" or preceded by "province of"/"town of"."""
    after = folded[last + 1] if last + 1 < len(folded) else ""
    before = folded[first - 2] if first >= 2 and folded[first - 1] == "of" else ""
    for word in (after, before):
        if word in _AREA_WORDS:
            return "area"
        if word in _TOWN_WORDS:
            return "town"
    return None


def _is_common(word: str, lowercase_words: set[str]) -> bool:
    """An ordinary word, or a short capitals-only one that is more likely an organisation (SANA, UNHCR)."""
    lower = word.lower()
    return lower in COMMON_WORDS or lower in lowercase_words or (word.isupper() and len(word) <= _ACRONYM_LENGTH)


def _scan(text: str, gazetteer: Gazetteer) -> list[_Candidate]:
    """Every capitalised name the gazetteer knows, longest first at each position, left to right."""
    tokens = words(text)
    folded = [fold_word(word) for _, _, word in tokens]
    capitalised = [word[:1].isupper() for _, _, word in tokens]
    lowercase_words = {word for (_, _, word), upper in zip(tokens, capitalised, strict=True) if not upper}
    found: list[_Candidate] = []
    free_from = 0  # tokens before this index already belong to a name
    for i, (start, end, word) in enumerate(tokens):
        if i < free_from or not capitalised[i] or folded[i] in _OF_QUALIFIERS or word.lower() in _FUNCTION_WORDS:
            continue
        best: _Candidate | None = None
        last = i
        if word.isupper() and gazetteer.has_key("=" + word):
            best = _Candidate(start=start, end=end, numbers=gazetteer.numbers("=" + word), common=False,
                              qualifier=None)  # fmt: skip
        keys: list[str] = []
        for j in range(i, min(i + _MAX_WORDS, len(tokens))):
            if j > i and text[tokens[j - 1][1] : tokens[j][0]].strip(" -\u00a0") != "":
                break  # a name never runs across punctuation
            if j > i and not capitalised[j] and folded[j] not in _INSIDE_NAMES:
                break
            if folded[j] not in ARTICLES:
                keys.append(folded[j])
            key = " ".join(keys)
            if not keys or not capitalised[j] or not gazetteer.has_key(key):
                continue
            common = j == i and _is_common(word, lowercase_words)
            best = _Candidate(start=start, end=tokens[j][1], numbers=gazetteer.numbers(key), common=common,
                              qualifier=_qualifier(folded, i, j), key=key)  # fmt: skip
            last = j
        demonym = gazetteer.demonym_number(folded[i])
        if demonym is not None and (best is None or best.end <= end):
            best = _Candidate(start=start, end=end, numbers=(demonym,), common=False, qualifier=None, demonym=True)
            last = i
        if best is not None:
            found.append(best)
            free_from = last + 1
    return found


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    named: set[str]  # countries the text names (or demonyms point to)
    known: set[str]  # named countries and those at least two unambiguous places lie in
    main: str  # the country the text is mostly about, "" when none


def _context(candidates: list[_Candidate], gazetteer: Gazetteer) -> _Context:
    """Countries the text names, those its unambiguous places lie in, and the main one."""
    named: Counter[str] = Counter()
    tally: Counter[str] = Counter()
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.key in seen and not candidate.demonym:
            continue  # repeating a name does not make its country more likely
        seen.add(candidate.key)
        if candidate.common:
            continue
        first = candidate.numbers[0]
        if gazetteer.level(first) is PlaceLevel.COUNTRY:
            named[gazetteer.iso3(first) or ""] += 1
        countries = {gazetteer.iso3(n) or "" for n in candidate.numbers}
        own_name = gazetteer.level(first) is not PlaceLevel.TOWN or fold_name(gazetteer.name(first)) == candidate.key
        if len(countries) == 1 and own_name:
            tally[countries.pop()] += 1
    score = Counter({iso3: 2 * named[iso3] + tally[iso3] for iso3 in named | tally})
    main = score.most_common(1)[0][0] if score else ""
    known = set(named) | {iso3 for iso3, count in tally.items() if count >= 2}
    return _Context(named=set(named), known=known, main=main)


def _choose(candidate: _Candidate, context: _Context, gazetteer: Gazetteer) -> int | None:
    """The place a candidate most likely means, or None when it is better left unmatched."""
    wanted = {"area": (PlaceLevel.ADMIN1,), "town": (PlaceLevel.TOWN,)}.get(candidate.qualifier or "", ())

    def rank(number: int) -> tuple[bool, bool, bool, bool, int]:
        iso3 = gazetteer.iso3(number) or ""
        level_fit = not wanted or gazetteer.level(number) in wanted
        is_country = gazetteer.level(number) is PlaceLevel.COUNTRY
        return (is_country, iso3 == context.main, iso3 in context.known, level_fit, gazetteer.population(number))

    best = max(candidate.numbers, key=rank)
    iso3 = gazetteer.iso3(best) or ""
    if candidate.common and not (candidate.qualifier or iso3 == context.main):
        return None
    if gazetteer.level(best) is PlaceLevel.COUNTRY or candidate.demonym:
        return best
    if gazetteer.level(best) is PlaceLevel.ADMIN1:
        if iso3 == context.main or iso3 in context.known:
            return best
        clear = fold_name(gazetteer.name(best)) == candidate.key or " " in candidate.key
        return best if clear and not candidate.common and len(candidate.key) >= _SHORT_AREA else None
    own_name = fold_name(gazetteer.name(best)) == candidate.key
    if not own_name and len(candidate.key) < _SHORT_ALTERNATE:
        return None  # "Sham" (for Damascus), "Khan": short alternates are words of other names
    if iso3 == context.main or candidate.qualifier:
        return best
    if iso3 in context.known:
        return best if own_name and gazetteer.population(best) >= _KNOWN_COUNTRY_TOWN_POPULATION else None
    if own_name and not candidate.common and len(candidate.numbers) == 1:
        return best if gazetteer.population(best) >= _UNIQUE_TOWN_POPULATION else None
    floor = _FOREIGN_TOWN_POPULATION if context.main == "" else _FOREIGN_TOWN_IN_CONTEXT_POPULATION
    return best if gazetteer.population(best) >= floor and own_name and not candidate.common else None


def find_mentions(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Places named in the text, in text order, each resolved to one gazetteer entry."""
    gazetteer = gazetteer or get_gazetteer()
    candidates = _scan(text, gazetteer)
    context = _context(candidates, gazetteer)
    mentions: list[Mention] = []
    for candidate in candidates:
        number = _choose(candidate, context, gazetteer)
        if number is None:
            continue
        mentions.append(
            Mention(
                start=candidate.start,
                end=candidate.end,
                number=number,
                level=gazetteer.level(number),
                country_iso3=gazetteer.iso3(number),
                qualified=candidate.qualifier is not None,
                demonym=candidate.demonym,
            )
        )
    return mentions
