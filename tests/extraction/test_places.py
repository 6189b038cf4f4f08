"""Figures get the place of their sentence, paragraph or report, with country, area and level."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.extraction.places import locate_figures
from bot.geo.folding import fold_name
from bot.values import PlaceLevel
from tests.geo.conftest import anchor_at

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "gold.jsonl"

# Short reports written for these tests, one or two per crisis: (text, figure phrase, ISO3 expected).
CRISIS_REPORTS = [
    ("Fighting in El Fasher forced 12,000 people from their homes this week, aid groups said.", "12,000", "SDN"),
    ("In North Darfur, 40 civilians died when shells struck a market.", "40 civilians", "SDN"),
    ("Sudanese aid workers said 300 families fled Nyala after clashes.", "300 families", "SDN"),
    ("M23 fighters advanced near Goma, and 8,000 people sought refuge in camps.", "8,000", "COD"),
    ("In Rutshuru territory of North Kivu, at least 15 villagers were killed.", "15 villagers", "COD"),
    ("Floods in Rakhine State displaced 5,000 Rohingya, the agency reported.", "5,000", "MMR"),
    ("Strikes on Sittwe killed 9 people, local media in Myanmar said.", "9 people", "MMR"),
    ("An airstrike in Khan Younis killed 27 people, Gaza health officials said.", "27 people", "PSE"),
    ("In Rafah, 1,200 families crowded into schools after the Gaza evacuation order.", "1,200", "PSE"),
    ("Shelling of Kharkiv injured 14 residents overnight, Ukrainian officials said.", "14 residents", "UKR"),
    ("Russian strikes on Izium left 6 dead and dozens of homes damaged.", "6 dead", "UKR"),
    ("Gang violence in Port-au-Prince displaced 4,500 Haitians in a week.", "4,500", "HTI"),
    ("In Haiti's Artibonite department, 30 people were killed by armed men.", "30 people", "HTI"),
    ("Monsoon floods in Sindh left 2,000 homes destroyed, Pakistani officials said.", "2,000 homes", "PAK"),
    ("Rising water in Jacobabad forced 70,000 people to leave, Pakistan's disaster agency said.", "70,000", "PAK"),
    ("Drought pushed 45,000 people into camps around Baidoa, Somalia.", "45,000", "SOM"),
    ("A car bomb in Mogadishu killed 11 people near the port.", "11 people", "SOM"),
    ("Militants attacked Djibo in northern Burkina Faso, killing 50 soldiers.", "50 soldiers", "BFA"),
    ("In Burkina Faso's Sahel region, 2,300 people fled to Dori.", "2,300", "BFA"),
    ("Insurgents raided Palma in Cabo Delgado, and 3,000 people fled by boat.", "3,000", "MOZ"),
    ("In Mocimboa da Praia, Mozambique, 700 households were sheltered in schools.", "700 households", "MOZ"),
    ("Fighting near Mekele in Tigray displaced 20,000 Ethiopians.", "20,000", "ETH"),
    ("Airstrikes on Hodeidah killed 13 civilians, Yemeni medics said.", "13 civilians", "YEM"),
    ("In Marib, Yemen, 900 displaced families lost their shelters to fire.", "900", "YEM"),
    ("An earthquake near Herat killed 1,000 people, Afghan authorities said.", "1,000", "AFG"),
    ("In Kandahar, 60 returnees from Pakistan were housed in tents.", "60 returnees", "AFG"),
    ("Heavy rain in Kabul province damaged 400 houses.", "400 houses", "AFG"),
    ("The UN said 2,500 Syrians fled Idleb for the Turkish border.", "2,500", "SYR"),
    ("In Aleppo governorate, 17 people died in the storm.", "17 people", "SYR"),
    ("Clashes in Tripoli, Libya, left 32 people dead.", "32 people", "LBY"),
]


@pytest.mark.parametrize(("text", "phrase", "iso3"), [pytest.param(*case, id=case[2]) for case in CRISIS_REPORTS])
def test_crisis_report_figure_gets_its_country(text: str, phrase: str, iso3: str) -> None:
    """A figure in a short report from a crisis gets that crisis's country."""
    [location] = locate_figures(text, [anchor_at(text, phrase)])
    assert location is not None
    assert location.country_iso3 == iso3


