"""Shelters named where a figure's kind is read: breakdown rows labelled by the school or church the displaced stay
in (sheltered), refuge sought in a cathedral, an Arabic table of the displaced under a title on collective shelters;
and the two sides of a clash, which are no count of the harmed.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str, lang: str = "en") -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_breakdown_rows_labelled_by_a_shelter_are_the_sheltered() -> None:
    """Rows of a breakdown of the displaced that name a school or a church count those sheltered there."""
    text = (
        "The agency said about 6,000 persons had been displaced. A breakdown of the figures showed:\n\n"
        "- Kwall Primary School, Bokkos: 1,420 persons\n- ECWA Church, Bokkos: 980 persons\n"
    )
    assert _read(text) == [("displaced", 6000), ("sheltered", 1420), ("sheltered", 980)]


def test_refuge_sought_in_a_cathedral_is_shelter() -> None:
    assert _read("Volunteers said about 450 people had sought refuge at St Mary's Cathedral.") == [("sheltered", 450)]


def test_the_sides_of_a_clash_are_no_count() -> None:
    """ "A clash between two groups left one person dead": one dead, not two."""
    assert _read("A clash between two groups left one person dead and nine injured.") == [("killed", 1), ("injured", 9)]


def test_an_arabic_table_of_the_displaced_under_a_title_on_shelters() -> None:
    """ "عدد النازحين" under "the displaced in collective shelters, by area": the sheltered; the count of centres no
    figure."""
    text = (
        "النازحون في مراكز الإيواء الجماعية حسب المنطقة\n\n"
        "| المنطقة | عدد المراكز | عدد النازحين |\n|---|---|---|\n| عامودا | 11 | 2,740 |\n| الدرباسية | 5 | 860 |\n"
    )
    assert _read(text, "ar") == [("sheltered", 2740), ("sheltered", 860)]


def test_houses_out_of_an_estimated_stock_and_troops_moving() -> None:
    """ "Out of an estimated 7,800 houses in the town, 2,650 were completely destroyed": the parts are houses; troops
    repatriated or arriving are no people on the move."""
    text = (
        "Out of an estimated 6,300 houses in the town, 1,940 were completely destroyed and about 800 partially"
        " damaged. The mission repatriated around 1,500 uniformed personnel."
    )
    assert _read(text) == [("houses_destroyed", 1940), ("houses_damaged", 800)]
    assert _read("L'arrivée de 120 casques bleus supplémentaires a rassuré les habitants.", "fr") == []


def test_a_part_of_the_rescued_takes_no_kind_from_the_dead_before() -> None:
    """ "Recovered 82 bodies, while 104 people were rescued, including 43 Egyptians": the Egyptians are rescued, not
    dead; a part with its own verb of harm still counts ("of whom 23 sustained burns")."""
    assert _read("Divers recovered 61 bodies, while 97 people were rescued, including 38 Syrians.") == [("killed", 61)]
    assert _read("Some 140 people were rescued, of whom 23 sustained burns.") == [("injured", 23)]
