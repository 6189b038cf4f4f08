"""People moved to shelters ahead of a storm or as a precaution were evacuated, not merely sheltered.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.values import Kind


def _kinds(text: str) -> list[tuple[Kind, int | None]]:
    return [(f.kind, f.value) for f in extract(text, lang="en")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Over 31,000 people moved to shelters as Cyclone Ilsa nears coast", 31000),
        ("As a precaution, 48 families from the slope above Dhunche were shifted to a government school.", 48),
        ("Some 210 residents of the riverbank colony were moved to two halls as a precautionary measure.", 210),
    ],
)
def test_moved_ahead_of_danger_is_evacuated(text: str, value: int) -> None:
    """The move is the evacuation: the danger had not struck the people yet."""
    assert (Kind.EVACUATED, value) in _kinds(text)


def test_moved_after_the_disaster_stays_sheltered() -> None:
    """Without a storm to come or a precaution, people moved to relief camps after the flood are sheltered."""
    text = "After the river breached its embankment on Monday, 2,140 people were moved to nine relief camps."
    assert (Kind.SHELTERED, 2140) in _kinds(text)


def test_leaving_homes_preventively_is_an_evacuation() -> None:
    (figure,) = extract("Some 2,700 people had to leave their homes preventively in Recife.", lang="en")
    assert figure.kind is Kind.EVACUATED
