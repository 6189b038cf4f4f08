"""A two-column pipe table whose header puts a generic word over the labels ("| Category | People |") counts each
row by its label, whatever kind the paragraph above ended on.

Every table here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_each_row_counts_what_its_label_names() -> None:
    text = (
        "Some 41 people were hurt in the landslides on Tuesday.\n\n"
        "Provincial bulletin, 6 p.m.:\n\n"
        "| Category | People |\n|---|---|\n| Dead | 27 |\n| Missing | 38 |\n| In shelters | 5,210 |"
    )
    assert kinds_values(text, "en") == [("injured", 41), ("killed", 27), ("missing", 38), ("sheltered", 5210)]
