"""French: people "on the roads" or pushed "into exile" are displaced, the displaced who "rentrent" return, those who
"souffrent de brûlures" are hurt, and families who "sont parties" have fled. Every text here is invented in the
manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Inondations : 17 morts dans le Sud, des centaines de familles sur les routes",
            [("killed", 17), ("displaced", None)],
            id="families-on-the-roads",
        ),
        pytest.param(
            "La crise a poussé des centaines de milliers de personnes à l'exil depuis 2017.",
            [("displaced", None)],
            id="pushed-into-exile",
        ),
        pytest.param(
            "Niger : des milliers de déplacés rentrent dans la commune de Tillia",
            [("returned", None)],
            id="the-displaced-who-return",
        ),
        pytest.param(
            "L'explosion a fait 72 blessés, dont 25 souffrent de brûlures graves.",
            [("injured", 72), ("injured", 25)],
            id="suffering-from-burns",
        ),
        pytest.param(
            "Près de 450 familles sont déjà parties vers Djibo.",
            [("displaced", 450)],
            id="families-gone",
        ),
    ],
)
def test_french_roads_returns_burns_and_departures(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, lang="fr") == expected


def test_french_people_in_shelters_and_the_hurt_sent_home() -> None:
    assert kinds_values("Quelque 2 100 personnes sont dans 9 abris provisoires.", lang="fr") == [("sheltered", 2_100)]
    assert kinds_values("Les 300 élèves sont dans les écoles.", lang="fr") == []
    text = "Onze blessés ont été admis à l'hôpital ; trois d'entre eux ont regagné leur domicile après des soins."
    assert kinds_values(text, lang="fr") == [("injured", 11)]


def test_french_et_joins_number_words_only_after_a_ten() -> None:
    text = "Les provinces d'Azilal et de Midelt déplorent respectivement deux et un décès."
    assert kinds_values(text, lang="fr") == [("killed", 2), ("killed", 1)]
    assert kinds_values("Le bilan est de trente-et-un morts et soixante et onze blessés.", lang="fr") == [
        ("killed", 31),
        ("injured", 71),
    ]
