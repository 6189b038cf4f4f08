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


# Names reports use that no ISO field gives.
_WRITTEN = (
    "syria", "turkey", "türkiye", "iran", "drc", "the drc", "dr congo", "congo", "russia", "palestine", "gaza",
    "the gaza strip", "the west bank", "kosovo", "venezuela", "bolivia", "tanzania", "laos", "vietnam", "moldova",
    "south korea", "north korea", "ivory coast", "côte d'ivoire", "cote d'ivoire",
)  # fmt: skip


@cache
def country_names() -> frozenset[str]:
    """Every country's names in lower case, as reports write them ("chad", "south sudan", "syria", "the drc")."""
    names: set[str] = set(_WRITTEN)
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(country, field, None)
            if value and "," not in value:
                names.add(str(value).lower())
        names.add(country_display_name(country.alpha_3).lower())
    return frozenset(names)
