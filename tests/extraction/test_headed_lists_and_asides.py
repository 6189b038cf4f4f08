"""Lists under a heading line or a labelled item ("- Government forces: 88 civilians"), the numbers that name a
site or give an age rather than count people, speakers after a relative clause, and people named after a toll
with its day. Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values


def test_labelled_items_under_a_heading_line_take_its_kind() -> None:
    text = (
        "The network recorded the deaths of 214 civilians in March.\n\n"
        "Deaths by party responsible\n"
        "- Government forces: 88 civilians, including 21 children and 14 women\n"
        "- Unidentified gunmen and explosive remnants of war: 40 civilians\n"
        "- Rebel groups: 9 civilians"
    )
    assert kinds_values(text) == [
        ("killed", 214), ("killed", 88), ("killed", 21), ("killed", 14), ("killed", 40), ("killed", 9),
    ]  # fmt: skip


def test_items_after_one_the_list_cannot_read_keep_the_opening_kind() -> None:
    text = (
        "The monitor put the week's toll at 530. The toll is distributed as follows:\n\n"
        "- 402 civilians, most of them shot at checkpoints\n"
        "- 77 members of the security services\n"
        "- 51 gunmen from the armed groups"
    )
    assert ("killed", 77) in kinds_values(text)
    assert ("killed", 51) in kinds_values(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            "New arrivals at the camp, by month\n- March: 1,204 people\n"
            "- Site population at month's end: 18,300 people",
            18_300,
            id="population-label",
        ),
        pytest.param(
            "Displacement in the district:\n- 6,100 people displaced\n- Departures (returns to villages): 940 people",
            940,
            id="label-of-another-kind",
        ),
        pytest.param(
            "Casualties in the raid:\n- 3 people killed\n- Police: one officer sustained a broken arm",
            1,
            id="label-then-its-own-verb",
        ),
    ],
)
def test_a_labelled_item_of_its_own_kind_or_a_population_does_not_take_the_list_kind(text: str, absent: int) -> None:
    assert [kv for kv in kinds_values(text) if kv[1] == absent and kv[0] in ("killed", "displaced")] == []


def test_people_in_counted_sites_under_a_displacement_list_are_sheltered() -> None:
    text = "KEY FIGURES\n- 22,400 people displaced\n- 3,150 people in 8 collective sites"
    assert kinds_values(text) == [("displaced", 22_400), ("sheltered", 3_150)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Guards said five inmates from Pavilion 3 remained unaccounted for.", [("missing", 5)], id="pavilion"
        ),
        pytest.param("Two guards at Gate 4 were wounded in the blast.", [("injured", 2)], id="gate"),
        pytest.param(
            "Some 1,800 people who had fled along Highway 9 were sheltering in schools.",
            [("sheltered", 1_800)],
            id="highway",
        ),
    ],
)
def test_a_number_naming_a_site_counts_no_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"They came at night," said Leila Mansour, 29, whose husband was killed.', id="age-then-whose"),
        pytest.param("Yusuf Adamu, 61, and his two grandsons fled the village on foot.", id="age-then-and-his"),
        pytest.param("Grace Achieng, 29, a mother of four, was among those killed.", id="age-then-a"),
    ],
)
def test_an_age_in_apposition_to_a_name_is_no_count(text: str) -> None:
    assert [kv for kv in kinds_values(text) if kv[1] in (29, 61)] == []


def test_nouns_of_two_kinds_in_one_list_keep_their_own() -> None:
    text = "Since Monday, 12,700 people have crossed. Among them are about 9,800 refugees and 2,900 returnees."
    assert ("returned", 9_800) not in kinds_values(text)
    assert ("returned", 2_900) in kinds_values(text)


def test_a_person_named_after_a_toll_with_its_day_is_one_of_the_dead() -> None:
    text = (
        "At least six civilians were killed in Bambari on 4 May, among them a schoolteacher, and 14 people are still "
        "missing."
    )
    assert kinds_values(text) == [("killed", 6), ("killed", 1), ("missing", 14)]


@pytest.mark.parametrize(
    "text",
    [
        "One man who reached Renk with his three daughters told us the militia had burned his farm.",
        "Some 40 families who fled the shelling told aid workers they had nothing left to go back to.",
    ],
)
def test_people_who_moved_and_then_speak_are_speakers_not_a_figure(text: str) -> None:
    assert [kv for kv in kinds_values(text) if kv[0] == "displaced"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "- Families displaced by province: Kandal: 410 families; Kratie: 265 families; "
            "other provinces: 90 families",
            [("displaced", 410), ("displaced", 265), ("displaced", 90)],
            id="labelled-rows-in-one-line",
        ),
        pytest.param(
            "Two more bodies were found, bringing the death toll in the valley since May 3 to 19.",
            [("killed", 2), ("killed", 19)],
            id="toll-since-a-day-to",
        ),
        pytest.param(
            "A boy drowned on Friday, raising the number of lives lost in this season's floods in Sunamganj to 41.",
            [("killed", 1), ("killed", 41)],
            id="lives-lost-raised",
        ),
        pytest.param(
            "Nine bodies, including those of four children, were pulled from the river.",
            [("killed", 9), ("killed", 4)],
            id="those-of-a-part",
        ),
        pytest.param("Among dead are 31 children and 12 women.", [("killed", 31), ("killed", 12)], id="among-dead"),
        pytest.param("Three men, ages 22, 25 and 40, died in the crash.", [("killed", 3)], id="ages-aside"),
        pytest.param(
            "Some 2,100 people whose wooden stilt houses were swept away are now homeless.",
            [("homeless", 2_100)],
            id="whose-houses-aside",
        ),
        pytest.param(
            "Collective centres in Sumy and Okhtyrka are currently housing 4,700 people.",
            [("sheltered", 4_700)],
            id="centres-somewhere-housing",
        ),
        pytest.param(
            "About 140 residents of damaged buildings have been placed in temporary accommodation.",
            [("sheltered", 140)],
            id="residents-of-damaged-buildings",
        ),
    ],
)
def test_counts_past_a_date_an_age_or_the_homes_they_lost(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two farmers were struck dead by lightning in Rangpur.", [("killed", 2)], id="struck-dead"),
        pytest.param(
            "The district now runs 120 relief camps sheltering 48,600 people.",
            [("sheltered", 48_600)],
            id="relief-camps-sheltering",
        ),
        pytest.param(
            "Nine private houses, a water main, a power line and three cars were damaged.",
            [("houses_damaged", 9)],
            id="houses-listed-with-things",
        ),
    ],
)
def test_more_verbs_sites_and_listed_things(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has airlifted 4,200 food packs to the island ahead of the storm.",
        "Volunteers distributed 900 hygiene kits and evacuated nobody, the mayor said.",
    ],
)
def test_relief_goods_counted_are_no_people(text: str) -> None:
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The surgical team has admitted 212 war-wounded since March.", [("injured", 212)], id="war-wounded"
        ),
        pytest.param("Prosecutors recorded 1,904 homicide victims last year.", [("killed", 1_904)], id="homicide"),
        pytest.param(
            "At least 19 soldiers and VDP were killed and 8 were wounded near Djibo.",
            [("killed", 19), ("injured", 8)],
            id="force-named-by-initials",
        ),
        pytest.param(
            "Four villagers were later found burned to death in a granary.", [("killed", 4)], id="found-burned"
        ),
    ],
)
def test_monitors_words_for_the_dead_and_the_hurt(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_the_hurt_among_new_arrivals_are_hurt() -> None:
    text = "Aid workers said that among the new arrivals were about 450 wounded, many with burns."
    assert kinds_values(text) == [("injured", 450)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Storm updates: list of missing grows to 212", [("missing", 212)], id="list-of-missing"),
        pytest.param(
            "Officials narrowed the number of people still unaccounted for after the cyclone to 47.",
            [("missing", 47)],
            id="unaccounted-narrowed",
        ),
        pytest.param("About 6,000 homes and businesses were flooded in the lower town.", [], id="homes-and-businesses"),
        pytest.param("Some 180 houses and shops were burned in the market town.", [], id="houses-and-shops"),
    ],
)
def test_running_counts_of_the_missing_and_houses_counted_with_other_buildings(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert kinds_values(text) == expected


def test_a_numbered_list_of_names_with_ages_counts_no_one() -> None:
    text = "Police released the names of the dead:\n1. R. Tomba Singh (47)\n2. Dr. Hemanta Devi (63)"
    assert [kv for kv in kinds_values(text) if kv[1] in (47, 63)] == []


def test_a_table_of_sites_by_population_does_not_take_the_kind_of_the_paragraph_before() -> None:
    text = (
        "Over the fortnight, 2,300 households left the sites to return to their villages.\n\n"
        "Table 2. Largest sites by population\n"
        "Site | Territory | Households | Individuals\n"
        "Kanyaruchinya | Nyiragongo | 9,120 | 40,800\n"
        "Bulengo | Goma | 7,340 | 31,950"
    )
    assert kinds_values(text) == [("returned", 2_300)]


def test_people_once_missing_and_since_found_alive_are_not_missing() -> None:
    text = "Three fishermen who were reported missing on Friday have since been found alive on a reef."
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The 23 passengers, among them four children, must now be considered missing.",
            [("missing", 23), ("missing", 4)],
            id="must-be-considered",
        ),
        pytest.param("A fishing boat reached the port with two bodies on board.", [("killed", 2)], id="bodies-aboard"),
        pytest.param("Six people were treated on board for fuel burns.", [("injured", 6)], id="treated-on-board"),
        pytest.param(
            "Among the dead whose identity could be confirmed were at least 11 children.",
            [("killed", 11)],
            id="among-the-dead-whose",
        ),
    ],
)
def test_sea_rescue_wording(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_houses_in_a_breakdown_take_no_kind_of_people() -> None:
    text = (
        "A landslide killed four people on Monday.\n\n"
        "Damage by commune (Civil Protection):\n"
        "- Kabezi: 640 houses destroyed\n"
        "- Mutimbuzi: 1,300 houses damaged or destroyed (assessment ongoing)"
    )
    assert ("killed", 1_300) not in kinds_values(text)


def test_what_should_be_done_is_a_projection() -> None:
    figures = extract("Another 2,400 residents should be evacuated in the coming days.", lang="en")
    assert [(f.kind.value, f.value, f.projection) for f in figures] == [("evacuated", 2_400, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Residents under evacuation orders: 12,400", [("evacuated", 12_400)], id="order-row"),
        pytest.param(
            "About 640 people whose homes were flooded spent Thursday night in two sports halls.",
            [("sheltered", 640)],
            id="a-named-night",
        ),
        pytest.param(
            "Some 90 residents were still sleeping at the municipal pavilion.", [("sheltered", 90)], id="pavilion"
        ),
        pytest.param(
            "About 1,700 people had been rehoused temporarily in hotels and student residences.",
            [("sheltered", 1_700)],
            id="rehoused",
        ),
    ],
)
def test_people_housed_after_a_flood(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_an_introduction_to_names_makes_bracketed_numbers_ages() -> None:
    text = (
        "Police said seven people died in the collapse.\n\nThe deceased:\n1. Mohammed Salim Ansari (42)\n"
        "2. Rukhsana Ansari (36)\n3. Zoya Shaikh (2)"
    )
    assert kinds_values(text) == [("killed", 7)]


def test_an_item_saying_people_received_aid_keeps_off_the_list_kind() -> None:
    text = (
        "RESPONSE\n- Since May, 380 people have been treated for gunshot wounds.\n"
        "- 64 survivors of sexual violence received clinical care within 72 hours."
    )
    assert kinds_values(text) == [("injured", 380)]


def test_loss_of_life_by_province_is_a_breakdown_of_the_dead() -> None:
    text = (
        "So far 912 people have lost their lives and 4,300 have been injured.\n\n"
        "Loss of life by province (provisional):\nBatken | 512\nOsh | 400"
    )
    assert kinds_values(text) == [("killed", 912), ("injured", 4_300), ("killed", 512), ("killed", 400)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 2,500 people spent the weekend in evacuation centres.", [("sheltered", 2_500)], id="the-weekend"
        ),
        pytest.param("Officials put damaged houses at about 740.", [("houses_damaged", 740)], id="put-damaged-at"),
        pytest.param(
            "About 3,000 families are thought to have left damaged homes in the old town.",
            [("displaced", 3_000)],
            id="left-damaged-homes",
        ),
        pytest.param("In Adiyaman, 48,000 people are living in containers.", [("sheltered", 48_000)], id="containers"),
    ],
)
def test_after_an_earthquake_or_a_storm(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_lists_by_community_with_areas_and_the_rest() -> None:
    # a heading broken down "by community"; items naming an area around a town, other communities, the rest
    text = (
        "Evacuees still registered with the Red Cross, by community (as of 3 July):\n\n"
        "- Lac La Ronge Indian Band (Stanley Mission): 1,240\n"
        "- Creighton and area: 2,310\n"
        "- Other communities: about 980"
    )
    assert kinds_values(text, "en") == [("evacuated", 1240), ("evacuated", 2310), ("evacuated", 980)]
    text = "Heat deaths by region (estimates):\n\nLombardy - 212\nRest of Italy - 305"
    assert kinds_values(text, "en") == [("killed", 212), ("killed", 305)]
