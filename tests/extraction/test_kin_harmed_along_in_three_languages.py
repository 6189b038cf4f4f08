"""Kin harmed along with one person are counted with that person in all three languages ("a woman was killed with
her five children"), while kin who only travelled with someone count no one ("she reached the camp with her four
children"); the interviews a survey held with so many families count no one either.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import summary


def test_english_kin_killed_with_one_person() -> None:
    text = "A woman was killed with her five children when the shell hit their home in Kharkiv."
    assert summary(text, "en") == [("killed", 1, "exact", "women"), ("killed", 5, "exact", "children")]
    assert summary("A farmer was wounded together with his two sons near Beni.", "en") == [
        ("injured", 1, "exact", "people"),
        ("injured", 2, "exact", "people"),
    ]


def test_english_kin_who_travelled_along_count_no_one() -> None:
    assert summary("She reached the camp at Adre with her five children after a week on foot.", "en") == []
    assert summary("A man was killed with his 12 cows when lightning struck the pasture.", "en") == [
        ("killed", 1, "exact", "people")
    ]


def test_french_kin_killed_with_one_person() -> None:
    assert summary("Une femme a été tuée avec ses trois enfants dans la frappe sur Baalbek.", "fr") == [
        ("killed", 1, "exact", "women"),
        ("killed", 3, "exact", "children"),
    ]


def test_arabic_kin_killed_with_one_person() -> None:
    assert summary("قتلت امرأة مع أطفالها الخمسة في قصف على منزلهم في رفح.", "ar") == [
        ("killed", 1, "exact", "women"),
        ("killed", 5, "exact", "children"),
    ]


def test_arabic_kin_who_travelled_along_count_no_one() -> None:
    assert summary("وقالت نازحة وصلت إلى كسلا مع أطفالها الأربعة إنها مشت ثلاثة أيام.", "ar") == []


def test_arabic_interviews_with_families_count_no_one() -> None:
    text = "وأجرت فرق المسح مقابلات مع 900 أسرة في الأحياء الشرقية لمعرفة احتياجاتها."
    assert summary(text, "ar") == []


def test_english_kin_named_after_the_noun_or_owned_by_a_name() -> None:
    # a name right after the kin noun, without commas, stands between the person and the verb of harm
    assert summary("Her son Tomasz was killed when the shell hit the bakery queue.", "en") == [
        ("killed", 1, "exact", "people")
    ]
    # a name's possessive opens the person as "her" does
    assert summary("Wanjiru's brother was wounded in the leg during the raid on the market.", "en") == [
        ("injured", 1, "exact", "people")
    ]
    # the named kin who only speaks counts no one
    assert summary("His cousin Idris told reporters the camp had emptied overnight.", "en") == []


def test_english_one_person_told_of_by_their_body_found() -> None:
    assert summary("Her father's body was recovered from the river on Sunday.", "en") == [
        ("killed", 1, "exact", "people")
    ]
    assert summary("Divers pulled a fisherman's body from the lagoon near Eravur.", "en") == [
        ("killed", 1, "exact", "people")
    ]
    # a body that is only where someone lies, or an office, counts no one
    assert summary("The governor's office said the road was closed.", "en") == []


def test_english_one_more_death_told_by_its_noun() -> None:
    assert summary("Another body was pulled from the river near Kisumu on Monday.", "en") == [
        ("killed", 1, "exact", "people")
    ]
    assert summary("Health officials confirmed a third death in the district.", "en") == [
        ("killed", 1, "exact", "people")
    ]
    assert summary("Engineers want the bridge closed to prevent another death.", "en") == []
