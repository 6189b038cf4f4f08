"""A move begun is a move: "began returning", "started fleeing", also after a relative clause.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.values import Kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "About 6,500 residents who had spent a month in evacuation centres began returning to their homes.",
            Kind.RETURNED,
        ),
        (
            "Some 1,200 villagers who had fled the clashes in March started returning to Kalehe this week.",
            Kind.RETURNED,
        ),
    ],
)
def test_the_main_verb_after_a_relative_clause_may_be_begun(text: str, kind: Kind) -> None:
    (figure,) = extract(text, lang="en")
    assert figure.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "Some 640 individuals were re-displaced from Sinjar in May.",
        "DTM recorded 640 individuals who had returned but were re-displaced during the reporting period.",
    ],
)
def test_people_displaced_again_are_displaced(text: str) -> None:
    (figure,) = extract(text, lang="en")
    assert (figure.kind, figure.value) == (Kind.DISPLACED, 640)
