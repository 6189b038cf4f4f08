"""What people type to /subscribe: codes, common names, accents, qualifiers, ambiguous and unknown names."""

from __future__ import annotations

import pytest

from bot.geo.gazetteer import Gazetteer
from bot.geo.lookup import MAX_SUGGESTIONS, lookup_place
from bot.values import PlaceLevel


@pytest.mark.parametrize(
    ("query", "iso3", "level", "name"),
    [
        pytest.param("SYR", "SYR", PlaceLevel.COUNTRY, "Syria", id="iso3"),
        pytest.param("syr", "SYR", PlaceLevel.COUNTRY, "Syria", id="iso3-lower-case"),
        pytest.param("DRC", "COD", PlaceLevel.COUNTRY, None, id="acronym"),
        pytest.param("Congo-Kinshasa", "COD", PlaceLevel.COUNTRY, None, id="common-name"),
        pytest.param("Ivory Coast", "CIV", PlaceLevel.COUNTRY, None, id="english-common-name"),
        pytest.param("Türkiye", "TUR", PlaceLevel.COUNTRY, None, id="diacritics"),
        pytest.param("turkey", "TUR", PlaceLevel.COUNTRY, None, id="any-case"),
        pytest.param("Syria", "SYR", PlaceLevel.COUNTRY, "Syria", id="country-name"),
        pytest.param("Gaza", "PSE", PlaceLevel.ADMIN1, "Gaza Strip", id="gaza-means-the-strip"),
        pytest.param("Gaza City", "PSE", PlaceLevel.TOWN, None, id="gaza-city-is-the-town"),
        pytest.param("North Darfur", "SDN", PlaceLevel.ADMIN1, "North Darfur", id="first-level-area"),
        pytest.param("Idleb", "SYR", PlaceLevel.ADMIN1, "Idlib", id="variant-spelling-area-over-capital"),
        pytest.param("Aleppo governorate", "SYR", PlaceLevel.ADMIN1, "Aleppo", id="area-qualifier"),
        pytest.param("Damascus Countryside", "SYR", PlaceLevel.ADMIN1, "Rif Dimashq", id="english-area-alias"),
        pytest.param("maarat al-numan", "SYR", PlaceLevel.TOWN, None, id="town-any-case-with-article"),
        pytest.param("Goma", "COD", PlaceLevel.TOWN, "Goma", id="dominant-town"),
    ],
)
def test_lookup_finds_one_place(query: str, iso3: str, level: PlaceLevel, name: str | None) -> None:
    """Codes, common names and spellings resolve to one place of the right level."""
    found = lookup_place(query)
    assert found.exact is not None, found.suggestions
    assert (found.exact.country_iso3, found.exact.level) == (iso3, level)
    if name is not None:
        assert found.exact.name == name


def test_ambiguous_name_gets_suggestions_by_population(gazetteer: Gazetteer) -> None:
    """Tripoli (Libya or Lebanon) is not guessed: suggestions, most populous first."""
    found = lookup_place("Tripoli")
    assert found.exact is None
    countries = [s.country_iso3 for s in found.suggestions]
    assert countries[:2] == ["LBY", "LBN"]
    assert len(found.suggestions) <= MAX_SUGGESTIONS


def test_misspelt_name_gets_close_suggestions() -> None:
    """An unknown spelling suggests the places it is close to, never subscribing by itself."""
    found = lookup_place("Mekelle")
    assert found.exact is None
    assert "ETH" in {s.country_iso3 for s in found.suggestions}


@pytest.mark.parametrize("query", [pytest.param("", id="empty"), pytest.param("   ", id="blank")])
def test_empty_query_finds_nothing(query: str) -> None:
    """An empty query is neither a place nor a reason to suggest one."""
    found = lookup_place(query)
    assert found.exact is None
    assert found.suggestions == ()


@pytest.mark.parametrize(
    ("query", "iso3", "name"),
    [
        pytest.param("Kivu", "COD", "Kivu", id="region-not-a-spelling-of-kyiv"),
        pytest.param("Darfur", "SDN", "Darfur", id="region-over-its-single-area-entry"),
        pytest.param("Kurdistan Region", "IRQ", "Kurdistan Region", id="whole-query-region-not-iran-kurdistan"),
        pytest.param("RDC", "COD", None, id="french-acronym"),
        pytest.param("إدلب", "SYR", "Idlib", id="arabic-area"),
        pytest.param("السودان", "SDN", None, id="arabic-country-with-article"),
        pytest.param("Soudan", "SDN", None, id="french-country"),
        pytest.param("Kivu du Sud", "COD", "South Kivu", id="french-area"),
        pytest.param("Lake Chad", None, "Lake Chad Basin", id="multi-country-region"),
    ],
)
def test_names_coordinators_type_resolve(query: str, iso3: str | None, name: str | None) -> None:
    """Regions, French and Arabic names and acronyms resolve to the place they mean."""
    found = lookup_place(query)
    assert found.exact is not None, found.suggestions
    assert found.exact.country_iso3 == iso3
    if name is not None:
        assert found.exact.name == name


@pytest.mark.parametrize(
    ("query", "first_iso3", "first_level"),
    [
        pytest.param("Burkina", "BFA", PlaceLevel.COUNTRY, id="part-of-a-name-is-never-exact"),
        pytest.param("Kharotum", "SDN", PlaceLevel.ADMIN1, id="typo"),
        pytest.param("Sahel", None, PlaceLevel.ADMIN1, id="region-or-burkina-area"),
        pytest.param("Kurdistan", "IRQ", PlaceLevel.ADMIN1, id="iraq-region-or-iran-province"),
    ],
)
def test_unclear_names_offer_the_likely_place_first(
    query: str, first_iso3: str | None, first_level: PlaceLevel
) -> None:
    """Near misses, partial names and ambiguous names never subscribe; the likely place is offered first."""
    found = lookup_place(query)
    assert found.exact is None
    assert (found.suggestions[0].country_iso3, found.suggestions[0].level) == (first_iso3, first_level)


def test_suggestions_are_distinct_places() -> None:
    """Kharotum once listed five identical Khartoum lines: one entry per place a user can tell apart."""
    found = lookup_place("Kharotum")
    seen = [(s.name, s.level, s.country_iso3, s.admin1) for s in found.suggestions]
    assert len(seen) == len(set(seen))
    assert sum(s.name == "Khartoum" for s in found.suggestions) == 1
