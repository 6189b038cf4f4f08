"""Arabic: families "ترحيل" moves out of buildings at risk are relocated, a displacement (migrants sent home are
not, nor a relocation still awaited with no count); "يهجر" and "يقتلان" say what befell; pilgrims, holidaymakers
and conscripts are counted people, and "العوائل" are families; a second noun joined to a count's noun in the
genitive shares the count ("2,400 مهاجر ولاجئ").

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_families_moved_out_of_buildings_at_risk_are_displaced() -> None:
    assert kinds_values("وقررت الولاية ترحيل 64 عائلة تقطن عمارات آيلة للسقوط.", "ar") == [("displaced", 64)]
    assert kinds_values("وأعلنت السلطات ترحيل 300 مهاجر إلى بلدانهم.", "ar") == []
    assert kinds_values("البناية كانت تأوي 6 عائلات دون أن يتم ترحيل قاطنيها.", "ar") == []


def test_a_verb_that_uproots_families_in_the_present_displaces_them() -> None:
    assert kinds_values("القصف يدمر المنازل ويهجر مئات العوائل في الريف الشرقي.", "ar") == [("displaced", None)]


def test_pilgrims_holidaymakers_and_conscripts_are_counted_people() -> None:
    assert kinds_values("مصرع 14 معتمرا في انقلاب حافلة.", "ar") == [("killed", 14)]
    assert kinds_values("وأصيب 9 مصطافين بحروق متفاوتة.", "ar") == [("injured", 9)]
    assert kinds_values("مقتل 5 مجندين في هجوم على نقطة تفتيش.", "ar") == [("killed", 5)]


def test_a_second_noun_of_a_count_in_the_genitive_shares_the_count() -> None:
    assert kinds_values("وصل نحو 2,400 مهاجر ولاجئ إلى الجزيرة.", "ar") == [("displaced", 2400)]
    # (one more person listed after a count in the accusative is one more: "15 civilians and a child")
    assert kinds_values("مقتل 12 مدنيا وطفل في قصف على السوق.", "ar") == [("killed", 12), ("killed", 1)]


def test_a_dual_present_verb_kills() -> None:
    assert kinds_values("السيول والانهيارات يقتلان 37 شخصا في يومين", "ar") == [("killed", 37)]
