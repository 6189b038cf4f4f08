"""French counts whose fate is told in an apposition between commas.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.values import Kind


def _read(text: str) -> list[tuple[Kind, int | None]]:
    return [(f.kind, f.value) for f in extract(text, lang="fr")]


@pytest.mark.parametrize(
    "text",
    [
        "Trois gendarmes ont été portés disparus et 12 autres, blessés, ont été transférés vers Mopti.",
        "Quatre soldats ont été tués et 12 autres, blessés.",
    ],
)
def test_a_participle_between_commas_tells_the_others_fate(text: str) -> None:
    """ "12 autres, blessés," are hurt: the participle set off by commas is theirs, not the verb before."""
    assert (Kind.INJURED, 12) in _read(text)
    assert all(kind is not Kind.INJURED or value == 12 for kind, value in _read(text))


def test_a_participle_that_opens_a_longer_aside_does_not_take_the_count() -> None:
    """A comma with no closing punctuation after the participle is not an apposition of the count."""
    figures = _read("Cinq civils ont été tués et 12 autres, blessés dans la matinée, sont arrivés à l'hôpital.")
    assert (Kind.KILLED, 5) in figures


@pytest.mark.parametrize(
    "text",
    [
        "Cinq personnes, dont un enfant de 7 ans, ont été tuées dimanche à Mongo.",
        "Six personnes, dont une fillette de 4 ans, étaient mortes noyées depuis la crue.",
    ],
)
def test_a_single_part_with_its_age_after_dont_takes_the_wholes_verb(text: str) -> None:
    """ "dont un enfant de 7 ans, ont été tuées": the child with its age is one of the dead."""
    assert (Kind.KILLED, 1) in _read(text)
