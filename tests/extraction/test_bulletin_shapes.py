"""Shapes of whole reports that short excerpts never show: bulletins typed in capitals, columns laid out with
spaces, lines of several fields, South Asian digit grouping, one count in two units, old tolls and labels' numbers.
Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.extraction.language import detect_language
from bot.text.case import is_shouting
from tests.extraction.helpers import kinds_values, summary

_CAPITALS_BULLETIN = """OFFICE NATIONAL DE PROTECTION CIVILE
TROPICAL STORM "ALDA" - BULLETIN NO. 7 - 03/03/2026

SUMMARY OF IMPACT
DEATHS: 12
INJURED: 31
MISSING: 4
AFFECTED PERSONS: 55,210
DISPLACED PERSONS: 9,870 IN 52 SITES
HOUSES DAMAGED: 2,140
HOUSES DESTROYED: 615

BY REGION
NORTH COAST: 7 DEATHS. 6,100 DISPLACED IN 30 SITES.
HIGHLANDS: 5 DEATHS. 3 FISHERMEN MISSING AT SEA. 212 HOUSES DESTROYED.
"""


def test_a_bulletin_typed_in_capitals_reads_as_english() -> None:
    assert detect_language(_CAPITALS_BULLETIN) == "en"  # a French letterhead does not outweigh the bulletin


def test_a_bulletin_typed_in_capitals_is_read_line_by_line() -> None:
    assert kinds_values(_CAPITALS_BULLETIN) == [
        ("killed", 12),
        ("injured", 31),
        ("missing", 4),
        ("displaced", 9_870),
        ("houses_damaged", 2_140),
        ("houses_destroyed", 615),
        ("killed", 7),
        ("displaced", 6_100),
        ("killed", 5),
        ("missing", 3),
        ("houses_destroyed", 212),
    ]


@pytest.mark.parametrize(
    ("text", "shouting"),
    [
        pytest.param("DEATHS: 19", True, id="row"),
        pytest.param("THE NUMBER OF RESIDENTS WHO LOST THEIR LIVES HAS RISEN TO 88.", True, id="sentence"),
        pytest.param("UNHCR, IOM and WFP", False, id="acronyms"),
        pytest.param("Floods in Sindh", False, id="title-case"),
        pytest.param("12 / 4", False, id="no-letters"),
    ],
)
def test_capitals_are_told_from_acronyms(text: str, shouting: bool) -> None:
    assert is_shouting(text) is shouting


def test_a_table_laid_out_in_columns_of_spaces_is_read_by_its_header() -> None:
    text = (
        "Impact by province (civil protection, 4 May)\n"
        "Province        Deaths   Evacuated   Sheltered   Houses destroyed\n"
        "Lowland           4        2,310        870          41\n"
        "Riverside         1          640        215           9\n"
    )
    assert kinds_values(text) == [
        ("killed", 4),
        ("evacuated", 2_310),
        ("sheltered", 870),
        ("houses_destroyed", 41),
        ("killed", 1),
        ("evacuated", 640),
        ("sheltered", 215),
        ("houses_destroyed", 9),
    ]


def test_a_prose_line_with_wide_gaps_is_no_table() -> None:
    text = "Teams   reached   the valley on Monday.\nThe floods   killed   6 people   in two villages."
    assert kinds_values(text) == [("killed", 6)]


def test_fields_in_one_line_are_read_one_by_one() -> None:
    text = (
        "Deaths: 13    Injured: 21    Missing: 6\n"
        "Houses Fully Damaged: 47    Houses Partially Damaged: 2,386\n"
        "Safety Centres: 211    Families in Safety Centres: 5,874    Persons: 19,640"
    )
    assert kinds_values(text) == [
        ("killed", 13),
        ("injured", 21),
        ("missing", 6),
        ("houses_destroyed", 47),
        ("houses_damaged", 2_386),
        ("sheltered", 5_874),
        ("sheltered", 19_640),  # (a unit alone goes on with the field before)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("In Bahawalpur, 1,48,500 persons were displaced.", [("displaced", 148_500)], id="lakh-grouping"),
        pytest.param(
            "UP TO 2,00,000 PERSONS MAY NEED TO BE EVACUATED FROM THE RIVERBED.",
            [("evacuated", 200_000)],
            id="lakh-grouping-in-capitals",
        ),
        pytest.param(
            "A total of 11,\n420 houses were fully destroyed.",
            [("houses_destroyed", 11_420)],
            id="number-broken-at-line",
        ),
        pytest.param(
            "Of these, 4,210 families / 15,730 persons are staying in 96 evacuation centres.",
            [("sheltered", 4_210), ("sheltered", 15_730)],
            id="two-units-before-a-verb",
        ),
        pytest.param(
            "Total displaced (inside and outside centres): 6,115 families / 22,904 persons.",
            [("displaced", 6_115), ("displaced", 22_904)],
            id="two-units-after-a-label",
        ),
        pytest.param(
            "In total 12,610 houses were affected, of which 2,305 were totally destroyed and 7,118 partially damaged.",
            [("houses_destroyed", 2_305), ("houses_damaged", 7_118)],
            id="of-which-houses",
        ),
        pytest.param(
            "The toll, first put at 11 by the mayor, rose to 18 on Monday.", [("killed", 18)], id="superseded-toll"
        ),
        pytest.param(
            "The number of people confirmed dead after the mudslide buried part of the upper town rose to 16 from 9.",
            [("killed", 16)],
            id="number-of-people-confirmed-dead",
        ),
        pytest.param(
            "The number of residents who lost their lives in the collapse of the market has risen to 42.",
            [("killed", 42)],
            id="number-who-lost-their-lives",
        ),
        pytest.param(
            "Quake toll reaches 51 as agency puts displaced at 230,000",
            [("killed", 51), ("displaced", 230_000)],
            id="toll-then-another-kind",
        ),
        pytest.param(
            "Forecasters fear the number of displaced people could exceed 90,000.",
            [("displaced", 90_000)],
            id="could-exceed",
        ),
        pytest.param(
            "Some 48,000 residents are now under evacuation orders across the county.",
            [("evacuated", 48_000)],
            id="now-under-orders",
        ),
        pytest.param(
            "Rescuers recovered the remains of 14 people from the riverbank.",
            [("killed", 14)],
            id="remains-of",
        ),
        pytest.param(
            "More than 9,000 people have reached the town of Adre in the past week.",
            [("displaced", 9_000)],
            id="reached-the-town",
        ),
        pytest.param("Eleven bodies lay dead in the square at dawn.", [("killed", 11)], id="lay-dead"),
        pytest.param(
            "KASSALA - Deaths 3; Injured 8; Houses fully damaged 25.",
            [("killed", 3), ("injured", 8), ("houses_destroyed", 25)],
            id="label-after-a-dash",
        ),
    ],
)
def test_whole_report_shapes_read_as_labelled(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No deaths have been linked to the current outbreak since June.", id="no-deaths-current"),
        pytest.param("The farmer, Musa K., 61, was shot dead outside his home.", id="age-after-initial"),
        pytest.param("Police identified one of them as Idrissa, 47, a tailor.", id="age-then-apposition"),
        pytest.param("About 1.1 million IDPs were counted in the latest assessment (Round 14).", id="survey-round"),
        pytest.param("About one in four displaced households (26%) is headed by a woman.", id="proportion"),
        pytest.param("Officials said 40 homes were buried and another 210 are at risk.", id="at-risk"),
        pytest.param("Shelter: 3,500 HH to receive shelter toolkits next month.", id="aid-to-come"),
        pytest.param("The embassy pledged GBP 400,000 for 3,000 displaced families.", id="currency-code"),
        pytest.param("A mudslide buried two buses on the mountain road.", id="buried-things"),
        pytest.param(
            "Crisis response: 210,000 displaced people, refugees and host families in Diffa received food assistance.",
            id="aid-received-after-a-list",
        ),
        pytest.param("Rapid Response: 1,870 newly displaced families received RRM kits.", id="kits-received"),
        pytest.param("Partners provided food and household items to 3,500 displaced people.", id="items-provided-to"),
    ],
)
def test_no_figure_from_these(text: str) -> None:
    counted = {value for _kind, value, _q, _g in summary(text)}
    traps = {1, 61, 19, 23, 47, 14, 4, 26, 210, 3_500, 400_000, 2, 210_000, 1_870}
    assert not counted & traps, [(f.kind.value, f.value, text[f.span[0] : f.span[1]]) for f in extract(text)]


def test_a_breakdown_list_takes_the_kind_its_introduction_names() -> None:
    text = (
        "Displacement\n"
        "Newly registered IDPs in the two provinces (registry data):\n"
        "  Lake Province: 12,480\n"
        "  Upper Basin: about 3,900\n"
        "Overall, 1.1 million people remain displaced in the country."
    )
    assert kinds_values(text) == [("displaced", 12_480), ("displaced", 3_900), ("displaced", 1_100_000)]


def test_a_breakdown_by_place_takes_the_kind_of_the_figure_before() -> None:
    text = (
        "Teams counted 41,300 people newly displaced by the attacks. By district of arrival:\n"
        "• North Ridge – 2,860 HHs (12,910 ind.), mainly from two villages\n"
        "• Port Sama ......... 9,400 ind.\n"
        "• Kolo (sede): 6,100 individuals / 1,370 households"
    )
    assert summary(text) == [
        ("displaced", 41_300, "exact", "people"),
        ("displaced", 2_860, "exact", "households"),
        ("displaced", 12_910, "exact", "people"),
        ("displaced", 9_400, "exact", "people"),
        ("displaced", 6_100, "exact", "people"),
        ("displaced", 1_370, "exact", "households"),
    ]


def test_a_total_broken_down_under_it_and_rows_beside_a_row() -> None:
    under = "DEAD: 21\n Region IV - 13\n Region V - 8\nINJURED: 40"
    assert kinds_values(under) == [("killed", 21), ("killed", 13), ("killed", 8), ("injured", 40)]
    beside = "C. HOUSES DAMAGED: PARTIALLY 8,114 / FULLY 2,010\nD. LIVESTOCK PERISHED: 5,230\nE. BRIDGES: 117"
    assert [kind for kind, _value in kinds_values(beside)] == ["houses_damaged", "houses_destroyed"]


def test_a_list_of_unrelated_rows_is_no_breakdown() -> None:
    text = "IV. STATUS OF LIFELINES\nRoads Closed: 63\nPower Cuts: 141\nFlights Cancelled: 118"
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Partners registered 21,400 new arrivals, mainly in Tawila (12,300) and Mellit (about 4,100).",
            [("displaced", 21_400), ("displaced", 12_300), ("displaced", 4_100)],
            id="places-in-brackets-after-a-figure",
        ),
        pytest.param(
            "Arrivals by commune were recorded in Petion-Ville (8,300) and Delmas (2,100).",
            [("displaced", 8_300), ("displaced", 2_100)],
            id="places-in-brackets-after-a-kind-noun",
        ),
        pytest.param("Schools in Gao (12) and Kidal (4) stayed closed.", [], id="places-in-brackets-without-a-kind"),
        pytest.param(
            "Five (5) members of the armed group were killed in the encounter.",
            [("killed", 5)],
            id="number-restated-in-digits",
        ),
        pytest.param(
            "At least 120 wounded were evacuated to the regional hospital, of whom 27 were children.",
            [("injured", 120), ("injured", 27)],
            id="wounded-evacuated",
        ),
        pytest.param(
            "The demolition of at least 1,900 homes left families in the open.",
            [("houses_destroyed", 1_900)],
            id="demolition-of",
        ),
        pytest.param("The frost killed some 2,300 alpacas and 700 llamas.", [], id="animals"),
        pytest.param("The state counts 18 Internally Displaced Persons (IDP) camps.", [], id="idp-camps"),
        pytest.param(
            "Human lives lost (flood) today: 6 (Barpeta 4, Nagaon 2)",
            [("killed", 6), ("killed", 4), ("killed", 2)],
            id="parts-in-brackets-after-a-row",
        ),
        pytest.param("Population affected: 3,10,200 (Barpeta 1,02,000; Nagaon 98,000)", [], id="parts-of-no-figure"),
        pytest.param(
            "Two farmers riding home from the market on a motorbike lost their lives in the blast.",
            [("killed", 2)],
            id="long-subject-lost-their-lives",
        ),
        pytest.param(
            "The eruption caused four people to die and 38 people to suffer injuries.",
            [("killed", 4), ("injured", 38)],
            id="to-suffer-injuries",
        ),
        pytest.param(
            "Nine people with gunshot and machete wounds were taken to the district hospital.",
            [("injured", 9)],
            id="with-wounds",
        ),
        pytest.param(
            "Rescuers recovered the bodies, among them a baby and three women, from the beach.",
            [("killed", 1), ("killed", 3)],
            id="bodies-among-them",
        ),
        pytest.param(
            "Some 3,120 people remain in 11 centres and 940 are living in schools.",
            [("sheltered", 3_120), ("sheltered", 940)],
            id="remain-in-centres",
        ),
        pytest.param(
            '"My husband was killed in the market," she said. "They shot my brother dead too."',
            [("killed", 1), ("killed", 1)],
            id="a-witness-own-family",
        ),
        pytest.param("My colleagues said the camp was calm; my sister was born there.", [], id="family-not-harmed"),
        pytest.param(
            "The death toll from Sunday's ferry accident on the lake near the fishing town of Kalangala in the "
            "central region has risen to 31.",
            [("killed", 31)],
            id="long-gap-after-toll",
        ),
        pytest.param(
            "The death toll from Typhoon Lando (international name: Koinu) and the monsoon has climbed to 12.",
            [("killed", 12)],
            id="bracket-with-colon-after-toll",
        ),
        pytest.param(
            "Lightning killed two farmers, Abdul Karim, 52, and his nephew Rafiq, 19 - in a field near Sylhet.",
            [("killed", 2)],
            id="ages-of-named-victims-in-a-list",
        ),
        pytest.param(
            "Market Fire: Over 300 Left Homeless, Trader Burnt To Death", [("homeless", 300)], id="headline-capitals"
        ),
        pytest.param("Read also: I lost my son to the floods in the north", [], id="link-to-another-story"),
        pytest.param(
            "1,870 houses have had roofs blown off; 64 collapsed entirely.",
            [("houses_damaged", 1_870), ("houses_destroyed", 64)],
            id="roofs-blown-off",
        ),
        pytest.param(
            "At least 25 soldiers and VDP auxiliaries were killed in the ambush.", [("killed", 25)], id="two-groups"
        ),
        pytest.param(
            "Witnesses said 9 people died at the scene, among them a teacher and two children.",
            [("killed", 9), ("killed", 1), ("killed", 2)],
            id="singleton-among-them-after-a-place",
        ),
        pytest.param(
            "At least 64 aid workers and first responders have been killed since January.",
            [("killed", 64)],
            id="two-groups-of-two-words",
        ),
        pytest.param(
            "An estimated 31,000 people are living in the open after the quake.",
            [("homeless", 31_000)],
            id="in-the-open",
        ),
        pytest.param(
            "Officials said more than 8,000 people had crossed on Sunday; 2,100 others have crossed back to Herat.",
            [("displaced", 8_000), ("returned", 2_100)],
            id="had-crossed-crossed-back",
        ),
        pytest.param(
            "The number of people who lost their lives in the floods that swept through Lira town and the villages"
            " along the Okole river in northern Uganda on Sunday has risen to 41 from 36.",
            [("killed", 41)],
            id="number-who-lost-their-lives-far-from-the-count",
        ),
        pytest.param(
            "Malawi's death toll from the storm has shot up to 212 from 190, officials said.",
            [("killed", 212)],
            id="shot-up-to",
        ),
        pytest.param("Floods: death toll crosses 900 in Sindh", [("killed", 900)], id="toll-crosses"),
        pytest.param(
            "The state government put the number of those killed at 64, while residents said more.",
            [("killed", 64)],
            id="put-the-number-of-those-killed-at",
        ),
        pytest.param(
            "DISPLACEMENT BY WOREDA OF ORIGIN\nGimbi: 21,860 IND (4,127 HHs)\nHaru: 9,970 IND (1,879 HHs)",
            [("displaced", 21_860), ("displaced", 4_127), ("displaced", 9_970), ("displaced", 1_879)],
            id="displacement-heading",
        ),
        pytest.param(
            "The number of people forced from their homes by the fighting in the border region has climbed past 26,000."
            " Of those, around 14,000 have reached Cucuta.",
            [("displaced", 26_000), ("displaced", 14_000)],
            id="forced-from-their-homes-reached-a-town",
        ),
        pytest.param(
            "About 2,000 people were spending nights in 11 temporary shelters.",
            [("sheltered", 2_000)],
            id="spending-nights",
        ),
        pytest.param(
            "In the first half of May, 9,410 new arrivals were received at border entry points.",
            [("displaced", 9_410)],
            id="arrivals-received-at-the-border",
        ),
        pytest.param(
            "While 2,104 families / 8,870 persons are being served outside ECs.",
            [("evacuated", 2_104), ("evacuated", 8_870)],
            id="served-outside-evacuation-centres",
        ),
    ],
)
def test_lists_brackets_and_restatements_read_as_labelled(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_dotted_leaders_pipes_and_the_last_hours_share() -> None:
    text = (
        "1. CUMULATIVE LOSSES\n"
        "DEATHS ........................ 930 (LAST 24 HRS: 17)\n"
        "HOUSES FULLY DESTROYED ........ 41,200\n"
        "ROADS DAMAGED ................. 3,110 KM\n\n"
        "2. PROVINCE-WISE DEATHS\n"
        "SINDH 402 | PUNJAB 311 | ICT 2\n\n"
        "3. SHELTERED IDPS BY GOVERNORATE\n"
        "MOUNT LEBANON ........ 12,540\n"
        "AKKAR ................ 8,030\n\n"
        "5. RELIEF ITEMS DISPATCHED\n"
        "TENTS 18,000 | TARPAULINS 7,300"
    )
    assert kinds_values(text) == [
        ("killed", 930),
        ("killed", 17),
        ("houses_destroyed", 41_200),
        ("killed", 402),
        ("killed", 311),
        ("killed", 2),
        ("sheltered", 12_540),
        ("sheltered", 8_030),
    ]


def test_two_columns_named_in_the_heading() -> None:
    text = "3. BREAKDOWN BY REGION (deceased / homeless)\n- PIURA: 12 / 4,210\n- TUMBES: 7 / 1,040"
    assert kinds_values(text) == [("killed", 12), ("homeless", 4_210), ("killed", 7), ("homeless", 1_040)]
    unnamed = "By district:\nNorth: 2,970 / 1,845\nSouth: 2,102 / 1,310"
    assert kinds_values(unnamed) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The ministry said 14 martyrs were brought to the hospital.", [("killed", 14)], id="martyrs"),
        pytest.param("Lebanon displaced top 1.1 million", [("displaced", 1_100_000)], id="displaced-top"),
        pytest.param("The toll rose to 19, up from an earlier toll of six.", [("killed", 19)], id="earlier-toll-of"),
        pytest.param("Authorities evacuated four settlements along the river.", [], id="settlements"),
        pytest.param(
            "HUMAN CASUALTY: Death of 33 persons has been reported so far. District-wise: Puri - 19, Khurda - 8.",
            [("killed", 33), ("killed", 19), ("killed", 8)],
            id="district-wise-after-a-figure",
        ),
        pytest.param(
            "Across the region, (31) deaths reported and (40K+) people in collective shelters.",
            [("killed", 31), ("sheltered", 40_000)],
            id="counts-in-brackets-before-their-noun",
        ),
        pytest.param("Today alone we lost 96 lives.", [("killed", 96)], id="lost-lives"),
        pytest.param("Fully collapsed: 1,06,000 (approx.)", [("houses_destroyed", 106_000)], id="fully-collapsed"),
        pytest.param(
            "INSIDE EVACUATION CENTERS: 3,418 FAMILIES / 14,863 PERSONS\nOUTSIDE ECs (WITH RELATIVES): 23,972 FAMILIES",
            [("sheltered", 3_418), ("sheltered", 14_863), ("evacuated", 23_972)],
            id="inside-outside-evacuation-centres",
        ),
        pytest.param("The storm hit the region's 150,000 residents.", [], id="a-regions-population"),
        pytest.param("Seven cops martyred in attack on checkpoint", [("killed", 7)], id="cops-martyred"),
        pytest.param(
            "Mandalay accounted for 1,800 of the dead, Sagaing for 912 and Nay Pyi Taw for 249.",
            [("killed", 1_800), ("killed", 912), ("killed", 249)],
            id="places-accounting-for-parts",
        ),
        pytest.param("The NGO raised funds for 300 families, and Oxfam for 200.", [], id="for-without-a-figure"),
        pytest.param(
            "Families in safety locations : 917\nPersons in safety locations : 3,264",
            [("sheltered", 917), ("sheltered", 3_264)],
            id="safety-locations",
        ),
        pytest.param("Evacuation centres now hold 2,800 people.", [("sheltered", 2_800)], id="centres-hold"),
        pytest.param(
            "Four temporary shelters are operating with 1,070 persons housed.",
            [("sheltered", 1_070)],
            id="persons-housed",
        ),
        pytest.param("The agency housed 300 staff in hotels.", [], id="staff-housed"),
        pytest.param(
            "Sundus Shalabi, 23, was killed when a drone hit the house; Ahmed Salim was injured by shrapnel.",
            [("killed", 1), ("injured", 1)],
            id="named-victims",
        ),
        pytest.param(
            "Gunmen stormed the village, killing Fatoumata Guindo and two of her sons.",
            [("killed", 1), ("killed", 2)],
            id="named-victim-after-a-verb",
        ),
        pytest.param("Musa Bello killed two guards before fleeing.", [("killed", 2)], id="named-doer"),
        pytest.param("Prime Minister Kassim Majaliwa visited the area.", [], id="named-official"),
        pytest.param(
            "A total of 2,460 refugees (720 households) were moved from the border.",
            [("evacuated", 2_460), ("evacuated", 720)],
            id="were-moved",
        ),
        pytest.param("The 12 trucks were moved by the army.", [], id="things-moved"),
        pytest.param("Some 7,000 crossed in the past week.", [("displaced", 7_000)], id="crossed-in-the-past-week"),
        pytest.param(
            "An estimated 3 million persons are considered displaced.",
            [("displaced", 3_000_000)],
            id="considered-displaced",
        ),
        pytest.param("Some 1,100 refugees are going back to Sudan.", [("returned", 1_100)], id="going-back"),
        pytest.param(
            "Some 5.24 lakh people from 1.2 lakh families were now residing in 2,000 relief camps.",
            [("sheltered", 524_000), ("sheltered", 120_000)],
            id="lakh-people-from-lakh-families",
        ),
        pytest.param(
            "Houses damaged (partially) ... 57,604\nHouses destroyed (fully) ..... 12,389",
            [("houses_damaged", 57_604), ("houses_destroyed", 12_389)],
            id="house-rows-with-a-bracket",
        ),
        pytest.param(
            "The ministry put houses fully destroyed at around 2,000 and more than 20,000 partially damaged.",
            [("houses_destroyed", 2_000), ("houses_damaged", 20_000)],
            id="houses-destroyed-at",
        ),
        pytest.param(
            "About 1,200 families, or some 6,000 persons, evacuated to the town hall.",
            [("evacuated", 1_200), ("evacuated", 6_000)],
            id="families-or-persons",
        ),
        pytest.param(
            "More than 1,000 people remain in hotels and municipal sports halls.",
            [("sheltered", 1_000)],
            id="remain-in-hotels-and-halls",
        ),
        pytest.param(
            "The storm left 3 dead and 5 injured, while 3 718 people\n(1 043 households) were displaced.",
            [("killed", 3), ("injured", 5), ("displaced", 3_718), ("displaced", 1_043)],
            id="a-bracket-opening-a-line-goes-on-with-the-sentence",
        ),
        pytest.param(
            "Rain-related deaths in the province since 26 June have reached 31.",
            [("killed", 31)],
            id="deaths-with-a-date-in-the-gap",
        ),
        pytest.param("Militants set out the burning of 230 huts.", [("houses_destroyed", 230)], id="burning-of"),
        pytest.param("More than 50 persons received splinter injuries.", [("injured", 50)], id="received-injuries"),
        pytest.param(
            "8 Rohingyas including 3 children killed in landslides",
            [("killed", 8), ("killed", 3)],
            id="headline-including",
        ),
        pytest.param(
            "A bus carrying 43 workers plunged into a gorge; 12 died.", [("killed", 12)], id="carrying-workers"
        ),
        pytest.param(
            "1,205 families or 4,830 persons are currently taking temporary shelter in schools.",
            [("sheltered", 1_205), ("sheltered", 4_830)],
            id="taking-temporary-shelter-in",
        ),
        pytest.param(
            "Nearly 5,000 refugees have been relocated to community centres.",
            [("sheltered", 5_000)],
            id="community-centres",
        ),
        pytest.param(
            "The airstrike killed at least 23 people, including four children, who had taken refuge there.",
            [("killed", 23), ("killed", 4)],
            id="subgroup-with-its-own-relative-clause",
        ),
        pytest.param(
            "SITUATION REPORT ON THE EFFECTS OF THE TYPHOON, AS OF THE MORNING OF THE THIRD DAY\n\nDEAD: 402\n"
            "- Region XI: 380 (Compostela Valley 216; Davao Oriental 164)\n- Region X: 22\nINJURED: 610",
            [("killed", 402), ("killed", 380), ("killed", 216), ("killed", 164), ("killed", 22), ("injured", 610)],
            id="parts-in-brackets-of-a-list-item",
        ),
        pytest.param(
            "DAILY SITUATION REPORT ON THE DISPLACEMENT OF THE POPULATION\n\n"
            "- IDPS REGISTERED IN SHELTERS: 9,174 (IN 1,002 SHELTERS, OF WHICH 833 AT FULL CAPACITY)\n- SITES: 5",
            [("sheltered", 9_174)],
            id="sites-in-brackets-are-no-parts",
        ),
        pytest.param(
            "At the hospital, 63 people had been admitted with injuries since Thursday.",
            [("injured", 63)],
            id="admitted-with-injuries",
        ),
        pytest.param(
            "The agency put the number of houses destroyed at 12,694 and said another 10,785 were damaged.",
            [("houses_destroyed", 12_694), ("houses_damaged", 10_785)],
            id="put-the-number-of-houses-destroyed-at",
        ),
        pytest.param(
            "Some 900 refugees who had crossed in May have gone back to Myawaddy.",
            [("returned", 900)],
            id="a-relative-clause-is-no-main-verb",
        ),
        pytest.param("Fighting on April 11 and 12 closed the border crossing.", [], id="days-of-a-month"),
        pytest.param(
            "Around 40 persons were shifted to the Government Senior Secondary School.",
            [("sheltered", 40)],
            id="shifted-to-a-school",
        ),
        pytest.param(
            "Some 21,400 people are currently lodged in 190 relief camps.", [("sheltered", 21_400)], id="lodged"
        ),
        pytest.param("As many as 118 people remain untraced.", [("missing", 118)], id="untraced"),
        pytest.param(
            "Officials said 8,042 persons belonging to 1,956 families are staying in 61 relief camps.",
            [("sheltered", 8_042), ("sheltered", 1_956)],
            id="persons-belonging-to-families",
        ),
        pytest.param(
            "Erosion has devoured at least 310 homesteads in Kurigram.", [("houses_destroyed", 310)], id="devoured"
        ),
        pytest.param(
            "At least 12 were taken to clinics, and 40 remain in hospital.",
            [("injured", 12), ("injured", 40)],
            id="clinics-and-hospital",
        ),
    ],
)
def test_more_report_wording(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_headings_naming_crossings_and_tables_with_a_text_column() -> None:
    crossings = (
        "OHCHR has recorded 1,210 civilians killed in the country.\n\n"
        "BORDER CROSSINGS BY COUNTRY (cumulative since 24 Feb)\n"
        "Poland ...................... 1,431,669\n"
        "Romania ...................... 547,171"
    )
    assert kinds_values(crossings) == [("killed", 1_210), ("displaced", 1_431_669), ("displaced", 547_171)]
    table = (
        "MOVEMENTS BY DISTRICT OF ORIGIN\n"
        "District of origin   HH displaced   Main destination\n"
        "Al Jubah                   512       Marib City\n"
        "Harib                      198       Marib Al Wadi"
    )
    assert summary(table) == [
        ("displaced", 512, "exact", "households"),
        ("displaced", 198, "exact", "households"),
    ]


_KEY_FIGURES_WITH_GROUP_ROWS = """FLASH UPDATE #12

