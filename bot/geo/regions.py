"""Named regions that span several first-level areas (or countries): Darfur, Kivu, Sahel, Lake Chad Basin, ...

Coordinators follow these names, reports use them, and no administrative level holds them: Darfur is five states,
"the Sahel" several countries. Each region is a place that contains its parts, so an alert in El Fasher (North
Darfur) reaches a chat that follows Darfur. A region is stored like a first-level area (level ADMIN1, no GeoNames
id) whose country is its only country, or None when it spans several; `region_of` recognises it again.

Names are given in English, French and Arabic; they are folded like every gazetteer name before matching.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.geo.folding import fold_name
from bot.values import Location, PlaceLevel


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """A piece of a region: a whole country (area None), one first-level area, or named towns within a country."""

    iso3: str
    area: str | None = None
    towns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A named region and what it is made of."""

    name: str
    parts: tuple[Part, ...]
    names: tuple[str, ...] = ()  # further names people type (French, Arabic, variants)
    # Countries a part lies in; the region's own country when it has only one.
    countries: tuple[str, ...] = ()

    def location(self) -> Location:
        """The region as a place to follow."""
        iso3 = self.countries[0] if len(self.countries) == 1 else None
        return Location(name=self.name, country_iso3=iso3, admin1=self.name if iso3 else None, level=PlaceLevel.ADMIN1)


def _region(name: str, parts: tuple[Part, ...], *names: str) -> Region:
    countries = tuple(dict.fromkeys(part.iso3 for part in parts))
    return Region(name=name, parts=parts, names=names, countries=countries)


def _areas(iso3: str, *areas: str) -> tuple[Part, ...]:
    return tuple(Part(iso3=iso3, area=area) for area in areas)


def _countries(*iso3s: str) -> tuple[Part, ...]:
    return tuple(Part(iso3=iso3) for iso3 in iso3s)


REGIONS: tuple[Region, ...] = (
    _region(
        "Darfur",
        _areas("SDN", "North Darfur", "South Darfur", "West Darfur", "Central Darfur", "East Darfur"),
        "Darfour",
        "دارفور",
    ),
    _region("Kordofan", _areas("SDN", "North Kordofan", "South Kordofan", "West Kordofan"), "كردفان"),
    _region("Kivu", _areas("COD", "North Kivu", "South Kivu"), "the Kivus", "Kivus", "كيفو"),
    _region(
        "Kurdistan Region",
        _areas("IRQ", "Erbil", "Duhok", "Sulaymaniyah"),  # Halabja: inside Sulaymaniyah in the data
        "Kurdistan Region of Iraq",
        "Kurdistan",
        "KRI",
        "Iraqi Kurdistan",
        "Kurdistan irakien",
        "Région du Kurdistan",
        "إقليم كردستان",
        "كردستان العراق",
    ),
    # The Sahel as humanitarian appeals mean it: the G5 Sahel countries.
    _region("Sahel", _countries("BFA", "MLI", "NER", "TCD", "MRT"), "the Sahel", "الساحل"),
    _region("Central Sahel", _countries("BFA", "MLI", "NER"), "Sahel central", "الساحل الأوسط"),
    _region(
        "Lake Chad Basin",
        (
            *_areas("NGA", "Borno", "Adamawa", "Yobe"),
            *_areas("NER", "Diffa"),
            *_areas("TCD", "Lac"),
            *_areas("CMR", "Far North"),
        ),
        "Lake Chad",
        "Lake Chad region",
        "Bassin du lac Tchad",
        "Lac Tchad",
        "حوض بحيرة تشاد",
    ),
    # Tigray's zones: second-level areas the gazetteer lacks, so each holds its main towns (Western Tigray's are
    # also claimed by Amhara, and reported under either).
    _region(
        "Western Tigray",
        (
            Part(iso3="ETH", area="Tigray", towns=("Humera", "Mai Kadra", "Dansha", "Adi Remets", "Welkait")),
            Part(iso3="ETH", area="Amhara", towns=("Humera", "Mai Kadra", "Dansha", "Adi Remets", "Welkait")),
        ),
        "West Tigray",
        "Tigray occidental",
    ),
    _region(
        "North Western Tigray",
        (Part(iso3="ETH", area="Tigray", towns=("Shire", "Inda Silase", "Sheraro", "Endabaguna")),),
        "Northwestern Tigray",
    ),
    _region(
        "Central Tigray",
        (Part(iso3="ETH", area="Tigray", towns=("Axum", "Aksum", "Adwa", "Abiy Adi", "Naeder")),),
        "Tigray central",
    ),
    _region(
        "Eastern Tigray",
        (Part(iso3="ETH", area="Tigray", towns=("Adigrat", "Wukro", "Atsbi", "Zalambessa")),),
        "Tigray oriental",
    ),
    _region(
        "Southern Tigray",
        (Part(iso3="ETH", area="Tigray", towns=("Alamata", "Maychew", "Mekoni", "Korem", "Raya")),),
        "Tigray méridional",
    ),
    _region(
        "South Eastern Tigray",
        (Part(iso3="ETH", area="Tigray", towns=("Hintalo", "Samre", "Adigudem", "Enderta")),),
        "Southeastern Tigray",
    ),
)


@cache
def _by_key() -> dict[tuple[str, str], Region]:
    """Regions by (their only country or "", folded name), as a stored place names them."""
    found: dict[tuple[str, str], Region] = {}
    for region in REGIONS:
        iso3 = region.countries[0] if len(region.countries) == 1 else ""
        found[(iso3, fold_name(region.name))] = region
    return found


@cache
def regions_named() -> dict[str, tuple[Region, ...]]:
    """Regions by each folded name people type."""
    found: dict[str, list[Region]] = {}
    for region in REGIONS:
        for name in (region.name, *region.names):
            found.setdefault(fold_name(name), []).append(region)
    return {key: tuple(dict.fromkeys(regions)) for key, regions in found.items()}


def region_of(place: Location) -> Region | None:
    """The region a stored place stands for (Darfur as stored), None for ordinary places."""
    if place.level is not PlaceLevel.ADMIN1 or place.geonames_id is not None:
        return None
    return _by_key().get((place.country_iso3 or "", fold_name(place.name)))


def _area_of(place: Location) -> str:
    return fold_name((place.name if place.level is PlaceLevel.ADMIN1 else place.admin1) or "")


def region_contains(region: Region, inner: Location) -> bool:
    """Whether a place lies in one of the region's parts (or is the region itself)."""
    if region_of(inner) is region:
        return True
    for part in region.parts:
        if inner.country_iso3 != part.iso3:
            continue
        if part.area is None:
            return True
        if part.towns:
            if inner.level is PlaceLevel.TOWN and fold_name(inner.name) in {fold_name(t) for t in part.towns}:
                return True
            continue
        if inner.level is not PlaceLevel.COUNTRY and _area_of(inner) == fold_name(part.area):
            return True
    return False
