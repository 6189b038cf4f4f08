"""English: a relocation out of low-lying or coastal areas is an evacuation; two ways of destruction joined by "or"
are one count of destroyed homes; people still away from their homes are displaced; shelter found, with no place
named, and a row's count "in sites" are shelter; a part "with fractures" is hurt; "half a lakh" is
fifty thousand; small counts after "They were" that end the sentence are ages; moves under an evacuation the sentence
names, or ahead of a flood peak, are evacuations.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="en")]


def test_relocated_from_low_lying_areas_is_an_evacuation() -> None:
    text = "Provincial officials relocated 4,210 households, about 15,000 people, from low-lying areas near the coast."
    assert _read(text) == [("evacuated", 4210), ("evacuated", 15000)]


def test_relocated_to_another_town_is_moved_by_those_in_charge() -> None:
    # (relocated people are displaced by the conventions; a move made by others is the family's finer kind)
    assert _read("The fighting forced aid groups to relocate 3,000 families to Kaga Bandoro.") == [("evacuated", 3000)]


def test_destroyed_or_swept_away_is_one_count_of_destroyed_homes() -> None:
    text = "The floods destroyed or swept away 930 houses, and 12,400 others were damaged."
    assert _read(text) == [("houses_destroyed", 930), ("houses_damaged", 12400)]


def test_damaged_or_destroyed_stays_a_combined_count() -> None:
    assert _read("The storm damaged or destroyed 2,700 houses in the district.") == []


def test_still_away_from_their_homes_is_displaced() -> None:
    assert _read("Nearly 3,900 households remain away from their homes a month after the quake.") == [
        ("displaced", 3900)
    ]


def test_shelter_found_and_rows_in_sites_are_shelter() -> None:
    text = "Two centres opened in the town, where 2,450 of the newly displaced have found shelter."
    assert _read(text) == [("sheltered", 2450)]
    assert _read("• Analanjirofo: 3 dead, 8,200 displaced, 5,130 in sites") == [
        ("killed", 3),
        ("displaced", 8200),
        ("sheltered", 5130),
    ]


def test_a_part_with_fractures_is_hurt() -> None:
    assert _read("At least 64 people were injured, including 17 with fractures.") == [("injured", 64), ("injured", 17)]


def test_half_a_lakh_is_fifty_thousand() -> None:
    assert _read("Nearly half a lakh people are staying in 120 relief camps.") == [("sheltered", 50000)]


def test_small_counts_after_they_were_that_end_the_sentence_are_ages() -> None:
    assert _read("Two brothers were killed when the wall fell. They were 14 and 17.") == [("killed", 2)]
    assert _read("Three girls drowned in the canal. They were 8, 10 and 13 years old.") == [("killed", 3)]


def test_those_from_a_place_are_still_a_count_of_the_figure_before() -> None:
    text = "About 3,000 refugees arrived this week. Those from Ethiopia are 1,240 and those from Eritrea 1,760."
    assert ("displaced", 1240) in _read(text)


def test_moves_under_an_evacuation_the_sentence_names_are_evacuations() -> None:
    text = "The mayor ordered the evacuation of nine neighbourhoods, and about 4,200 residents left their homes."
    assert _read(text) == [("evacuated", 4200)]
    text = "On Tuesday, 940 people, including 210 children, left the frontline towns on evacuation buses."
    assert _read(text) == [("evacuated", 940), ("evacuated", 210)]
    assert _read("Officials relocated 61,000 residents ahead of the Xijiang flood peak.") == [("evacuated", 61000)]


def test_moves_into_evacuation_camps_stay_shelter() -> None:
    assert _read("About 2,600 people have moved to 11 evacuation camps along the road.") == [("sheltered", 2600)]


def test_leaving_a_town_as_fighting_nears_stays_a_flight() -> None:
    assert _read("About 1,500 people left the town as fighting neared.") == [("displaced", 1500)]


def test_moved_out_of_coastal_communities_is_an_evacuation() -> None:
    assert _read("Civil defence moved about 12,000 people out of low-lying coastal communities.") == [
        ("evacuated", 12000)
    ]


def test_left_with_official_help_is_an_evacuation() -> None:
    assert _read("Since June, 2,700 people have left the frontline villages with official help.") == [
        ("evacuated", 2700)
    ]


def test_a_count_of_two_nouns_the_second_of_three_words() -> None:
    assert _read("The report said 64 community leaders and human rights defenders were killed last year.") == [
        ("killed", 64)
    ]


def test_hit_then_died_past_where_when_and_what_they_were_doing() -> None:
    assert _read("A boy was hit by a stray bullet in Barangay Tumaga on Sunday and died in hospital.") == [
        ("killed", 1)
    ]
    text = "A fisherman was hit by a stray bullet while mending his nets near the pier and died on the way to hospital."
    assert _read(text) == [("killed", 1)]


def test_another_subject_dying_leaves_the_hurt_hurt() -> None:
    assert _read("Three people were injured while the fourth ran back into the house and died there.") == [
        ("injured", 3)
    ]
