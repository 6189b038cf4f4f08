"""English shapes from a fifth round of fresh reports: a place's share "accounted for" after "and neighbouring",
people treated at a named hospital for their injuries, relief centres that "took in" people, shelters "which
housed" them, and a death rate per million inhabitants (no count of the dead).

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang="en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kahramanmaras accounted for 310 of the dead and neighbouring Adiyaman for 85.",
            [("killed", 310, "people"), ("killed", 85, "people")],
        ),
        ("Eleven people were treated at Kos General Hospital for minor injuries.", [("injured", 11, "people")]),
        ("Evacuation centres in Bairnsdale took in about 420 people overnight.", [("sheltered", 420, "people")]),
        ("The county opened 12 shelters, which housed about 2,300 people.", [("sheltered", 2300, "people")]),
        ("Portugal recorded 212 deaths per million inhabitants over the summer.", []),
        ("The heat wave caused 212 deaths in Portugal.", [("killed", 212, "people")]),
    ],
)
def test_english(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text) == expected
