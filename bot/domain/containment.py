"""Whether one place lies inside another: the gazetteer's answer, and a field-only fallback for places it lacks."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from bot.values import Location, PlaceLevel

Contains = Callable[[Location, Location], bool]


def _fold(name: str | None) -> str:
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def fallback_contains(outer: Location, inner: Location) -> bool:
    """Containment from the places' own fields: same geonames id or name, or country ⊃ admin1 ⊃ town."""
    if outer.country_iso3 and inner.country_iso3 and outer.country_iso3 != inner.country_iso3:
        return False
    if outer.geonames_id is not None and outer.geonames_id == inner.geonames_id:
        return True
    if outer.level is inner.level and _fold(outer.name) == _fold(inner.name):
        return True
    if outer.level is PlaceLevel.COUNTRY:
        return (
            inner.level is not PlaceLevel.COUNTRY
            and bool(outer.country_iso3)
            and (outer.country_iso3 == inner.country_iso3)
        )
    if outer.level is PlaceLevel.ADMIN1 and inner.level is PlaceLevel.TOWN:
        return bool(inner.admin1) and _fold(inner.admin1) == _fold(outer.admin1 or outer.name)
    return False


def default_contains() -> Contains:
    """The gazetteer's containment test (towns within a few km of a town count as inside it)."""
    from bot.geo.containment import contains

    return contains
