"""Arabic: families "جرى إيواؤها" are sheltered; tables without outer pipes whose headers use the nominative
("الوافدون الجدد") or a participle of collapse ("المنازل المنهارة"); and a verb of damage opening the next clause
is no degree of the homes before it.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="ar")]


def test_families_given_shelter_are_sheltered() -> None:
    assert _read("وقال المسؤول إن 430 أسرة جرى إيواؤها في ثلاث مدارس.") == [("sheltered", 430)]


def test_a_header_of_new_arrivals_in_the_nominative() -> None:
    text = "التوزيع حسب نقطة العبور:\n\nنقطة العبور | الوافدون الجدد\nأدري | 4,210\nالطينة | 1,080\n"
    assert _read(text) == [("displaced", 4210), ("displaced", 1080)]


def test_a_header_of_collapsed_homes() -> None:
    text = "الإقليم | الوفيات | المنازل المنهارة\nسلامات | 12 | 3,400\nقيرا | 7 | 910\n"
    assert _read(text) == [("killed", 12), ("houses_destroyed", 3400), ("killed", 7), ("houses_destroyed", 910)]


def test_the_next_clauses_verb_is_no_degree_of_the_homes() -> None:
    assert _read("وأدت السيول إلى انهيار أكثر من 2,600 منزل وإتلاف 800 هكتار من المزارع.") == [
        ("houses_destroyed", 2600)
    ]


def test_staying_in_one_school_or_temporary_sites_is_shelter() -> None:
    assert _read("وأُجلي 300 شخص من القرى، يقيم 120 منهم في مدرسة قريبة.")[1:] == [("sheltered", 120)]
    assert _read("ويقيم قرابة 4,800 من النازحين في 9 مواقع مؤقتة شمالي البلدة.") == [("sheltered", 4800)]


def test_families_a_strike_displaces_in_the_present() -> None:
    assert _read("القصف يقتل رجلا ويصيب طفلين ويشرّد عشرات الأسر في ريف إدلب")[-1] == ("displaced", None)


def test_people_forced_to_sleep_in_the_open_are_homeless() -> None:
    assert _read("ويضطر نحو 450 شخصا إلى المبيت في العراء بسبب الاكتظاظ.") == [("homeless", 450)]
    assert _read("واضطر 500 شخص إلى الفرار من القرية.") == [("displaced", 500)]
