"""An aside between dashes that holds a hyphenated word ("- nearly half the low-lying district -"), a storm named
like a person that killed a hedged count ("Tropical Storm Nalgae killed around 150"), and "the head" as a body part
("a wound to the head"). Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_dash_aside_with_a_hyphenated_word_does_not_cut_a_count_from_its_verb() -> None:
    text = (
        "More than 2,000 people have died in the fighting, and some 90,000 people - nearly half the district's "
        "pre-war population - have fled their homes."
    )
    assert kinds_values(text) == [("killed", 2000), ("displaced", 90000)]


def test_a_dash_aside_in_spaced_hyphens_still_ends_at_its_closing_dash() -> None:
    text = "About 4,500 families - most of them cattle-herders - were displaced by the floods in the valley."
    assert kinds_values(text) == [("displaced", 4500)]


def test_a_storm_named_like_a_person_is_the_doer_of_a_hedged_toll() -> None:
    text = "Landslides set off by Tropical Storm Nalgae killed around 150 people in the south of the island."
    assert kinds_values(text) == [("killed", 150)]


def test_a_named_person_who_killed_a_counted_group_is_no_victim() -> None:
    text = "Police said Daniel Okoro Eze killed almost twenty villagers before he was arrested at a checkpoint."
    assert kinds_values(text) == [("killed", 20)]


def test_the_head_as_a_body_part_is_no_person() -> None:
    text = "Seven people were wounded in the blast, many of them with injuries to the head and chest."
    assert kinds_values(text) == [("injured", 7)]


def test_the_head_of_a_village_is_still_a_person() -> None:
    text = "Gunmen shot dead the head of Dagwom village and two of his sons late on Saturday."
    assert ("killed", 1) in kinds_values(text)


def test_a_trade_named_with_its_nationality_arrives_without_being_displaced() -> None:
    text = "The first 250 Kenyan police officers arrived in the capital on Tuesday, the mission said."
    assert kinds_values(text) == []


def test_people_named_by_their_country_who_cross_are_still_displaced() -> None:
    assert kinds_values("About 4,200 Congolese nationals crossed into Uganda over the weekend.") == [
        ("displaced", 4200)
    ]


def test_a_thing_owned_by_a_relative_is_no_victim() -> None:
    text = '"I lost my father\'s hand in the crush near the gate," said a man at the hospital.'
    assert kinds_values(text) == []


def test_a_relative_owned_by_a_person_is_still_counted() -> None:
    text = "The shell killed a teacher's wife as she queued for bread, residents said."
    assert kinds_values(text) == [("killed", 1)]
