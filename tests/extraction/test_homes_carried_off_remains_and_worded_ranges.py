"""English: homes "swept off their foundations" or "washed out to sea" are destroyed; "sets of remains" are dead;
people crowded into an evacuation centre are sheltered (a crowd in one transit centre is its population). Arabic:
a range after "بين" written as one run of number words is split where its two ends are closest ("ما بين مئه
وخمسين ومئتي": 150 to 200), never between a unit and its tens; the feminine "two", units in the accusative and
spoken number words count.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values


def test_homes_carried_off_whole_are_destroyed() -> None:
    assert kinds_values("At least 130 homes were swept off their foundations.", "en") == [("houses_destroyed", 130)]
    assert kinds_values("Some 45 homes washed out to sea overnight.", "en") == [("houses_destroyed", 45)]


def test_sets_of_remains_are_dead() -> None:
    assert kinds_values("Searchers found nine more sets of remains on Sunday.", "en") == [("killed", 9)]


def test_a_crowd_in_an_evacuation_centre_is_sheltered_and_one_in_a_transit_centre_is_not() -> None:
    assert kinds_values("About 700 people crowded into the evacuation centre.", "en") == [("sheltered", 700)]
    assert kinds_values("Around 9,000 refugees are crammed into a transit centre built for 500.", "en") == []


def _ranges(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.kind.value, f.value, f.value_max) for f in extract(text, lang="ar")]


def test_a_worded_range_after_between_is_split_where_its_ends_are_closest() -> None:
    assert _ranges("وتتحدث تقديرات محلية عن ما بين مئة وعشرين ومئتي مفقود.") == [("missing", 120, 200)]
    assert _ranges("وقال إن ما بين مئتين وخمسين ألفا وثلاثمئة ألف شخص فروا من المدينة.") == [
        ("displaced", 250000, 300000)
    ]
    assert _ranges("قتل من بين خمسة وعشرين شخصا في القرية.") == [("killed", 25, None)]


def test_the_feminine_two_accusative_units_and_spoken_numbers_count() -> None:
    assert kinds_values("اثنتان وثلاثون وفاة في ولاية القضارف وحدها.", "ar") == [("killed", 32)]
    assert kinds_values("وأشارت إلى أن سبعا وعشرين أسرة غادرت منازلها.", "ar") == [("displaced", 27)]
    assert kinds_values("لقينا تلات جثث تحت الردم.", "ar") == [("killed", 3)]
