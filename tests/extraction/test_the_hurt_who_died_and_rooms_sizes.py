"""Shapes from a sixth round of fresh French and Arabic reports: the hurt who later died ("ستة من الجرحي توفوا"),
refugee children who drowned (dead, not displaced), relatives lost ("فقد سبعة من اقاربه"), refuge in "une
centaine de sites", a toll "multiplié par huit" (a factor) and rooms "prévues pour trente élèves" (a size).

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال المستشفى إن خمسة من الجرحى توفوا لاحقا.", [("killed", 5, "people")]),
        ("وغرق طفلان لاجئان في مجرى مائي.", [("killed", 2, "children")]),
        ("وأشارت إلى أن طفلين لاجئين غرقا قرب المخيم.", [("killed", 2, "children")]),
        ("وقال إنه فقد تسعة من أقاربه في القصف.", [("killed", 9, "people")]),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quelque 9 000 personnes ont trouvé refuge dans une vingtaine de sites improvisés.",
            [("sheltered", 9000, "people")],
        ),
        (
            "Les experts craignent que le bilan soit multiplié par trois, soit plus de 600 morts.",
            [("killed", 600, "people")],
        ),
        (
            "Dans l'école, 420 déplacés s'entassent dans des salles de classe prévues pour quarante élèves.",
            [("sheltered", 420, "people")],
        ),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected
