"""Numbers in figure-free stories that read like tolls and are not: staff an employer lost to the job market, a fee
called a toll, people who left for work, a plan's reach, a part of a count of cases, people held in prisons, one
person named among the rescued, a country's possessive before an adjective. And the figures beside them that must
stay. Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The clinic has lost nine of its 22 nurses since March because of funding cuts, its director said.",
            id="lost-to-funding-cuts",
        ),
        pytest.param(
            "The forecasting service lost about 450 employees to buyouts and early retirements last year.",
            id="lost-to-buyouts",
        ),
        pytest.param("Militias stop lorries on the highway and charge a toll of 2,000 gourdes each.", id="toll-fee"),
        pytest.param(
            "Of the 48 health volunteers trained in May, 15 left for seasonal work in the cane fields.", id="work"
        ),
        pytest.param(
            "The project will reach 60,000 people, including 21,000 internally displaced people hosted in 9 sites.",
            id="plan-reach",
        ),
        pytest.param(
            "Donors set a target of enrolling 150,000 refugee children in primary school by 2027.", id="target-of"
        ),
        pytest.param(
            "Clinics logged 540 suspected measles cases in June, including 130 in displacement sites.",
            id="part-of-cases",
        ),
        pytest.param(
            "The country's 41 prisons held 28,900 persons deprived of liberty in January, against 21,000 places.",
            id="prison-population",
        ),
        pytest.param(
            "All six miners who spent the night in an underground refuge station were brought to the surface.",
            id="refuge-station",
        ),
        pytest.param(
            "Police said 17 of the victims, including a 64-year-old man, were rescued from a forest on Monday.",
            id="rescued-singleton",
        ),
        pytest.param("Haiti's missing numbers: what the end of the census means for aid", id="possessive-adjective"),
    ],
)
def test_numbers_of_staff_fees_plans_cases_and_prisons_are_no_figures(text: str) -> None:
    assert kinds_values(text) == []


def test_the_figures_beside_those_traps_stay() -> None:
    assert kinds_values("The battalion lost 14 soldiers to sniper fire near the bridge.") == [("killed", 14)]
    assert kinds_values("About 700 families have left for safer areas since the shelling began.") == [
        ("displaced", 700)
    ]
    assert kinds_values("Some 2,600 people are sheltering in 15 schools in the town.") == [("sheltered", 2600)]
    # one person named among the rescued who was hurt is still hurt
    assert kinds_values(
        "Six passengers, including a pregnant woman, were rescued alive with injuries after the ferry sank."
    ) == [("injured", 6), ("injured", 1)]
    # the same trap words do not stop the rescued's neighbours in a plain toll
    assert kinds_values("Twelve of the victims, including a child, were killed.") == [("killed", 12), ("killed", 1)]


def test_families_after_a_toll_of_people_are_not_part_of_the_toll() -> None:
    text = "Situation as at 6 p.m.:\nKegalle - 7 deaths, 9,120 families displaced\nMatale - 3 deaths, 2,450 families\n"
    figures = kinds_values(text)
    assert ("killed", 2450) not in figures
    assert figures[:3] == [("killed", 7), ("displaced", 9120), ("killed", 3)]


def test_a_plan_that_reaches_people_is_not_a_toll_but_a_toll_that_reaches_a_number_is() -> None:
    assert kinds_values("The death toll reached 40, including 11 children, officials said.") == [
        ("killed", 40),
        ("killed", 11),
    ]
