"""The country a figure is placed in: its own people and its report's places beat a country named in passing.

Every report here is written for these tests.
"""

from __future__ import annotations

import pytest

from bot.extraction.places import locate_figures
from tests.geo.conftest import anchor_at


def _country(text: str, phrase: str) -> str | None:
    [location] = locate_figures(text, [anchor_at(text, phrase)])
    return None if location is None else location.country_iso3


_ENCLAVE = (
    "Strikes hit Khan Younis and Rafah again overnight, the Gaza health ministry said.\n\n"
    "Since the war began, 900 Palestinians have died in the enclave, including 300 children and 200 women, "
    "while 120 people have lost their lives in Israel."
)


@pytest.mark.parametrize(
    ("phrase", "iso3"),
    [
        pytest.param("900 Palestinians", "PSE", id="own-people"),
        pytest.param("300 children", "PSE", id="their-children"),
        pytest.param("120 people", "ISR", id="other-clause-own-place"),
    ],
)
def test_own_people_beat_a_country_named_in_another_clause(phrase: str, iso3: str) -> None:
    """ "900 Palestinians have died ..., while 120 people died in Israel": Israel places only its own clause."""
    assert _country(_ENCLAVE, phrase) == iso3


def test_foreign_nationals_stay_where_the_report_places_them() -> None:
    """Nepali workers killed in a blast in Qatar are counted in Qatar: the report names no place in Nepal."""
    text = "A gas blast in Doha, Qatar, killed 14 Nepali workers, while rescuers from Turkey searched the site."
    assert _country(text, "14 Nepali workers") == "QAT"


def test_report_places_beat_a_country_only_named() -> None:
    """A report on strikes in Beirut, Nabatieh and the Bekaa that names Israel several times, never as a place
    where anything happens, places its figures in Lebanon."""
    text = (
        "Strikes hit Beirut, Nabatieh and the Bekaa on Monday, after talks between Israel and Hezbollah failed.\n\n"
        "Among the dead are 12 rescuers, and 30 health workers were wounded.\n\n"
        "Israel said its jets targeted depots; the war with Israel has lasted a year."
    )
    assert _country(text, "12 rescuers") == "LBN"


def test_figures_of_nagorno_karabakh_are_not_in_the_dateline_country() -> None:
    """ "YEREVAN: ... in Nagorno-Karabakh": the figure is the region's (Azerbaijan by ISO 3166), not Armenia's."""
    text = (
        "YEREVAN: At least 20 people were killed and 290 injured in a fuel depot blast in the Nagorno-Karabakh "
        "region, officials in Armenia said."
    )
    assert _country(text, "20 people") == "AZE"


def test_dates_do_not_place_figures() -> None:
    """ "As of 21st March" in a report about Malawi places nothing in England."""
    text = (
        "Malawi's disaster agency said the toll from the cyclone had risen; United Kingdom teams are helping.\n\n"
        "As of today, 21st March 2024, the number of displaced people is at 50,000, with 300 dead."
    )
    assert _country(text, "300 dead") == "MWI"


def test_congo_in_a_report_about_ituri_is_the_drc() -> None:
    """ "Congo" beside Ituri and Djugu is the Democratic Republic of the Congo."""
    text = "Militias attacked a camp in Djugu, in Congo's Ituri province, killing 40 civilians, officials said."
    assert _country(text, "40 civilians") == "COD"


def test_a_far_destination_abroad_is_another_phrase() -> None:
    """People displaced from Mosul are not counted in Syria because, far on in a long unpunctuated sentence,
    others moved on there."""
    text = (
        "About 5,000 people were displaced from Mosul since the spring according to the agency which also "
        "reported that in recent weeks hundreds of other families from villages around the city went on to "
        "Hasakah in Syria."
    )
    assert _country(text, "5,000 people were displaced") == "IRQ"


def test_a_near_destination_abroad_is_where_people_crossed_to() -> None:
    """ "crossed from Sudan into Chad": counted where they arrived."""
    text = "Some 3,000 people crossed from Sudan into Chad last week."
    assert _country(text, "3,000 people crossed") == "TCD"
