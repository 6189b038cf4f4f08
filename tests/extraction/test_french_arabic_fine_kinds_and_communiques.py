"""French and Arabic reports read with the displaced family's finer kinds (sheltered in schools, evacuated, left
without a roof) as the English reader gives them, and shapes of military and civil-defence communiqués: a number
written twice ("quatorze (14)"), "neutralisés", a force that "lost" its men, a dead man's own verb after him, an
older toll beside the new one, the numbers of a list's items, shelter handed out, homes hit "partly or wholly".

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Environ 900 ménages sont hébergés dans deux écoles de Kaya.", [("sheltered", 900)]),
        ("Quelque 3 200 habitants ont été évacués vers Mopti dimanche.", [("evacuated", 3200)]),
        ("Près de 700 familles se retrouvent sans abri après les pluies.", [("homeless", 700)]),
        ("Plus de 2 400 sinistrés ont trouvé refuge dans 9 écoles du quartier.", [("sheltered", 2400)]),
        ("Environ 1 300 déplacés ont fui vers des églises de la ville.", [("sheltered", 1300)]),
        ("Quatorze (14) soldats sont tombés au champ d'honneur lors de l'attaque.", [("killed", 14)]),
        ("Une soixantaine de terroristes ont été neutralisés, selon l'état-major.", [("killed", 60)]),
        ("Douze soldats sont tombés dans une embuscade, sans perte dans leurs rangs.", []),
        ("Le bilan est passé à 31 morts, contre 22 la veille.", [("killed", 31)]),
        ("Au moins 1 100 maisons se sont écroulées dans le quartier.", [("houses_destroyed", 1100)]),
        ("3. Deux morts à Bukavu après l'effondrement d'un mur.", [("killed", 2)]),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(text, "fr") == expected


def test_french_victims_listed_after_a_toll_are_its_dead() -> None:
    text = "L'attaque du marché a fait 19 morts. Parmi les victimes figurent 4 femmes et 3 enfants."
    assert _read(text, "fr") == [("killed", 19), ("killed", 4), ("killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أُجليت 150 عائلة من حي الميناء.", [("evacuated", 150)]),
        ("أصبحت نحو 600 أسرة بلا مأوى بعد السيول.", [("homeless", 600)]),
        ("فقدت قرابة 410 أسرة مأواها بالكامل.", [("homeless", 410)]),
        ("لجأت قرابة 320 أسرة إلى مدارس المدينة.", [("sheltered", 320)]),
        ("فارق أربعة مواطنين الحياة جراء السيول.", [("killed", 4)]),
        ("قالت مصادر إن الكتيبة فقدت 9 جنود في الاشتباكات.", [("killed", 9)]),
        ("فُقد 6 صيادين في البحر.", [("missing", 6)]),
        ("وزعت الجمعية مواد إيواء ومستلزمات شتوية على 500 أسرة.", []),
        ("ارتفع عدد القتلى إلى 33، بعد أن كان 21 صباحاً.", [("killed", 33)]),
        ("3- وفاة ثلاثة أطفال غرقاً في النهر.", [("killed", 3)]),
        ("تضررت 2,100 خيمة بشكل جزئي أو كلي.", []),
        ("عثر الأهالي على رجل مسن لقي حتفه في منزله.", [("killed", 1)]),
        ("قُتل عنصر من الشرطة في الهجوم.", [("killed", 1)]),
        ("أدى الزلزال إلى انهيار 800 منزل انهياراً جزئياً.", [("houses_damaged", 800)]),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(text, "ar") == expected