def test_sentence_place_beats_paragraph_and_report() -> None:
    """The town in the figure's sentence wins over the area the paragraph names."""
    text = "Idlib province saw heavy strikes.\n\nIn Binnish, 4 people were injured. Others fled."
    [location] = locate_figures(text, [anchor_at(text, "4 people")])
    assert location is not None
    assert (location.name, location.admin1, location.level) == ("Binnish", "Idlib", PlaceLevel.TOWN)
    assert location.geonames_id is not None
    assert location.lat is not None


def test_figure_without_a_place_takes_the_report_main_place() -> None:
    """A sentence naming no place takes the place the report names most."""
    text = "Saraqeb was shelled again.\n\nSaraqeb hospitals are full.\n\nAt least 9 people were killed."
    [location] = locate_figures(text, [anchor_at(text, "9 people")])
    assert location is not None
    assert location.name == "Saraqib"


def test_a_figure_carries_the_place_of_the_last_paragraph_naming_one() -> None:
    """A caption's town two paragraphs up is another scene: the paragraph just before places the figure."""
    text = (
        "Rescuers search rubble in Ariha after a strike on Tuesday. [Photo agency]\n\n"
        "Fighting raged in Syria's Idlib province on Wednesday.\n\n"
        "The violence followed airstrikes that killed 11 civilians, officials said."
    )
    [location] = locate_figures(text, [anchor_at(text, "11 civilians")])
    assert location is not None
    assert (location.name, location.level) == ("Idlib", PlaceLevel.ADMIN1)


def test_country_that_only_acts_is_not_the_place() -> None:
    """ "A truce brokered by Russia" does not move a Syrian figure to Russia."""
    text = "Idlib was bombed.\n\nStrikes killed 18 civilians, breaking a truce brokered by Russia."
    [location] = locate_figures(text, [anchor_at(text, "18 civilians")])
    assert location is not None
    assert location.country_iso3 == "SYR"


def test_capital_speaking_for_its_government_is_not_the_place() -> None:
    """ "Moscow denied" names the government: the figure stays in Kharkiv, named in the paragraph."""
    text = "Shelling hit Kharkiv again.\n\nMoscow denied the strikes that killed 12 people, officials said."
    [location] = locate_figures(text, [anchor_at(text, "12 people")])
    assert location is not None
    assert (location.name, location.country_iso3) == ("Kharkiv", "UKR")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        pytest.param("Shelling of Eastern Ghouta killed 23 people.", "23 people", ("East Ghouta", "SYR"), id="ghouta"),
        pytest.param("In Darfur, 5,000 people fled their homes.", "5,000", ("Darfur", "SDN"), id="darfur"),
        pytest.param("Clashes in Masisi, North Kivu, displaced 9,000 people.", "9,000", ("Masisi", "COD"), id="masisi"),
    ],
)
def test_hand_kept_regions_place_figures(text: str, phrase: str, expected: tuple[str, str]) -> None:
    """Regions GeoNames' towns lack (hand-kept in bot/data/extra_places.tsv) place figures with their country."""
    [location] = locate_figures(text, [anchor_at(text, phrase)])
    assert location is not None
    assert (location.name, location.country_iso3) == expected


