"""Named regions contain their parts: an alert in El Fasher reaches a chat following Darfur."""

from __future__ import annotations

import pytest

from bot.geo.containment import contains
from bot.geo.folding import fold_name
from bot.geo.gazetteer import Gazetteer
from bot.geo.lookup import lookup_place
from bot.geo.regions import REGIONS
from bot.geo.typed_names import EVERYDAY_NAMES
from bot.values import Location, PlaceLevel

EL_FASHER = Location(name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379555)
NORTH_DARFUR = Location(name="North Darfur", country_iso3="SDN", admin1="North Darfur", level=PlaceLevel.ADMIN1)
DARFUR_AS_REPORTED = Location(name="Darfur", country_iso3="SDN", admin1="Darfur", level=PlaceLevel.ADMIN1)
KHARTOUM = Location(name="Khartoum", country_iso3="SDN", admin1="Khartoum", geonames_id=379252)
GOMA = Location(name="Goma", country_iso3="COD", admin1="North Kivu", geonames_id=216281)
KINSHASA = Location(name="Kinshasa", country_iso3="COD", admin1="Kinshasa", geonames_id=2314302)
ERBIL = Location(name="Erbil", country_iso3="IRQ", admin1="Erbil", geonames_id=95446)
MOSUL = Location(name="Mosul", country_iso3="IRQ", admin1="Nineveh", geonames_id=99072)
DIFFA = Location(name="Diffa", country_iso3="NER", admin1="Diffa", geonames_id=2445704)
MAIDUGURI = Location(name="Maiduguri", country_iso3="NGA", admin1="Borno", geonames_id=2331447)
LAGOS = Location(name="Lagos", country_iso3="NGA", admin1="Lagos", geonames_id=2332459)
GAO = Location(name="Gao", country_iso3="MLI", admin1="Gao", geonames_id=2457163)
DAKAR = Location(name="Dakar", country_iso3="SEN", admin1="Dakar", geonames_id=2253354)
HUMERA = Location(name="Humera", country_iso3="ETH", admin1="Tigray", geonames_id=335035)
MEKELLE = Location(name="Mek'ele", country_iso3="ETH", admin1="Tigray", geonames_id=331180)


def region(query: str) -> Location:
    found = lookup_place(query).exact
    assert found is not None, query
    return found


@pytest.mark.parametrize(
    ("query", "inner", "expected"),
    [
        pytest.param("Darfur", EL_FASHER, True, id="darfur-el-fasher"),
        pytest.param("Darfur", NORTH_DARFUR, True, id="darfur-north-darfur"),
        pytest.param("Darfur", DARFUR_AS_REPORTED, True, id="darfur-as-reports-name-it"),
        pytest.param("Darfur", KHARTOUM, False, id="darfur-not-khartoum"),
        pytest.param("Kivu", GOMA, True, id="kivu-goma"),
        pytest.param("Kivu", KINSHASA, False, id="kivu-not-kinshasa"),
        pytest.param("Kurdistan Region", ERBIL, True, id="kri-erbil"),
        pytest.param("Kurdistan Region", MOSUL, False, id="kri-not-mosul"),
        pytest.param("Lake Chad", DIFFA, True, id="lake-chad-niger"),
        pytest.param("Lake Chad", MAIDUGURI, True, id="lake-chad-nigeria"),
        pytest.param("Lake Chad", LAGOS, False, id="lake-chad-not-lagos"),
        pytest.param("Central Sahel", GAO, True, id="sahel-mali"),
        pytest.param("Central Sahel", DAKAR, False, id="sahel-not-senegal"),
        pytest.param("Western Tigray", HUMERA, True, id="western-tigray-humera"),
        pytest.param("Western Tigray", MEKELLE, False, id="western-tigray-not-mekelle"),
    ],
)
def test_region_contains_its_parts(query: str, inner: Location, expected: bool) -> None:
    """A followed region is a place made of its areas (or countries)."""
    assert contains(region(query), inner) is expected


def test_a_part_does_not_contain_its_region() -> None:
    """Following North Darfur is not following all of Darfur."""
    assert not contains(NORTH_DARFUR, region("Darfur"))


def test_every_region_part_is_an_area_the_gazetteer_knows(gazetteer: Gazetteer) -> None:
    """A misspelt part would silently contain nothing: each named area is a first-level area of its country."""
    areas = {
        (gazetteer.iso3(n), fold_name(gazetteer.name(n)))
        for key in {fold_name(p.area) for r in REGIONS for p in r.parts if p.area}
        for n in gazetteer.numbers(key)
        if gazetteer.level(n) is PlaceLevel.ADMIN1
    }
    missing = [
        (p.iso3, p.area) for r in REGIONS for p in r.parts if p.area and (p.iso3, fold_name(p.area)) not in areas
    ]
    assert missing == []
    assert all(gazetteer.country(p.iso3) is not None for r in REGIONS for p in r.parts)


def test_typed_names_point_at_places_the_gazetteer_knows(gazetteer: Gazetteer) -> None:
    """Every French or Arabic name in the table resolves to a place (a missing area would make it a dead name)."""
    dead = [name for name, targets in EVERYDAY_NAMES.items() if lookup_place(name).exact is None]
    assert dead == []
