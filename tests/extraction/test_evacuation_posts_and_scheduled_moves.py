"""Evacuation posts are shelters, and a move on a timetable is a projection.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

from bot.extraction.extract import extract
from bot.values import Kind


def test_residents_in_evacuation_posts_are_sheltered_not_the_toll_before() -> None:
    """A headline's toll and then a count in evacuation posts: the second count is sheltered, not more dead."""
    figures = extract("Sumba quake toll climbs to 9, over 4,300 residents in evacuation posts", lang="en")
    assert [(f.kind, f.value) for f in figures] == [(Kind.KILLED, 9), (Kind.SHELTERED, 4300)]


def test_a_move_scheduled_for_later_is_a_projection() -> None:
    """ "are scheduled to be relocated", "are to be moved": planned, not done."""
    for text in (
        "Another 650 refugees are scheduled to be relocated to Kyangwali this week.",
        "Another 2,400 people are to be relocated to safe areas before the rains.",
    ):
        (figure,) = extract(text, lang="en")
        assert figure.projection, text


def test_a_move_that_happened_is_no_projection() -> None:
    (figure,) = extract("Some 650 refugees were relocated to Kyangwali on Tuesday.", lang="en")
    assert not figure.projection


def test_arrivals_received_over_a_week_are_people_taken_in_not_aid() -> None:
    """ "received during the reporting week" takes people in; "to receive shelter kits" is aid."""
    (figure,) = extract("• 3,905 new arrivals received during the reporting week", lang="en")
    assert (figure.kind, figure.value) == (Kind.DISPLACED, 3905)
    assert extract("Some 2,000 households are to receive shelter kits this week.", lang="en") == []
