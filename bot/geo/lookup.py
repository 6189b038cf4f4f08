"""Places people type to ``/subscribe``: codes, common, French and Arabic names, regions, typos, "X province".

Never a guess. An answer is exact only when the whole query names one place: a country (by any of its names or
its ISO3 code), a named region, the one place carrying the name, or one that dominates its namesakes (ten times
the population; an area and its same-named capital count as one, the area standing for both). A place matched
only through an alternate name never beats one whose own name it is (Kivu is the DR Congo region, not a spelling
of Kyiv). Everything else, including a name that covers only part of the query or a query that is only part of a
name ("Burkina"), and every near miss ("Kharotum"), gives ranked suggestions, deduplicated, to choose from.

Near misses are found by rapidfuzz over a prebuilt index of the names of countries, areas, regions and towns of
some size; callers run lookups in a worker thread (the index takes a second to build the first time).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz, process

from bot.geo.folding import fold_name
from bot.geo.gazetteer import Gazetteer, get_gazetteer
from bot.geo.regions import REGIONS, Region
from bot.geo.typed_names import Target, typed_key, typed_names
from bot.values import Location, PlaceLevel

MAX_SUGGESTIONS = 5
_DOMINANCE = 10
_FUZZY_MIN_POPULATION = 15_000
_FUZZY_CUTOFF = 78.0
_FUZZY_LIMIT = 24
_PREFIX_LIMIT = 40
_AREA_WORDS = "province|governorate|state|region|district|oblast|wilaya|préfecture|prefecture|département|department"
_AREA_QUALIFIER = re.compile(
    rf"^(?:(?:{_AREA_WORDS}) (?:of|de|du)\s+)?(?P<name>.+?)(?:\s+(?:{_AREA_WORDS}))?$", re.IGNORECASE
)
_TOWN_QUALIFIER = re.compile(
    r"^(?:(?:city|town|village|ville) (?:of|de)\s+(?P<a>.+)|(?P<b>.+?)\s+(?:city|town|village))$", re.I
)
_LEVEL_RANK = {PlaceLevel.COUNTRY: 0, PlaceLevel.ADMIN1: 1, PlaceLevel.TOWN: 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceLookup:
    """Either one exact place or suggestions (never both)."""

    exact: Location | None = None
    suggestions: tuple[Location, ...] = field(default_factory=tuple)


class _Candidate(NamedTuple):
    """A place a query may mean: how close the name is (100 = the whole name), and whether it is its own name."""

    score: float
    own_name: bool
    level_rank: int
    population: int
    location: Location
    region: bool = False


def _wanted_level(query: str) -> tuple[str, PlaceLevel | None]:
    """The bare name and the level a qualifier asks for ("Aleppo governorate" → Aleppo, first-level)."""
    town = _TOWN_QUALIFIER.match(query)
    if town:
        return (town.group("a") or town.group("b")), PlaceLevel.TOWN
    area = _AREA_QUALIFIER.match(query)
    if area and area.group("name") != query:
        return area.group("name"), PlaceLevel.ADMIN1
    return query, None


def _same_place(a: Location, b: Location) -> bool:
    """Two candidates a user could not tell apart: same name, level, country and area."""
    return (fold_name(a.name), a.level, a.country_iso3, fold_name(a.admin1 or "")) == (
        fold_name(b.name),
        b.level,
        b.country_iso3,
        fold_name(b.admin1 or ""),
    )


def _folds_into(town: Location, area: Location) -> bool:
    """A town named like the area it lies in ("Khartoum" in Khartoum state): the area stands for both."""
    return (
        town.level is PlaceLevel.TOWN
        and area.level is PlaceLevel.ADMIN1
        and town.country_iso3 == area.country_iso3
        and fold_name(town.admin1 or "") == fold_name(area.name)
        and fold_name(town.name) == fold_name(area.name)
    )


def _distinct(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Best first, one per place a user could tell apart."""
    ranked = sorted(candidates, key=lambda c: (-c.score, not c.own_name, c.level_rank, not c.region, -c.population))
    kept: list[_Candidate] = []
    for candidate in ranked:
        place = candidate.location
        if any(_same_place(place, k.location) or _folds_into(place, k.location) for k in kept):
            continue
        kept.append(candidate)
    return kept


