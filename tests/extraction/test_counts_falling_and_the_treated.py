"""English: a running count that falls or shrinks ("number of unaccounted-for shrinks to 388", "declined to 4,200")
is still the count; one person "among those treated" is injured; one harmed "every other day" is a rate;
an age after "then" and a name ("Yusuf, then 17,") is no count.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_falling_count_is_still_the_count() -> None:
    assert kinds_values("Wildfire: number of unaccounted-for shrinks to 215", "en") == [("missing", 215)]
    assert kinds_values("The number of people in evacuation centres declined to 3,150 on Monday.", "en") == [
        ("sheltered", 3150)
    ]


def test_one_person_among_those_treated_is_injured() -> None:
    assert kinds_values("A teacher was among those treated at the field clinic.", "en") == [("injured", 1)]


def test_a_singleton_harmed_every_other_day_is_a_rate() -> None:
    assert kinds_values("Unexploded shells killed or maimed a child every other day last year.", "en") == []


def test_an_age_after_then_and_a_name_is_no_count() -> None:
    assert kinds_values("Her eldest son, Yusuf, then 17, is still listed as missing.", "en") == []
    # a toll's steps are counts
    assert kinds_values("The toll rose to 31, then 44, by nightfall.", "en") == [("killed", 31), ("killed", 44)]
