"""French parts named by a possessive ("17 de nos soldats"), the death of people counted hurt ("le décès de trois
blessés") and a quotation opening a new sentence ("détruites. « Le nombre de sinistrés ..."). Every text here is
invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Selon l'état-major, 14 de nos soldats sont tombés au champ d'honneur à Djibo.",
            [("killed", 14)],
            id="of-our-soldiers",
        ),
        pytest.param(
            "Le groupe armé a reconnu la mort de deux de ses combattants.", [("killed", 2)], id="of-its-fighters"
        ),
        pytest.param("Trois de leurs enfants sont toujours portés disparus.", [("missing", 3)], id="of-their-children"),
        pytest.param(
            "Le bilan est passé à neuf morts jeudi avec le décès de deux blessés à l'hôpital de Mopti.",
            [("killed", 9), ("killed", 2)],
            id="death-of-the-hurt",
        ),
        pytest.param("Le décès d'un blessé a été annoncé dans la nuit.", [("killed", 1)], id="death-of-one-hurt"),
        pytest.param(
            "L'évacuation de trois blessés vers Bamako a eu lieu mardi.",
            [("injured", 3)],
            id="evacuation-of-the-hurt-stays-hurt",
        ),
        pytest.param(
            "Le préfet recense 1 870 maisons détruites. « Le nombre de sinistrés dépasse 30 000, et l'eau monte "
            "encore », a-t-il averti.",
            [("houses_destroyed", 1_870)],
            id="quote-opens-a-sentence",
        ),
    ],
)
def test_french_parts_deaths_and_quotes(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, "fr") == expected


def test_a_possessive_part_with_no_fate_is_no_figure() -> None:
    assert kinds_values("Deux de ses frères vivent à Paris depuis dix ans.", "fr") == []


def test_french_slashed_rows_under_a_slashed_heading() -> None:
    text = (
        "Le ministère a publié jeudi un premier décompte.\n\n"
        "Répartition par province (logements totalement effondrés / partiellement endommagés) :\n"
        "- Al Haouz : 8 410 / 15 200\n"
        "- Taroudant : 4 020 / 9 875\n"
    )
    assert kinds_values(text, "fr") == [
        ("houses_destroyed", 8_410),
        ("houses_damaged", 15_200),
        ("houses_destroyed", 4_020),
        ("houses_damaged", 9_875),
    ]


def test_a_french_row_with_its_own_slashed_label() -> None:
    assert kinds_values("Morts/blessés (attaque du marché) : 14/37", "fr") == [("killed", 14), ("injured", 37)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Depuis janvier, 21 480 ressortissants haïtiens ont été renvoyés vers leur pays.",
            [("returned", 21_480)],
            id="nationals-sent-back",
        ),
        pytest.param(
            "Cent quarante migrants ont été reconduits à la frontière.", [("returned", 140)], id="taken-to-the-border"
        ),
        pytest.param("Le vote a été renvoyé à plus tard.", [], id="a-vote-put-off-is-no-return"),
        pytest.param(
            "Vingt-deux de leurs camarades ont été blessés.", [("injured", 22)], id="comrades-by-a-possessive"
        ),
        pytest.param("Cinq de nos collègues ont été tués depuis octobre.", [("killed", 5)], id="colleagues"),
    ],
)
def test_french_people_sent_back_and_named_by_their_fellows(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, "fr") == expected
