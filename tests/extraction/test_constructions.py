"""Constructions of real reports: tolls that climb, subgroups, table rows, asides, returns, shelters and houses."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The death toll from the storm in the north rose to 98 on Monday.",
            [("killed", 98, "exact", "people")],
            id="toll-rose-far",
        ),
        pytest.param(
            "The toll from Saturday's magnitude 7.2 earthquake rose to 1,297.",
            [("killed", 1297, "exact", "people")],
            id="toll-past-decimal",
        ),
        pytest.param("Quake death toll passes 17,000", [("killed", 17000, "more_than", "people")], id="toll-passes"),
        pytest.param("A spokesman put the toll at 153 dead.", [("killed", 153, "exact", "people")], id="toll-at"),
        pytest.param(
            "The number of IDPs in Sennar rose to 480,000.", [("displaced", 480000, "exact", "people")], id="number-of"
        ),
        pytest.param(
            "This brings to almost 274,000 the total number of people displaced.",
            [("displaced", 274000, "about", "people")],
            id="brings-to-total",
        ),
        pytest.param("Refugee arrivals top 150,000", [("displaced", 150000, "exact", "people")], id="arrivals-top"),
    ],
)
def test_running_totals_are_read(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Tolls and totals that rise, pass or stand at a number are figures."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A strike killed 12 people, including four women.",
            [("killed", 12, "exact", "people"), ("killed", 4, "exact", "women")],
            id="including-after-verb",
        ),
        pytest.param(
            "Officials said 2,700 people had been evacuated from Kherson, including 80 children.",
            [("evacuated", 2700, "exact", "people"), ("evacuated", 80, "exact", "children")],
            id="including-at-end",
        ),
        pytest.param(
            "More than 1.1 million people have been displaced, including 755,000 in 2022 alone.",
            [("displaced", 1100000, "more_than", "people"), ("displaced", 755000, "exact", "people")],
            id="including-without-noun",
        ),
        pytest.param(
            "The army said 188 of its soldiers have been killed.",
            [("killed", 188, "exact", "fighters")],
            id="partitive",
        ),
    ],
)
def test_subgroups_and_partitives(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Subgroups share the kind of the figure they belong to; 'N of its soldiers' counts soldiers."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Deaths: 1,191", [("killed", 1191, "exact", "people")], id="deaths-row"),
        pytest.param("Injured: 4,071", [("injured", 4071, "exact", "people")], id="injured-row"),
        pytest.param(
            "Houses destroyed: 469,512", [("houses_destroyed", 469512, "exact", "households")], id="houses-row"
        ),
    ],
)
def test_table_rows_flattened_into_text(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """A label, a colon and a number is a figure."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("About 17,000 homes on the right bank were flooded.", "houses_damaged", id="lowercase-place"),
        pytest.param(
            "Some 800,000 civilians living in El Fasher could be forced to flee.", "displaced", id="living-in"
        ),
        pytest.param(
            "Some 250,000 residents, almost 90 per cent of the town's population, have been forced out.",
            "displaced",
            id="percent-aside",
        ),
        pytest.param("They joined more than 195,000 Iraqis in 21 camps.", "sheltered", id="camps-after-number"),
    ],
)
def test_verbs_are_found_past_asides(text: str, kind: str) -> None:
    """Places, shares and participles between the noun and its verb do not hide the verb."""
    assert [k for k, _v, _q, _g in summary(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Another 100,000 have left northern Gaza.", "displaced", id="left-place"),
        pytest.param("Over 2,000 people had left for the town of Bandiagara.", "displaced", id="left-for-town"),
        pytest.param("The floods forced 1.3 million from their homes.", "displaced", id="from-their-homes"),
        pytest.param("Some 5,800 people have crossed the Lurio river.", "displaced", id="crossed-river"),
        pytest.param("Some 15,000 people arrived in Adre after fleeing.", "displaced", id="arrived-after-fleeing"),
        pytest.param("Over 327,000 Afghans return from Pakistan", "returned", id="return-from"),
        pytest.param("Police moved 120,000 people to safer ground.", "evacuated", id="to-safer-ground"),
        pytest.param("Roanu forced 300,000 people into evacuation shelters.", "evacuated", id="into-evacuation"),
        pytest.param("About 1.4 million IDPs are sheltering in 155 UNRWA facilities.", "sheltered", id="sheltering-in"),
        pytest.param("Some 1.9 million people staying in tents.", "sheltered", id="staying-in-tents"),
        pytest.param("About 2,000 families had lost their homes.", "homeless", id="lost-homes"),
        pytest.param("Forty-two others were hospitalised with serious injuries.", "injured", id="hospitalised"),
        pytest.param("Attacks uproot thousands", "displaced", id="uproot"),
        pytest.param("As of 11 January, 870 familis remained in 20 evacuation centres.", "sheltered", id="typo-noun"),
    ],
)
def test_more_verbs_say_what_happened(text: str, kind: str) -> None:
    """Each verb chain gives its kind."""
    assert [k for k, _v, _q, _g in summary(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Nearly a million homes have been damaged or destroyed.", [], id="damaged-or-destroyed"),
        pytest.param("The quake destroyed or damaged 8,000 homes.", [], id="destroyed-or-damaged-before"),
        pytest.param(
            "2,318 houses were completely destroyed and another 10,000 partially damaged.",
            [("houses_destroyed", 2318, "exact", "households"), ("houses_damaged", 10000, "exact", "households")],
            id="degrees",
        ),
        pytest.param(
            "More than 120,000 families' homes were damaged.",
            [("houses_damaged", 120000, "more_than", "households")],
            id="possessive-homes",
        ),
    ],
)
def test_houses_are_dwelling_units(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Houses destroyed or damaged are counted as households, with the degree the words give; a combined total
    ("damaged or destroyed") is labelled as neither by the conventions, so it gives no figure."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The toll could rise further as many of the wounded are in critical condition.", id="many-of-the"),
        pytest.param("The site sheltered about 3,000 people who had fled earlier violence.", id="sheltered-verb"),
        pytest.param("The camp is one of 33 sites housing nearly one million Rohingya who fled.", id="housing-verb"),
        pytest.param("Someone was killed.", id="someone"),
    ],
)
def test_references_and_hosting_are_no_figures(text: str) -> None:
    """Pointing back at counted people, or hosting them, states no new figure."""
    assert summary(text) == []


def test_said_before_a_number_is_no_trap() -> None:
    """'said 700 people had died' is a figure: 'said' does not hide the trap word 'aid'."""
    assert summary("Officials said 700 people had died.") == [("killed", 700, "exact", "people")]
