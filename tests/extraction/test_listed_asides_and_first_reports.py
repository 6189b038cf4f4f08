"""A toll whose subgroups are listed in an aside before its verb, a force that "loses" its soldiers, the first
reports' count (which no later one replaced), and the participle that says what befell "the number of" people.
Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


def test_a_toll_reads_past_a_listed_aside_of_its_subgroups() -> None:
    text = "At least 1,340 people, including police, rebels and civilians, have been killed in the region since May."
    assert kinds_values(text) == [("killed", 1340)]
    text = "Nearly 800 villagers, including women, children and the elderly, have taken shelter in two schools."
    assert kinds_values(text) == [("sheltered", 800)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Food parcels for 60 families, including rice, oil and soap, had reached the village by noon.", id="aid"
        ),
        pytest.param(
            "Scores of other buildings, including the clinic, the mosque and a school, were flattened.",
            id="other-buildings",
        ),
    ],
)
def test_a_listed_aside_of_things_lends_no_verb(text: str) -> None:
    assert kinds_values(text) == []


def test_a_force_that_loses_soldiers_counts_its_dead() -> None:
    assert kinds_values("Niger loses 29 soldiers in attack near the Malian border") == [("killed", 29)]
    assert kinds_values("The firm loses 40 per cent of its staff every year.") == []


def test_the_first_reports_count_stands_but_an_earlier_count_that_was_replaced_does_not() -> None:
    assert kinds_values("Initial reports put the toll at 85 dead and 300 wounded, the coordinator said.") == [
        ("killed", 85),
        ("injured", 300),
    ]
    assert kinds_values("An earlier count had put the dead at 61.") == []


def test_the_participle_after_the_number_of_people_says_what_befell_them() -> None:
    assert kinds_values("The flight brings to 412 the number of refugees evacuated to Niger this year.") == [
        ("evacuated", 412)
    ]
    assert kinds_values("It brings to 2,100 the number of families returned from the camp.") == [("returned", 2100)]
    assert kinds_values("This brings to 19,000 the number of Sudanese refugees in Chad.") == [("displaced", 19000)]


def test_tolls_that_soar_missing_lists_that_grow_and_the_figure_of_dead() -> None:
    assert kinds_values("Cyclone toll soars above 14,000") == [("killed", 14_000)]
    assert kinds_values("Missing list grows to 46 as search continues") == [("missing", 46)]
    assert kinds_values("Some 18 people remained on the county's list of missing persons.") == [("missing", 18)]
    assert kinds_values("The figure of dead is now over 9,000.") == [("killed", 9_000)]


def test_the_whole_a_part_is_taken_of_and_a_port_s_population_are_no_figures() -> None:
    assert kinds_values("She said two of her five children died on the way.") == [("killed", 2)]
    assert ("killed", 23) not in kinds_values("One of its 23 crew members died; the rest were rescued.")
    text = "In the town, a fishing port of 14,000 people, about 3,100 residents have not been heard from."
    assert kinds_values(text) == [("missing", 3_100)]


def test_the_age_after_a_speakers_name_stays_an_age_before_as_or_while() -> None:
    assert kinds_values('"Now 40 are dead," said Hamid Azzi, 58, as soldiers dug graves.') == [("killed", 40)]
