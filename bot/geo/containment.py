"""Is one place inside another? Answered along the ladder country ⊃ first-level area ⊃ town, and by named
regions (Darfur, Sahel) made of several areas or countries (`bot.geo.regions`)."""

from __future__ import annotations

import math

from bot.geo.folding import fold_name
from bot.geo.regions import region_contains, region_of
from bot.values import Location, PlaceLevel

# A town "contains" the places this close to it: its own quarters, camps and suburbs named apart.
NEARBY_KM = 5.0
_EARTH_RADIUS_KM = 6371.0


def distance_km(a: Location, b: Location) -> float | None:
    """Great-circle distance between two places with coordinates, else None."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _same_name(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and fold_name(a) == fold_name(b)


def _area_of(place: Location) -> str | None:
    """The first-level area a place lies in (an area is its own)."""
    return place.name if place.level is PlaceLevel.ADMIN1 else place.admin1


def contains(outer: Location, inner: Location) -> bool:
    """Whether ``inner`` lies inside ``outer`` (every place contains itself; a named region its parts)."""
    region = region_of(outer)
    if region is not None:
        return region_contains(region, inner)
    if outer.country_iso3 is None or outer.country_iso3 != inner.country_iso3:
        return False
    if outer.level is PlaceLevel.COUNTRY:
        return True
    if outer.level is PlaceLevel.ADMIN1:
        return inner.level is not PlaceLevel.COUNTRY and _same_name(_area_of(outer), _area_of(inner))
    if inner.level is not PlaceLevel.TOWN:
        return False
    if outer.geonames_id is not None and outer.geonames_id == inner.geonames_id:
        return True
    if _same_name(outer.name, inner.name):
        return True
    distance = distance_km(outer, inner)
    return distance is not None and distance <= NEARBY_KM
