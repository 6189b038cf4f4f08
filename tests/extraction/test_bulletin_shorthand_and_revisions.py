"""English bulletins' shorthand: "ppl" counts people, and counts joined by a slash after a word are each read ("9
dead/63 injured"), while dates and units with slashes stay no counts; a count revised "upward from" an older one
leaves the older one no figure; people taken captive after a list of the dead are none of them.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_ppl_counts_people() -> None:
    assert kinds_values("Another 22 ppl were injured by flying debris.", "en") == [("injured", 22)]


def test_counts_joined_by_a_slash_after_a_word_are_each_read() -> None:
    assert kinds_values("Quake toll: 14 dead/120 injured, 3K+ evacuated", "en") == [
        ("killed", 14),
        ("injured", 120),
        ("evacuated", 3000),
    ]
    assert kinds_values("The storm of 14/11 left 5 dead.", "en") == [("killed", 5)]


def test_a_count_revised_upward_from_an_older_one() -> None:
    assert kinds_values(
        "Officials confirmed 912 homes destroyed, revising the count upward from 740 homes destroyed on Monday.", "en"
    ) == [("houses_destroyed", 912)]


def test_people_taken_captive_after_a_list_of_the_dead_are_no_dead() -> None:
    assert kinds_values(
        "The dead included nine herders and two women, while 14 children and four women were abducted.", "en"
    ) == [("killed", 9), ("killed", 2)]
    # those abducted and then found dead are dead
    assert kinds_values(
        "At least 12 people were killed. These included 3 women and 2 children from one family who were abducted and "
        "later found dead.",
        "en",
    ) == [("killed", 12), ("killed", 3), ("killed", 2)]