class _Index:
    """What lookups read: the gazetteer, regions and typed names by folded key, and the fuzzy name list."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.regions: dict[str, list[Region]] = {}
        for region in REGIONS:
            for name in (region.name, *region.names):
                self.regions.setdefault(typed_key(name), []).append(region)
        self.typed = typed_names()
        keys = gazetteer.all_keys()
        self.sorted_keys = keys
        fuzzy = [key for key in keys if not key.startswith("=") and self._worth_suggesting(key)]
        fuzzy += list(self.regions) + list(self.typed)
        self.fuzzy_keys = sorted(set(fuzzy))

    def _worth_suggesting(self, key: str) -> bool:
        first = self.gazetteer.numbers(key)[0]
        level = self.gazetteer.level(first)
        return level is not PlaceLevel.TOWN or self.gazetteer.population(first) >= _FUZZY_MIN_POPULATION

    def places(self, key: str, score: float, typed: str | None = None) -> list[_Candidate]:
        """Every place whose name (any of them) folds to ``key`` (``typed``: the key in the typed-name tables)."""
        typed = key if typed is None else typed
        found: list[_Candidate] = []
        gazetteer = self.gazetteer
        for number in gazetteer.numbers(key):
            place = gazetteer.location(number)
            level = gazetteer.level(number)
            own = level is PlaceLevel.COUNTRY or fold_name(place.name) == key
            found.append(_Candidate(score, own, _LEVEL_RANK[level], gazetteer.population(number), place))
        for region in self.regions.get(typed, ()):
            found.append(_region_candidate(region, score))
        for target in self.typed.get(typed, ()):
            typed_place = self.typed_place(target)
            if typed_place is not None:
                rank, population = _LEVEL_RANK[typed_place.level], _population(typed_place, gazetteer)
                found.append(_Candidate(score, True, rank, population, typed_place))
        return _without_region_entries(found)

    def typed_place(self, target: Target) -> Location | None:
        """A typed name's place: a country by ISO3, or a first-level area of it by English name."""
        iso3, area = target
        country = self.gazetteer.country(iso3)
        if area is None:
            return None if country is None else country.location()
        for number in self.gazetteer.numbers(fold_name(area)):
            if self.gazetteer.iso3(number) == iso3 and self.gazetteer.level(number) is PlaceLevel.ADMIN1:
                return self.gazetteer.location(number)
        return None

    def starting_with(self, key: str) -> list[str]:
        """Names of which the query is the first word(s) ("burkina" → "burkina faso")."""
        words = key + " "
        at = bisect.bisect_left(self.sorted_keys, words)
        found = []
        for candidate in self.sorted_keys[at : at + _PREFIX_LIMIT]:
            if not candidate.startswith(words):
                break
            found.append(candidate)
        return found


def _population(place: Location, gazetteer: Gazetteer) -> int:
    if place.level is PlaceLevel.COUNTRY and place.country_iso3:
        country = gazetteer.country(place.country_iso3)
        return country.population if country else 0
    return 0


def _region_candidate(region: Region, score: float) -> _Candidate:
    # A region ranks as an area; among namesakes it is what the name means to the people who type it.
    return _Candidate(score, True, _LEVEL_RANK[PlaceLevel.ADMIN1], 0, region.location(), region=True)


def _without_region_entries(found: list[_Candidate]) -> list[_Candidate]:
    """The gazetteer's own entry for a region (Darfur as one area) gives way to the region made of its parts."""
    regions = [c.location for c in found if c.region]
    return [
        c
        for c in found
        if c.region
        or not any(
            c.location.level is not PlaceLevel.COUNTRY
            and c.location.country_iso3 == r.country_iso3
            and fold_name(c.location.name) == fold_name(r.name)
            for r in regions
        )
    ]


