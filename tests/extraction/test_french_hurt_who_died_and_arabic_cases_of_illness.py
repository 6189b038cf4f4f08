"""French: the gravely hurt who then died are dead ("deux personnes grièvement blessées ont succombé", "dont trois
blessés décédés dans la nuit"), and a building's floors ("R+4") are no count. Arabic: cases of an illness
("230 حالة إسهال") are no people, children "مهددون بالموت" are not dead, "وعدد النازحين في ملاجئها" frames the
sheltered, a family that lost its members lost them dead, the displaced who reached shelters are sheltered, and one
of the injured who died ("توفي أحد المصابين") is one killed.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values, summary


def test_the_gravely_hurt_who_died_are_dead() -> None:
    text = "Trois personnes grièvement blessées ont succombé mardi à l'hôpital de Thiès."
    assert kinds_values(text, "fr") == [("killed", 3)]
    text = "Le bilan s'élève à 17 morts, dont trois blessés décédés dans la nuit."
    assert kinds_values(text, "fr") == [("killed", 17), ("killed", 3)]


def test_a_buildings_floors_are_no_count() -> None:
    assert kinds_values("Deux ouvriers sont morts dans l'effondrement d'un immeuble de type R+4.", "fr") == [
        ("killed", 2)
    ]


def test_cases_of_an_illness_and_a_threat_of_death_are_no_figures() -> None:
    assert kinds_values("وسجلت الفرق 410 حالة إسهال مائي حاد بين النازحين في المخيمات.", "ar") == []
    assert kinds_values("وحذرت الوزارة من أن 30 طفلا في الحضانات مهددون بالموت.", "ar") == []


def test_the_displaced_in_its_shelters_and_those_who_reached_them_are_sheltered() -> None:
    assert kinds_values("وعدد النازحين في ملاجئها يتجاوز 52 ألفا", "ar") == [("sheltered", 52000)]
    text = "وقالت اللجنة إن أكثر من 9 آلاف نازح وصلوا حتى مساء اليوم إلى مراكز الإيواء."
    assert kinds_values(text, "ar") == [("sheltered", 9000)]


def test_a_family_that_lost_its_members_lost_them_dead() -> None:
    assert kinds_values("وفقدت إحدى العائلات 9 من أفرادها في الغارة.", "ar") == [("killed", 9)]


def test_arabic_one_of_the_injured_who_died_is_one_killed() -> None:
    # hurt first, then dead: one more killed, beside the injured counted before
    assert summary("وأصيب 9 أشخاص في الانفجار، ثم توفي أحد المصابين في مستشفى المدينة.", "ar") == [
        ("injured", 9, "exact", "people"),
        ("killed", 1, "exact", "people"),
    ]
    assert summary("أحد المصابين توفي فجر اليوم متأثرا بجراحه.", "ar") == [("killed", 1, "exact", "people")]
    # one of the injured moved to hospital is no new figure
    assert summary("ونقل أحد المصابين إلى مستشفى الولادة.", "ar") == []


def test_arabic_two_of_the_injured_who_died_are_killed() -> None:
    # the dual verb: "two of the injured died of their wounds"
    assert kinds_values("وأفاد المستشفى بأن اثنين من الجرحى توفيا متأثرين بجراحهما.", "ar") == [("killed", 2)]
