"""Candidate place names in running text: runs of capitalised words found by one regular expression.

One C-speed pass finds every run of capitalised words joined by spaces, hyphens and the small words names
contain ("Mocimboa da Praia", "Maarat al-Numan"); only the words of those runs are folded (all at once) and
looked up, longest name first at each word. Everything else in the text costs no Python work.

A possessive names its place ("Turkey's" is Turkey) unless a longer name holds it ("Cox's Bazar"). Names of
rivers, valleys and lakes are no place ("the Juba river", "Juba and Shabelle rivers", "Lake Chad"), nor are
storms' names ("Cyclone Freddy", "the hurricane Maria"), months and days unless qualified ("21st March"), or a
currency ("US$"). A demonym before a word of war ("Israeli raids", "Russian forces") is marked ACTOR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.geo.folding import ARTICLE_SPELLINGS, ARTICLES, fold_words
from bot.geo.gazetteer import Gazetteer
from bot.geo.stopwords import COMMON_WORDS, NAMES_ONLY_QUALIFIED, ORGANISATION_NAMES
from bot.text.arabic import has_arabic
from bot.text.word_lists import frequent_words
from bot.values import PlaceLevel

MAX_WORDS = 5
# "Democratic Republic of the Congo", "Port-au-Prince", "République démocratique du Congo": small words inside
# names.
_CONNECTORS = frozenset(
    {"de", "du", "des", "la", "le", "of", "da", "do", "dos", "di", "del", "and", "sur", "upon", "the", "au", "aux",
     "démocratique"}
)  # fmt: skip
AREA_WORDS = frozenset(
    {"province", "governorate", "state", "region", "district", "oblast", "county", "department", "provinces",
     "governorates", "states", "regions", "districts", "oblasts", "counties", "departments"}
)  # fmt: skip
TOWN_WORDS = frozenset({"city", "town", "village", "municipality", "camp"})
_OF_QUALIFIERS = AREA_WORDS | TOWN_WORDS
_INSIDE_NAMES = ARTICLE_SPELLINGS | _CONNECTORS
# A name never starts with these words ("In Rafah" is not the village 'Ein Rafa). Determiners and number
# words open sentences before a town word, which would qualify them: "This village" is no Thies, "Every town"
# no Evere, "One village chief" no Unye.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "in", "on", "at", "of", "to", "by", "for", "from", "with", "as", "after", "before", "during",
     "since", "near", "into", "and", "or", "but",
     "this", "that", "these", "those", "each", "every", "another", "any", "no", "our", "their", "its", "which",
     "whose", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)  # fmt: skip
_ACRONYM_LENGTH = 5
# French words seen this often in the frequency list's corpus are ordinary words, not names: "croix" (6,267),
# "santé" (17,901), "golfe" (536); towns so spelt rarely reach it ("plaisance", 87).
_FRENCH_COMMON_COUNT = 200


def french_common_words() -> frozenset[str]:
    """Ordinary French words (see _FRENCH_COMMON_COUNT)."""
    return frequent_words("fr", min_length=2, min_count=_FRENCH_COMMON_COUNT)


# The English list holds names too, at low counts ("kano" 50, "london" 1,088); words this frequent are ordinary
# ones that also name a small place somewhere: "mass" (35,281; Mas, Italy), "hope", "sake" (a town of DR Congo,
# still read where its country is named).
_ENGLISH_COMMON_COUNT = 5000


def english_common_words() -> frozenset[str]:
    """Ordinary English words (see _ENGLISH_COMMON_COUNT)."""
    return frequent_words("en", min_length=2, min_count=_ENGLISH_COMMON_COUNT)


# Words that make the name beside them a natural feature: "Juba River", "the Shabelle valley", "Lake Chad".
_FEATURES_AFTER = frozenset(
    {"river", "rivers", "valley", "valleys", "basin", "lake", "lakes", "delta", "mountains", "hills", "plateau"}
)
# Storms are named after people and places: "Cyclone Freddy", "Tropical Storm Meranti", "ouragan Maria".
_STORM_WORDS = ("cyclone", "hurricane", "typhoon", "storm", "tempête", "ouragan", "typhon")
_FEATURES_BEFORE = frozenset({"lake", "mount", "mt", "river", *_STORM_WORDS})
_STORM_BEFORE = re.compile(rf"(?:{'|'.join(_STORM_WORDS)})[ \u00a0]+$", re.IGNORECASE)
_FEATURE_AFTER = re.compile(r"[ \-\u00a0]+(?:" + "|".join(sorted(_FEATURES_AFTER)) + r")\b")
_FEATURE = "feature"
# Words that make the demonym before them the side that strikes ("Israeli raids", "Russian forces", "Saudi-led"):
# such a demonym names who acts, not where the report is; its qualifier is ACTOR.
ACTOR = "actor"
_ACTOR_NOUNS = frozenset(
    {"forces", "force", "troops", "army", "military", "soldiers", "soldier", "strikes", "strike", "airstrikes",
     "airstrike", "raids", "raid", "bombs", "bombing", "bombings", "bombardment", "bombardments", "shelling",
     "shells", "jets", "warplanes", "aircraft", "drones", "drone", "missiles", "missile", "rockets", "rocket",
     "attacks", "attack", "offensive", "occupation", "tanks", "artillery", "navy", "snipers", "gunfire", "fire",
     "militants", "settlers", "led", "air", "armed", "security", "police", "regime", "invasion", "fighters"}
)  # fmt: skip

_MARKS = "'`ʿʾʻʼ‘’′´"
_WORD_TEXT = rf"[^\W_]+(?:[{_MARKS}][^\W_]+)*"
_WORD = re.compile(_WORD_TEXT)
# Capital letters of the Latin scripts: a plain character class keeps the one pass over the text fast.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_INSIDE = "|".join(sorted(_INSIDE_NAMES, key=len, reverse=True))
_CAPITAL_WORD = rf"[{_CAPITAL}]\w*(?:[{_MARKS}]\w+)*"
_RUN = re.compile(rf"{_CAPITAL_WORD}(?:[ \-\u00a0]+(?:{_CAPITAL_WORD}|(?:{_INSIDE})\b))*")
_AFTER = re.compile(r"[ \-\u00a0]+(\w+)")
_POSSESSIVE_END = ("'s", "’s")


class Candidate(NamedTuple):
    """A name the gazetteer knows at [start, end), with every place it may mean.

    A named tuple, not a dataclass: a report has dozens and building them is the scan's main cost.
    """

    start: int
    end: int
    numbers: tuple[int, ...]
    common: bool
    qualifier: str | None  # "area", "town", ACTOR (a demonym of those who strike) or None
    key: str
    demonym: bool


def _actor(text: str, end: int) -> str | None:
    """ACTOR when the demonym ending here qualifies who strikes ("Israeli raids", "Russian forces")."""
    after = _AFTER.match(text, end)
    return ACTOR if after is not None and after.group(1).lower() in _ACTOR_NOUNS else None


def _qualifier(text: str, start: int, end: int) -> str | None:
    """'area' or 'town' when the name is followed by "province"/"city" or preceded by "province of"/"town of";
    'feature' when followed by "river", "valley", ..."""
    after = _AFTER.match(text, end)
    word = after.group(1).lower() if after else ""
    if word in _FEATURES_AFTER:
        return _FEATURE
    if word not in _OF_QUALIFIERS and text.endswith(" of ", max(0, start - 4), start):
        before = text[max(0, start - 30) : start - 4].split()
        word = before[-1].lower() if before else ""
    if word in AREA_WORDS:
        return "area"
    if word in TOWN_WORDS:
        return "town"
    return None


class _LowerWords:
    """Answers whether the text also writes a word in lower case, remembering the answers for this text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = self._search(word)
        return found

    def _search(self, word: str) -> bool:
        text, size = self._text, len(word)
        at = text.find(word)
        while at >= 0:
            if not text[at - 1 : at].isalnum() and not text[at + size : at + size + 1].isalnum():
                return True
            at = text.find(word, at + 1)
        return False


