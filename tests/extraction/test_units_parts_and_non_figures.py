"""Counts restated in another unit, parts counted among a whole, and numbers that count no one: ratios, people told
to be ready, land and other buildings, ages. Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The district office registered 2,310 households, corresponding to 11,604 people, displaced towards "
            "Montepuez.",
            [("displaced", 2_310), ("displaced", 11_604)],
            id="households-corresponding-to-people",
        ),
        pytest.param(
            "Since March, about 3,900 households – some 21,000 people – have had to leave their shelters near Bosso.",
            [("displaced", 3_900), ("displaced", 21_000)],
            id="people-between-dashes-share-the-verb-after",
        ),
        pytest.param(
            "Rains destroyed 800 homes and displaced 950 families, equivalent to 4,700 people.",
            [("houses_destroyed", 800), ("displaced", 950), ("displaced", 4_700)],
            id="families-equivalent-to-people",
        ),
        pytest.param("About 1,200 households have had to leave.", [("displaced", 1_200)], id="have-had-to-leave"),
    ],
)
def test_a_count_restated_in_another_unit_is_read_in_both(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nearly 2,600 children are among the 7,900 people forced from their homes in the valley.",
            [("displaced", 2_600), ("displaced", 7_900)],
            id="children-are-among-the-displaced",
        ),
        pytest.param(
            "Three nurses were among the 31 people injured when the roof gave way.",
            [("injured", 3), ("injured", 31)],
            id="nurses-were-among-the-injured",
        ),
        pytest.param(
            "Police said nine people were killed overnight in Mirebalais, including an elderly man.",
            [("killed", 9), ("killed", 1)],
            id="a-time-and-a-place-before-including-one",
        ),
        pytest.param(
            "Five people were hurt late yesterday, including a girl.",
            [("injured", 5), ("injured", 1)],
            id="a-time-alone-before-including-one",
        ),
    ],
)
def test_parts_counted_among_a_whole_take_its_kind(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "More than 4,000 people, roughly one in six residents, left before the storm arrived.",
            id="one-in-six-residents",
        ),
        pytest.param("A further 18,000 people remain on evacuation alert.", id="on-evacuation-alert"),
        pytest.param("Some 5,300 residents are under an evacuation warning.", id="under-an-evacuation-warning"),
        pytest.param("Evacuation orders now cover about 2,900 properties east of the lake.", id="properties"),
        pytest.param("- Churches totally destroyed: 214\n- Schools partially damaged: 96", id="other-buildings-rows"),
        pytest.param("Kaga Bandoro hosts a camp for about 30,000 displaced people.", id="a-camp-for"),
        pytest.param("The town now holds more than 90,000 displaced people.", id="a-town-holds"),
    ],
)
def test_numbers_that_count_no_one_moved_give_nothing(text: str) -> None:
    assert kinds_values(text) == []


def test_the_ratio_leaves_the_count_before_it() -> None:
    text = "About 6,000 people, roughly one in seven residents, are now under evacuation orders."
    assert kinds_values(text) == [("evacuated", 6_000)]


def test_the_ready_are_left_out_beside_the_evacuated() -> None:
    text = "Close to 12,000 people were under evacuation order, with a further 20,000 on alert."
    assert kinds_values(text) == [("evacuated", 12_000)]


def test_an_age_of_the_dead_is_no_count_but_a_toll_over_a_bound_is() -> None:
    assert kinds_values("Officials said at least six of the dead were over 70.") == [("killed", 6)]
    assert kinds_values("The number of dead was over 65 by Tuesday.") == [("killed", 65)]


def test_a_family_killed_is_counted_by_its_size_in_a_headline_too() -> None:
    assert kinds_values("Mudslide kills family of six") == [("killed", 6)]


def test_a_quoted_number_word_meets_its_verb() -> None:
    assert kinds_values('The army said "around thirty militants" were killed in the raid.') == [("killed", 30)]


def test_harm_from_cold_and_fumes_is_injury() -> None:
    text = "Nineteen people were treated for carbon monoxide poisoning and four for hypothermia."
    assert kinds_values(text)[0] == ("injured", 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Assessors found 58 homes in ruins.", [("houses_destroyed", 58)], id="in-ruins"),
        pytest.param(
            "The tremor flattened 900 houses and another 2,300 developed cracks.",
            [("houses_destroyed", 900), ("houses_damaged", 2_300)],
            id="developed-cracks",
        ),
    ],
)
def test_house_fates_in_plain_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_a_need_to_evacuate_is_a_projection() -> None:
    figures = extract("More than 3,000 patients need to be evacuated for treatment abroad.", lang="en")
    assert [(f.kind.value, f.value, f.projection) for f in figures] == [("evacuated", 3_000, True)]


def test_people_forced_in_a_place_to_move() -> None:
    text = "The orders forced an estimated 41,000 people in Rafah and Mawasi to move again."
    assert kinds_values(text) == [("displaced", 41_000)]


def test_a_participle_with_there_still_lets_the_main_verb_tell() -> None:
    text = "In Maroua, some 520 families displaced there in early August have returned home."
    assert kinds_values(text) == [("returned", 520)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Regional officials said 2,140 people had been taken out of Kupiansk since Monday.",
            [("evacuated", 2_140)],
            id="taken-out-of-a-town",
        ),
        pytest.param(
            "By nightfall 310 residents had left the village with the help of soldiers and volunteers.",
            [("evacuated", 310)],
            id="left-with-the-help-of",
        ),
        pytest.param("Police said 11 people are considered missing.", [("missing", 11)], id="considered-missing"),
        pytest.param("4,500 Rohingya crossed border in a month", [("displaced", 4_500)], id="crossed-border-headline"),
        pytest.param(
            "On Tuesday alone, 6,300 people crossed, against 2,100 a week earlier.",
            [("displaced", 6_300)],
            id="crossed-then-a-comma",
        ),
        pytest.param(
            "The number of refugees relocated to the island since 2021 has reached 24,900.",
            [("displaced", 24_900)],
            id="number-relocated-has-reached",
        ),
        pytest.param(
            "Teams identified 1,450,000 returning IDPs in 900 villages.",
            [("returned", 1_450_000)],
            id="returning-idps-are-returns",
        ),
    ],
)
def test_moves_told_by_helpers_crossings_and_returns(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rescuers said four people were taken out of the rubble alive.", id="taken-out-alive"),
        pytest.param("Witnesses said six men were taken out of their homes at night.", id="taken-from-their-homes"),
        pytest.param("The survey covered 19 woredas where people displaced by the rains are staying.", id="woredas"),
        pytest.param("UNHCR provided 8,200 returnees with cash and transport.", id="provided-returnees-with-aid"),
    ],
)
def test_rescue_seizure_places_and_aid_give_no_move(text: str) -> None:
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A second victim, a retired teacher, was killed when the wall fell.",
            [("killed", 1)],
            id="one-person-named-twice",
        ),
        pytest.param(
            "Officials said three people had died: a girl who was swept away by the river, and two farmers.",
            [("killed", 3), ("killed", 1)],
            id="the-dead-named-after-a-colon",
        ),
        pytest.param(
            "Camp managers said about 1,700 evacuees had arrived overnight.",
            [("evacuated", 1_700)],
            id="evacuees-arriving-are-evacuated",
        ),
        pytest.param(
            "At least 420 residents have been taken by boat to the town hall.",
            [("evacuated", 420)],
            id="taken-by-boat",
        ),
        pytest.param(
            "Surveyors listed 2,300 homes with damage, 85 of them with total loss.",
            [("houses_damaged", 2_300), ("houses_destroyed", 85)],
            id="with-damage-and-total-loss",
        ),
        pytest.param("Nine of our compatriots have lost their lives in the fire.", [("killed", 9)], id="compatriots"),
    ],
)
def test_people_named_twice_listed_or_known_by_their_status(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Medics said 140 marchers were treated at a first-aid tent, most for dehydration and blisters.",
            id="treated-for-dehydration",
        ),
        pytest.param("A mudslide swept away part of the road to La Grita on Sunday.", id="a-place-named-la"),
    ],
)
def test_illness_and_place_names_are_no_harm(text: str) -> None:
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Abs, 940 households are living without any form of shelter.",
            [("homeless", 940)],
            id="living-without-any-form-of-shelter",
        ),
        pytest.param(
            "The official count of internally displaced people, published in June 2024, stood at 1,204,310.",
            [("displaced", 1_204_310)],
            id="a-count-past-a-year-and-its-comma",
        ),
        pytest.param(
            "Some 600,000 people nonetheless remain in camps across the province.",
            [("sheltered", 600_000)],
            id="nonetheless-remain-in-camps",
        ),
    ],
)
def test_standing_counts_past_asides(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_an_adjective_ending_like_a_person_is_no_one() -> None:
    text = "Monitors have recorded 8,100 deaths since May 2023, a figure experts say is a significant undercount."
    assert kinds_values(text) == [("killed", 8_100)]


def test_people_feared_buried_are_missing_and_those_told_to_move_evacuated() -> None:
    assert kinds_values("Between 40 and 70 people are feared buried.") == [("missing", 40)]
    assert kinds_values("Another 31 families living below the ridge were told to move.") == [("evacuated", 31)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Aftershocks damaged 57 more homes, bringing the number of damaged homes to 3,410.",
            [("houses_damaged", 57), ("houses_damaged", 3_410)],
            id="number-of-damaged-homes",
        ),
        pytest.param(
            "The number of destroyed houses has risen to 815.", [("houses_destroyed", 815)], id="destroyed-before-noun"
        ),
        pytest.param(
            "The charity had to evacuate its 14 international staff from Nasir.",
            [("evacuated", 14)],
            id="evacuate-its-staff",
        ),
    ],
)
def test_house_totals_with_the_state_first_and_staff_evacuated(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Evacuation instructions have been issued to around 92,000 people in Kochi.",
            [("evacuated", 92_000)],
            id="instructions-issued-to",
        ),
        pytest.param(
            "The prefecture issued evacuation instructions covering about 208,000 residents.",
            [("evacuated", 208_000)],
            id="instructions-covering",
        ),
        pytest.param(
            "Hainan has relocated more than 310,000 people from low-lying areas as Typhoon Kajiki approached.",
            [("evacuated", 310_000)],
            id="relocated-as-a-typhoon-approached",
        ),
        pytest.param(
            "After the cyclone destroyed their homes, 2,600 families were relocated to a new site.",
            [("displaced", 2_600)],
            id="relocated-after-a-storm-stays-displaced",
        ),
    ],
)
def test_evacuation_instructions_and_relocations_ahead_of_storms(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_this_is_an_increase_of_continues_the_kind_before() -> None:
    text = "Some 18,300 people have been displaced since Monday. This is an increase of 4,100 individuals since Friday."
    assert kinds_values(text) == [("displaced", 18_300), ("displaced", 4_100)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Families here have been displaced three, four, five times.", id="how-often-in-a-list"),
        pytest.param("The state will pay 400,000 rupees to the family of each person killed.", id="rupees"),
        pytest.param("Each bereaved family got 12,000 naira and 5,000 shillings.", id="naira-shillings"),
    ],
)
def test_how_often_and_money_by_other_names_count_no_one(text: str) -> None:
    assert kinds_values(text) == []


def test_people_mostly_from_families_count_people_not_families() -> None:
    assert kinds_values("Fourteen people, mostly from three families, are missing.") == [("missing", 14)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 1,300 members are taking refuge in church premises in Bokkos.",
            [("sheltered", 1_300)],
            id="refuge-in-church-premises",
        ),
        pytest.param(
            "Around 700 people were sheltering in three monastery compounds.",
            [("sheltered", 700)],
            id="sheltering-in-compounds",
        ),
        pytest.param(
            "Officials said 90 people stayed overnight Friday at the warming shelters.",
            [("sheltered", 90)],
            id="stayed-overnight-a-day-at",
        ),
        pytest.param("Nine manyattas were burned to the ground.", [("houses_destroyed", 9)], id="manyattas"),
        pytest.param(
            "The number of Ethiopian migrants confirmed dead after the boat capsized rose to 41.",
            [("killed", 41)],
            id="three-words-before-dead",
        ),
        pytest.param(
            "Sea arrivals to Greece fell to about 12,600 people last year.",
            [("displaced", 12_600)],
            id="arrivals-fell-to",
        ),
    ],
)
def test_refuge_in_buildings_nights_homesteads_and_period_totals(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_people_sheltering_where_they_are_trapped_give_nothing() -> None:
    text = "A priest said some 800 people sheltering in his parish compound were trapped by the fighting."
    assert kinds_values(text) == []


def test_affected_families_beside_deaths_are_no_toll_and_safe_places_evacuate() -> None:
    text = "The unit has recorded 96 deaths and more than 14,000 affected families since March."
    assert kinds_values(text) == [("killed", 96)]
    assert kinds_values("A total of 870 residents have been relocated to safe places.") == [("evacuated", 870)]
