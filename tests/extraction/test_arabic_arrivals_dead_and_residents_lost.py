"""Arabic: those who "وصلوا متوفين" arrived dead, no displacement; "من سكانها" before a fate names whose people
died, not a town's population (which still is no figure); a count "raised to" before "عدد" and what it counts
("ليرتفع إلى 34 عدد الوفيات") is that figure.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_those_who_arrived_dead_are_killed() -> None:
    text = "واستقبل المستشفى 40 مصابا، وإن 6 منهم وصلوا متوفين."
    assert kinds_values(text, "ar") == [("injured", 40), ("killed", 6)]


def test_residents_of_a_town_who_died_are_a_toll_and_its_population_is_not() -> None:
    assert kinds_values("وقال رئيس البلدية إن 230 من سكانها لقوا حتفهم في الزلزال.", "ar") == [("killed", 230)]
    assert kinds_values("البلدة التي يبلغ عدد سكانها 45 ألف نسمة.", "ar") == []


def test_a_count_raised_to_before_the_number_of_what_it_counts() -> None:
    assert kinds_values("انتشلت الفرق جثة جديدة ليرتفع إلى 34 عدد الوفيات غرقا.", "ar") == [("killed", 34)]
    assert kinds_values("قصف جديد يرفع إلى 112 عدد المدنيين الذين قتلوا منذ الجمعة", "ar") == [("killed", 112)]
