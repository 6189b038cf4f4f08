"""Arabic: a toll told earlier, after "بعدما كانت <who> قد تحدثت ..." or a peak "بعد ان كان قد تجاوز", is an old value,
not a figure, beside the new one; people stuck somewhere ("علق نحو 30 مهاجرا") are no figure, and a body that
suspended its work ("علقت عملياتها") takes nothing from the count before it.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_toll_told_earlier_by_someone_is_no_figure() -> None:
    assert kinds_values(
        "ارتفع عدد قتلى التفجير إلى 41 شخصا، بعدما كانت الشرطة قد تحدثت في وقت سابق عن مقتل 26 شخصا.", "ar"
    ) == [("killed", 41)]


def test_a_peak_passed_before_is_no_figure() -> None:
    assert kinds_values("تراجع عدد النازحين إلى 84 ألف شخص، بعد أن كان قد تجاوز 300 ألف في ذروة القتال.", "ar") == [
        ("displaced", 84000)
    ]
    # (a count after a comma is the sentence's own: "بعد أن كانت مئة، فيما تجاوز عدد الجرحى ...")
    assert kinds_values("ارتفعت الحصيلة إلى 70 قتيلا بعد أن كانت خمسين، فيما تجاوز عدد الجرحى 900.", "ar") == [
        ("killed", 70),
        ("injured", 900),
    ]


def test_people_stuck_somewhere_are_no_figure() -> None:
    assert kinds_values("وعلق نحو 45 مهاجرا داخل مركز إيواء قرب الحدود لساعات.", "ar") == []
    assert kinds_values("وقالت المنظمة إن 3 من موظفيها قتلوا في القصف، مؤكدة أنها علقت أنشطتها في المنطقة.", "ar") == [
        ("killed", 3)
    ]


def test_an_earlier_estimate_and_a_rate_per_so_many_are_no_figures() -> None:
    assert kinds_values(
        "ارتفعت حصيلة ضحايا الهجوم إلى أكثر من 200 قتيل، بعد أن كانت التقديرات الأولية تشير إلى أكثر من 60 قتيلا.", "ar"
    ) == [("killed", 200)]
    assert kinds_values("وتجاوز معدل الوفيات عتبة الطوارئ البالغة 1 حالة لكل 10 آلاف شخص يوميا.", "ar") == []
