"""Ordinary French and English words that some gazetteer also holds as places ("Croix", "Santé", "Les",
"L'attaque", which folds as Lattaquié; "Mass", "Hope") and organisations named after places ("La Croix-Rouge",
"Boko Haram") name no place; a large town or an area so spelt still does ("Carrefour" in Haiti), and so does a
small one when its country is named."""

from __future__ import annotations

import pytest

from bot.geo.gazetteer import Gazetteer
from bot.geo.matching import find_mentions


def _found(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.country_iso3) for m in find_mentions(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "L'attaque a fait douze morts dans la nuit de samedi.",
        "L'ATTAQUE a fait douze morts dans la nuit de samedi.",
        "Les secouristes sont arrivés tard.",
        "Santé : les hôpitaux débordés accueillent les blessés.",
        "Boko Haram a revendiqué l'embuscade.",
        "Selon Al-Shabaab, l'attaque visait une base.",
        "Mass grave with at least 52 bodies found near the river",
        "Hope fades for the missing miners.",
    ],
)
def test_ordinary_words_and_organisations_name_no_place(text: str, gazetteer: Gazetteer) -> None:
    """No place is read from a French word of everyday use or from an organisation's name."""
    assert _found(text, gazetteer) == []


def test_the_red_cross_in_french_is_no_town_but_the_place_beside_it_is(gazetteer: Gazetteer) -> None:
    """ "La Croix-Rouge" is the organisation, not a quarter of Marseille; the town it worked in stays."""
    assert _found("La Croix-Rouge a évacué 350 personnes à Jacmel, en Haïti.", gazetteer) == [
        ("Jacmel", "HTI"),
        ("Haïti", "HTI"),
    ]


def test_a_large_town_spelt_as_a_french_word_still_names_itself(gazetteer: Gazetteer) -> None:
    """Carrefour, a commune of Haiti with hundreds of thousands of people, is read even with no country named."""
    assert ("Carrefour", "HTI") in _found("Des tirs ont éclaté à Carrefour mardi soir.", gazetteer)


def test_a_small_town_spelt_as_a_french_word_needs_its_country(gazetteer: Gazetteer) -> None:
    """Bol, a town of Chad whose name is also a French word, is read when Chad is named, not otherwise."""
    assert ("Bol", "TCD") in _found("Les pluies ont frappé Bol, au Tchad.", gazetteer)
    assert _found("Bol de riz et eau potable ont été distribués.", gazetteer) == []
