"""A civil-protection bulletin's rows: a toll broken down in brackets whose items are described in clauses of their
own ("five in X, where a wall collapsed; two in Y"), the displaced relocated to the homes of relatives (not
returned), people protected in evacuation centres, homes that lost part of their roofs, disappearances, and the
degrees of collapse joined in one count.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="en")]


def test_a_bracketed_breakdown_with_clauses_between_its_items() -> None:
    text = "- Deaths: 6 (three in Villa Nueva, where a wall collapsed onto a bus; two in Mixco; one in Amatitlan)"
    assert _read(text) == [("killed", 6), ("killed", 3), ("killed", 2), ("killed", 1)]


def test_a_semicolon_does_not_join_a_count_with_its_own_verb_or_label() -> None:
    text = "Among the dead are four guards who were killed at the gate; about 90 people had been trapped inside."
    assert _read(text) == [("killed", 4)]


def test_the_displaced_relocated_to_homes_of_relatives_are_displaced() -> None:
    assert _read("- Displaced: 8,420 people, relocated to homes of relatives and friends") == [("displaced", 8420)]


def test_people_protected_in_evacuation_centres_are_sheltered() -> None:
    assert _read("Of the evacuees, 12,300 were protected in 410 state evacuation centres.") == [("sheltered", 12300)]


def test_homes_that_lost_part_of_their_roofs_are_damaged() -> None:
    assert _read("Inspectors counted 3,900 homes that lost part or all of their roofs.") == [("houses_damaged", 3900)]


def test_disappearances_are_the_missing() -> None:
    assert _read("The monitors recorded 14 deaths and 6 disappearances along the route.") == [
        ("killed", 14),
        ("missing", 6),
    ]


def test_collapses_total_or_partial_in_one_count_are_left_out() -> None:
    text = "About 5,200 houses lost their roofs, and another 900 collapsed totally or partially."
    assert _read(text) == [("houses_damaged", 5200)]
