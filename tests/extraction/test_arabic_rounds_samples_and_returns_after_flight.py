"""Arabic: a survey's round ("الجولة 49"), a hotline's number and a survey's sample count no one; bags and
greenhouses counted vaguely are neither bodies nor homes; people "who fled" who then went back are returns (not
when they have not); a part that names people after an aside counting villages belongs to the figure before the
aside.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_rounds_number_a_hotline_and_a_sample_count_no_one() -> None:
    assert kinds_values("العائدون حسب البلدية (الجولة 52):", "ar") == []
    assert kinds_values("وخصصت البلدية الخط الساخن 115 لاستقبال بلاغات النازحين.", "ar") == []
    assert kinds_values("وأجري المسح على عينة من 900 أسرة نازحة في ثلاث بلديات.", "ar") == []


def test_bags_and_greenhouses_counted_vaguely_are_no_bodies_nor_homes() -> None:
    assert kinds_values("ووصلت إلى المدينة آلاف أكياس الجثث ومعدات الإنقاذ.", "ar") == []
    assert kinds_values("وأدت الحرائق إلى احتراق عشرات البيوت البلاستيكية في الساحل.", "ar") == []


def test_people_who_fled_and_then_went_back_are_returns() -> None:
    text = "وأفادت المنظمة بأن نحو 640 ألف شخص ممن نزحوا بسبب الفيضانات عادوا إلى قراهم منذ الشهر الماضي."
    assert kinds_values(text, "ar") == [("returned", 640000)]
    text = "وما زال آلاف ممن فروا إلى تشاد خلال المعارك هناك ولم يعودوا بعد."
    assert kinds_values(text, "ar") == [("displaced", None)]


def test_a_part_naming_people_after_villages_belongs_to_the_figure() -> None:
    text = "وأُجلي نحو 930 شخصا من 8 قرى، بينهم 210 أطفال، إلى مراكز إيواء مؤقتة في مدينة جبلة."
    assert kinds_values(text, "ar") == [("evacuated", 930), ("evacuated", 210)]
