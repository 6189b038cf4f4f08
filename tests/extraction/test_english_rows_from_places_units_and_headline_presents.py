"""English: rows labelled by where people came from ("- From Turkey: 81,300") under a heading that only says the
figure above "breaks down by country"; the same count in another unit after "numbering"; a headline's present
"drowns" and "head home"; a toll alone heading a list; "Of those who died in 2022,"; people who went to an
evacuation centre; dots between groups of three digits ("21.400 residents"), as outlets in Brazil write them; a
table under its own title line when the bulletin's first line holds a pipe too.

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


def test_a_toll_alone_heads_a_list_of_the_dead() -> None:
    text = """The death toll from the floods rose to 64, with dozens of people still unaccounted for.
The toll by region:
* Murcia: 51
* Almeria: 13"""
    assert kinds_values(text, "en") == [("killed", 64), ("missing", None), ("killed", 51), ("killed", 13)]


def test_a_partitive_of_those_who_died_past_a_year() -> None:
    assert kinds_values("Of those who died in 2022, 93 were aged 65 or older.", "en") == [("killed", 93)]


def test_people_who_went_to_an_evacuation_centre_are_sheltered() -> None:
    text = "About 140 people went to an evacuation centre set up at the Bedford arena overnight."
    assert kinds_values(text, "en") == [("sheltered", 140)]


def test_dots_between_groups_of_three_are_thousands() -> None:
    assert kinds_values("In Canoas, about 21.400 residents were evacuated.", "en") == [("evacuated", 21400)]
    assert kinds_values("Between 1.5 and 2 million people fled the region.", "en") == [("displaced", 1_500_000)]


def test_a_table_under_its_own_title_below_a_piped_bulletin_header() -> None:
    text = """SOMALIA | Gu Season Floods - Flash Update #2
12 May 2024
DISPLACEMENT BY DISTRICT (as of 11 May)
District | Individuals | Households
Baidoa | 61,200 | 10,200
Afgooye | 23,400 | 3,900"""
    assert kinds_values(text, "en") == [("displaced", v) for v in (61200, 10200, 23400, 3900)]
