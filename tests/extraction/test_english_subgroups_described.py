"""English: a subgroup named after its whole keeps the whole's kind when a relative clause says what its members
were doing ("among them seven soldiers who had been helping ..."), when it counts the members of one family, and
when a modifier says which victims a list names ("The convoy victims included ...").

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_subgroup_described_by_what_its_members_were_doing_keeps_the_kind() -> None:
    assert kinds_values(
        "At least 31 people were killed in the hill towns, among them six nurses who had been treating the wounded.",
        "en",
    ) == [("killed", 31), ("killed", 6)]
    assert kinds_values("Nine people were hurt, among them four pupils who were walking home.", "en") == [
        ("injured", 9),
        ("injured", 4),
    ]


def test_the_members_of_one_family_are_counted() -> None:
    assert kinds_values("Eleven people drowned in the river, including five members of one family.", "en") == [
        ("killed", 11),
        ("killed", 5),
    ]


def test_a_word_before_the_victims_does_not_hide_their_list() -> None:
    assert kinds_values("Thirty died in two raids. The market victims included nine women and three boys.", "en") == [
        ("killed", 30),
        ("killed", 9),
        ("killed", 3),
    ]
    # the injured are no dead, whatever verb lists them
    assert kinds_values("The injured victims included nine women.", "en") == []
