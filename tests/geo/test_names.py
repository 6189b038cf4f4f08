"""Country names read the way English reports write them."""

from __future__ import annotations

import pytest

from bot.geo.names import country_display_name


@pytest.mark.parametrize(
    ("iso3", "expected"),
    [
        pytest.param("COD", "DR Congo", id="iso-name-with-comma-replaced"),
        pytest.param("SYR", "Syria", id="common-name-preferred"),
        pytest.param("sdn", "Sudan", id="lower-case-code"),
        pytest.param("XYZ", "XYZ", id="unknown-code-kept"),
    ],
)
def test_country_display_name(iso3: str, expected: str) -> None:
    """Each code maps to its everyday English name."""
    assert country_display_name(iso3) == expected
