"""French and Arabic shapes of a second fresh round: a row whose label names what the number after its colon
counts ("Maisons détruites : 864"), the dead called martyrs or buried, the hurt by how badly ("dont 6 graves"),
compounds and huts as homes, demolitions and collapses, and Arabic numbers written in parts ("ألفين وخمسمئة"),
"مئتي", "ما تجاوز", duals of the dead and the hurt, bodies ("جثمانا"), and homes blown up (not "فجر", dawn).

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.qualifier.value) for f in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maisons détruites : 1 208", [("houses_destroyed", 1208, "exact")]),
        ("Bilan provisoire du ministère. Blessés : 57", [("injured", 57, "exact")]),
        ("Pertes en vies humaines : 96", [("killed", 96, "exact")]),
        ("Les bombardements de la nuit ont fait 27 martyrs, selon la Défense civile.", [("killed", 27, "exact")]),
        ("Les habitants ont enterré onze personnes dans la soirée.", [("killed", 11, "exact")]),
        ("On dénombre 40 blessés, dont 9 graves.", [("injured", 40, "exact"), ("injured", 9, "exact")]),
        ("Une cinquantaine de concessions ont été détruites par le feu.", [("houses_destroyed", 50, "about")]),
        ("Plus de 300 baraques ont été démolies par les autorités.", [("houses_destroyed", 300, "more_than")]),
        ("Le séisme a provoqué l'effondrement de 2 140 habitations.", [("houses_destroyed", 2140, "exact")]),
        ("Le ministre a déclaré : 450 personnes ont fui les combats.", [("displaced", 450, "exact")]),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("المنازل المدمرة: 912", [("houses_destroyed", 912, "exact")]),
        ("نزح نحو ألفين وخمسمئة شخص من البلدة.", [("displaced", 2500, "about")]),
        ("نزح ما تجاوز ثلاثة وأربعين ألف شخص.", [("displaced", 43000, "more_than")]),
        ("أصيب أكثر من مئتي شخص في الانفجار.", [("injured", 200, "more_than")]),
        ("انتشلت فرق الدفاع المدني 14 جثمانا من تحت الأنقاض.", [("killed", 14, "exact")]),
        ("قتيلان وأربعة جرحى في انفجار عبوة.", [("killed", 2, "exact"), ("injured", 4, "exact")]),
        ("فجرت القوات 17 منزلا في القرية.", [("houses_destroyed", 17, "exact")]),
        ("قصفت الطائرات فجر اليوم 6 منازل في الحي.", []),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dual's own "two" said again, and a date's day, are no counts
        ("أسفر الهجوم عن مقتل شرطيين اثنين وإصابة 4 آخرين.", [("killed", 2, "exact"), ("injured", 4, "exact")]),
        ("أصيب ستة أشخاص، الأربعاء 12 من تموز، في قصف على البلدة.", [("injured", 6, "exact")]),
        ("وقع الانفجار عند الساعة الثامنة (05:00 تغ)، وأسفر عن مقتل 4 أشخاص.", [("killed", 4, "exact")]),
        # an older count set against the new one
        ("بلغ عدد النازحين 52,300 نازح، مقارنة بـ 49,800 في الأسبوع الماضي.", [("displaced", 52300, "exact")]),
        # a parent of N children, people held, people at home, people facing a risk: no figures
        ("قالت أم لخمسة أطفال إنها لا تعرف أين تذهب.", []),
        ("لا يزال أكثر من 1,200 مهاجر محتجزين في مراكز الاحتجاز.", []),
        ("قال إن المصابين كانوا في منازلهم عندما سقطت القذائف.", []),
        ("يواجه 400 ألف شخص خطر المجاعة في المحافظة.", []),
        ("انتشلت الفرق رفات 5 أشخاص من مقبرة جماعية.", [("killed", 5, "exact")]),
    ],
)
def test_arabic_non_counts_and_old_values(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plus d'un demi-million de réfugiés sont arrivés depuis avril.", [("displaced", 500000, "more_than")]),
        ("Environ 42 000 personnes ont quitté Minova depuis lundi.", [("displaced", 42000, "about")]),
        ("Des centaines de familles ont pris la route de Djibo.", [("displaced", None, "vague")]),
        ("Quelque 2 600 personnes ont traversé le fleuve à la nage.", [("displaced", 2600, "about")]),
        # the sites that sheltered them, or the road home: they go back
        (
            "Près de 900 personnes ont quitté les sites d'accueil pour regagner leur quartier.",
            [("returned", 900, "about")],
        ),
        ("Des milliers de déplacés ont pris la route du retour.", [("returned", None, "vague")]),
        # the hurt who died are dead
        ("Trois blessés sont morts dans la nuit à l'hôpital de Bunia.", [("killed", 3, "exact")]),
        # roles the endings miss, one of them listed after a toll
        ("L'attaque a fait 11 morts, dont un chef de village.", [("killed", 11, "exact"), ("killed", 1, "exact")]),
        ("Deux bergers ont été tués près de la frontière.", [("killed", 2, "exact")]),
        # a toll that reaches its count is no aid target; the one who tells it is no victim
        ("Le bilan s'est alourdi pour atteindre 23 morts, a confié un agent de santé.", [("killed", 23, "exact")]),
    ],
)
def test_french_third_round(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


def test_an_older_arabic_toll_is_no_figure_even_named_by_its_noun() -> None:
    assert _read("وكانت حصيلة سابقة أشارت إلى سقوط 18 قتيلا.", "ar") == []
