"""People sheltered in sites opened for an emergency (told with the sites as subject, or lodged in schools), a
period's displacement total named by its noun, a toll over a time ("in five days", not a share "nine in ten"), a
count right after a whole date, and people taken rather than harmed in a list after a toll. Every text here is
invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Across the province, 87 evacuation camps now shelter about 26,000 people.", 26_000, id="now"),
        pytest.param(
            "Officials said 41 camps had been opened in schools and churches, housing about 19,500 people.",
            19_500,
            id="opened-housing",
        ),
        pytest.param(
            "The displaced are received in nine collective centres in the city, now sheltering some 7,800 people.",
            7_800,
            id="now-sheltering",
        ),
        pytest.param("The Red Crescent runs 12 camps, where 14,300 people are currently sheltered.", 14_300, id="are"),
        pytest.param(
            "Most went to relatives, but 2,700 are lodged in schools and public buildings.", 2_700, id="lodged"
        ),
    ],
)
def test_people_in_sites_opened_for_the_emergency_are_sheltered(text: str, expected: int) -> None:
    assert kinds_values(text) == [("sheltered", expected)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The camps house about 140,000 refugees, confined there for a decade.", id="standing-camps"),
        pytest.param("The district still has 15 camps, sheltering about 150,000 people since 2014.", id="old-camps"),
        pytest.param("Some 300 pupils are back in schools this week.", id="pupils"),
    ],
)
def test_a_camps_standing_population_is_no_figure(text: str) -> None:
    assert kinds_values(text) == []


def test_a_periods_displacement_total_named_by_its_noun() -> None:
    text = "Total displacement since the offensive began on 3 March stands at 118,000 people."
    assert kinds_values(text) == [("displaced", 118_000)]
    assert kinds_values("Total displacement in the region was higher last year.") == []


def test_a_toll_over_a_time_is_a_count_but_a_share_is_not() -> None:
    assert kinds_values("Shelling kills over 300 in four days, monitor says") == [("killed", 300)]
    assert kinds_values("Nine in ten arrivals come with nothing.") == []


def test_a_count_after_a_whole_date_is_a_count() -> None:
    assert kinds_values("On 14 August three children drowned in the river.") == [("killed", 3)]
    assert kinds_values("The attack on August 14 killed 9 people.") == [("killed", 9)]


def test_people_taken_in_a_list_after_a_toll_are_not_dead() -> None:
    text = (
        "Between 3 and 9 May 31 homicides were registered in the state, and 19 people were reported as "
        "deprived of liberty, of whom 4 remain missing."
    )
    assert kinds_values(text) == [("killed", 31), ("missing", 4)]
