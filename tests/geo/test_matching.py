"""Place names in running text: capitalisation, common words, qualifiers, country context, population."""

from __future__ import annotations

import pytest

from bot.geo.gazetteer import Gazetteer
from bot.geo.matching import find_mentions


def _found(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.country_iso3) for m in find_mentions(text, gazetteer)]


def test_country_context_beats_world_population(gazetteer: Gazetteer) -> None:
    """Ariha in a report about Syria is the Idlib town, not Jericho (also called Ariha) in the West Bank."""
    text = "Shelling hit Ariha in northwest Syria on Monday."
    mentions = find_mentions(text, gazetteer)
    ariha = next(m for m in mentions if text[m.start : m.end] == "Ariha")
    assert ariha.country_iso3 == "SYR"
    assert gazetteer.place(ariha.number).admin1 == "Idlib"


def test_demonym_sets_the_country(gazetteer: Gazetteer) -> None:
    """A demonym alone ("Sudanese") makes a small namesake town resolve in that country."""
    text = "Sudanese officials said fighting in Nyala displaced families."
    assert ("Nyala", "SDN") in _found(text, gazetteer)


def test_majority_of_places_sets_the_country(gazetteer: Gazetteer) -> None:
    """With no country named, the country most places lie in decides an ambiguous name."""
    text = "Clashes spread from Saraqeb to Binnish and on to Ariha."
    assert ("Ariha", "SYR") in _found(text, gazetteer)


def test_tied_countries_go_to_the_one_with_an_area_named(gazetteer: Gazetteer) -> None:
    """One village in Kenya against a province of DR Congo: the province's country decides Bondo, whatever the order."""
    for text in (
        "Fighting near Mugunga and in North Kivu reached Bondo.",
        "In North Kivu and near Mugunga, Bondo fell.",
    ):
        assert ("Bondo", "COD") in _found(text, gazetteer), text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Police said the bridge had collapsed.", id="police"),
        pytest.param("Mission staff counted the damage.", id="mission"),
        pytest.param("Victoria, a nurse, treated the wounded.", id="victoria"),
        pytest.param("Of the dead, most were farmers.", id="of"),
        pytest.param("Rains in the Northwest killed three people.", id="northwest"),
        pytest.param("Floods swept the Southeast and the Northeast overnight.", id="southeast"),
        pytest.param("Nine houses were flooded and Twenty families left.", id="number-words"),
        pytest.param("Parmi les victimes figurent trois enfants.", id="parmi"),
        pytest.param("Selon les secours, Outre les morts, deux blessés.", id="selon"),
    ],
)
def test_common_words_never_match_alone(text: str, gazetteer: Gazetteer) -> None:
    """A place name that is an ordinary word does not match without a qualifier: "Northwest" is no Icelandic
    region, "Nine" no Russian village, and "Parmi", opening a French sentence, no Italian city."""
    assert find_mentions(text, gazetteer) == []


def test_qualifier_lets_a_common_word_match(gazetteer: Gazetteer) -> None:
    """ "Bar district" is the place in Montenegro's context once qualified and its country named."""
    text = "In Montenegro, floods hit the town of Bar on Sunday."
    assert ("Bar", "MNE") in _found(text, gazetteer)


def test_lower_case_words_are_not_names(gazetteer: Gazetteer) -> None:
    """Running text in lower case names no place, even when a town is spelt that way."""
    assert find_mentions("the goma and the kharkiv were mentioned in lower case", gazetteer) == []


def test_word_used_in_lower_case_elsewhere_is_common(gazetteer: Gazetteer) -> None:
    """A capitalised word the same text also uses in lower case is treated as an ordinary word."""
    text = "Crossing the border was hard. Border guards counted 300 arrivals."
    assert find_mentions(text, gazetteer) == []


def test_small_foreign_namesake_is_ignored(gazetteer: Gazetteer) -> None:
    """Out of context, a small town needs a qualifier: "Sinjar" in a Syria report stays in Syria or nowhere."""
    text = "Rescuers in Syria reached Sinjar after the storm."
    assert all(iso3 == "SYR" for _, iso3 in _found(text, gazetteer))


def test_area_qualifier_prefers_the_first_level_area(gazetteer: Gazetteer) -> None:
    """ "Idlib province" is the area and "Idlib city" the town."""
    text = "Strikes hit Idlib province and then Idlib city."
    levels = [m.level.value for m in find_mentions(text, gazetteer)]
    assert levels == ["admin1", "town"]