KEY FIGURES
- Displaced individuals: 6,420
- Of which children: 3,310 (52%)
- Households: 1,388
- Houses reported burnt: 240

BREAKDOWN BY DESTINATION
- Mueda sede: 2,900 individuals
- Montepuez district: 2,100 individuals
- Pemba city: 1,420 individuals
"""


def test_rows_naming_a_group_and_a_breakdown_by_destination() -> None:
    assert kinds_values(_KEY_FIGURES_WITH_GROUP_ROWS) == [
        ("displaced", 6_420),
        ("displaced", 3_310),
        ("displaced", 1_388),
        ("houses_destroyed", 240),
        ("displaced", 2_900),
        ("displaced", 2_100),
        ("displaced", 1_420),
    ]


def test_a_group_row_under_no_figure_is_none() -> None:
    text = "People in need: 2,000,000\nChildren: 1,100,000\nHouses burnt: 90\nWomen: 400"
    assert kinds_values(text) == [("houses_destroyed", 90)]
    assert kinds_values("Displaced persons: 9,100\nAffected persons: 52,000") == [("displaced", 9_100)]


_TWO_LINE_HEADER_TABLE = """Impact by district (as at 0900 hrs)

District     Persons    Deaths  Missing  Houses     Houses       Persons in
             affected                    fully dmg  partly dmg   welfare centres