def test_text_without_places_gives_none() -> None:
    """No place named anywhere: the figure's place is unknown."""
    text = "Seven people were hurt when the roof fell."
    assert locate_figures(text, [anchor_at(text, "Seven people")]) == [None]


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside this checkout")
def test_seed_figures_lie_in_syria_and_towns_in_their_areas() -> None:
    """Every labelled seed figure is placed in Syria; seed towns sit in the right first-level areas."""
    import datetime as dt

    from bot.extraction.extract import extract

    towns = {"binnish": "Idlib", "sarakib": "Idlib", "marat numan": "Idlib", "ariha": "Idlib", "harasta": "Rif Dimashq"}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        report = json.loads(line)
        for figure in extract(report["text"], dt.date.fromisoformat(report["published"])):
            assert figure.location is not None, figure.sentence
            assert figure.location.country_iso3 == "SYR", figure.sentence
            folded = fold_name(figure.location.name)
            if figure.location.level is PlaceLevel.TOWN and folded in towns:
                assert figure.location.admin1 == towns[folded]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        pytest.param(
            "Some 4,000 villagers fled Rutshuru for Goma after the attack.",
            "4,000",
            "Rutshuru",
            id="origin-not-destination",
        ),
        pytest.param(
            "Shelling near Kharkiv continued, while 30 people were hurt in Izium.",
            "30 people",
            "Izium",
            id="own-clause",
        ),
        pytest.param(
            "Rockets hit the Aleppo city of Manbij; 14 people were killed.",
            "14 people",
            "Manbij",
            id="city-of-names-the-town",
        ),
        pytest.param(
            "A flood in Jacobabad, Sindh, left 900 families without shelter.",
            "900 families",
            "Jacobabad",
            id="narrowed-to-town",
        ),
        pytest.param(
            "Militants from Mali raided Djibo, killing 12 soldiers, as 300 people fled to Dori.",
            "12 soldiers",
            "Djibo",
            id="nearest-in-clause",
        ),
        pytest.param(
            "KINSHASA, 3 March (Wire) - Rebels torched homes in Masisi.\n\nAt least 25 people died, medics said.",
            "25 people",
            "Masisi",
            id="dateline-capital-yields-to-the-paragraph",
        ),
        pytest.param(
            "MOGADISHU, 2 May - A blast at a market killed 11 people, police said.",
            "11 people",
            "Mogadishu",
            id="dateline-when-nothing-else-is-named",
        ),
        pytest.param(
            "Jets struck Douma in East Ghouta. Medics in East Ghouta counted the dead in East Ghouta.\n\n"
            "In Idlib city a car bomb hit a rebel office.\n\nWitnesses said 8 civilians died and others are missing.",
            "8 civilians",
            "Idlib",
            id="paragraph-follows-the-place-just-named",
        ),
        pytest.param(
            "Bombs fell in East Ghouta, close to Damascus. At least 6 of the dead were children.",
            "6 of the dead",
            "East Ghouta",
            id="attached-place-of-the-earlier-sentence",
        ),
    ],
)
def test_clause_places_figures(text: str, phrase: str, expected: str) -> None:
    """The figure's clause and its 'in/at/from' place decide, then earlier sentences; destinations, datelines last."""
    [location] = locate_figures(text, [anchor_at(text, phrase)])
    assert location is not None
    assert fold_name(location.name) == fold_name(expected)


def _countries(text: str, published: str = "2024-04-20") -> dict[int | None, str | None]:
    """Each extracted figure's value with the country it was placed in."""
    import datetime as dt

    from bot.extraction.extract import extract

    figures = extract(text, dt.date.fromisoformat(published))
    return {f.value: f.location.country_iso3 if f.location else None for f in figures}


