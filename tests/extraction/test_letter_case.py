"""Capitals change nothing: sentences are matched lower-cased, with every offset kept."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.extraction.lexicon import lower_keeping_length
from tests.extraction.helpers import summary


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Floods killed at least 23 people in Sindh province.", id="left-verb-hedge"),
        pytest.param("Since May, about 1,200 families have been displaced in Kassala.", id="cumulative"),
        pytest.param("Thousands fled as fighting reached El Fasher.", id="vague"),
        pytest.param("Twenty-one miners died and between 40 and 50 were injured.", id="words-and-range"),
        pytest.param("Some 650,000 people could be forced to flee if the fighting spreads.", id="projection"),
    ],
)
def test_headline_in_capitals_states_the_same_figures(text: str) -> None:
    """A sentence written in capitals gives the figures, hedges and flags of its ordinary spelling."""
    expected = [(f.kind, f.value, f.value_max, f.qualifier, f.cumulative, f.projection) for f in extract(text)]
    shouted = [(f.kind, f.value, f.value_max, f.qualifier, f.cumulative, f.projection) for f in extract(text.upper())]
    assert expected
    assert shouted == expected


def test_letters_longer_in_lower_case_keep_offsets() -> None:
    """'İ' lower-cases to two characters; it stays as written so spans still point at the same words."""
    text = "İzmir: 1,200 people were displaced."
    assert len(lower_keeping_length(text)) == len(text)
    (figure,) = extract(text)
    assert text[figure.span[0] : figure.span[1]] == "1,200 people were displaced"
    assert summary(text) == [("displaced", 1200, "exact", "people")]
