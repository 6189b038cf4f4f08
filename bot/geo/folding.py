"""Name folding: spellings of one place name meet in one key (Idleb/Idlib, Ma'arrat/Maarat, al-/el-).

Folding works on whole texts at C speed: the words are joined by single spaces, lower-cased, mapped through
translation tables (diacritics, apostrophes, transliteration pairs), and regular expressions merge doubled
letters and drop a final h. The result is still one key per word, so word ``i`` of the text is key ``i`` and
offsets come from the word spans. Gazetteer names at build time and report texts at run time go through the
same function, so any two spellings that fold alike match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.text.arabic import ARABIC_CHAR_FOLD, ARABIC_NAME_TABLE

# Arabic articles written before names (al-, el-, ad-, ash-, ...) carry no meaning for matching.
ARTICLE_SPELLINGS = frozenset(
    {"al", "el", "an", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "es", "et", "ul"} | {"il"}
)

# Direction words in French or as adjectives name the same part of a country ("Nord Kivu", "Northern Darfur").
_WORD_SYNONYMS = {
    "nord": "north",
    "northern": "north",
    "sud": "south",
    "southern": "south",
    "est": "east",
    "eastern": "east",
    "ouest": "west",
    "western": "west",
    "saint": "st",
    "sainte": "st",
    "ste": "st",
    "centre": "central",
    "center": "central",
}

_MARK_CHARS = "'`ʿʾʻʼ‘’′´"
_WORD = re.compile(r"[^\W_](?:[^\W_]|['`ʿʾʻʼ‘’′´](?=[^\W_]))*")
# Transliteration pairs that swap freely in reports of Arabic, Persian and African names: after e→i, o→u,
# q→k, y→i the pairs ou, oo and ee become doubled letters, which the doubles rule merges.
_PAIRS = str.maketrans("eoqy", "iuki", _MARK_CHARS)
_DOUBLES = re.compile(r"(\w)\1+")
_FINAL_H = re.compile(r"(?<=\w\w[aiu])h(?= |$)")


def strip_diacritics(text: str) -> str:
    """The text without accents and combining marks (Ḩarastā → Harasta)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _UnicodeFold(dict[int, str]):
    """Translation table for characters beyond ASCII, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = ARABIC_CHAR_FOLD[char] if char in ARABIC_CHAR_FOLD else strip_diacritics(char).lower()
        self[code] = folded
        return folded


_UNICODE = _UnicodeFold()


def _fold_synonym(word: str) -> str:
    return _fold_joined(word, synonyms=False)


def _fold_joined(joined: str, *, synonyms: bool = True) -> str:
    """Keys of space-separated words, one per word (see the module docstring)."""
    folded = joined.lower()
    if not folded.isascii():
        folded = folded.translate(_UNICODE)
    folded = _DOUBLES.sub(r"\1", folded.translate(_PAIRS))
    folded = _FINAL_H.sub("", folded)
    if synonyms and _SYNONYM_WORDS.search(folded):
        folded = _SYNONYM_WORDS.sub(lambda found: _FOLDED_SYNONYMS[found.group()], folded)
    return folded


# Synonyms are applied to folded words, so they are stated in folded form too.
_FOLDED_SYNONYMS = {_fold_synonym(word): _fold_synonym(target) for word, target in _WORD_SYNONYMS.items()}
_SYNONYM_WORDS = re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, _FOLDED_SYNONYMS)) + r")(?!\S)")


def word_spans(text: str) -> list[re.Match[str]]:
    """Each word of the text as a match; hyphens and spaces separate words, apostrophes do not."""
    return list(_WORD.finditer(text))


def fold_words(raw: list[str]) -> list[str]:
    """The matching key of each word; words not seen before are folded all at once, then remembered."""
    known = _KEYS_OF_WORDS
    new = [word for word in raw if word not in known]
    if new:
        if len(known) > _KEYS_KEPT:
            known.clear()
            new = list(dict.fromkeys(raw))  # the words known before are forgotten too
        keys = _fold_joined(" ".join(new)).split(" ")
        if len(keys) != len(new):  # a character folding to a space: rare, so fold word by word
            keys = [_fold_joined(word).replace(" ", "") for word in new]
        known.update(zip(new, keys, strict=True))
    return [known[word] for word in raw]


_KEYS_OF_WORDS: dict[str, str] = {}
_KEYS_KEPT = 200_000


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The matching key of one word: lower case, no marks, vowels and doubled letters merged."""
    return _fold_joined(word).replace(" ", "")


def words(text: str) -> list[tuple[int, int, str]]:
    """Each word of the text as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


# Articles as they come out of folding (el → il), so the check runs on folded words.
ARTICLES = frozenset(fold_word(spelling) for spelling in ARTICLE_SPELLINGS)


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """The matching key of a whole name: folded words without articles, joined by single spaces."""
    if not name.isascii():
        name = name.translate(ARABIC_NAME_TABLE)  # marks first: they would split Arabic words
    keys = fold_words(_WORD.findall(name))
    return " ".join(key for key in keys if key not in ARTICLES)


def is_article(word: str) -> bool:
    """Whether a word is an Arabic article that folding drops (al, el, ash, ...)."""
    return fold_word(word) in ARTICLES