_ORGANISATION_WORDS = tuple(tuple(fold_words(name.split())) for name in ORGANISATION_NAMES)


def _organisation_at(folded: list[str], i: int) -> int:
    """How many words from word ``i`` name an organisation the gazetteer may also hold as a place (0 if none)."""
    for skipped in (0, 1) if folded[i] in _LEADING_ARTICLES else (0,):  # ("La Croix-Rouge", "Al-Shabaab")
        for words in _ORGANISATION_WORDS:
            if tuple(folded[i + skipped : i + skipped + len(words)]) == words:
                return skipped + len(words)
    return 0


_LEADING_ARTICLES = ARTICLES | frozenset(fold_words(["la", "le", "les", "the"]))


def _always_common(word: str, numbers: tuple[int, ...], gazetteer: Gazetteer) -> bool:
    """An ordinary word, or a short capitals-only one that is more likely an organisation (SANA, UNHCR).

    Ordinary French and English words count too ("Santé", "Croix", "Les", "Mass"), unless the place so spelt is a
    country, a first-level area or a large town ("Carrefour" in Haiti); with an elided article they always do
    ("L'attaque" folds as Lattaquié)."""
    lowered = word.lower()
    if lowered in COMMON_WORDS or (word.isupper() and len(word) <= _ACRONYM_LENGTH):
        return True
    elided = _ELISION.match(lowered)
    if elided is not None:
        return lowered[elided.end() :] in french_common_words()
    return (lowered in french_common_words() or lowered in english_common_words()) and not any(
        gazetteer.level(n) in _MAJOR_LEVELS or gazetteer.population(n) >= _MAJOR_POPULATION for n in numbers
    )