def test_organisation_acronym_is_not_a_place(gazetteer: Gazetteer) -> None:
    """Short capitals that are not country codes (SANA) are organisations, not towns."""
    assert find_mentions("SANA reported the toll.", gazetteer) == []


def test_country_acronym_matches_in_capitals(gazetteer: Gazetteer) -> None:
    """DRC written in capitals names the Democratic Republic of the Congo."""
    assert _found("Floods in the DRC displaced thousands.", gazetteer) == [("DRC", "COD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Sudan's health ministry counted the wounded.", [("Sudan", "SDN")], id="country"),
        pytest.param("Goma’s hospitals were full.", [("Goma", "COD")], id="curly-apostrophe"),
        pytest.param("Camps in Cox's Bazar flooded.", [("Cox's Bazar", "BGD")], id="name-holding-s"),
    ],
)
def test_possessive_names_its_place(text: str, expected: list[tuple[str, str]], gazetteer: Gazetteer) -> None:
    """ "Sudan's" names Sudan, without the 's; a name that holds an 's stays whole."""
    assert _found(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In Somalia, water rose along the Juba and Shabelle rivers.", id="two-rivers"),
        pytest.param("In Somalia, the Juba river burst its banks.", id="lower-case-river"),
        pytest.param("In Somalia, the Juba River burst its banks.", id="capital-river"),
        pytest.param("In Nigeria, fishermen on Lake Chad were attacked.", id="lake-before"),
        pytest.param("In Mozambique, Cyclone Freddy struck the coast.", id="cyclone"),
        pytest.param("In the Philippines, Tropical Storm Meranti hit the coast.", id="tropical-storm"),
        pytest.param("In Puerto Rico, after the hurricane Maria, people counted the dead.", id="lower-case-storm"),
        pytest.param("À Porto Rico, l'ouragan Maria a tout détruit.", id="ouragan"),
    ],
)
def test_river_lake_and_storm_names_are_not_towns(text: str, gazetteer: Gazetteer) -> None:
    """A name that a river, valley or lake word follows or precedes is a natural feature, not the town; one
    after a storm's word is the storm ("Cyclone Freddy", "Tropical Storm Meranti", "l'ouragan Maria")."""
    [(_, iso3)] = _found(text, gazetteer)
    assert iso3 in ("SOM", "NGA", "MOZ", "PHL", "PRI")


def test_currency_prefix_is_not_a_country(gazetteer: Gazetteer) -> None:
    """ "US$ 4 million" names no country."""
    assert _found("Aid agencies in Chad asked for US$ 4 million.", gazetteer) == [("Chad", "TCD")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Mozambique: in Cabo Delgado and Nampula, families from Chiure reached Erati district.", "Erati",
            id="district-in-mozambique",
        ),
        pytest.param(
            "Somalia: after floods in Baidoa and Beledweyne, herders moved to the village of Irati.", "Irati",
            id="village-in-firm-somalia",
        ),
    ],
)  # fmt: skip
def test_small_foreign_town_never_beats_a_firm_main_country(text: str, name: str, gazetteer: Gazetteer) -> None:
    """Where the main country holds several places, a small town abroad (Irati, Brazil) is not matched."""
    assert all(iso3 != "BRA" for found, iso3 in _found(text, gazetteer) if found == name)


def test_spelling_of_a_main_country_town_is_its_name(gazetteer: Gazetteer) -> None:
    """ "Derna" (GeoNames: Darnah) in a Libya report is the Libyan city: only its vowels differ."""
    text = "Libyan rescuers said floods swept through Derna overnight."
    derna = [m for m in find_mentions(text, gazetteer) if text[m.start : m.end] == "Derna"]
    assert [(m.country_iso3, gazetteer.name(m.number)) for m in derna] == [("LBY", "Darnah")]


def test_other_consonants_are_another_name(gazetteer: Gazetteer) -> None:
    """ "Sufi" is no spelling of Sofia: the letters beyond the vowels must match too."""
    text = "In Pakistan's Sindh province, a Sufi shrine was attacked."
    assert ("Sufi", "BGR") not in _found(text, gazetteer)


def test_a_word_of_grammar_opening_a_sentence_is_no_place_even_where_its_country_is_named(
    gazetteer: Gazetteer,
) -> None:
    """ "About" spells a Philippine place's name closely; in a report on the Philippines it is still a hedge."""
    text = "About 3,000 persons were evacuated in Bicol, the Philippines."
    assert [name for name, _iso3 in _found(text, gazetteer) if name == "About"] == []
