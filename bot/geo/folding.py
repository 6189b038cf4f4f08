"""Name folding: spellings of one place name meet in one key (Idleb/Idlib, Ma'arrat/Maarat, al-/el-).

Folding works word by word so a folded text keeps the offsets of its words; both gazetteer names and report
text go through the same functions, so any two spellings that fold alike match.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic articles written before names (al-, el-, ad-, ash-, ...) carry no meaning for matching.
_ARTICLE_SPELLINGS = ("al", "el", "an", "ad", "ar", "as", "ash", "at", "az", "ez", "ed", "es", "et", "ul", "il")

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

# Apostrophes, ayn/hamza marks and backticks vanish: Ma'arrat, Ma`arrat, Maʿarrat and Maarrat are one word.
_MARKS = re.compile(r"['`ʿʾʻʼ‘’′´]")
_WORD = re.compile(r"[^\W_](?:[^\W_]|['`ʿʾʻʼ‘’′´](?=[^\W_]))*")
# Transliteration pairs that swap freely in English reports of Arabic, Persian and African names.
_PAIRS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("e", "i"), ("o", "u"), ("q", "k"), ("y", "i"))
_DOUBLES = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aiu])h$")


def strip_diacritics(text: str) -> str:
    """The text without accents and combining marks (Ḩarastā → Harasta)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The matching key of one word: lower case, no marks, vowels and doubled letters merged."""
    folded = _MARKS.sub("", strip_diacritics(word).lower())
    folded = _WORD_SYNONYMS.get(folded, folded)
    for before, after in _PAIRS:
        folded = folded.replace(before, after)
    folded = _DOUBLES.sub(r"\1", folded)
    if len(folded) > 3:
        folded = _FINAL_H.sub("", folded)
    return folded


def words(text: str) -> list[tuple[int, int, str]]:
    """Each word of the text as (start, end, word); hyphens and spaces separate words, apostrophes do not."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


# Articles as they come out of folding (el → il), so the check runs on folded words.
ARTICLES = frozenset(fold_word(spelling) for spelling in _ARTICLE_SPELLINGS)


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """The matching key of a whole name: folded words without articles, joined by single spaces."""
    keys = [fold_word(word) for _, _, word in words(name)]
    kept = [key for key in keys if key not in ARTICLES]
    return " ".join(kept)


def is_article(word: str) -> bool:
    """Whether a word is an Arabic article that folding drops (al, el, ash, ...)."""
    return fold_word(word) in ARTICLES