_ELISION = re.compile(r"[ld][\'’]")
_MAJOR_LEVELS = frozenset({PlaceLevel.COUNTRY, PlaceLevel.ADMIN1})
_MAJOR_POPULATION = 100_000


@dataclass(frozen=True, slots=True, kw_only=True)
class _RunName:
    """A name found in a run of capitalised words, at [start, end) of the run; the same run always gives these."""

    start: int
    end: int
    numbers: tuple[int, ...]
    key: str = ""
    # For a one-word name: whether it is common whatever the text, else its lower case (common when the text
    # also writes it so); "" and False for longer names.
    always_common: bool = False
    lower_word: str = ""
    demonym: bool = False
    acronym: bool = False
    only_qualified: bool = False  # a month's or a day's name ("March", "Mardi"), "About": a place only when qualified


def _names_in_run(run: str, gazetteer: Gazetteer) -> tuple[_RunName, ...]:
    """The names in one run of capitalised words, longest first at each word."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(run)]
    folded = fold_words([word for _, _, word in words])
    # "Turkey's": the owner's key, tried where the whole word names nothing longer.
    owners = {j: fold_words([word[:-2]])[0] for j, (_, _, word) in enumerate(words) if word.endswith(_POSSESSIVE_END)}
    found: list[_RunName] = []
    organisations = {i: n for i in range(len(folded)) if (n := _organisation_at(folded, i))}
    free_from = 0  # words before this index already belong to a name
    for i, (start, end, word) in enumerate(words):
        lowered = word.lower()
        if i < free_from or not word[0].isupper() or lowered in _OF_QUALIFIERS or lowered in _FUNCTION_WORDS:
            continue
        if i and lowered in _FEATURES_AFTER:
            continue  # the feature of the name before it ("the Huon Valley"), which the spelling "Valle" names not
        if organisations.get(i):
            free_from = i + organisations[i]  # "La Croix-Rouge", "Boko Haram": no place, nor any name inside
            continue
        best: _RunName | None = None
        last = i
        if word.isupper() and gazetteer.has_key("=" + word):
            best = _RunName(start=start, end=end, numbers=gazetteer.numbers("=" + word), acronym=True)
        parts: list[str] = []
        longest: tuple[int, str, int] | None = None  # last word, key, letters of "'s" left out
        for j in range(i, min(i + MAX_WORDS, len(words))):
            if j > i and j in organisations:
                break  # no name runs into an organisation's ("Selon Al-Shabaab" is no "Selon Al")
            if folded[j] not in ARTICLES:
                parts.append(folded[j])
            if not parts:
                continue
            key = " ".join(parts)
            capital = words[j][2][0].isupper()
            # One word ending in "'s" is its owner's when that is a name ("Congo's" is Congo, not a town
            # called Congos); a longer one may hold it ("Cox's Bazar").
            owner = " ".join([*parts[:-1], owners[j]]) if capital and j in owners else ""
            if j == i and owner and gazetteer.has_key(owner):
                longest = (j, owner, 2)
            elif capital and gazetteer.has_key(key):
                longest = (j, key, 0)
            elif owner and gazetteer.has_key(owner):
                longest = (j, owner, 2)
            if not gazetteer.is_prefix(key):
                break  # no longer name starts with these words
        if longest is not None:
            last, key, trimmed = longest
            lowered_name = word.lower() if last == i else ""
            numbers = gazetteer.numbers(key)
            best = _RunName(start=start, end=words[last][1] - trimmed, numbers=numbers, key=key,
                            always_common=last == i and _always_common(word, numbers, gazetteer),
                            lower_word=lowered_name, only_qualified=lowered_name in NAMES_ONLY_QUALIFIED)  # fmt: skip
        demonym = gazetteer.demonym_number(folded[i])
        if demonym is not None and (best is None or best.end <= end):
            best = _RunName(start=start, end=end, numbers=(demonym,), demonym=True)
            last = i
        if i + 1 < len(words):  # "South Sudanese", "Central African": a demonym of two words
            demonym = gazetteer.demonym_number(folded[i] + " " + folded[i + 1])
            if demonym is not None and (best is None or best.end <= words[i + 1][1]):
                best = _RunName(start=start, end=words[i + 1][1], numbers=(demonym,), demonym=True)
                last = i + 1
        if best is not None:
            free_from = last + 1
            if not _is_feature(words, i, last):
                found.append(best)
    return tuple(found)


def _is_feature(words: list[tuple[int, int, str]], first: int, last: int) -> bool:
    """Whether the run's words around a name make it a river, valley or lake ("Juba River", "Lake Chad")."""
    before = words[first - 1][2].lower() if first else ""
    after = words[last + 1][2].lower() if last + 1 < len(words) else ""
    return before in _FEATURES_BEFORE or after in _FEATURES_AFTER


