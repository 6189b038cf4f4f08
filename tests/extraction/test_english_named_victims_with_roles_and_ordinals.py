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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Among the dead are 31 cattle keepers and four attackers.",
            [("killed", 31), ("killed", 4)],
            id="people-named-after-what-they-tend",
        ),
        pytest.param(
            "The teacher was killed alongside his wife and two children.",
            [("killed", 1), ("killed", 1), ("killed", 2)],
            id="killed-alongside",
        ),
        pytest.param(
            "Militants shot dead a trader, Abdi Warsame, and his teenage son.",
            [("killed", 1), ("killed", 1)],
            id="a-list-past-a-name-in-apposition",
        ),
    ],
)
def test_victims_listed_with_others(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_animals_and_hosted_refugees_are_no_new_figure() -> None:
    assert kinds_values("Some 5,200 livestock heads perished in the drought.") == []
    text = (
        "Some 3,000 people are displaced in Ouallam, and a further 20,000 refugees from Mali live in the area's camps."
    )
    assert kinds_values(text) == [("displaced", 3_000)]
