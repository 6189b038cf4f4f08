"""Containment along country ⊃ first-level area ⊃ town."""

from __future__ import annotations

import pytest

from bot.geo.containment import contains
from bot.values import Location, PlaceLevel

SYRIA = Location(name="Syria", country_iso3="SYR", level=PlaceLevel.COUNTRY)
IDLIB_AREA = Location(name="Idlib", country_iso3="SYR", admin1="Idlib", level=PlaceLevel.ADMIN1)
ALEPPO_AREA = Location(name="Aleppo", country_iso3="SYR", admin1="Aleppo", level=PlaceLevel.ADMIN1)
SARAQIB = Location(name="Saraqib", country_iso3="SYR", admin1="Idlib", geonames_id=164816, lat=35.864, lon=36.806)
SARAQEB_AS_WRITTEN = Location(name="Saraqeb", country_iso3="SYR", admin1="Idleb")
NEAR_SARAQIB = Location(name="Camp east of Saraqib", country_iso3="SYR", admin1="Idlib", lat=35.87, lon=36.84)
BINNISH = Location(name="Binnish", country_iso3="SYR", admin1="Idlib", geonames_id=171451, lat=35.957, lon=36.714)
EL_FASHER = Location(name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379555)
SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        pytest.param(SYRIA, SARAQIB, True, id="country-contains-town"),
        pytest.param(SYRIA, IDLIB_AREA, True, id="country-contains-area"),
        pytest.param(SYRIA, SYRIA, True, id="country-contains-itself"),
        pytest.param(SUDAN, SARAQIB, False, id="other-country"),
        pytest.param(IDLIB_AREA, SARAQIB, True, id="area-contains-its-town"),
        pytest.param(IDLIB_AREA, SARAQEB_AS_WRITTEN, True, id="area-contains-town-spelt-otherwise"),
        pytest.param(IDLIB_AREA, IDLIB_AREA, True, id="area-contains-itself"),
        pytest.param(ALEPPO_AREA, SARAQIB, False, id="area-not-other-areas-town"),
        pytest.param(IDLIB_AREA, SYRIA, False, id="area-not-its-country"),
        pytest.param(SARAQIB, SARAQIB, True, id="town-contains-itself"),
        pytest.param(SARAQIB, SARAQEB_AS_WRITTEN, True, id="town-same-folded-name"),
        pytest.param(SARAQIB, NEAR_SARAQIB, True, id="town-contains-place-within-5km"),
        pytest.param(SARAQIB, BINNISH, False, id="town-not-town-10km-away"),
        pytest.param(SARAQIB, IDLIB_AREA, False, id="town-not-its-area"),
        pytest.param(EL_FASHER, SUDAN, False, id="town-not-its-country"),
    ],
)
def test_contains(outer: Location, inner: Location, expected: bool) -> None:
    """Containment answers at country, first-level and town level."""
    assert contains(outer, inner) is expected
