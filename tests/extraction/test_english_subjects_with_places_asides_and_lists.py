"""English counts whose subject carries joined places or a long aside, quarter-million number words, places each
given a count, bulleted breakdowns of a toll, and words that look like people or houses but are neither. Every
text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Close to 3,800 residents of Kalema and nearby hamlets left their homes overnight.",
            [("displaced", 3_800)],
            id="named-place-and-nearby-hamlets",
        ),
        pytest.param(
            "Raids forced about 1,600 residents of Bogoro and three neighbouring villages to flee.",
            [("displaced", 1_600)],
            id="forced-to-flee-past-joined-places",
        ),
        pytest.param(
            "Some 260 families from Muhanga abandoned their homes after the river burst its banks.",
            [("displaced", 260)],
            id="abandoned-their-homes",
        ),
        pytest.param(
            "Eleven nurses of the medical aid group Medair, including the two midwives who ran the ward's night shift,"
            " were among the dead.",
            [("killed", 11), ("killed", 2)],
            id="a-long-aside-before-the-verb",
        ),
    ],
)
def test_subjects_with_joined_places_and_long_asides(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_quarter_and_three_quarters_of_a_million() -> None:
    assert summary("The floods drove nearly a quarter of a million people from their homes.") == [
        ("displaced", 250_000, "about", "people")
    ]
    assert kinds_values("Three-quarters of a million people have fled the region.") == [("displaced", 750_000)]


def test_one_each_in_places_stops_where_the_names_stop() -> None:
    text = (
        "The storm killed seven people. The dead include three in Barguna, two each in Pirojpur and Jhalokati, and"
        " one each in Feni, Noakhali and Lakshmipur, according to the Department of Disaster Management."
    )
    assert kinds_values(text) == [("killed", 7), ("killed", 3), ("killed", 2), ("killed", 2)] + [("killed", 1)] * 3


def test_a_toll_broken_down_as_follows_gives_its_items_the_toll_kind() -> None:
    text = (
        "The monitor said the toll had risen to 642. It broke the figure down as follows:\n"
        "- 415 civilians\n"
        "- 120 members of the security forces\n"
        "- 107 fighters loyal to the former governor"
    )
    assert kinds_values(text) == [("killed", 642), ("killed", 415), ("killed", 120), ("killed", 107)]


def test_others_kept_in_place_are_not_more_of_the_displaced_before_them() -> None:
    text = (
        "Some 45 families fled to Toribío on Sunday. Another 300 people in two hamlets are confined by the armed group."
    )
    assert kinds_values(text) == [("displaced", 45)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Rampur, six people, including two workers of a private power company, are missing.",
            [("missing", 6), ("missing", 2)],
            id="a-private-power-company-is-no-soldier",
        ),
        pytest.param(
            "The flash flood destroyed 14 houses and washed away 30 cowsheds.",
            [("houses_destroyed", 14)],
            id="cowsheds-are-no-houses",
        ),
    ],
)
def test_look_alikes_are_no_figures(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_refuge_in_evacuation_posts_is_shelter_and_places_joined_after_from() -> None:
    text = "A total of 820 families (2,950 people) have taken refuge in 12 evacuation posts, mostly in Agam."
    assert kinds_values(text) == [("sheltered", 820), ("sheltered", 2_950)]
    text = "Over 900 people from Moreh and two surrounding villages subsequently crossed into Manipur."
    assert kinds_values(text) == [("displaced", 900)]
