"""English: two people named with ages before their shared verb are both counted, as is a headline's second
object ("kills woman and daughter"); a part named "among the 40 injured"; passers-by; a toll "revised up to" a
number is exact; a part of the houses counted before, told by any fate of homes ("Of them, 1,306 suffered total
collapse"); a list of the victims in number words under "the victims are:"; survivors under a row of the missing
and the ages of a count ("all under 10") are no figures.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_two_people_with_ages_before_their_verb_are_both_counted() -> None:
    assert kinds_values("A 38-year-old farmer and a 64-year-old woman were killed in the raid.", "en") == [
        ("killed", 1),
        ("killed", 1),
    ]
    assert kinds_values("A teacher and her 70-year-old mother were among those killed.", "en") == [
        ("killed", 1),
        ("killed", 1),
    ]


def test_a_headline_verb_harms_both_of_its_objects() -> None:
    assert kinds_values("Mortar fire kills boy and grandfather in Hodeidah", "en") == [("killed", 1), ("killed", 1)]
    assert kinds_values("Drone strike kills driver and his nephew", "en") == [("killed", 1), ("killed", 1)]
    # a thing after "and" is no one
    assert kinds_values("Storm kills fisherman and sinks boats", "en") == [("killed", 1)]


def test_a_part_named_among_a_counted_whole() -> None:
    assert kinds_values("Among the 52 injured were 14 children.", "en") == [("injured", 52), ("injured", 14)]
    assert kinds_values("Among the 2,600 evacuees are 410 children.", "en") == [("evacuated", 2600), ("evacuated", 410)]


def test_passers_by_are_people() -> None:
    assert kinds_values("Four passers-by were wounded by the blast.", "en") == [("injured", 4)]
    assert kinds_values("The explosion killed two passersby.", "en") == [("killed", 2)]


def test_a_toll_revised_up_to_a_number_is_exact() -> None:
    from bot.extraction.extract import extract

    figures = extract("The death toll from the mine collapse was revised up to 23 on Friday.", lang="en")
    assert [(f.kind.value, f.value, f.qualifier.value) for f in figures] == [("killed", 23, "exact")]
    # a hedge stays a hedge
    figures = extract("Up to 23 miners may have been killed.", lang="en")
    assert [(f.value, f.qualifier.value) for f in figures] == [(23, "up_to")]


def test_a_part_of_the_houses_counted_before_takes_its_own_fate() -> None:
    assert kinds_values("Some 5,120 homes suffered damage. Of them, 740 suffered total collapse.", "en") == [
        ("houses_damaged", 5120),
        ("houses_destroyed", 740),
    ]


def test_victims_listed_in_number_words_take_the_kind_above() -> None:
    text = (
        "Nine travellers were killed when their minibus struck a mine near the border.\n\n"
        "According to a list kept by the hospital, the victims are:\n"
        "- four women;\n"
        "- three children, all under 12;\n"
        "- two men."
    )
    assert kinds_values(text, "en") == [("killed", 9), ("killed", 4), ("killed", 3), ("killed", 2)]


def test_survivors_under_a_row_of_the_missing_are_not_missing() -> None:
    text = "Figures at noon:\n• Bodies recovered: 17\n• Missing: 52\n• Survivors: 31"
    assert kinds_values(text, "en") == [("killed", 17), ("missing", 52)]


def test_the_ages_of_a_count_are_no_figure() -> None:
    assert kinds_values("Five children, all under six, died of measles in the camp.", "en") == [("killed", 5)]