Badulla       18,420      4        1        9          230         2,115
Matale         6,031      1        0        0           75           410
"""


def test_a_table_header_on_two_lines_names_its_columns_by_the_words_under_them() -> None:
    assert kinds_values(_TWO_LINE_HEADER_TABLE) == [
        ("killed", 4),
        ("missing", 1),
        ("houses_destroyed", 9),
        ("houses_damaged", 230),
        ("sheltered", 2_115),
        ("killed", 1),
        ("houses_damaged", 75),
        ("sheltered", 410),
    ]


_TABLE_UNDER_A_FIGURE = """A total of 10,410 families have been displaced.

Inside Evacuation Centers (ECs)
2,140 families / 9,870 persons are currently staying in 31 ECs, broken down as follows:

Province | No. of ECs | Families | Persons
Surigao del Sur | 19 | 1,300 | 6,020
Agusan del Sur | 12 | 840 | 3,850
"""


def test_a_table_naming_only_units_breaks_down_the_figure_above_it() -> None:
    assert kinds_values(_TABLE_UNDER_A_FIGURE) == [
        ("displaced", 10_410),
        ("sheltered", 2_140),
        ("sheltered", 9_870),
        ("sheltered", 1_300),
        ("sheltered", 6_020),
        ("sheltered", 840),
        ("sheltered", 3_850),
    ]


def test_a_table_of_units_under_no_figure_is_none() -> None:
    text = (
        "Beneficiaries by province:\n\nProvince | Families | Persons\nSurigao | 1,300 | 6,020\nAgusan | 840 | 3,850\n"
    )
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Evacuation orders covering roughly 2.3 million residents remained in force.",
            [("evacuated", 2_300_000)],
            id="evacuation-orders-covering",
        ),
        pytest.param("Police ordered out some 40,000 residents.", [("evacuated", 40_000)], id="ordered-out"),
        pytest.param(
            "Some 90,000 people have fled. The largest numbers are in Gedeo zone (41,000) and Guji (28,000).",
            [("displaced", 90_000), ("displaced", 41_000), ("displaced", 28_000)],
            id="largest-numbers-in-brackets",
        ),
        pytest.param(
            "No casualties were reported, though power supply to 1.2 million households was cut.",
            [],
            id="no-casualties-though",
        ),
    ],
)
def test_orders_shares_and_a_clause_after_though(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


_SPANNING_HEADER_TABLE = """STATUS OF DISPLACED POPULATION
                     INSIDE ECs                    OUTSIDE ECs
