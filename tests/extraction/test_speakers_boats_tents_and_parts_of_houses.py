"""Shapes from a third round of fresh reports.

English: peacekeepers named "blue helmets", a count "of us", the tally of the missing lowered "to", and a
speaker's age after a list of figures (no item of the list).
French: a list of places opened by "d'", people living in tents or in camps (many sites, not one site's
population), people treated for burns, patients who left hospital (no flight), a boat that capsized ("s'est
retournée", no return), people on board, swimmers who reached the shore, houses "effondrées ou fissurées"
counted together, damage suffered, and bare counts after "Parmi ces logements" (and after "se sont").
Arabic: bare counts after an opening that names the houses.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two other blue helmets were wounded near Bunia.", [("injured", 2, "people")]),
        ("Nearly 150 of us are now staying with relatives in Bakura.", [("displaced", 150, "people")]),
        ("Sheriff lowers missing count to 6 after search of canyon", [("missing", 6, "people")]),
        (
            '"About 90 of us fled to Kumba with nothing," said a farmer, Grace Ebai, 41.',
            [("displaced", 90, "people")],
        ),
        (
            "The storm killed 14 people in Sylhet, officials said, 6 in Sunamganj and 2 in Habiganj.",
            [("killed", 14, "people"), ("killed", 6, "people"), ("killed", 2, "people")],
        ),
    ],
)
def test_english(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les décès ont été enregistrés dans les préfectures d'Al Hoceima (31), Nador (12) et Driouch (4).",
            [("killed", 31, "people"), ("killed", 12, "people"), ("killed", 4, "people")],
        ),
        ("Quelque 4 100 personnes vivent encore dans des camps de tentes.", [("sheltered", 4100, "people")]),
        ("Quelque 45 000 déplacés vivent dans le camp de Bulengo.", []),
        (
            "Près de 130 personnes ont été soignées pour des brûlures après l'incendie.",
            [("injured", 130, "people")],
        ),
        ("Parmi les patients admis, 61 ont déjà quitté l'hôpital.", []),
        ("Selon un pêcheur, la pirogue s'est retournée à quelques centaines de mètres de la plage.", []),
        ("L'embarcation avait quitté Ziguinchor le 3 août avec 86 personnes à bord.", []),
        ("Quatorze personnes ont pu regagner la rive à la nage.", []),
        ("Le maire évoque plus de 1 500 maisons effondrées ou fissurées.", []),
        (
            "Parmi ces logements, 8 200 se sont effondrés, tandis que 21 400 ont subi des dommages partiels.",
            [("houses_destroyed", 8200, "households"), ("houses_damaged", 21400, "households")],
        ),
        ("Au total, 240 se sont réfugiés à Bukavu.", [("displaced", 240, "people")]),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


def test_arabic_bare_counts_after_an_opening_that_names_the_houses() -> None:
    assert _read("ومن بين هذه المنازل، 640 دمرت بالكامل و1,900 تضررت جزئيا.", "ar") == [
        ("houses_destroyed", 640, "households"),
        ("houses_damaged", 1900, "households"),
    ]
