"""French and Arabic: displaced people a relative clause says went home are returns; the displaced listed right
after a count of returns that an event names are returns too; an Arabic teen after a hundred, or before a
thousand, is one number; rows that give a place, a dash and a count, and rows under a heading that only says how
the figure above is broken down, take that figure's kind.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_displaced_people_who_went_home_are_returns() -> None:
    assert _read("وهو واحد من آلاف النازحين الذين عادوا إلى قرى ريف حماة.", "ar") == [("returned", None)]
    assert _read("Elle fait partie des milliers de déplacés qui sont rentrés à Djibo.", "fr") == [("returned", None)]


def test_a_relative_clause_of_flight_keeps_them_displaced() -> None:
    assert _read("وهو واحد من آلاف النازحين الذين فروا من القصف.", "ar") == [("displaced", None)]


def test_the_displaced_listed_after_a_return_are_returns() -> None:
    text = "وتزامن ذلك مع عودة نحو 90 ألف لاجئ من دول الجوار وأكثر من 200 ألف نازح داخلي إلى مناطقهم."
    assert _read(text, "ar") == [("returned", 90000), ("returned", 200000)]
    text = "Le HCR note le retour de 15 000 réfugiés et d'environ 40 000 déplacés internes dans la province."
    assert _read(text, "fr") == [("returned", 15000), ("returned", 40000)]


def test_the_displaced_listed_after_a_killing_stay_displaced() -> None:
    text = "وأسفر القصف عن مقتل 12 مدنيا من أبناء البلدة و300 نازح فروا منها."
    assert ("returned", 300) not in _read(text, "ar")


def test_an_arabic_teen_after_a_hundred_or_before_a_thousand_is_one_number() -> None:
    assert _read("وقال المصدر إن عدد القتلى بلغ مئتين واثني عشر شخصا.", "ar") == [("killed", 212)]
    assert _read("ونزح أحد عشر ألف شخص من المدينة.", "ar") == [("displaced", 11000)]
    assert _read("وتستقبل البلدة يوميا ما بين 600 وألف نازح جديد.", "ar") != [("displaced", 600000)]


def test_dashed_rows_under_a_heading_that_breaks_the_figure_down() -> None:
    text = (
        "قدرت الفرق الميدانية أن 9,300 شخص نزحوا من محليتين بسبب القتال.\n\n"
        "التوزيع حسب محلية المنشأ:\n"
        "كادقلي — 6,100 شخص\n"
        "الدلنج — 3,200 شخص\n"
    )
    assert _read(text, "ar") == [("displaced", 9300), ("displaced", 6100), ("displaced", 3200)]
    text = (
        "Au total, 4 800 personnes ont fui leurs villages depuis lundi.\n\n"
        "Répartition par commune :\n"
        "Kaya — 3 100 personnes\n"
        "Barsalogho — 1 700 personnes\n"
    )
    assert _read(text, "fr") == [("displaced", 4800), ("displaced", 3100), ("displaced", 1700)]
