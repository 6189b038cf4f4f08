"""Rows of homes under a heading on what befell them, the part of the evacuated that went home, bodies listed by
whose they were, a night spent at an evacuation centre, outbuildings (no homes), and a count said to be wrong;
and a valley named after a place, which is no place of its own.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="en")]


def test_rows_under_a_heading_on_homes_are_houses() -> None:
    text = (
        "Impact on homes in the district (preliminary):\n"
        "- Ashbury: 17 destroyed, 40 damaged\n"
        "- Corrin: 5 destroyed, 11 damaged\n"
    )
    assert _read(text) == [
        ("houses_destroyed", 17),
        ("houses_damaged", 40),
        ("houses_destroyed", 5),
        ("houses_damaged", 11),
    ]


def test_a_valley_named_after_a_place_is_no_place_of_its_own() -> None:
    """ "Valley" spells like Honduras's Valle department; in "the Huon Valley" it names the valley of the Huon."""
    found = extract("Fire crews said 14 homes were destroyed in the Huon Valley on Sunday.", lang="en")
    assert [(f.kind.value, f.value) for f in found] == [("houses_destroyed", 14)]
    assert found[0].location is None or found[0].location.country_iso3 != "HND"


def test_the_part_of_the_evacuated_that_went_home_returned() -> None:
    text = "About 9,500 of the roughly 12,000 people evacuated at the height of the fire have returned home."
    assert _read(text) == [("returned", 9500), ("evacuated", 12000)]


def test_bodies_listed_by_whose_they_were() -> None:
    text = "Divers recovered 31 bodies. Among the bodies recovered were those of 6 women and 3 children."
    assert _read(text) == [("killed", 31), ("killed", 6), ("killed", 3)]


def test_a_night_at_an_evacuation_centre_is_shelter() -> None:
    assert _read("About 260 people stayed overnight on Friday at the Riverside evacuation centre.") == [
        ("sheltered", 260)
    ]


def test_outbuildings_are_no_homes() -> None:
    assert _read("The fire destroyed 45 homes. A further 90 outbuildings and sheds were lost.") == [
        ("houses_destroyed", 45)
    ]


def test_a_count_said_to_be_wrong_is_no_figure() -> None:
    assert _read("The figure of 14 deaths given in the first bulletin was incorrect.") == []