class _RunNames(dict[str, tuple[_RunName, ...]]):
    """Names of runs already read, each read on first sight: runs ("Idlib Province", "Syrian", "The") recur
    from report to report."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        super().__init__()
        self.gazetteer = gazetteer

    def __missing__(self, run: str) -> tuple[_RunName, ...]:
        if len(self) > _RUNS_KEPT:
            self.clear()
        found = self[run] = _names_in_run(run, self.gazetteer)
        return found


_RUNS_KEPT = 100_000
_runs: list[_RunNames] = []  # the one for the gazetteer in use


def _names_of(gazetteer: Gazetteer) -> _RunNames:
    if not _runs or _runs[0].gazetteer is not gazetteer:
        _runs[:] = [_RunNames(gazetteer)]
    return _runs[0]


def scan(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """Every capitalised name the gazetteer knows, longest first at each position, left to right."""
    lowercase_words = _LowerWords(text)
    found: list[Candidate] = []
    names_of = _names_of(gazetteer).__getitem__  # a bound C method: runs outnumber names
    currency = "$" in text
    for run in _RUN.finditer(text):
        words = run.group()
        names = names_of(words)
        if not names:
            continue
        offset = run.start()
        if offset and text[offset - 1].isalnum():
            continue  # a capital inside a word ("iPhone") starts no name
        if " and " in words and _FEATURE_AFTER.match(text, run.end()):
            continue  # "the Juba and Shabelle rivers" (one name's own river is seen as its qualifier)
        for name in names:
            start, end = offset + name.start, offset + name.end
            if currency and text.startswith("$", end):
                continue  # "US$ 11 million": a currency
            if name.start == 0 and _STORM_BEFORE.search(text, max(0, start - 12), start):
                continue  # "cyclone Idai": a storm's name
            plain = not (name.demonym or name.acronym)
            common = name.always_common or (name.lower_word != "" and name.lower_word in lowercase_words)
            qualifier = _qualifier(text, start, end) if plain else _actor(text, end) if name.demonym else None
            if qualifier == _FEATURE or (name.only_qualified and qualifier is None):
                continue  # "the Juba river", "21st March"
            found.append(Candidate(start, end, name.numbers, common, qualifier, name.key, name.demonym))
    if has_arabic(text):
        from bot.geo.arabic_scan import scan_arabic

        found = sorted([*found, *scan_arabic(text, gazetteer)], key=lambda c: c.start)
    return found
