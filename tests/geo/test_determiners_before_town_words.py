"""A determiner or number word opening a sentence before "village" or "town" is no place name, though the word
after it would qualify a real one and folding brings it close to a town abroad ("This" and Thies, "Every" and
Evere, "One" and Unye); the village named after such an opening still is."""

from __future__ import annotations

import pytest

from bot.geo.gazetteer import Gazetteer
from bot.geo.matching import find_mentions


def _found(text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.country_iso3) for m in find_mentions(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "One village chief was shot dead on his way to the market.",
        "This village lost four of its farmers in the raid.",
        "Every town along the river reported homes under water.",
        "Each village sent two men to help clear the road.",
    ],
)
def test_an_opening_determiner_before_a_town_word_names_no_place(text: str, gazetteer: Gazetteer) -> None:
    assert _found(text, gazetteer) == []


def test_the_village_named_after_the_opening_word_is_still_found(gazetteer: Gazetteer) -> None:
    assert _found("One village chief in Kutum, North Darfur, was shot dead.", gazetteer)[0] == ("Kutum", "SDN")
