"""Places people type to ``/subscribe``: ISO3 codes, common names, any case or accents, "X province".

An exact answer when the name is a country, when one place carries it, or when one dominates the others
(ten times the population; an area and its same-named capital count as one, the area standing for both).
Otherwise up to five suggestions, most populous first. "Gaza" means the Gaza Strip (Palestine, PSE), which
contains Gaza City; subscribers wanting only the city type "Gaza City".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.extraction.model import Location, PlaceLevel
from bot.geo.folding import fold_name
from bot.geo.gazetteer import Gazetteer, get_gazetteer

MAX_SUGGESTIONS = 5
_DOMINANCE = 10
_FUZZY_MIN_POPULATION = 50_000
_AREA_QUALIFIER = re.compile(
    r"^(?:(?:province|governorate|state|region|district|oblast) of\s+)?(?P<name>.+?)"
    r"(?:\s+(?:province|governorate|state|region|district|oblast))?$",
    re.IGNORECASE,
)
_TOWN_QUALIFIER = re.compile(r"^(?:(?:city|town|village) of\s+(?P<a>.+)|(?P<b>.+?)\s+(?:city|town|village))$", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceLookup:
    """Either one exact place or suggestions (never both)."""

    exact: Location | None = None
    suggestions: tuple[Location, ...] = field(default_factory=tuple)


def _wanted_level(query: str) -> tuple[str, PlaceLevel | None]:
    """The bare name and the level a qualifier asks for ("Aleppo governorate" → Aleppo, first-level)."""
    town = _TOWN_QUALIFIER.match(query)
    if town:
        return (town.group("a") or town.group("b")), PlaceLevel.TOWN
    area = _AREA_QUALIFIER.match(query)
    if area and area.group("name") != query:
        return area.group("name"), PlaceLevel.ADMIN1
    return query, None


def _groups(numbers: tuple[int, ...], gazetteer: Gazetteer) -> list[int]:
    """One representative per distinct place: a same-named town inside an area folds into the area."""
    kept: list[int] = []
    for number in numbers:
        place = gazetteer.place(number)
        if any(
            gazetteer.iso3(other) == place.country_iso3 and gazetteer.level(other) is not PlaceLevel.TOWN
            and place.level is PlaceLevel.TOWN and fold_name(place.admin1 or "") == fold_name(gazetteer.name(other))
            for other in kept
        ):  # fmt: skip
            continue
        kept.append(number)
    return kept


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[str, ...]:
    """Names of countries, areas and big towns, for near-miss suggestions."""
    gazetteer = get_gazetteer()
    return tuple(
        key
        for key in gazetteer.all_keys()
        if not key.startswith("=")
        and any(
            gazetteer.level(n) is not PlaceLevel.TOWN or gazetteer.population(n) >= _FUZZY_MIN_POPULATION
            for n in gazetteer.numbers(key)[:1]
        )
    )


def _suggest(numbers: list[int], gazetteer: Gazetteer) -> PlaceLookup:
    ranked = sorted(numbers, key=gazetteer.population, reverse=True)[:MAX_SUGGESTIONS]
    return PlaceLookup(suggestions=tuple(gazetteer.place(n).location() for n in ranked))


def lookup_place(query: str) -> PlaceLookup:
    """The place a subscriber means by ``query``, or suggestions when unknown or ambiguous."""
    gazetteer = get_gazetteer()
    text = " ".join(query.split()).strip(" .,;")
    if not text:
        return PlaceLookup()
    for code in (text.upper(), "=" + text.upper()):
        country = gazetteer.country(code) if len(code) == 3 else None
        if country is not None:
            return PlaceLookup(exact=country.location())
        if code.startswith("=") and gazetteer.has_key(code) and text.isupper():
            return PlaceLookup(exact=gazetteer.place(gazetteer.numbers(code)[0]).location())
    name, level = _wanted_level(text)
    numbers = gazetteer.numbers(fold_name(name)) or gazetteer.numbers(fold_name(text))
    if level is not None:
        numbers = tuple(n for n in numbers if gazetteer.level(n) is level) or numbers
    if not numbers:
        close = difflib.get_close_matches(fold_name(name), _fuzzy_keys(), n=MAX_SUGGESTIONS, cutoff=0.75)
        return _suggest([gazetteer.numbers(key)[0] for key in close], gazetteer)
    if gazetteer.level(numbers[0]) is PlaceLevel.COUNTRY:
        return PlaceLookup(exact=gazetteer.place(numbers[0]).location())
    distinct = _groups(numbers, gazetteer)
    ranked = sorted(distinct, key=gazetteer.population, reverse=True)
    if len(ranked) == 1 or gazetteer.population(ranked[0]) >= _DOMINANCE * max(gazetteer.population(ranked[1]), 1):
        return PlaceLookup(exact=gazetteer.place(ranked[0]).location())
    preferred = _PREFERRED.get(fold_name(name))
    if preferred and preferred in {gazetteer.iso3(n) for n in ranked if gazetteer.level(n) is PlaceLevel.ADMIN1}:
        return PlaceLookup(exact=gazetteer.place(next(n for n in ranked if gazetteer.iso3(n) == preferred)).location())
    return _suggest(ranked, gazetteer)


# Names whose everyday meaning in humanitarian news is clear though the gazetteer holds namesakes.
_PREFERRED = {fold_name("Gaza"): "PSE"}
