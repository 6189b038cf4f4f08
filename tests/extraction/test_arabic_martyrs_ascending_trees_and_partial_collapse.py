"""Arabic: "ارتقى" (ascended), official wording for a martyr's death, is a death; trees counted vaguely ("آلاف
أشجار النخيل") count no one; parts of homes that collapsed ("انهيار أجزاء من 75 منزلا") are damage, not
destruction; a day of the month ("27 من الشهر ذاته") is no count; a night "قضوا" in shelters is shelter, not death.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_ascending_is_a_martyrs_death() -> None:
    text = "ارتقى 6 مدنيين وأصيب 14 آخرون جراء سقوط قذائف على حي المزة."
    assert kinds_values(text, "ar") == [("killed", 6), ("injured", 14)]


def test_trees_counted_vaguely_count_no_one() -> None:
    assert kinds_values("وجرفت السيول مئات أشجار النخيل في الوادي.", "ar") == []


def test_partial_collapse_is_damage() -> None:
    text = "وانهار 12 منزلا بالكامل، إضافة إلى انهيار أجزاء من 40 منزلا آخر."
    assert kinds_values(text, "ar") == [("houses_destroyed", 12), ("houses_damaged", 40)]


def test_a_day_of_the_month_is_no_count() -> None:
    text = "ومنذ 3 أكتوبر لغاية 19 من الشهر ذاته، ارتقى 412 شهيدا."
    assert kinds_values(text, "ar") == [("killed", 412)]


def test_a_night_spent_in_shelters_is_shelter_not_death() -> None:
    text = "فيما قضى نحو 2000 شخص ليلتهم في مراكز إيواء مؤقتة."
    assert kinds_values(text, "ar") == [("sheltered", 2000)]
    assert kinds_values("نحو 800 شخص قضوا ليلتهم في المدارس.", "ar") == [("sheltered", 800)]
    assert kinds_values("قضى 9 أشخاص في الحريق.", "ar") == [("killed", 9)]
