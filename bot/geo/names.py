"""Country names as people write them: "DR Congo", not ISO's "Congo, The Democratic Republic of the"."""

from __future__ import annotations

from functools import cache

import pycountry

# ISO short names that read badly in a sentence; everything else uses pycountry's common or short name.
_DISPLAY: dict[str, str] = {
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "RUS": "Russia",
    "FSM": "Micronesia",
    "VAT": "Vatican City",
    "BRN": "Brunei",
}


@cache
def country_display_name(iso3: str) -> str:
    """The name an English report would use for a country (the code itself when unknown)."""
    code = iso3.upper()
    if code in _DISPLAY:
        return _DISPLAY[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
