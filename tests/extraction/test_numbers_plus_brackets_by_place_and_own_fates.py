"""Shapes from a second round of fresh reports in three languages.

English: "sought asylum", "forced to stay with relatives", victims found (found dead, unless alive or in a
hospital; "the victim" found is one told already), a list of places with "the neighbouring hamlet of", a family of
the dead swept away, a girl among the dead after "were registered in", "members of his extended family", a count
written "45,000-plus", people sleeping in parks, "the number evacuated ... to", "11,000 more in" and a hedge that
covers only its own count.
French: counts in brackets after the places of a list, people still in shelters, "privés d'abri", cases of
infection, detainees who died, a lake that "chasse" people, and houses "fortement endommagées".
Arabic: people treated for their hurts (not for malnutrition), homes destroyed "بشكل كامل", houses counted
"بين مدمر ومتضرر", leaving a camp to go home, a return grant, a camp's administration before a count, and counts
in brackets after the places of a list.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None, str, str]]:
    return [(f.kind.value, f.value, f.qualifier.value, f.group.value) for f in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of those families, 52 have sought asylum in Costa Rica.", [("displaced", 52, "exact", "people")]),
        (
            "About 640 people were homeless and 1,180 had been forced to stay with relatives.",
            [("homeless", 640, "about", "people"), ("displaced", 1180, "about", "people")],
        ),
        ("Two more victims were found near Cubatão.", [("killed", 2, "exact", "people")]),
        ("Three victims were found alive under the slab.", []),
        ("A third person has died. The victim was found in a flooded basement.", [("killed", 1, "exact", "people")]),
        (
            "Officials said 215 residents of Xejuyup and the nearby hamlet of Pachaj had been evacuated.",
            [("evacuated", 215, "exact", "people")],
        ),
        (
            "The flash flood killed 17, among them a family of four swept away near the ford.",
            [("killed", 17, "exact", "people"), ("killed", 4, "exact", "people")],
        ),
        (
            "Nine of the deaths were recorded in Huarochirí, including a six-year-old boy.",
            [("killed", 9, "exact", "people"), ("killed", 1, "exact", "children")],
        ),
        ("A farmer said 14 members of his extended family had been killed.", [("killed", 14, "exact", "people")]),
        (
            "The region accounts for 8,000 of the 20,000-plus deaths.",
            [("killed", 8000, "exact", "people"), ("killed", 20000, "more_than", "people")],
        ),
        (
            "About 900 households have been sleeping in parks since the tremor.",
            [("homeless", 900, "about", "households")],
        ),
        (
            "Police said more left on Sunday, bringing the number evacuated since June 2 to 7,400.",
            [("evacuated", 7400, "exact", "people")],
        ),
        (
            "About 80,000 people are sheltering in tent camps, and 6,000 more in container towns.",
            [("sheltered", 80000, "about", "people"), ("sheltered", 6000, "exact", "people")],
        ),
        (
            "At least 12 people were killed and 30 injured.",
            [("killed", 12, "at_least", "people"), ("injured", 30, "at_least", "people")],
        ),
        ("Over 18 lakh hit in 27 districts as the toll climbs to 41", [("killed", 41, "exact", "people")]),
    ],
)
def test_english(text: str, expected: list[tuple[str, int | None, str, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les décès ont été recensés dans les communes de Kimbanseke (8), Masina (6) et Ndjili (3).",
            [("killed", 8, "exact", "people"), ("killed", 6, "exact", "people"), ("killed", 3, "exact", "people")],
        ),
        ("Les victimes sont Jean (34) et Paul (27).", []),
        (
            "Plus de 9 000 personnes ont été évacuées, et quelque 2 100 se trouvent toujours dans 15 abris.",
            [("evacuated", 9000, "more_than", "people"), ("sheltered", 2100, "about", "people")],
        ),
        ("Jusqu'à 40 000 ménages pourraient être privés d'abri.", [("homeless", 40000, "up_to", "households")]),
        ("Aucun décès n'a été signalé, mais 11 infirmiers ont été infectés.", []),
        ("À la prison de Makala, où 9 détenus ont succombé, la maladie progresse.", [("killed", 9, "exact", "people")]),
        ("Les forces de sécurité ont arrêté 14 détenus évadés.", []),
        ("La crue chasse des milliers de personnes de leurs maisons.", [("displaced", None, "vague", "people")]),
        (
            "Au total, 31 maisons se sont effondrées et une vingtaine d'autres sont fortement endommagées.",
            [("houses_destroyed", 31, "exact", "households"), ("houses_damaged", 20, "about", "households")],
        ),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None, str, str]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ولم يسفر الحريق عن وفيات، لكن الفرق الطبية عالجت 23 شخصا من الاختناق.", [("injured", 23, "exact", "people")]),
        ("وعالجت الفرق أكثر من 9 آلاف طفل من سوء التغذية.", []),
        (
            "دمر الزلزال أكثر من 700 منزل بشكل كامل، وألحق أضرارا جزئية بنحو 2,400 منزل.",
            [("houses_destroyed", 700, "more_than", "households"), ("houses_damaged", 2400, "about", "households")],
        ),
        ("أي ما مجموعه 5,200 منزل بين مدمر ومتضرر.", []),
        (
            "وقالت إدارة المخيم إن 48 عائلة غادرت المخيم صباح اليوم عائدة إلى قراها.",
            [("returned", 48, "exact", "families")],
        ),
        ("وصرفت الوزارة منحة العودة لـ 3,100 عائلة حتى الآن.", []),
        ("وغادر 300 شخص المدينة هربا من القصف.", [("displaced", 300, "exact", "people")]),
        (
            "توزعت الوفيات في مناطق سرمدا (41) والدانا (26) وأطمة (12).",
            [("killed", 41, "exact", "people"), ("killed", 26, "exact", "people"), ("killed", 12, "exact", "people")],
        ),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None, str, str]]) -> None:
    assert _read(text, "ar") == expected