REGION          Families      Persons         Families      Persons
VI                 4,210       16,880            1,305        5,010
Caraga             2,950       11,400              820        3,270
"""

_TITLED_TABLE = """ARRIVALS RECORDED AT TRANSIT SITES (as of 3 May)
State of      Locality of        Households    Individuals
arrival       arrival            (HHs)         (IND)
White Nile    Kosti                  2,120         10,600
Gedaref       Gallabat               1,480          7,400
"""

_SECOND_HEADER_LINE_WITH_FEWER_CELLS = """ESTIMATED DISPLACEMENT BY CAMP
Camp           Registered      Estimated
               population      displaced
Balata             30,000          6,000
Askar              19,500          2,400
"""

_PIPE_HEADER_ON_TWO_LINES = """ARRIVALS BY POINT OF ENTRY
| Point of entry | South Sudanese | Sudanese and   |
|                | returnees      | other refugees |
|----------------|----------------|----------------|
| Renk           | 120,400        | 31,050         |
| Aweil          | 9,870          | 2,230          |
"""

_SPLIT_COLUMN_AND_NIL = """CUMULATIVE LOSSES SINCE 26 JUNE
Province /            Deaths   Injured      Houses damaged
Region                                    Fully    Partially
Punjab                   121       402       96          870
ICT                        4         1        -           10
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _SPANNING_HEADER_TABLE,
            [
                ("sheltered", 4_210), ("sheltered", 16_880), ("displaced", 1_305), ("displaced", 5_010),
                ("sheltered", 2_950), ("sheltered", 11_400), ("displaced", 820), ("displaced", 3_270),
            ],
            id="words-spanning-the-header",
        ),
        pytest.param(
            _TITLED_TABLE,
            [("displaced", 2_120), ("displaced", 10_600), ("displaced", 1_480), ("displaced", 7_400)],
            id="units-under-a-title-naming-the-kind",
        ),
        pytest.param(
            _SECOND_HEADER_LINE_WITH_FEWER_CELLS,
            [("displaced", 6_000), ("displaced", 2_400)],
            id="second-header-line-with-fewer-cells",
        ),
        pytest.param(
            _PIPE_HEADER_ON_TWO_LINES,
            [("returned", 120_400), ("displaced", 31_050), ("returned", 9_870), ("displaced", 2_230)],
            id="pipe-header-on-two-lines",
        ),
        pytest.param(
            _SPLIT_COLUMN_AND_NIL,
            [
                ("killed", 121), ("injured", 402), ("houses_destroyed", 96), ("houses_damaged", 870),
                ("killed", 4), ("injured", 1), ("houses_damaged", 10),
            ],
            id="one-header-cell-over-two-columns-and-a-dash",
        ),
    ],
)  # fmt: skip
def test_tables_with_headers_on_two_lines(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


_FRENCH_LETTERHEAD_ENGLISH_REPORT = """HAITI - Direction Générale de la Protection Civile (DGPC)
Situation Report No. 3 - Floods of 8-9 May 2025 (Nord-Ouest)
Port-de-Paix, 10 May 2025, 10:00

Heavy rains fell over three departments during the night, causing rivers to overflow in the Nord-Ouest and the
Artibonite. Provisional toll as compiled by the departmental emergency centres:

- Deaths: 14
- Missing: 6
- Persons in temporary shelters: 1,210
"""


def test_an_english_report_under_a_french_letterhead_reads_as_english() -> None:
    assert detect_language(_FRENCH_LETTERHEAD_ENGLISH_REPORT) == "en"
    assert kinds_values(_FRENCH_LETTERHEAD_ENGLISH_REPORT) == [("killed", 14), ("missing", 6), ("sheltered", 1_210)]


def test_a_french_report_with_a_title_cased_headline_stays_french() -> None:
    text = (
        "Inondations Au Niger : Le Bilan Passe À 27 Morts Selon La Protection Civile\n\n"
        "Les pluies diluviennes qui se sont abattues sur la région de Maradi ont fait au moins 27 morts et plus de "
        "3 000 sinistrés, selon un bilan communiqué mardi par la direction générale de la protection civile."
    )
    assert detect_language(text) == "fr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 30 odd families fled, and another 20 or so were hurt.", [("displaced", 30), ("injured", 20)],
                     id="odd-and-or-so"),
        pytest.param("Strikes have killed 412 people, up from an estimate of 350 dead last week.", [("killed", 412)],
                     id="up-from-an-estimate-of"),
        pytest.param("Of the 150 injured, 41 remain in hospitals.", [("injured", 150), ("injured", 41)],
                     id="remain-in-hospitals"),
        pytest.param("Three herders who set out from Ngala on Friday remain missing.", [("missing", 3)],
                     id="remain-after-a-relative-clause"),
        pytest.param("Deaths by district:\n- Kasese: 20\n- Bundibugyo: 22\n- Other districts: 6",
                     [("killed", 20), ("killed", 22), ("killed", 6)], id="other-districts"),
    ],
)  # fmt: skip
def test_hedges_after_counts_old_estimates_and_list_remainders(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert kinds_values(text) == expected


_TABBED_TWO_LINE_HEADER = (
    "DISTRICT-WISE DETAILS\n"
    "District\tAffected\tDeaths\tMissing\tHouses\tSafety\tPersons in\n"
    "\tfamilies\t\t\tfully dmg.\tcentres\tsafety centres\n"
    "Matara\t12,010\t14\t3\t41\t62\t8,120\n"
    "Galle\t9,400\t6\t-\t12\t35\t4,015\n"
)

_HEADER_SPANNING_PAST_ITS_WORDS = """CUMULATIVE LOSSES
                                       Houses damaged
Province            Deaths   Injured   Partially     Fully
Sindh                  201     1,220      60,310    21,404
"""

_UNITS_UNDER_A_TITLE_OF_SITES = """Accommodation centres by province
Province    | Centres | People
Sofala      |      41 |  22,600
Manica      |      12 |   5,090
"""

_BREAKDOWN_BY_CAUSE = """By region of arrival
Region            Total     Drought   Conflict
Bay              11,200      9,900      1,300
Gedo              4,100      4,100          -
"""

_LAKH_CELLS = """2. RELIEF CAMPS (as at 6.00 PM)
District          Camps    Families     Persons
Ernakulam           812      70,240    2,64,391
Thrissur            610      41,618    1,61,227
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_TABBED_TWO_LINE_HEADER, [
            ("killed", 14), ("missing", 3), ("houses_destroyed", 41), ("sheltered", 8_120),
            ("killed", 6), ("houses_destroyed", 12), ("sheltered", 4_015),
        ], id="tabs-keep-empty-cells"),
        pytest.param(_HEADER_SPANNING_PAST_ITS_WORDS, [
            ("killed", 201), ("injured", 1_220), ("houses_damaged", 60_310), ("houses_destroyed", 21_404),
        ], id="spanning-header-just-short-of-a-column"),
        pytest.param(_UNITS_UNDER_A_TITLE_OF_SITES, [("sheltered", 22_600), ("sheltered", 5_090)],
                     id="centres-counted-people-sheltered"),
        pytest.param(_BREAKDOWN_BY_CAUSE, [
            ("displaced", 11_200), ("displaced", 9_900), ("displaced", 1_300), ("displaced", 4_100),
            ("displaced", 4_100),
        ], id="total-and-causes-under-arrivals"),
        pytest.param(_LAKH_CELLS, [
            ("sheltered", 70_240), ("sheltered", 264_391), ("sheltered", 41_618), ("sheltered", 161_227),
        ], id="lakh-grouping-in-cells"),
    ],
)  # fmt: skip
def test_more_table_shapes(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 210 tukuls were burnt to the ground.", [("houses_destroyed", 210)], id="tukuls"),
        pytest.param("About 30 shacks were torn down.", [("houses_destroyed", 30)], id="torn-down"),
        pytest.param(
            "Some 25 houses and the village's grain stores were torched.",
            [("houses_destroyed", 25)],
            id="houses-and-a-named-thing",
        ),
        pytest.param(
            "Of the 90 houses hit, 61 were completely destroyed and 29 partially damaged.",
            [("houses_destroyed", 61), ("houses_damaged", 29)],
            id="parts-of-the-houses-named-first",
        ),
    ],
)
def test_houses_by_their_names_and_parts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


_HOUSE_TABLE_UNDER_ITS_TITLE = """Damage to private homes by district, as of 12 March:

District        Fully destroyed    Partially damaged
Lamjung              4,210               1,305
Tanahun              2,880               3,940
"""

_LIST_UNDER_ITS_TITLE = """Returnees by province of return (individuals):

Kunduz                    41,200
Baghlan                   18,750
"""


def test_a_table_set_apart_from_its_title_takes_the_houses_it_names() -> None:
    assert kinds_values(_HOUSE_TABLE_UNDER_ITS_TITLE) == [
        ("houses_destroyed", 4210),
        ("houses_damaged", 1305),
        ("houses_destroyed", 2880),
        ("houses_damaged", 3940),
    ]


def test_a_list_set_apart_from_its_title_takes_its_kind() -> None:
    assert kinds_values(_LIST_UNDER_ITS_TITLE) == [("returned", 41200), ("returned", 18750)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Blaze guts 1,900 shelters, 11,000 left homeless", [("houses_destroyed", 1900),
                     ("homeless", 11000)], id="homeless-after-houses"),
        pytest.param("The number of people killed when a 14-storey block collapsed rose to 41 from 30.",
                     [("killed", 41)], id="measure-in-the-gap"),
        pytest.param("The death toll from shells that hit two displacement camps has risen to 17.", [("killed", 17)],
                     id="displacement-camps-in-a-toll"),
        pytest.param("Forensic staff raised the number of deceased to 64 from 51.", [("killed", 64)],
                     id="number-of-deceased"),
    ],
)  # fmt: skip
def test_tolls_past_measures_and_camps(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


_SITES_OPEN_TABLE = """Division     ECs open    Evacuees
Northern       140         9,310
Eastern         61         4,275
"""


def test_a_column_of_open_sites_counts_no_people() -> None:
    assert kinds_values(_SITES_OPEN_TABLE) == [("evacuated", 9310), ("evacuated", 4275)]


_TABLE_INSIDE_CENTERS = """Table 3. Number of Displaced Families / Persons Currently Inside Evacuation Centers
REGION | FAMILIES | PERSONS
V | 12,410 | 48,905
VIII | 3,207 | 11,862
"""


def test_a_table_titled_inside_evacuation_centres_counts_the_sheltered() -> None:
    assert kinds_values(_TABLE_INSIDE_CENTERS) == [
        ("sheltered", 12410),
        ("sheltered", 48905),
        ("sheltered", 3207),
        ("sheltered", 11862),
    ]


_INSIDE_OUTSIDE_ROWS = """Displaced population (currently served)
                    Families    Persons
Inside ECs          11,402      43,118
Outside ECs          6,950      27,304
"""


def test_rows_inside_and_outside_evacuation_centres_under_an_indented_header() -> None:
    assert kinds_values(_INSIDE_OUTSIDE_ROWS) == [
        ("sheltered", 11402),
        ("sheltered", 43118),
        ("displaced", 6950),
        ("displaced", 27304),
    ]
