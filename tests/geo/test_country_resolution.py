"""Which country a place name means: dates, compass words and function words are no places, a name shared
across countries goes to the country the rest of the text is about, and a small foreign namesake loses.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from bot.geo.gazetteer import Gazetteer
from bot.geo.matching import read_places


def _found(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.country_iso3) for m in read_places(text, gazetteer).mentions]


def _country_of(text: str, name: str, gazetteer: Gazetteer) -> str | None:
    return next(iso3 for found, iso3 in _found(text, gazetteer) if found == name)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("On 14 March, United Kingdom teams joined rescuers in Malawi, where 30 people died.", id="march"),
        pytest.param("As of Monday, 21st March 2024, the toll in England stood at 12.", id="day-and-month"),
        pytest.param("Mardi 5 mars, les secours en France ont compté trois morts.", id="mardi"),
    ],
)
def test_months_and_days_are_no_places(text: str, gazetteer: Gazetteer) -> None:
    """A month or a day named in a date is never a town, even in the country that has a town of that name."""
    names = [name for name, _ in _found(text, gazetteer)]
    assert not {"March", "Monday", "Mardi"} & set(names)


def test_a_qualified_month_name_is_a_town(gazetteer: Gazetteer) -> None:
    """ "The town of March" says it is a town."""
    text = "Flood water reached the town of March in Cambridgeshire, England."
    assert ("March", "GBR") in _found(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        pytest.param("Haiti: two people died in the Northwest and five near Gonaives.", "Northwest", "HTI", id="HTI"),
        pytest.param("Cameroon: clashes in the Northwest displaced families near Bamenda.", "Northwest", "CMR",
                     id="CMR"),
        pytest.param("Au Liban, les inondations ont fait trois morts dans le Nord, près de Tripoli.", "Nord", "LBN",
                     id="LBN-nord"),
        pytest.param("In Haiti, 218 died in the Grand-Anse department.", "Grand-Anse", "HTI", id="grand-anse"),
    ],
)  # fmt: skip
def test_compass_names_are_the_report_country_areas(text: str, name: str, iso3: str, gazetteer: Gazetteer) -> None:
    """A region named by its compass point ("the Northwest", "le Nord") is the report's country's region."""
    assert _country_of(text, name, gazetteer) == iso3


def test_country_named_once_beats_a_foreign_country_named_in_passing(gazetteer: Gazetteer) -> None:
    """Malawi's name is shared by a town in Egypt; it still counts for Malawi, so Blantyre is Malawi's city and
    not the Scottish town, though British rescuers are named too."""
    text = "Malawi said 30 people died in Blantyre District, where United Kingdom rescue teams are helping."
    assert read_places(text, gazetteer).main == "MWI"
    assert _country_of(text, "Blantyre", gazetteer) == "MWI"


def test_a_header_in_capitals_does_not_hide_the_country_named_later(gazetteer: Gazetteer) -> None:
    """ "INDIA" as a heading reads as an acronym; "India" in the next sentence still names the country."""
    text = "INDIA\nRains in India flooded 25 districts of Assam, and 12 people died. Relief teams from Nepal arrived."
    assert read_places(text, gazetteer).main == "IND"
    assert _country_of(text, "Assam", gazetteer) == "IND"


def test_shared_town_name_does_not_go_abroad_in_a_firm_report(gazetteer: Gazetteer) -> None:
    """In a report set in Cabo Delgado, a name towns of several countries share is no foreign city of half a
    million: likelier a place there the data lacks."""
    text = "In Cabo Delgado, insurgents attacked Pemba and Montepuez, and families fled to Hamilton."
    assert read_places(text, gazetteer).main == "MOZ"
    assert "Hamilton" not in [name for name, _ in _found(text, gazetteer)]


def test_one_word_foreign_area_does_not_match_in_a_firm_report(gazetteer: Gazetteer) -> None:
    """ "Sangha" in a report about Mopti is a commune there, not the Congolese department."""
    text = "Dans la région de Mopti, à Bandiagara et Douentza, des attaques contre Sangha ont fait 30 morts."
    assert "Sangha" not in [name for name, _ in _found(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        pytest.param("Militias attacked a camp in Djugu, Ituri province, killing 40 civilians, Congo's army said.",
                     "COD", id="ituri"),
        pytest.param("Floods in Brazzaville and Pointe-Noire displaced 5,000 people, the government of Congo said.",
                     "COG", id="brazzaville"),
        pytest.param("Fighting in Beni and Butembo, in Congo's North Kivu, displaced thousands.", "COD", id="kivu"),
    ],
)  # fmt: skip
def test_congo_is_the_congo_the_report_is_about(text: str, iso3: str, gazetteer: Gazetteer) -> None:
    """ "Congo" alone is either Congo: the one the report's places lie in."""
    assert _country_of(text, "Congo", gazetteer) == iso3


def test_congo_listed_beside_the_drc_is_the_other_congo(gazetteer: Gazetteer) -> None:
    """ "Cameroon, Congo and the DRC": listed beside the DRC, "Congo" is the Republic of the Congo."""
    text = "Refugees from Bangui fled to Cameroon, Congo and the DRC, the agency said."
    assert _country_of(text, "Congo", gazetteer) == "COG"
    assert _country_of(text, "DRC", gazetteer) == "COD"


@pytest.mark.parametrize(
    "name", ["Democratic Republic of the Congo", "République démocratique du Congo", "Republic of the Congo"]
)
def test_full_names_of_the_congos_are_read_whole(name: str, gazetteer: Gazetteer) -> None:
    """The small words inside a country's official name ("of the", "démocratique du") keep it one name."""
    text = f"Fighting in the {name} displaced 10,000 people."
    [(found, iso3)] = _found(text, gazetteer)
    assert found == name
    assert iso3 == ("COG" if name.startswith("Republic") else "COD")


def test_a_striking_side_does_not_make_the_report_its_country(gazetteer: Gazetteer) -> None:
    """ "Israeli strikes", "Israeli raids" name who strikes; the report is about Gaza, where Palestinians died."""
    text = "Israeli strikes and Israeli raids hit Gaza on Monday; Palestinian medics counted the dead in Israel's war."
    assert read_places(text, gazetteer).main == "PSE"


def test_two_word_demonym_is_read_whole(gazetteer: Gazetteer) -> None:
    """ "South Sudanese" are South Sudan's people, not Sudan's."""
    text = "Some 5,000 South Sudanese returned from Sudan last month."
    assert ("South Sudanese", "SSD") in _found(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("An explosion in Nagorno-Karabakh killed 12 people, officials in Yerevan said.",
                     "Nagorno-Karabakh", id="en"),
        pytest.param("Une explosion au Haut-Karabakh a fait 12 morts.", "Haut-Karabakh", id="fr"),
    ],
)  # fmt: skip
def test_nagorno_karabakh_is_a_region_of_azerbaijan(text: str, name: str, gazetteer: Gazetteer) -> None:
    """The region is in the gazetteer, in Azerbaijan by ISO 3166, whatever city the dateline names."""
    assert _country_of(text, name, gazetteer) == "AZE"
