"""English: refugees and IDPs listed before one verb of return are both returns; those "returning home" after a
count are returns; the parts of a return are returns whatever their noun says they were; people who left the
sites heading back, or for their villages, returned.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="en")]


def test_refugees_and_idps_before_one_verb_of_return() -> None:
    text = "The agency says as many as 400,000 refugees and 900,000 internally displaced people could return next year."
    assert _read(text) == [("returned", 400000), ("returned", 900000)]


def test_refugees_forecast_with_no_return_stay_displaced() -> None:
    text = "The agency warned that 300,000 refugees and 100,000 IDPs may need protection next year."
    assert [kind for kind, _ in _read(text)] == ["displaced", "displaced"]


def test_a_count_of_people_returning_home() -> None:
    text = "Of these arrivals, about 62,000 are South Sudanese returning home after years in Khartoum."
    assert _read(text) == [("returned", 62000)]


def test_the_parts_of_a_return_are_returns() -> None:
    text = "Some 2.3 million displaced people went home last year, including 600,000 refugees and 1.7 million IDPs."
    assert _read(text) == [("returned", 2300000), ("returned", 600000), ("returned", 1700000)]


def test_the_parts_of_a_displacement_stay_displaced() -> None:
    assert _read("About 48,000 people fled the fighting, including 21,000 children.") == [
        ("displaced", 48000),
        ("displaced", 21000),
    ]


def test_left_the_sites_on_the_way_back() -> None:
    text = "About 36,000 IDPs have left the sites near Bunia since Monday, heading back to Djugu."
    assert _read(text) == [("returned", 36000)]
    text = "At least 9,000 people left the camps around Kalemie for their villages last week."
    assert _read(text) == [("returned", 9000)]


def test_left_a_town_for_another_is_a_flight() -> None:
    assert _read("About 2,000 people left the town for Goma as fighting neared.") == [("displaced", 2000)]
