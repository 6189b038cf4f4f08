"""What people type to /subscribe: codes, common names, accents, qualifiers, ambiguous and unknown names."""

from __future__ import annotations

import pytest

from bot.extraction.model import PlaceLevel
from bot.geo.gazetteer import Gazetteer
from bot.geo.lookup import MAX_SUGGESTIONS, lookup_place


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
