"""Shapes from a fourth round of fresh French and Arabic reports: a figure spread over places after an opening
that announces it ("علي النحو التالي:", "comme suit :"), returnees left without a roof, two of one's kin written
as a dual with a possessive ("وطفليها"; "ابنية", buildings, is no such dual), a son named by "نجل", refuge in sites,
soldiers "tombés au cours des combats", and people sleeping under trees.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وأوضحت الوزارة أن الوفيات سجلت على النحو التالي: إقليم تازة 64، إقليم صفرو 21، عمالة فاس 9.",
            [("killed", 64, "people"), ("killed", 21, "people"), ("killed", 9, "people")],
        ),
        (
            "وتتوزع الإصابات حسب الولايات كالتالي: البويرة 14، المدية 6.",
            [("injured", 14, "people"), ("injured", 6, "people")],
        ),
        ("وباتت 180 أسرة عائدة بلا مأوى.", [("homeless", 180, "families")]),
        ("سقطت قذيفة على منزل ما أدى إلى مقتل امرأة وطفليها.", [("killed", 1, "women"), ("killed", 2, "children")]),
        ("وأوصت الفرق بإخلاء الأبنية المتصدعة في المدينة.", []),
        ("قتل مزارع وأصيب نجله في القصف.", [("killed", 1, "people"), ("injured", 1, "people")]),
        ("لجأ نحو 2,600 شخص إلى مواقع إيواء مؤقتة.", [("sheltered", 2600, "people")]),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les décès se répartissent comme suit : Uvira 19, Fizi 8 et Mwenga 2.",
            [("killed", 19, "people"), ("killed", 8, "people"), ("killed", 2, "people")],
        ),
        (
            "Trois soldats et un VDP sont tombés au cours des combats.",
            [("killed", 3, "fighters"), ("killed", 1, "fighters")],
        ),
        ("Environ 450 personnes dorment encore sous les arbres, sans aucun abri.", [("homeless", 450, "people")]),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


def test_french_rows_after_a_heading_whose_brackets_only_add_a_unit_or_a_date() -> None:
    text = (
        "Le nombre de déplacés internes est estimé à 410 000.\n\n"
        "Retours par district (personnes) :\nMueda : 41 200\nPalma : 18 300\n\n"
        "Répartition des PDI par région (au 30 juin) :\nSahel ................ 312 400\nEst ................ 98 700"
    )
    assert _read(text, "fr") == [
        ("displaced", 410000, "people"),
        ("returned", 41200, "people"),
        ("returned", 18300, "people"),
        ("displaced", 312400, "people"),
        ("displaced", 98700, "people"),
    ]


def test_french_rows_keep_the_kind_their_heading_names_in_brackets() -> None:
    text = "Détail par région (morts / maisons effondrées) :\n- Dosso : 41 / 2 300\n- Tillabéri : 17 / 980"
    killed = [figure for figure in _read(text, "fr") if figure[0] == "killed"]
    assert killed == [("killed", 41, "people"), ("killed", 17, "people")]
