"""Place roles read by extraction for events: where displaced people went, and what a death toll is not placed at."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extraction.extract import extract
from bot.values import Kind, destination_of

DAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        pytest.param("Some 5,000 people fled Rutshuru for Goma on Monday.", "Rutshuru", "Goma", id="fled-for"),
        pytest.param("About 2,000 people were displaced from Rutshuru to Goma.", "Rutshuru", "Goma", id="from-to"),
        pytest.param("Some 12,000 people fled their homes around Rutshuru on Monday.", "Rutshuru", None, id="none"),
    ],
)
def test_displaced_people_have_an_origin_and_when_stated_a_destination(
    text: str, origin: str, destination: str | None
) -> None:
    """The figure's place is where people fled from; the destination is kept beside it."""
    (figure,) = extract(text, DAY)
    assert figure.location is not None
    assert figure.location.name == origin
    went = destination_of(figure)
    assert (went.name if went else None) == destination


def test_a_death_toll_has_no_destination() -> None:
    """'Killed on the road to Goma' is about Goma, and nobody went anywhere."""
    (figure,) = extract("At least 20 people were killed on the road to Goma on Monday.", DAY)
    assert figure.kind is Kind.KILLED
    assert destination_of(figure) is None


def test_the_town_people_walked_to_does_not_place_the_next_sentences_dead() -> None:
    """'... walked towards Goma. At least 3 people were killed by stray bullets': the dead are not in Goma."""
    text = (
        "GOMA, 19 November 2026 – Some 12,000 people fled their homes around Rutshuru on Wednesday.\n\n"
        "Many of the displaced walked towards Goma. At least 3 people were killed by stray bullets."
    )
    killed = next(f for f in extract(text, DAY) if f.kind is Kind.KILLED)
    assert killed.location is not None
    assert killed.location.name == "Rutshuru"
