"""A people crossing into their own country come home: "256,000 Afghans crossed into Afghanistan" counts returns,
not flight, whatever the verb of motion says; so does a people leaving a country not their own ("85,000 Afghans
have left Pakistan")."""

from __future__ import annotations

import re

from bot.geo.folding import fold_words
from bot.geo.gazetteer import get_gazetteer
from bot.values import PlaceLevel

# Where the movers went: "into Afghanistan", "back to South Sudan", "to the Democratic Republic of the Congo".
_INTO_NAMED = re.compile(r"\b(?:into|to|back\s+(?:to|into))\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_REACH = 48  # characters after the counted noun where the destination may be named
# The country left: "have left Pakistan", "leave Iran".
_LEFT_NAMED = re.compile(
    r"\b(?:left|leave|leaves|leaving|departed|exited)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_ASIDE = re.compile(r",[^,;.]{1,70},")
# Nouns a people's name may stand before: "Afghan nationals".
_NATIONALS = frozenset({"nationals", "citizens"})


def _home_iso3(word: str) -> str | None:
    """The country a people's name ("Afghans", "Burundian") belongs to."""
    gazetteer = get_gazetteer()
    people = fold_words([word])[0]
    home = gazetteer.demonym_number(people)
    if home is None and people.endswith("s"):
        home = gazetteer.demonym_number(people[:-1])  # ("afghans": the demonym is "afghan")
    return None if home is None else gazetteer.iso3(home)


def _country_named(name: str) -> str | None:
    """The country a capitalised name opens with, the longest name first ("South Sudan"), or None."""
    gazetteer = get_gazetteer()
    for length in range(len(name.split()), 0, -1):
        key = " ".join(fold_words(name.split()[:length]))
        countries = [n for n in gazetteer.numbers(key) if gazetteer.level(n) is PlaceLevel.COUNTRY]
        if countries:
            return gazetteer.iso3(countries[0])
    return None


def crossed_home(sentence: str, noun_start: int, noun_end: int) -> bool:
    """Whether the people named by the last word of [noun_start, noun_end) ("Afghans", "Burundians") are said to
    move into their own country within a few words after."""
    words = sentence[noun_start:noun_end].split()
    if not words or not words[-1][:1].isupper():
        return False
    destination = _INTO_NAMED.search(sentence, noun_end, min(len(sentence), noun_end + _REACH))
    if destination is None:
        return False
    home_iso3 = _home_iso3(words[-1])
    return home_iso3 is not None and _country_named(destination.group(1)) == home_iso3


def left_a_host_country(sentence: str, noun_start: int, noun_end: int) -> bool:
    """Whether the people named at the end of [noun_start, noun_end) ("Afghans", "Afghan nationals") are said to
    leave a country not their own within a few words after: they go home."""
    words = sentence[noun_start:noun_end].split()
    if words and words[-1].lower() in _NATIONALS:
        words = words[:-1]
    if not words or not words[-1][:1].isupper():
        return False
    if aside := _ASIDE.match(sentence, noun_end):
        noun_end = aside.end()  # ("Afghan nationals, including holders of Citizen Cards, have left Pakistan")
    left = _LEFT_NAMED.search(sentence, noun_end, min(len(sentence), noun_end + _REACH))
    if left is None:
        return False
    home_iso3 = _home_iso3(words[-1])
    country = _country_named(left.group(1))
    return home_iso3 is not None and country is not None and country != home_iso3
