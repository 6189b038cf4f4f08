""" "N others" after a count of houses are houses when a fate of houses follows them, even past a verb that would kill
people ("buried"), and so are bare counts after "Of about N houses,"; people swept away or gone missing and then found
dead are dead, not missing. Every text here is written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_other_houses_after_houses_buried() -> None:
    text = "The survey counted 17 houses buried under the mud and 44 others damaged, 9 of them badly."
    assert kinds_values(text, "en") == [("houses_destroyed", 17), ("houses_damaged", 44), ("houses_damaged", 9)]


def test_others_killed_after_houses_burned_stay_people() -> None:
    assert kinds_values("Raiders burned 25 houses and killed 8 others in Kwall.", "en") == [
        ("houses_destroyed", 25),
        ("killed", 8),
    ]


def test_swept_away_then_found_dead_is_killed() -> None:
    assert kinds_values("Four herders were swept away by the flash flood and were later found dead.", "en") == [
        ("killed", 4)
    ]
    assert kinds_values("In Tarlac, a man was swept away by the creek and later found dead near a bridge.", "en") == [
        ("killed", 1)
    ]


def test_swept_away_and_still_sought_stays_missing() -> None:
    assert kinds_values("Four herders were swept away by the flash flood and are still being sought.", "en") == [
        ("missing", 4)
    ]


def test_houses_counted_by_a_hedged_whole_then_their_fates() -> None:
    text = "Of about 3,600 private houses in Lyman, 640 were completely destroyed and 1,900 were partially damaged."
    assert kinds_values(text, "en") == [("houses_destroyed", 640), ("houses_damaged", 1900)]


def test_houses_with_total_or_partial_collapse() -> None:
    text = "Some 2,700 homes were damaged, 58 of them with total collapse and another 340 with partial collapse."
    assert kinds_values(text, "en") == [("houses_damaged", 2700), ("houses_destroyed", 58), ("houses_damaged", 340)]
