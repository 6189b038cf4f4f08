"""English: rows labelled by where people came from ("- From Turkey: 81,300") under a heading that only says the
figure above "breaks down by country"; the same count in another unit after "numbering"; a headline's present
"drowns" and "head home".

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_rows_from_places_under_a_heading_that_breaks_the_figure_down() -> None:
    text = """About 214,000 Afghan refugees have returned since January.
The agency's figures break down by country of asylum as follows:
- From Iran: 152,000
- From Pakistan: 62,000"""
    assert kinds_values(text, "en") == [("returned", 214000), ("returned", 152000), ("returned", 62000)]


def test_the_same_count_numbering_so_many_people() -> None:
    text = "The ministry repatriated 112 families, numbering 431 people, from Roj camp on Sunday."
    assert kinds_values(text, "en") == [("returned", 112), ("returned", 431)]


def test_a_headlines_present_tense() -> None:
    assert kinds_values("Girl, 6, drowns near Sylhet as river bursts its banks", "en") == [("killed", 1)]
    assert kinds_values("Thousands of Sudanese head home as fighting ebbs", "en") == [("returned", None)]
