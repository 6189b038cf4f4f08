"""English victims named after their role ("Paramedic Hussein Fakih, 29, was killed") or with "who died", one
more named by an ordinal as a verb's object ("killed a third"), and a death a source reports ("Amnesty said a
boy drowned"). Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nurse Leila Haddad, 34, was killed when a drone struck the ambulance.", [("killed", 1)], id="a-role"
        ),
        pytest.param(
            "The victims were identified as Rosa Condori Apaza, 68, who died when a wall collapsed on her.",
            [("killed", 1)],
            id="a-name-then-who-died",
        ),
        pytest.param(
            "Shelling killed two women in Kherson, while a drone strike near Beryslav killed a third.",
            [("killed", 2), ("killed", 1)],
            id="killed-a-third",
        ),
        pytest.param(
            "Human Rights Watch said a 15-year-old girl drowned while fleeing the raid.",
            [("killed", 1)],
            id="a-source-then-one-who-drowned",
        ),
    ],
)
def test_named_and_ordinal_victims(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Doctor Amina Yusuf said the hospital had run out of blood.",
        "The storm killed a third of the herd.",
    ],
)
def test_no_victim_named(text: str) -> None:
    assert kinds_values(text) == []
