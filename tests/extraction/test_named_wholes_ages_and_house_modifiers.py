"""English shapes from fresh South Asian and Indonesian reports: a part of a figure named by its count alone ("Of
the 32, 31 were civilians and one was a soldier"), in quotes and after another figure; the age in brackets of a
person named in apposition ("an elderly woman, Mariyamma (68)"); a house noun that only modifies the people counted
("two home guards"); and a table's kind from the words introducing it rather than from a figure further up.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang="en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Police said 41 people died in the riot. "Of the 41, 38 were civilians and one was a soldier," he said.',
            [("killed", 41, "people"), ("killed", 38, "civilians"), ("killed", 1, "fighters")],
        ),
        (
            # the whole named by its count is not the last figure said
            "Officials said 212 people had died, with more than 90 still missing.\n\n"
            "Of the 212, 160 were residents of the riverside camps.",
            [("killed", 212, "people"), ("missing", 90, "people"), ("killed", 160, "people")],
        ),
        (
            # a thousands comma is no end of the whole's words
            "Of the 2,430 returnees, 1,100 were women.",
            [("returned", 2430, "people"), ("returned", 1100, "women")],
        ),
    ],
)
def test_parts_of_a_whole_named_by_its_count(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text) == expected


def test_an_age_after_a_person_named_in_apposition() -> None:
    found = _read("The bodies of an elderly woman, Lakshmi (64), and her grandson Arjun were recovered by rescuers.")
    assert ("killed", 1, "women") in found
    assert all(value != 64 for _, value, _ in found)


def test_a_place_and_its_count_in_brackets_stay_a_count() -> None:
    assert _read("The dead by district: Dhubri (14), Goalpara (6).") == [
        ("killed", 14, "people"),
        ("killed", 6, "people"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes in the district: 3 home guards killed, over 40 injured", [("killed", 3), ("injured", 40)]),
        ("Four house owners were injured when the wall fell.", [("injured", 4)]),
        ("Some 70 homes were destroyed by the flood.", [("houses_destroyed", 70)]),
    ],
)
def test_a_house_noun_modifying_people(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(kind, value) for kind, value, _ in _read(text)] == expected


def test_a_table_takes_the_kind_of_the_words_introducing_it() -> None:
    text = (
        "Four fishermen remain missing, all of them from one village, who went out on Monday.\n\n"
        "The table below shows the number of displaced persons inside evacuation centers (ECs) as of 6 a.m. "
        "Friday, based on provincial data:\n\n"
        "Province | Families | Persons | ECs\n"
        "Albay | 2,140 | 8,615 | 301\n"
        "Sorsogon | 930 | 3,570 | 122\n"
    )
    tabled = [(kind, value) for kind, value, _ in _read(text) if value not in (4, None)]
    assert tabled == [("sheltered", 2140), ("sheltered", 8615), ("sheltered", 930), ("sheltered", 3570)]


def test_parts_after_a_partitive_of_another_kind_than_the_sentence_before() -> None:
    text = (
        "The fighting also left more than 40 others wounded. Of the dead, 11 were fighters and three were "
        "civilians, among them an elderly woman and a boy who were caught in crossfire."
    )
    assert _read(text) == [
        ("injured", 40, "people"),
        ("killed", 11, "fighters"),
        ("killed", 3, "civilians"),
        ("killed", 1, "women"),
        ("killed", 1, "children"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drone attack on the port kills teenager", [("killed", 1)]),
        ("Landslide kills elderly woman in hill district", [("killed", 1)]),
        ("Yemen: child killed in Taiz shelling", [("killed", 1)]),
        # a sentence-case headline names no one by a word that only ends like a person's
        ("Cyclone death toll climbs to 42 as aid reaches outer islands", [("killed", 42)]),
        ("Loss of human lives in the floods", []),
        ("Teachers bury colleague as schools close again", []),
    ],
)
def test_headlines_in_sentence_case(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(kind, value) for kind, value, _ in _read(text)] == expected


def test_a_whole_and_its_parts_in_brackets_are_no_restatement() -> None:
    assert _read("Deaths: 31 (19 in Eaton, 12 in Palisades)") == [
        ("killed", 31, "people"),
        ("killed", 19, "people"),
        ("killed", 12, "people"),
    ]
