"""Arabic numbers that count no one: a unit named by its number ("اللواءين 13 و45") and people sent beside body
bags ("19 طبيبا شرعيا وآلاف أكياس الجثث"). Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "أعلنت الهيئة مقتل 12 من مقاتليها في القصف الذي استهدف مقرات اللواءين 17 و52 قرب الحدود.",
            [("killed", 12)],
            id="brigades-named-by-number",
        ),
        pytest.param(
            "وقالت مصادر إن الغارة أصابت مقر الفرقة 25 ولم تسفر عن إصابات.",
            [],
            id="division-named-by-number",
        ),
        pytest.param(
            "وأرسلت المنظمة 23 طبيبا شرعيا وآلاف أكياس الجثث إلى المدينة المنكوبة.",
            [],
            id="doctors-beside-body-bags",
        ),
        pytest.param(
            "وانتشلت فرق الدفاع المدني 14 جثة، فيما وصلت آلاف أكياس الجثث من الخارج.",
            [("killed", 14)],
            id="bodies-still-counted",
        ),
        pytest.param(
            "قتل 45 من عناصر اللواء في الهجوم على الثكنة.", [("killed", 45)], id="a-unit-named-after-its-dead"
        ),
    ],
)
def test_numbers_of_units_and_bags(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقالت الوزارة إن 14 طفلا فقدوا ذويهم بالكامل ونقلوا إلى دار للأيتام.", [], id="children-who-lost-their-kin"
        ),
        pytest.param("وفقد 12 صيادا في البحر منذ الخميس.", [("missing", 12)], id="lost-at-sea-still-missing"),
        pytest.param(
            "وأفاد ناشطون بأن دورية أمنية أوقفت 5 من العائدين فور وصولهم إلى القرية.",
            [],
            id="returnees-stopped-and-held",
        ),
        pytest.param(
            "ووثقت منظمات حقوقية اعتقال ما لا يقل عن 31 من العائدين على المعابر.", [], id="returnees-arrested"
        ),
        pytest.param("وعاد 300 من العائدين إلى قراهم.", [("returned", 300)], id="returnees-who-came-back"),
        pytest.param(
            "بعد أسبوعين على الزلزال: أزيد من 40 ألف منزل بين منهار ومتصدع",
            [],
            id="fallen-and-cracked-counted-together",
        ),
        pytest.param("وسجلت اللجنة 1200 منزل متصدع في المدينة.", [("houses_damaged", 1_200)], id="cracked-houses"),
    ],
)
def test_kin_lost_returnees_held_and_houses_counted_together(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وأحصت السلطات 764 منزلا جرفتها المياه بالكامل.", [("houses_destroyed", 764)], id="verb-with-its-object"
        ),
        pytest.param("وتسبب الزلزال في تصدع 93 بناية سكنية.", [("houses_damaged", 93)], id="residential-buildings"),
        pytest.param(
            "وأصيب 11 عونا من الحماية المدنية بحروق متفاوتة.", [("injured", 11)], id="civil-protection-agents"
        ),
    ],
)
def test_verbs_with_objects_residential_buildings_and_agents(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, "ar") == expected
