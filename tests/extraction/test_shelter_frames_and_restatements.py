"""Sheltered people told by their shelters in Arabic and French: "the number of those in the shelters reached N",
shelters that people took refuge in or that took them in, residents of camps with the count inside the clause, a
count restated in other units ("أي ما يعادل", "soit"), a count in apposition whose closing comma binds nothing, and a
subgroup in collective sites. One camp that "hosts" its people stays no figure. And French fates: a clause opened
after "et", patients arrived dead, and an evacuation named before those it moved.

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
            "وأعلنت الوحدة أن عدد النازحين المسجلين في مراكز الإيواء بلغ 52,300 نازح، أي ما يعادل 13 ألف عائلة.",
            [("sheltered", 52300, "people"), ("sheltered", 13000, "families")],
        ),
        (
            "وقالت البلدية إن عدد الأسر المقيمة في المخيمات يبلغ 4,120 أسرة.",
            [("sheltered", 4120, "families")],
        ),
        (
            "ووصل عدد النازحين في هذه المراكز إلى 9,870 نازحا.",
            [("sheltered", 9870, "people")],
        ),
        (
            "وافتتحت البلدية 9 مراكز إيواء لجأ إليها حتى الآن نحو 3 آلاف شخص.",
            [("sheltered", 3000, "people")],
        ),
        (
            "وقال المحافظ إن 6 مراكز إيواء جديدة استقبلت 840 أسرة من القرى المنكوبة.",
            [("sheltered", 840, "families")],
        ),
        (
            "ويقيم نحو 26 ألف شخص حاليا في أكثر من 90 مخيما أقامتها السلطات.",
            [("sheltered", 26000, "people")],
        ),
        # one camp that hosts its people: a standing population, no figure; nor camps that do
        ("وانتقل بعضهم إلى مخيم الزعتري، الذي يؤوي حاليا نحو 80 ألف لاجئ.", []),
        ("وانتقلوا إلى مخيمات المنطقة التي تؤوي نحو 45 ألف لاجئ.", []),
        # shelters that house them, a time between
        ("وفتحت الجمعيات 6 مراكز إيواء في البلدة تؤوي حتى مساء اليوم نحو 900 نازح.", [("sheltered", 900, "people")]),
        ("وقال المحافظ إن مراكز الإقامة المؤقتة في المحافظة تستضيف حاليا 640 عائلة.", [("sheltered", 640, "families")]),
        # families, then their members: the same people, of the same kind
        ("وأدى الهدم إلى تشريد 4 عائلات تضم 27 فردا.", [("displaced", 4, "families"), ("displaced", 27, "people")]),
        ("إن ما بين 120 و150 شخصا باتوا بلا منازل صالحة للسكن.", [("homeless", 120, "people")]),
        # the displaced counted with no shelter in sight stay displaced
        ("وبلغ عدد النازحين في المحافظة 12 ألف نازح.", [("displaced", 12000, "people")]),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le nombre de déplacés dans les sites d'hébergement atteint désormais 18 600, soit environ 3 900 ménages.",
            [("sheltered", 18600, "people"), ("sheltered", 3900, "households")],
        ),
        (
            "La mairie a ouvert 14 centres d'hébergement, où se sont réfugiées plus de 2 700 personnes.",
            [("sheltered", 2700, "people")],
        ),
        (
            "Les rescapés, soit 930 personnes, ont été provisoirement hébergés dans deux écoles de la ville.",
            [("sheltered", 930, "people")],
        ),
        (
            "Environ 46 000 personnes restent déplacées, dont 8 100 toujours hébergées dans des centres d'accueil.",
            [("displaced", 46000, "people"), ("sheltered", 8100, "people")],
        ),
        (
            "Quelque 12 000 personnes ont été déplacées, dont 5 300 dans des sites collectifs.",
            [("displaced", 12000, "people"), ("sheltered", 5300, "people")],
        ),
        (
            "Près de 700 personnes se sont réfugiées dans trois écoles et une église du centre.",
            [("sheltered", 700, "people")],
        ),
        # a count in apposition whose verb is no fate: nothing
        ("Les familles, soit 240 personnes, ont reçu des kits d'hygiène.", []),
        # a verb that ends its clause before "et": the count after it opens its own
        (
            "Deux pêcheurs se sont noyés et environ 800 personnes se retrouvent sans abri.",
            [("killed", 2, "people"), ("homeless", 800, "people")],
        ),
        # patients who arrived dead are dead, not arrivals
        ("Au moins 14 patients sont arrivés déjà morts à l'hôpital de district.", [("killed", 14, "people")]),
        # the evacuation named before them; who they were follows
        (
            "La commune a procédé à l'évacuation préventive de 610 personnes vivant près de la digue.",
            [("evacuated", 610, "people")],
        ),
        (
            "Les pompiers ont évacué à titre préventif quelque 90 personnes vivant au bord du fleuve.",
            [("evacuated", 90, "people")],
        ),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected
