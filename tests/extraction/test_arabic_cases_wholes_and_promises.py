"""Arabic: illness cases counted before the deaths among them are no deaths ("N حالة و M وفاة"); the whole a count
is a part of ("من أصل 32") is no figure; a promise to every family that lost a member counts no one; refuge taken in
hotels is shelter. English: the same promise ("for each family that lost a member") counts no one.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_cases_before_the_deaths_among_them_are_no_deaths() -> None:
    assert kinds_values("• ولاية سنار: 3,410 حالة و64 وفاة", "ar") == [("killed", 64)]
    # the deaths' own cases stay deaths
    assert kinds_values("سجلت الوزارة 40 حالة وفاة و12 حالة إصابة", "ar") == [("killed", 40), ("injured", 12)]


def test_the_whole_a_count_is_part_of_is_no_figure() -> None:
    assert kinds_values("توقف 21 مستشفى من أصل 47 عن العمل بعد مقتل 9 أشخاص", "ar") == [("killed", 9)]


def test_a_promise_to_every_family_that_lost_a_member_counts_no_one() -> None:
    assert kinds_values("وأعلنت الحكومة تعويضا لكل أسرة فقدت أحد أفرادها في الفيضانات.", "ar") == []
    assert (
        kinds_values("The governor promised 2,000 dollars to each family that lost a member in the floods.", "en") == []
    )
    # a family's own loss is still counted
    assert kinds_values("The family lost a son in the blast.", "en") == [("killed", 1)]


def test_refuge_in_hotels_is_shelter() -> None:
    assert kinds_values("ولجأ نحو 450 منهم إلى فنادق في المدينة.", "ar") == [("sheltered", 450)]


def test_shelter_and_evacuation_words_of_arabic_bulletins() -> None:
    assert kinds_values("- المقيمون في مراكز الإجلاء: 41,230", "ar") == [("sheltered", 41230)]
    assert kinds_values("نقلت السلطات قرابة 90 ألف شخص إلى ملاجئ الأعاصير", "ar") == [("evacuated", 90000)]
    assert kinds_values("يبقى نحو 3,000 لاجئ بلا سقف يؤويهم", "ar") == [("homeless", 3000)]


def test_people_whose_release_is_demanded_are_held_not_displaced() -> None:
    assert (
        kinds_values("طالبت المنظمة بالإفراج الفوري عن نحو 900 مهاجر وطالب لجوء محتجزين في مركز بطرابلس.", "ar") == []
    )
