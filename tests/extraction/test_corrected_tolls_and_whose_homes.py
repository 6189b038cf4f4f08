"""Tolls that correct or replace another, and counts read past a word in their way: a count an update says it
replaces, a correction's "N, not M", a toll's date written month first, "only" before a count, a part of the dead
struck by something, homes named by whose they are, and damage suffered by houses counted after other figures.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="en")]


def test_a_count_an_update_replaces_is_no_figure() -> None:
    assert _read("This bulletin revises Situation Report No. 3, which reported 18 deaths.") == []
    assert _read("The new figure supersedes the provisional toll of 12 dead given on Friday.") == []


def test_the_corrected_count_stands_and_the_wrong_one_is_dropped() -> None:
    """ "52 people, not 25, died": the count said, not the one it corrects."""
    assert _read("Clarification: 52 people, not 25, died when the ferry capsized near Kisumu.") == [("killed", 52)]


def test_a_rise_dated_month_first_is_read() -> None:
    text = "The number of people killed in landslides in the highlands since Oct 9 rose to 37 from 30 on Monday."
    assert _read(text) == [("killed", 37)]


def test_only_before_a_count_is_no_obstacle() -> None:
    assert _read("The militia said it lost only seven men in the assault.") == [("killed", 7)]


def test_a_part_of_the_dead_struck_by_something_keeps_their_kind() -> None:
    text = "At least 19 people were killed in the shelling, including six children hit by mortar fragments."
    assert _read(text) == [("killed", 19), ("killed", 6)]


def test_among_the_victims_with_a_long_qualification() -> None:
    text = (
        "Twenty-nine villagers were killed on Sunday night. Among the victims named by relatives so far are "
        "11 women and 8 children."
    )
    assert _read(text) == [("killed", 29), ("killed", 11), ("killed", 8)]


def test_civilian_and_family_homes_are_homes() -> None:
    assert _read("Soldiers burned about 2,300 civilian houses in the district.") == [("houses_destroyed", 2300)]
    assert _read("The blaze destroyed 35 family homes.") == [("houses_destroyed", 35)]
    # buildings of every use are no count of homes
    assert _read("The raids destroyed more than 900 civilian buildings, including schools and clinics.") == []


def test_damage_suffered_after_other_figures_is_house_damage() -> None:
    text = (
        "About 4,100 people have fled to relatives' homes, and some 950 houses were destroyed, officials said. "
        "Another 2,700 suffered light to moderate damage."
    )
    assert _read(text) == [("displaced", 4100), ("houses_destroyed", 950), ("houses_damaged", 2700)]


def test_a_degree_before_damaged_or_destroyed_still_makes_a_combined_count() -> None:
    """ "badly damaged or destroyed" counts two kinds in one, which the conventions leave out; the lightly damaged
    after it are read."""
    text = "Assessors found 640 homes badly damaged or destroyed and 1,900 lightly damaged."
    assert _read(text) == [("houses_damaged", 1900)]


def test_a_toll_that_had_been_another_count_is_old() -> None:
    text = "The toll rose to 41 on Wednesday. The toll given on Tuesday evening had been 36 dead."
    assert _read(text) == [("killed", 41)]
