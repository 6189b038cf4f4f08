"""Rows of counts joined by slashes take their kinds, in order, from a slashed label on the row or on the heading
above the rows; a zero or a dash counts no one; slashes that name no kind read nothing. Dot leaders between a row's
label and its count stand for a colon. Every text here is written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values, summary


def test_a_row_with_its_own_slashed_label() -> None:
    assert kinds_values("Killed/injured (Kadugli shelling): 14/37", "en") == [("killed", 14), ("injured", 37)]
    assert kinds_values("Dead / missing / injured: 9/3/22", "en") == [("killed", 9), ("missing", 3), ("injured", 22)]


def test_a_noun_outside_brackets_shared_by_the_slashed_words_inside() -> None:
    assert summary("Houses damaged (partially/fully): 2,310/418", "en") == [
        ("houses_damaged", 2310, "exact", "households"),
        ("houses_destroyed", 418, "exact", "households"),
    ]


def test_rows_under_a_slashed_heading_with_dot_leaders_and_zeros() -> None:
    text = (
        "Casualties by district (dead/injured):\n"
        "• Baglung ............ 6/19\n"
        "• Myagdi ............. 0/4\n"
        "• Parbat ............. 2/-"
    )
    assert kinds_values(text, "en") == [("killed", 6), ("injured", 19), ("injured", 4), ("killed", 2)]


def test_a_slashed_heading_over_colon_rows_in_the_next_paragraph_line() -> None:
    text = "Breakdown by province (dead/missing):\n- Sindh: 11/2\n- Balochistan: 5/1"
    assert kinds_values(text, "en") == [("killed", 11), ("missing", 2), ("killed", 5), ("missing", 1)]


def test_slashes_naming_no_kind_read_nothing() -> None:
    assert kinds_values("Men/women: 120/135", "en") == []
    assert kinds_values("Sex ratio (men/women):\n- Gao: 51/49", "en") == []


def test_counts_and_kinds_that_do_not_pair_read_nothing() -> None:
    assert kinds_values("Dead/injured: 4/7/9", "en") == []


def test_dot_leaders_stand_for_a_colon() -> None:
    text = "Damage recorded so far:\nHouses washed away ........ 31\nDeaths ..................... 5"
    assert kinds_values(text, "en") == [("houses_destroyed", 31), ("killed", 5)]


def test_an_english_slashed_label_shares_its_first_noun() -> None:
    assert kinds_values("Houses destroyed/damaged: 120/450") == [("houses_destroyed", 120), ("houses_damaged", 450)]
