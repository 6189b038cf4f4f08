"""Pipe tables, as ReliefWeb's markdown bodies and sitreps carry them: each number takes its column's kind and
its row's place. Every table here is invented for the test."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str, str, str | None]]:
    return [
        (f.kind.value, f.value, f.group.value, text[f.span[0] : f.span[1]], f.location.name if f.location else None)
        for f in extract(text, lang="en")
    ]


def test_a_table_by_district_gives_each_cell_its_column_kind_and_row_place() -> None:
    text = (
        "Heavy rains, Northern Region - impact by district\n"
        "District | Deaths | Injured | Displaced HH\n"
        "Karonga | 4 | 12 | 1,230\n"
        "Rumphi | 1 | 3 | 410\n\n"
        "In Mzuzu, 3 people drowned."
    )
    assert _read(text) == [
        ("killed", 4, "people", "4", "Karonga"),
        ("injured", 12, "people", "12", "Karonga"),
        ("displaced", 1_230, "households", "1,230", "Karonga"),
        ("killed", 1, "people", "1", "Rumphi"),
        ("injured", 3, "people", "3", "Rumphi"),
        ("displaced", 410, "households", "410", "Rumphi"),
        ("killed", 3, "people", "3 people drowned", "Mzuzu"),
    ]


def test_a_markdown_table_skips_zeros_and_columns_that_count_no_figure() -> None:
    """A separator row, a zero and an "Affected" column give nothing; house columns count households."""
    text = (
        "| Province | Dead | Missing | Houses destroyed | Affected |\n"
        "|---|---|---|---|---|\n"
        "| Sindh | 12 | 3 | 450 | 20,000 |\n"
        "| Punjab | 7 | 0 | 1,200 | 5,000 |"
    )
    assert [(k, v, g) for k, v, g, _, _ in _read(text)] == [
        ("killed", 12, "people"),
        ("missing", 3, "people"),
        ("houses_destroyed", 450, "households"),
        ("killed", 7, "people"),
        ("houses_destroyed", 1_200, "households"),
    ]


def test_a_table_of_other_counts_gives_nothing() -> None:
    """Columns of population, schools or money name no figure."""
    text = (
        "County | Population | Schools closed | Funding (USD)\n"
        "Turkana | 926,976 | 41 | 1,200,000\n"
        "Marsabit | 459,785 | 12 | 800,000"
    )
    assert _read(text) == []
