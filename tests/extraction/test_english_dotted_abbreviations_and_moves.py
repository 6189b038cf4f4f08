"""English: a dotted abbreviation inside the counted noun phrase is one word ("13 U.S. service members", "five
U.N. peacekeepers"); people who migrate to or towards a place are displaced; relocation and passive moves are
evacuation; no tent or roof is homelessness; first aid counts the hurt; a harm noun keeps its kind; "N or more" is a
floor; partitives of those who lost their lives; a number fused to a building's unit is its size; a headline's
bare "shifted" after a count is evacuation.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values


def test_a_dotted_abbreviation_does_not_end_the_counted_noun_phrase() -> None:
    assert kinds_values("The ministry said 13 U.S. contractors were killed near the base.", "en") == [("killed", 13)]
    assert kinds_values("Five U.N. peacekeepers were wounded in the ambush.", "en") == [("injured", 5)]
    assert kinds_values("The raid killed four U.K. aid workers on Monday.", "en") == [("killed", 4)]


def test_people_who_migrate_to_a_place_are_displaced() -> None:
    assert kinds_values("More than 9,000 herders migrate to the hills as the fighting spreads.", "en") == [
        ("displaced", 9000)
    ]
    assert kinds_values("About 2,300 villagers migrated towards Kassala last week.", "en") == [("displaced", 2300)]


def test_people_whose_homes_are_threatened_are_counted_by_the_verb_after() -> None:
    assert kinds_values("About 450 people whose homes are unsafe are sleeping in two schools.", "en") == [
        ("sheltered", 450)
    ]


def test_people_relocated_by_those_in_charge_are_evacuated() -> None:
    assert kinds_values("The refugee agency has relocated 18,000 refugees from the border area.", "en") == [
        ("evacuated", 18000)
    ]
    assert kinds_values("About 640 residents of the slope were relocated on Sunday.", "en") == [("evacuated", 640)]
    assert kinds_values("The relocation of 1,900 families starts next week.", "en") == [("evacuated", 1900)]
    # moved back where they came from: returns
    assert kinds_values("The state relocated 700 households from the camp to their original homes.", "en") == [
        ("returned", 700)
    ]
    # structures moved are no people: "shelters", "houses"
    assert kinds_values("Some 60 shelters on the river bank will be relocated.", "en") == []


def test_people_moved_in_the_passive_are_evacuated_unless_a_shelter_or_hospital_is_named() -> None:
    assert kinds_values("Some 2,700 villagers were shifted out of the river islands overnight.", "en") == [
        ("evacuated", 2700)
    ]
    assert kinds_values("So far about 960 residents have been moved.", "en") == [("evacuated", 960)]
    assert kinds_values("Up to 4,000 more people will have to be moved.", "en") == [("evacuated", 4000)]
    # (the hurt taken to a ward stay hurt)
    assert kinds_values("Of the injured, nine were shifted to the district hospital.", "en") == [("injured", 9)]


def test_people_without_a_tent_or_a_roof_are_homeless() -> None:
    assert kinds_values("Around 2,100 families still have no tent or tarpaulin.", "en") == [("homeless", 2100)]
    assert kinds_values("About 640 households are sleeping without any shelter.", "en") == [("homeless", 640)]


def test_first_aid_given_to_a_count_is_a_count_of_the_hurt() -> None:
    assert kinds_values("Red Crescent teams gave first aid to more than 1,300 people.", "en") == [("injured", 1300)]


def test_a_harm_noun_keeps_its_kind_past_a_later_word_of_displacement() -> None:
    text = "Officials said 31 people were killed and 112 injured in a strike on a school sheltering displaced families."
    assert kinds_values(text, "en") == [("killed", 31), ("injured", 112)]


def test_the_hurt_and_the_dead_counted_by_a_source_or_listed_after_martyrs() -> None:
    assert kinds_values("The hospital put the dead at 27 and the injured at 84.", "en") == [
        ("killed", 27),
        ("injured", 84),
    ]
    assert kinds_values("Among the martyrs are three rescuers.", "en") == [("killed", 3)]
    assert kinds_values("The dead also include nine students.", "en") == [("killed", 9)]


def test_or_more_after_a_count_is_its_floor_unless_a_noun_makes_it_a_threshold() -> None:
    figures = extract("Rescuers put the number of injured at 230 or more.", lang="en")
    assert [(f.kind.value, f.value, f.qualifier.value) for f in figures] == [("injured", 230, "at_least")]
    assert kinds_values("The study defines a mass killing as the killing of four or more people.", "en") == []


def test_a_partitive_of_those_who_lost_their_lives_counts_the_dead() -> None:
    assert kinds_values("Of our citizens who lost their lives, 812 were in Hatay and 340 in Malatya.", "en") == [
        ("killed", 812),
        ("killed", 340),
    ]


def test_a_number_fused_to_a_unit_of_a_building_is_its_size() -> None:
    assert kinds_values("Police ordered the evacuation of the 212-unit tower on Friday.", "en") == []


def test_the_badly_burned_are_hurt_and_a_degree_before_the_lighter_hurt_shares_their_word() -> None:
    assert kinds_values("Nine of the workers were badly burned.", "en") == [("injured", 9)]
    assert kinds_values("Officials confirmed 12 dead, 30 seriously and 210 lightly injured.", "en") == [
        ("killed", 12),
        ("injured", 30),
        ("injured", 210),
    ]


def test_a_headline_count_shifted_is_evacuated() -> None:
    assert kinds_values("Cyclone nears: 2 lakh shifted in coastal districts", "en") == [("evacuated", 200000)]
    assert kinds_values("Landslide fears: 48 families shifted as cracks widen", "en") == [("evacuated", 48)]
