"""Counts whose kind is told elsewhere: lists paired with places by "respectively", items of a list its opening line
names, quoted counts, house counts opened by whose houses they are, dashes typed as two hyphens; and "two more"
that counts the things before it. Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nearly 31,000 people have fled across the border since May. Kenya, Uganda and Rwanda have received "
            "about 15,000, 9,000 and 7,000 respectively.",
            [("displaced", 31_000), ("displaced", 15_000), ("displaced", 9_000), ("displaced", 7_000)],
            id="host-countries-after-a-flight",
        ),
        pytest.param(
            "The storm killed 71 people on the two islands. Leyte and Samar reported 44 and 27, respectively.",
            [("killed", 71), ("killed", 44), ("killed", 27)],
            id="provinces-reporting-a-toll",
        ),
        pytest.param(
            "Some 920,000 people are displaced in the east. The Ituri and North Kivu provinces account for about "
            "510,000 and 410,000 of them respectively.",
            [("displaced", 920_000), ("displaced", 510_000), ("displaced", 410_000)],
            id="parts-of-them-by-province",
        ),
        pytest.param(
            "A total of 640 people were hurt, 402 and 238 in the two districts respectively.",
            [("injured", 640), ("injured", 402), ("injured", 238)],
            id="same-sentence-kind-first",
        ),
    ],
)
def test_a_respectively_list_takes_the_kind_counted_before_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The floods killed 40 people last week. The two schools hold 300 and 450 pupils respectively.",
            id="room-in-schools",
        ),
        pytest.param("The floods killed 40 people. Rice and oil rose 30 and 45 percent respectively.", id="prices"),
    ],
)
def test_a_respectively_list_of_other_things_gains_nothing(text: str) -> None:
    assert [kv for kv in kinds_values(text) if kv[1] in (300, 450, 30, 45)] == []


def test_items_of_a_list_take_the_kind_its_opening_line_names() -> None:
    text = (
        "Monitors said 12 civilians and 7 fighters died on Sunday. The civilians were killed as follows:\n"
        "- 5 civilians, including 3 children, in an airstrike on Maar Shamshah\n"
        "- 4 civilians, among them a woman and her son, in shelling on Tell Mardikh\n"
        "- 3 civilians in a drone strike near Sarmin"
    )
    assert kinds_values(text) == [
        ("killed", 12), ("killed", 7), ("killed", 5), ("killed", 3), ("killed", 4), ("killed", 1), ("killed", 1),
        ("killed", 3),
    ]  # fmt: skip


def test_list_items_of_displaced_people_in_sites_are_sheltered() -> None:
    text = (
        "Since the attacks, 5,210 people have been displaced around Mirebalais:\n"
        "- 1 930 individuals in spontaneous sites in Mirebalais\n"
        "- 3 280 individuals with host families in Lascahobas"
    )
    assert kinds_values(text) == [("displaced", 5_210), ("sheltered", 1_930), ("displaced", 3_280)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Relief has reached the following places:\n- 6 trucks in Sarmin\n- 4 convoys in Binnish", id="things"
        ),
        pytest.param(
            "About 3,000 people fled the clashes:\n- About 2,000 people in Bor live near the river.",
            id="an-item-with-a-verb-of-its-own",
        ),
        pytest.param(
            "Some 1,400 people were evacuated overnight:\n"
            "- Some 900 people in Kosti could be cut off if the dam fails.",
            id="an-item-saying-what-is-to-come",
        ),
    ],
)
def test_list_items_of_things_or_with_their_own_verb_take_no_kind_from_the_opening(text: str) -> None:
    assert [kv for kv in kinds_values(text) if kv[1] in (6, 4, 2_000, 900)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The mayor said "more or less 150 houses" had been burnt to the ground.',
            [("houses_destroyed", 150, "about")],
            id="more-or-less-in-quotes",
        ),
        pytest.param(
            'An official said the number of soldiers killed was "between 30 and 35".',
            [("killed", 30, "range")],
            id="a-quoted-range",
        ),
        pytest.param(
            'Residents said "about a hundred" families had taken refuge in the parish.',
            [("displaced", 100, "about")],
            id="a-quoted-a-hundred",
        ),
        pytest.param("The raid left more or less 40 people dead.", [("killed", 40, "about")], id="more-or-less"),
        pytest.param("Militants behead 9 in Macomia raids", [("killed", 9, "exact")], id="behead-in-a-headline"),
    ],
)
def test_quoted_counts_and_hedges_are_read(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(kind, value, qualifier) for kind, value, qualifier, _group in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the village's roughly 2,600 private houses, 900 were completely destroyed, the mayor says.",
            [("houses_destroyed", 900)],
            id="whose-houses",
        ),
        pytest.param(
            "Of the estimated 90,000 housing units in the city before the war, it said, about 51,000 had been "
            "completely destroyed. A further 17,000 were partially damaged.",
            [("houses_destroyed", 51_000), ("houses_damaged", 17_000)],
            id="an-estimate-and-who-says-it",
        ),
        pytest.param(
            "Around 35 high-rise apartment blocks were damaged in the strike.",
            [("houses_damaged", 35)],
            id="apartment-blocks",
        ),
    ],
)
def test_house_counts_named_by_their_opening_or_as_blocks(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_a_dash_typed_as_two_hyphens_parts_an_aside() -> None:
    text = "Officials said some 40,000 people -- about a third of the district -- had fled their homes."
    assert kinds_values(text) == [("displaced", 40_000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Seven mobile clinic teams have been deployed to Herat, and two more are expected to arrive on Monday.",
            [],
            id="teams",
        ),
        pytest.param(
            "Twelve trucks have been sent to Herat, and three more are on their way to arrive.", [], id="trucks"
        ),
        pytest.param(
            "Some 2,300 people are sleeping in 14 schools, and at least 800 more are staying with host families.",
            [("sheltered", 2_300), ("displaced", 800)],
            id="people-counted-before-the-sites",
        ),
        pytest.param(
            "Nine people were killed in the village, and two more died in hospital.",
            [("killed", 9), ("killed", 2)],
            id="people",
        ),
    ],
)
def test_two_more_counts_what_was_counted_before_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The toll rose to 61, while nearly 24 lakh people in 19 districts remained affected.", id="remained"
        ),
        pytest.param("The toll rose to 61, while about 900,000 people across the state are affected.", id="across"),
    ],
)
def test_people_affected_after_a_toll_are_no_figure(text: str) -> None:
    assert kinds_values(text) == [("killed", 61)]


def test_a_further_count_in_storm_affected_areas_is_still_a_figure() -> None:
    text = "Some 4,000 were displaced in the city and a further 5,120 in other storm-affected areas."
    assert kinds_values(text) == [("displaced", 4_000), ("displaced", 5_120)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The whereabouts of about 1,300 residents of the villages the army has not yet reached remain unknown.",
            [("missing", 1_300)],
            id="whereabouts-unknown-after-a-long-phrase",
        ),
        pytest.param("Delta Fire: 42,000 ordered out", [("evacuated", 42_000)], id="ordered-out-in-a-headline"),
        pytest.param(
            "County officials expanded mandatory evacuation orders to cover roughly 95,000 people.",
            [("evacuated", 95_000)],
            id="evacuation-orders-widened-to-cover",
        ),
        pytest.param(
            "According to the provincial authority, the death toll includes 212 children and 98 women.",
            [("killed", 212), ("killed", 98)],
            id="a-toll-that-includes",
        ),
        pytest.param(
            "9 Gambians among 31 drowned off Mauritania", [("killed", 9), ("killed", 31)], id="among-those-drowned"
        ),
    ],
)
def test_verbs_of_evacuation_death_and_disappearance_in_other_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Raiders attacked cattle camps on Monday, killing 14 people and wounding 22 others, a county official "
            "has told Radio Miraya.",
            [("killed", 14), ("injured", 22)],
            id="a-source-who-has-told",
        ),
        pytest.param(
            "Church leaders say the toll from the landslide could be as high as 80, far above the official figure.",
            [],
            id="the-official-figure-is-no-person",
        ),
        pytest.param(
            '"We walked for four days," said Amina Hassan Ali, a mother of five who arrived at the Kaharey site.',
            [],
            id="a-speaker-who-arrived",
        ),
        pytest.param(
            "Gunmen have forced at least 2,400 pupils out of school after 31 schools were closed.",
            [],
            id="out-of-school",
        ),
        pytest.param(
            "About 2,100 people died on the crossing that year, one death for every 22 people who attempted it.",
            [("killed", 2_100)],
            id="one-death-for-every",
        ),
    ],
)
def test_sources_official_figures_school_closures_and_ratios_are_no_figures(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [kv for kv in kinds_values(text) if kv[0] != "killed" or kv[1] != 80] == expected


def test_a_breakdown_by_sea_route_is_read_under_its_heading() -> None:
    text = (
        "At least 5,210 people died on migration routes last year.\n\n"
        "Breakdown by route (deaths recorded):\n\n"
        "- Central Mediterranean: 1,904\n"
        "- Atlantic route to the Canary Islands: at least 960\n"
        "- Bay of Bengal and Andaman Sea: 512\n"
        "- Gulf of Aden and Red Sea (Eastern Route): 433"
    )
    assert kinds_values(text) == [
        ("killed", 5_210),
        ("killed", 1_904),
        ("killed", 960),
        ("killed", 512),
        ("killed", 433),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dixie Fire: 64 dead, more than 600 on missing list as crews search ash",
            [("killed", 64), ("missing", 600)],
            id="on-the-missing-list",
        ),
        pytest.param(
            "The sheriff raised the death toll to 64 on Friday and said the list of people reported missing had grown "
            "to 631.",
            [("killed", 64), ("missing", 631)],
            id="a-missing-list-grown-after-a-toll",
        ),
        pytest.param("Police Narrow Missing List To 212 Names", [("missing", 212)], id="missing-list-narrowed"),
        pytest.param(
            "About 60 people were hurt. Of the injured, 21 were referred to the district hospital in Gaya.",
            [("injured", 60), ("injured", 21)],
            id="the-injured-referred-to-hospital",
        ),
        pytest.param(
            "Roughly 2,300 evacuees are now staying in emergency lodging in Prince George.",
            [("sheltered", 2_300)],
            id="emergency-lodging",
        ),
    ],
)
def test_missing_lists_care_and_lodging_name_their_kind(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Militants ambushed a convoy near Damboa, killing at least 31 soldiers, two security sources told AFP.",
            [("killed", 31)],
            id="sources-counted",
        ),
        pytest.param("Sindh flood deaths reach 412, Dadu accounts for two-thirds", [("killed", 412)], id="a-fraction"),
        pytest.param(
            "The agency helped evacuate 1,700 third-country nationals from Gallabat to Gondar.",
            [("evacuated", 1_700)],
            id="an-ordinal-opening-a-compound-is-no-fraction",
        ),
        pytest.param(
            "Floods that have hit 19 of the country's 34 provinces killed 58 people this month.",
            [("killed", 58)],
            id="provinces-hit",
        ),
        pytest.param(
            "Flood death toll in Czechia rises to four as Ostrava residents told to leave",
            [("killed", 4)],
            id="residents-told-to-leave-are-no-speakers",
        ),
        pytest.param(
            '"We met a man in Dori who had fled his village after it was attacked," said the NRC coordinator.',
            [],
            id="a-person-who-fled-in-a-quote",
        ),
        pytest.param('"My neighbour came back too, but her house is gone."', [], id="a-neighbour-came-back"),
    ],
)
def test_speakers_fractions_places_and_single_people_moving_are_no_counts(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert kinds_values(text) == expected


def test_a_single_person_harmed_is_still_a_figure() -> None:
    assert kinds_values("A woman was killed and a man was injured when the wall collapsed.") == [
        ("killed", 1),
        ("injured", 1),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Over 2.1 lakh Afghans have left Pakistan since the deadline", [("returned", 210_000)], id="afghans-left"
        ),
        pytest.param(
            "Nearly 61,000 Afghan nationals, including holders of Citizen Cards, have left Pakistan through Torkham.",
            [("returned", 61_000)],
            id="nationals-past-an-aside",
        ),
        pytest.param(
            "More than 5 million Ukrainians have left Ukraine since the invasion.",
            [("displaced", 5_000_000)],
            id="leaving-their-own-country-is-flight",
        ),
        pytest.param(
            "More than two million Iraqis displaced by the war have returned to their homes, the agency said.",
            [("returned", 2_000_000)],
            id="displaced-people-who-have-returned",
        ),
        pytest.param(
            "About 9,000 of the 60,000 villagers displaced by the fighting had returned home by Friday.",
            [("returned", 9_000), ("displaced", 60_000)],
            id="the-whole-of-a-part-returned-stays-displaced",
        ),
    ],
)
def test_going_home_is_a_return(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted(kinds_values(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In all, 54 displacement sites were assessed, hosting 142,600 IDPs (31,090 households).",
            [],
            id="a-hosted-count-in-its-unit",
        ),
        pytest.param(
            "Assessments of 3,000 homes in the parish found 870 completely destroyed and 1,460 partially damaged.",
            [("houses_destroyed", 870), ("houses_damaged", 1_460)],
            id="assessed-homes-found-destroyed",
        ),
        pytest.param(
            '"Families have been displaced two, three and sometimes four times," the coordinator said.',
            [],
            id="how-many-times",
        ),
        pytest.param(
            "CONRED reports 9 dead and 3,400 in albergues across the country",
            [("killed", 9), ("sheltered", 3_400)],
            id="albergues",
        ),
    ],
)
def test_hosted_units_house_assessments_repeated_flight_and_albergues(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert kinds_values(text) == expected


def test_a_shelter_named_in_spanish_keeps_its_whole_word_in_the_span() -> None:
    text = "More than 21,000 people are sleeping in 340 albergues."
    (figure,) = extract(text)
    assert text[figure.span[0] : figure.span[1]].endswith("albergues")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials said 212 soldiers and police officers have been killed since the fighting began.",
            [("killed", 212)],
            id="soldiers-and-police-officers",
        ),
        pytest.param("Kabul says over 120 Taliban killed in border clashes", [("killed", 120)], id="taliban"),
        pytest.param(
            "Some 22,000 people were forced into shelters at the height of the flooding.",
            [("sheltered", 22_000)],
            id="forced-into-shelters",
        ),
        pytest.param(
            "The ministry reported cumulative totals of 3,120 and 9,850 fatalities and injuries, respectively.",
            [("killed", 3_120), ("injured", 9_850)],
            id="fatalities-and-injuries-respectively",
        ),
    ],
)
def test_coordinated_heads_fighters_named_by_movement_and_paired_fates(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Among the dead, the chief said, were 9 children.", [("killed", 9)], id="among-the-dead-aside"),
        pytest.param(
            "Residents said the death toll could be as high as 300.", [("killed", 300)], id="toll-could-be-as-high-as"
        ),
    ],
)
def test_the_dead_named_past_an_aside_and_a_toll_that_could_be_higher(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Before retreating, the fighters burnt down 19 houses and destroyed two water wells.",
            [("houses_destroyed", 19)],
            id="wells-after-houses",
        ),
        pytest.param(
            "Troops later searched the compound and recovered three explosive belts and rifles.", [], id="belts"
        ),
    ],
)
def test_wells_and_belts_are_things(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected
