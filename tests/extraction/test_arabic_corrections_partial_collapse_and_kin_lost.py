"""Arabic: the count a correction replaces ("الى 5 بدل 6", "وليس 14") and an old toll "في حدود" a count are no
figures, and the corrected count is; homes that "انهارت جزئيا" are damaged, and a part of damaged homes that
"انهارت كليا" is destroyed; "فقد" before a number of one's family is a loss of the dead; "عدد النازحين في
مدارسها" frames the sheltered; several parts listed in an aside leave the main verb to the whole.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_the_count_a_correction_replaces_is_no_figure() -> None:
    assert kinds_values("الدفاع المدني يصحح حصيلة الغرقى إلى 5 بدل 6", "ar") == [("killed", 5)]
    text = "وأكدت الوزارة أن عدد الوفيات بلغ 12 شخصا، وليس 14 كما نشر في وقت سابق."
    assert kinds_values(text, "ar") == [("killed", 12)]


def test_an_old_toll_about_a_count_is_no_figure() -> None:
    text = "ارتفعت حصيلة ضحايا السيول إلى 19 قتيلا، بعدما كانت في حدود 11 قتيلا صباح أمس."
    assert kinds_values(text, "ar") == [("killed", 19)]


def test_homes_fallen_in_part_are_damaged_and_a_part_fallen_wholly_is_destroyed() -> None:
    text = "أحصت اللجان 8,200 مسكن متضرر، منها 2,100 مسكن انهارت كليا و6,100 مسكن انهارت جزئيا."
    assert kinds_values(text, "ar") == [
        ("houses_damaged", 8200),
        ("houses_destroyed", 2100),
        ("houses_damaged", 6100),
    ]


def test_lost_members_of_ones_family_are_dead() -> None:
    assert kinds_values("وقال الرجل إنه فقد سبعة عشر فردا من أسرته في القصف.", "ar") == [("killed", 17)]


def test_the_number_of_displaced_in_its_schools_is_sheltered() -> None:
    text = "وقالت الوكالة إن عدد النازحين في مدارسها بلغ مساء أمس أكثر من 42 ألف شخص."
    assert kinds_values(text, "ar") == [("sheltered", 42000)]


def test_parts_listed_in_an_aside_leave_the_main_verb_to_the_whole() -> None:
    text = "وقال المصدر إن 31 مدنيا على الأقل، بينهم ثمانية أطفال وأربع نساء، قتلوا في القصف."
    assert kinds_values(text, "ar") == [("killed", 31), ("killed", 8), ("killed", 4)]
