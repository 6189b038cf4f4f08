"""Shapes of real reports beyond the plain "N people were killed": forecast refugee counts, key-figure panels,
house counts in brackets, kin lost with a family, verbs in the present, organisations before a role noun, and an
anaphor opening a paragraph.

Every sentence here is invented for the test, in the shapes real reports use."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The agency projects that more than two million Sudanese refugees may eventually need protection.",
            [("displaced", 2_000_000, "more_than", "people")],
            id="refugees-may-need",
        ),
        pytest.param(
            "The UN is preparing for as many as 100,000 refugees before the rains.",
            [("displaced", 100_000, "up_to", "people")],
            id="preparing-for",
        ),
        pytest.param(
            "Officials fear that 20,000 asylum seekers could arrive by winter.",
            [("displaced", 20_000, "exact", "people")],
            id="asylum-seekers-could",
        ),
        pytest.param(
            "Some 50,000 refugees are expected to cross into Malawi in the coming months.",
            [("displaced", 50_000, "about", "people")],
            id="expected-to-cross",
        ),
    ],
)
def test_a_forecast_count_of_refugees_is_a_displacement_projection(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    """A count of refugees that a forecast governs is a projected displacement, never a fact."""
    figures = extract(text)
    assert summary(text) == expected
    assert all(f.projection for f in figures)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The 300 refugees will be given food rations on Monday.", id="known-group"),
        pytest.param("The camp hosts 40,000 refugees and could take more.", id="hosted"),
        pytest.param("Some 12,000 refugees live in the settlement.", id="residents"),
        pytest.param("About 9,000 refugees were registered last month.", id="registered-no-forecast"),
    ],
)
def test_refugees_without_a_forecast_or_a_move_give_no_figure(text: str) -> None:
    """A known group, a hosted population or a registration is no displacement figure."""
    assert summary(text) == []


def test_the_figure_anaphor_after_a_refugee_forecast_takes_its_kind() -> None:
    """ "the figure could reach three million" continues the forecast before it."""
    text = (
        "The agency has projected that more than two million refugees may eventually need protection, while "
        "the bloc's commissioner said the figure could reach three million."
    )
    figures = extract(text)
    assert [(f.kind.value, f.value, f.projection) for f in figures] == [
        ("displaced", 2_000_000, True),
        ("displaced", 3_000_000, True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KEY FIGURES\n\n81,400 individuals Total number of new arrivals in Kenya since January (30,100 from "
            "Somalia and 51,300 from Ethiopia).",
            [
                ("displaced", 81_400, "exact", "people"),
                ("displaced", 30_100, "exact", "people"),
                ("displaced", 51_300, "exact", "people"),
            ],
            id="arrivals-panel",
        ),
        pytest.param("4,100 Deaths confirmed by the ministry", [("killed", 4_100, "exact", "people")], id="deaths"),
        pytest.param("1.2M IDPs in the eastern provinces", [("displaced", 1_200_000, "exact", "people")], id="idps"),
    ],
)
def test_a_key_figure_label_names_the_kind_of_its_count(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """A panel's count followed by its capitalised label takes the kind the label names."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("19,194 individuals Current population at transit and reception centres.", id="population"),
        pytest.param("650,000 People in need of assistance", id="in-need"),
        pytest.param("2,300 Households Affected by floods", id="affected"),
        pytest.param("120,000 People Targeted for food aid", id="targeted"),
    ],
)
def test_a_key_figure_of_population_need_or_target_is_no_figure(text: str) -> None:
    """Panels also count populations, needs and targets, which the conventions leave out."""
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Families whose homes suffered partial damage (more than 4,000 buildings) received repair kits.",
            [("houses_damaged", 4_000, "more_than", "households")],
            id="partial-damage",
        ),
        pytest.param(
            "The storm destroyed homes in three districts (1,200 houses).",
            [("houses_destroyed", 1_200, "exact", "households")],
            id="destroyed",
        ),
        pytest.param("Schools and homes (3,000 buildings) were used as shelters.", [], id="no-damage-word"),
        pytest.param("Homes were damaged or destroyed (5,000 houses).", [], id="combined"),
    ],
)
def test_a_bracketed_house_count_takes_what_its_clause_says_of_the_homes(
    text: str, expected: list[tuple[str, int, str, str]]
) -> None:
    """Damaged or destroyed, said of homes before the bracket; neither or both gives nothing."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He lost his entire family, including his wife and four children.",
            [("killed", 1, "exact", "women"), ("killed", 4, "exact", "children")],
            id="entire-family-including",
        ),
        pytest.param(
            "She lost her whole family, among them her mother and two brothers.",
            [("killed", 1, "exact", "women"), ("killed", 2, "exact", "people")],
            id="whole-family-among-them",
        ),
    ],
)
def test_kin_named_after_a_lost_family_are_dead(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Losing a family, then naming who: each named relative is a death; a wife or a mother is a woman."""
    assert summary(text) == expected


def test_a_present_tense_crossing_is_a_displacement() -> None:
    """ "cross the border" in the present tells people moving, as "crossed" does."""
    assert summary("About 2,000 people cross the border into Chad every day.") == [
        ("displaced", 2_000, "about", "people")
    ]


def test_an_organisation_before_a_role_noun_keeps_the_singleton() -> None:
    """ "A UNICEF / WHO consultant is unaccounted for" is one person missing."""
    assert summary("A UNICEF / WHO consultant based in Jacmel is currently unaccounted for.") == [
        ("missing", 1, "exact", "people")
    ]


def test_an_anaphor_opening_a_paragraph_continues_the_figure_before_it() -> None:
    """ "Those from Kenya are 1,400 individuals" after a paragraph of returns counts returns."""
    text = "From Uganda, up to 2,100 returned to Torit.\n\nThose from Kenya are 1,400 individuals to Magwi and Pageri."
    assert summary(text) == [("returned", 2_100, "up_to", "people"), ("returned", 1_400, "exact", "people")]
