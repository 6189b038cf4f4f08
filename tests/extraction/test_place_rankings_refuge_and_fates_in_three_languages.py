"""Shapes from fresh reports in three languages, each a class rather than one phrasing.

English: a ranking of places after "followed by" ("Sylhet recorded 21 deaths, followed by Habiganj 9, Sunamganj
five"), list items named by their cause ("two due to a wall collapse, one after a lightning strike"), "Among those
who died were", "could lose their homes", the roofs of homes torn off; "one after another" is no item of a list.
French: "deux douzaines", a survey's "Round 12", the school year's "rentrée", refuge in a named building, a toll
"revenu à" a number, fishermen found alive, houses flooded or unroofed, and the part of houses counted as no
figure ("touchées, dont 900 détruites").
Arabic: a toll risen "to N on Tuesday" or "since July", the Levantine months, a dual of a broken plural
("عنصرين"), forces that "eliminated" fighters, arrivals "to Chad" told before the count, refuge in schools and
mosques, people displaced who sleep in the open, aid's reach, suffering a lack, and the singular noun after a
count that is no figure.

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
            "Sylhet recorded 21 deaths, followed by Habiganj 9, Sunamganj five and Moulvibazar three.",
            [("killed", 21, "people"), ("killed", 9, "people"), ("killed", 5, "people"), ("killed", 3, "people")],
        ),
        (
            "The toll climbed to 11, with three more deaths since Friday: two due to a wall collapse in Kurla and "
            "one after a lightning strike in Thane.",
            [("killed", 11, "people"), ("killed", 3, "people"), ("killed", 2, "people"), ("killed", 1, "people")],
        ),
        ("Among those who died were three nurses and a driver.", [("killed", 3, "people"), ("killed", 1, "people")]),
        ("Among those who perished were four herders.", [("killed", 4, "people")]),
        ("As many as 900 families could lose their homes if the bank gives way.", [("homeless", 900, "families")]),
        ("In Akyab, roofs of some 1,700 homes were torn off.", [("houses_damaged", 1700, "households")]),
        ("Witnesses said the gunmen shot dead nine men, one after another.", [("killed", 9, "people")]),
    ],
)
def test_english(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "en") == expected


def test_a_projected_loss_of_homes_is_a_projection() -> None:
    (figure,) = extract("Another 640 families could lose their homes to the river this monsoon.", lang="en")
    assert figure.projection


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un témoin fait état de trois douzaines de blessés.", [("injured", 36, "people")]),
        ("Des douzaines de blessés ont été transportés à Bunia.", [("injured", None, "people")]),
        ("Suivi des déplacements (DTM), Round 12 : faits saillants", []),
        ("Quelque 4 000 élèves ont repris les cours depuis la rentrée.", []),
        ("Près de 200 familles ont trouvé refuge dans la cour de la paroisse.", [("sheltered", 200, "families")]),
        ("Environ 450 déplacés ont trouvé refuge dans deux écoles du centre-ville.", [("sheltered", 450, "people")]),
        (
            "Le nombre de disparus est revenu à deux, quatre pêcheurs ayant été retrouvés vivants.",
            [("missing", 2, "people")],
        ),
        ("Quelque 700 familles sont revenues à Kalemie.", [("returned", 700, "families")]),
        (
            "Au total, 9 300 maisons ont été inondées et 1 200 ont perdu leur toiture.",
            [("houses_damaged", 9300, "households"), ("houses_damaged", 1200, "households")],
        ),
        (
            "Plus de 4 800 maisons ont été touchées, dont 900 ont été détruites.",
            [("houses_destroyed", 900, "households")],
        ),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ارتفعت حصيلة القتلى إلى 64 يوم الأربعاء.", [("killed", 64, "people")]),
        ("ارتفع إجمالي الوفيات في المحافظة إلى 53 منذ مطلع آب.", [("killed", 53, "people")]),
        ("استمر الحصار 64 يوما.", []),
        ("أعلنت الوزارة أن الحصيلة منذ 3 أيلول 2024 ارتفعت إلى 410 قتلى.", [("killed", 410, "people")]),
        ("أسفرت الغارة عن مقتل عنصرين من الفصيل.", [("killed", 2, "fighters")]),
        ("وقال الجيش إن قواته قضت على أكثر من 70 من عناصر الجماعة.", [("killed", 70, "fighters")]),
        (
            "ووصل إلى أوغندا وحدها نحو 90 ألف لاجئ منذ يناير، يعيش كثير منهم في مخيمات مكتظة.",
            [("displaced", 90000, "people")],
        ),
        ("ولجأت نحو 310 أسر إلى مدرستين ومسجد في الحي.", [("sheltered", 310, "families")]),
        ("ولجأ 800 شخص إلى أوغندا.", [("displaced", 800, "people")]),
        ("أدت السيول إلى تشريد نحو 900 شخص باتوا في العراء.", [("homeless", 900, "people")]),
        ("ويسعى الشركاء إلى الوصول إلى 2.1 مليون شخص بالمساعدات الغذائية.", []),
        ("وتعاني 30 أسرة من نقص الغذاء.", []),
        (
            "أودت السيول بحياة 40 شخصا، في بلد يعاني فيه أكثر من 12 مليون شخص من الجوع.",
            [("killed", 40, "people")],
        ),
        ("واختطفوا 14 امرأة ما زال مصيرهن مجهولا.", []),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected
