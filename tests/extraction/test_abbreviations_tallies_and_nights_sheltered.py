"""A toll's words running past a short abbreviation ("southern W.Va. flash flooding climbs to 9"), the place with
the most deaths named with its count after a comma ("the highest number of deaths, 62, followed by ..."), and
people who sheltered overnight at relief centres or spent the night in gymnasiums.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="en")]


def test_a_toll_past_a_short_abbreviation() -> None:
    assert _read("Death toll in eastern N.C. river flooding rises to 14") == [("killed", 14)]


def test_the_place_with_the_most_deaths_and_those_after_it() -> None:
    text = "Sindh recorded the highest number of deaths, 41, followed by Punjab with 17 and Balochistan with 9."
    assert _read(text) == [("killed", 41), ("killed", 17), ("killed", 9)]


def test_people_who_sheltered_overnight_at_relief_centres() -> None:
    assert _read("More than 650 people sheltered overnight at relief centres in Bairnsdale.") == [("sheltered", 650)]


def test_people_who_spent_the_night_in_gymnasiums() -> None:
    assert _read("About 180 people spent the night in gymnasiums opened by the town.") == [("sheltered", 180)]


def test_a_toll_in_a_number_of_named_villages_is_no_ratio() -> None:
    """ "kill 23 in three Kebbi villages" counts 23 dead, unlike "two in five households" (a share)."""
    assert _read("Gunmen kill 31 in four Zamfara villages") == [("killed", 31)]
    assert _read("Two in five households have fled.") == []


def test_a_vague_count_after_houses_with_no_fate_of_homes_is_people() -> None:
    assert _read("Militants burn 80 houses in Gwoza, hundreds flee") == [("houses_destroyed", 80), ("displaced", None)]
    # (with a fate of homes after it, it stays houses)
    assert _read("The storm destroyed 40 houses; dozens more were damaged.") == [
        ("houses_destroyed", 40),
        ("houses_damaged", None),
    ]
