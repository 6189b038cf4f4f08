"""Returns listed by crossing or province: a heading naming the returnees or the places of return gives its rows
their kind (not the crossings' displacement), rows give families and individuals both, and a count of families
"comprising" its individuals reaches the verb after them.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="en")]


def test_rows_under_returnees_entering_by_crossings_are_returns() -> None:
    text = (
        "The returnees entered the country through the following crossings:\n"
        "- Zaranj: 410 families, 2,030 individuals\n- Ghulam Khan: 95 families, 512 individuals\n"
    )
    assert _read(text) == [("returned", 410), ("returned", 2030), ("returned", 95), ("returned", 512)]


def test_a_heading_of_provinces_of_return() -> None:
    text = "PROVINCES OF RETURN (since 1 March)\nKunduz — 38,000\nBaghlan — 21,500\n"
    assert _read(text) == [("returned", 38000), ("returned", 21500)]


def test_families_comprising_individuals_reach_their_verb() -> None:
    text = "Officials said 1,140 families, comprising 6,020 individuals, returned to the district on Monday."
    assert _read(text) == [("returned", 1140), ("returned", 6020)]
