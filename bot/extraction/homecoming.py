"""A people crossing into their own country come home: "256,000 Afghans crossed into Afghanistan" counts returns,
not flight, whatever the verb of motion says."""

from __future__ import annotations

import re

from bot.extraction.model import PlaceLevel
from bot.geo.folding import fold_words
from bot.geo.gazetteer import get_gazetteer

# Where the movers went: "into Afghanistan", "back to South Sudan", "to the Democratic Republic of the Congo".
_INTO_NAMED = re.compile(r"\b(?:into|to|back\s+(?:to|into))\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_REACH = 48  # characters after the counted noun where the destination may be named


def crossed_home(sentence: str, noun_start: int, noun_end: int) -> bool:
    """Whether the people named by the last word of [noun_start, noun_end) ("Afghans", "Burundians") are said to
    move into their own country within a few words after."""
    words = sentence[noun_start:noun_end].split()
    if not words or not words[-1][:1].isupper():
        return False
    destination = _INTO_NAMED.search(sentence, noun_end, min(len(sentence), noun_end + _REACH))
    if destination is None:
        return False
    gazetteer = get_gazetteer()
    people = fold_words([words[-1]])[0]
    home = gazetteer.demonym_number(people)
    if home is None and people.endswith("s"):
        home = gazetteer.demonym_number(people[:-1])  # ("afghans": the demonym is "afghan")
    if home is None:
        return False
    home_iso3 = gazetteer.iso3(home)
    for length in range(len(destination.group(1).split()), 0, -1):  # the longest name first: "South Sudan"
        key = " ".join(fold_words(destination.group(1).split()[:length]))
        countries = [n for n in gazetteer.numbers(key) if gazetteer.level(n) is PlaceLevel.COUNTRY]
        if countries:
            return gazetteer.iso3(countries[0]) == home_iso3
    return False