_index: _Index | None = None
_index_lock = threading.Lock()


def _get_index() -> _Index:
    global _index
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = _Index(get_gazetteer())
    return _index


def warm_lookup() -> None:
    """Build the lookup index now (start-up, in a worker thread) rather than on the first /subscribe."""
    _get_index()


def _decide(candidates: list[_Candidate], wanted: PlaceLevel | None, key: str) -> PlaceLookup:
    """One exact place when the candidates allow no doubt, else suggestions."""
    if wanted is not None:
        candidates = [c for c in candidates if c.location.level is wanted]
    distinct = _distinct(candidates)
    if not distinct:
        return PlaceLookup()
    countries = [c for c in distinct if c.location.level is PlaceLevel.COUNTRY]
    if len(countries) == 1:
        return PlaceLookup(exact=countries[0].location)
    own = [c for c in distinct if c.own_name]
    regions = [c for c in own if c.region]
    if len(regions) == 1 and len(own) == 1:
        return PlaceLookup(exact=regions[0].location)
    if len(distinct) == 1:
        return PlaceLookup(exact=distinct[0].location)
    by_population = sorted(distinct, key=lambda c: -c.population)
    first, second = by_population[0], by_population[1]
    if first.population >= _DOMINANCE * max(second.population, 1) and not regions:
        return PlaceLookup(exact=first.location)
    preferred = _PREFERRED.get(key)
    if preferred:
        chosen = [c for c in distinct if c.location.country_iso3 == preferred and c.location.level is PlaceLevel.ADMIN1]
        if len(chosen) == 1:
            return PlaceLookup(exact=chosen[0].location)
    return _suggest(distinct)


def _suggest(candidates: list[_Candidate]) -> PlaceLookup:
    ranked = _distinct(candidates)[:MAX_SUGGESTIONS]
    return PlaceLookup(suggestions=tuple(c.location for c in ranked))


def _near(index: _Index, key: str) -> list[_Candidate]:
    """Places whose names start with the query, and near misses of it (scored below any exact name)."""
    found: list[_Candidate] = []
    for name in index.starting_with(key):
        found += index.places(name, 96.0)  # the query is the name's first word(s): a strong hint
    matches = process.extract(key, index.fuzzy_keys, scorer=fuzz.ratio, limit=_FUZZY_LIMIT, score_cutoff=_FUZZY_CUTOFF)
    for name, score, _ in matches:
        found += index.places(name, min(float(score), 99.0))
    # Among near misses, bigger places first within a few points: "Kharotum" means the capital first.
    return [c._replace(score=round(c.score / 4)) for c in found]


def lookup_place(query: str) -> PlaceLookup:
    """The place a subscriber means by ``query``, or suggestions when unknown or ambiguous."""
    text = " ".join(query.split()).strip(" .,;")
    if not text:
        return PlaceLookup()
    index = _get_index()
    gazetteer = index.gazetteer
    if len(text) == 3 and text.isascii() and text.isalpha():
        country = gazetteer.country(text.upper())
        if country is not None:
            return PlaceLookup(exact=country.location())
    if text.isupper() and gazetteer.has_key("=" + text):  # an acronym written as one (DRC, CAR)
        return PlaceLookup(exact=gazetteer.location(gazetteer.numbers("=" + text)[0]))
    whole = index.places(fold_name(text), 100.0, typed_key(text))
    if whole:
        return _decide(whole, None, fold_name(text))
    name, level = _wanted_level(text)
    if name != text:
        qualified = index.places(fold_name(name), 100.0, typed_key(name))
        decided = _decide(qualified, level, fold_name(name))
        if decided.exact is not None or decided.suggestions:
            return decided
    key = fold_name(name)
    if not key:
        return PlaceLookup()
    return _suggest(_near(index, key))


# Names whose everyday meaning in humanitarian news is clear though the gazetteer holds namesakes.
_PREFERRED = {fold_name("Gaza"): "PSE", fold_name("Gaza Strip"): "PSE"}