# Short reports written for these tests, one failure class each: (text, figure value, ISO3 expected).
@pytest.mark.parametrize(
    ("text", "value", "iso3"),
    [
        pytest.param(
            "Floods in Pakistan and Afghanistan\n\nPakistan's disaster authority said 1,061 people had died across "
            "the country since June. In Afghanistan, officials said 182 people were killed.",
            1061, "PAK", id="possessive-country-and-the-country",
        ),
        pytest.param(
            "Ecuador's risk agency reported that 51 people were killed in the country by the landslides, "
            "Colombian rescuers said.",
            51, "ECU", id="possessive-then-the-country-with-a-foreign-demonym",
        ),
        pytest.param(
            "Cyclone hits Libya's east\n\nAt least 4,000 people were killed in the coastal city of Derna, "
            "officials said. Rescue teams from Algeria and Turkey searched the rubble.",
            4000, "LBY", id="derna-spelling-and-rescuers-from-abroad",
        ),
        pytest.param(
            "Somalia: river floods\n\nAt least 31 people drowned and 120,000 were displaced along the Juba "
            "and Shabelle rivers. Authorities in Baidoa and Kismayo asked for boats.",
            120000, "SOM", id="rivers-are-not-the-city",
        ),
        pytest.param(
            "Somalia: river floods\n\nAt least 31 people drowned along the Juba river. Authorities in Baidoa and "
            "Kismayo asked for boats.",
            31, "SOM", id="lower-case-river",
        ),
        pytest.param(
            "Mozambique: attacks in Cabo Delgado\n\nInsurgents burned homes in Macomia and Chiure. Around 2,400 "
            "people have fled across the Lurio river into Erati district.",
            2400, "MOZ", id="district-is-not-a-foreign-town",
        ),
        pytest.param(
            "Some 90,000 refugees have crossed from South Sudan into Uganda since January, the agency said.",
            90000, "UGA", id="crossed-into-destination",
        ),
        pytest.param(
            "In Haiti, gang attacks in Port-au-Prince drove 3,200 people to flee to the Dominican Republic.",
            3200, "DOM", id="fled-to-a-country",
        ),
        pytest.param(
            "Sudan: fighting in Darfur\n\nAbout 14,000 people fled their homes in Nyala for El Daein.",
            14000, "SDN", id="fled-their-homes-keeps-the-origin",
        ),
        pytest.param(
            "Iran deportations\n\nNearly 48,000 Afghans returned from Iran in one week through Islam Qala, "
            "officials in Herat said, as Tehran pressed ahead with expulsions.",
            48000, "AFG", id="returned-from-a-country",
        ),
        pytest.param(
            "Returns to Burundi\n\nThe agency said 2,700 Burundian refugees came back from Tanzania last month.",
            2700, "BDI", id="returnees-go-to-their-own-people",
        ),
    ],
)  # fmt: skip
def test_figure_lands_in_the_right_country(text: str, value: int, iso3: str) -> None:
    """Possessive countries, spellings, rivers, small foreign namesakes, border crossings and returns."""
    assert _countries(text)[value] == iso3


def test_journalists_abroad_place_no_figure() -> None:
    """ "told reporters in Geneva" does not place the next sentence's figure outside the report's country."""
    text = (
        "Mozambique: displacement in Cabo Delgado\n\nAttacks near Macomia and Chiure continued.\n\nA spokesperson "
        "told reporters in Geneva the situation was dire. Some 6,100 people have fled to temporary sites."
    )
    assert _countries(text)[6100] == "MOZ"


def test_rescuers_from_abroad_do_not_move_a_toll() -> None:
    """A death toll recovered by "teams from Egypt" stays in the report's country."""
    text = "Libya floods\n\nTeams from Egypt and Tunisia recovered more than 900 bodies, officials in the east said."
    assert _countries(text)[900] == "LBY"


@pytest.mark.parametrize(
    ("phrase", "place"),
    [("12", "Punjab"), ("five", "Balochistan"), ("31", "Sindh")],
)
def test_a_list_item_takes_the_place_of_its_own_item(phrase: str, place: str) -> None:
    text = "Deaths by province: 31 in Sindh, 12 in Punjab, five in Balochistan."
    [location] = locate_figures(text, [anchor_at(text, phrase)])
    assert location is not None
    assert location.name == place


def test_a_ranking_gives_each_count_the_place_before_it() -> None:
    text = "Canoas had 11,240 people in shelters, followed by Porto Alegre with 9,870 and Sao Leopoldo with 4,310."
    located = locate_figures(text, [anchor_at(text, "9,870"), anchor_at(text, "4,310")])
    assert [loc.name if loc else None for loc in located] == ["Porto Alegre", "Sao Leopoldo"]


def test_a_row_naming_a_place_the_gazetteer_lacks_takes_the_country_not_the_row_above() -> None:
    text = "Returnees by district of return, Iraq:\n\nAnbar          41,200\nZzyqarta       18,750\n"
    located = locate_figures(text, [anchor_at(text, "41,200"), anchor_at(text, "18,750")])
    assert [loc.name if loc else None for loc in located] == ["Al Anbar", "Iraq"]
