"""English figures told by leaving a named place or over a time, tolls that range between two counts, the swept
away still missing, key-figure lines of refugees in an area, and parts of a list read past an aside or a year;
beside them, counts that are not more of the figure before. Every text here is invented in the manner of the
reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 200 families fled Hinche on Friday. Hundreds more left neighbouring Thomonde.",
            [("displaced", 200), ("displaced", None)],
            id="hundreds-more-left-a-named-place",
        ),
        pytest.param(
            "The offensive displaced 9,000 people. Some 3,150 people left during the first two days.",
            [("displaced", 9_000), ("displaced", 3_150)],
            id="left-during-the-first-days",
        ),
        pytest.param("Over 300 Left Homeless After Blaze", [("homeless", 300)], id="a-headline-keeps-its-homeless"),
    ],
)
def test_leaving_a_place_or_over_a_time(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_toll_or_a_count_of_the_missing_that_ranges_between_two_numbers() -> None:
    assert summary("Estimates of the death toll range from 1,500 to 4,000.") == [("killed", 1_500, "range", "people")]
    assert summary("The number of people reported missing ranges between 300 and 450.") == [
        ("missing", 300, "range", "people")
    ]


def test_the_swept_away_who_remain_missing() -> None:
    assert kinds_values("A 9-year-old girl swept away by the Seti River remains missing.") == [("missing", 1)]
    assert kinds_values("Two herders washed away by the flash flood have not been found.") == [("missing", 2)]


def test_a_key_figure_line_of_refugees_in_an_area() -> None:
    text = "KEY FIGURES\n640,200 South Sudanese refugees in northern Uganda since July 2016\n8,900 new arrivals in May"
    assert kinds_values(text) == [("displaced", 640_200), ("displaced", 8_900)]


def test_a_site_of_refugees_in_a_key_figure_line_is_its_population() -> None:
    assert kinds_values("KEY FIGURES\n45,000 refugees in Kyangwali camp") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least 23 civilians, including two teachers, were killed, along with nine police officers, officials"
            " said.",
            [("killed", 23), ("killed", 2), ("killed", 9)],
            id="along-with-after-a-part-inside-the-whole",
        ),
        pytest.param(
            "At least 40 people have been killed, including five signatories of the 2016 peace deal.",
            [("killed", 40), ("killed", 5)],
            id="a-year-inside-a-parts-words",
        ),
    ],
)
def test_parts_and_items_of_a_toll(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 9,000 people are staying in 31 shelters. A further 240 food distribution points are operating.",
            [("sheltered", 9_000)],
            id="a-further-count-of-things",
        ),
        pytest.param(
            "Teams registered 860 separated children and 145 people with gunshot or burn injuries.",
            [("injured", 145)],
            id="only-the-count-with-injuries-is-hurt",
        ),
    ],
)
def test_counts_that_are_not_more_of_the_figure_before(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_refugees_abroad_and_an_auxiliary_split_by_a_time_past_the_subjects_words() -> None:
    text = "Some 1.1 million Central Africans live as refugees in neighbouring countries."
    assert kinds_values(text) == [("displaced", 1_100_000)]
    text = "About 45 families from Tourou had by Thursday morning taken refuge in Mokolo."
    assert kinds_values(text) == [("displaced", 45)]
    assert kinds_values("More than 2 million children in the region are at risk of missing out on school.") == []


def test_accommodation_found_for_people_is_shelter() -> None:
    assert kinds_values("The city has found accommodation for 1,460 people in hotels and hostels.") == [
        ("sheltered", 1_460)
    ]


def test_leaving_a_local_place_after_returns_is_still_a_flight_and_hotel_rooms_shelter() -> None:
    text = "About 400 people returned home on Friday.\n\nAn estimated 1,900 people left the district on Wednesday."
    assert kinds_values(text) == [("returned", 400), ("displaced", 1_900)]
    assert kinds_values("The council is providing hotel rooms for 44 of them.") == [("sheltered", 44)]
