"""An age in commas after a person named by what they drove or owned ("The driver of the bus, 44,") is no count;
people treated at a named hospital are injured, patients of a disease treated there are not; in French a bare toll
followed by the day it was given ("est passé à 27 mercredi") is still the toll, and the toll it rose from, in
brackets, is not.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_an_age_after_a_person_named_by_what_they_drove_is_no_count() -> None:
    assert kinds_values("The driver of the minibus, 44, was among those killed.", "en") == []
    # a count of people stays one
    assert kinds_values("The residents of the valley, 1,200 in all, were evacuated.", "en") == [("evacuated", 1200)]


def test_people_treated_at_a_named_hospital_are_injured() -> None:
    assert kinds_values("About 260 people were treated at Kassala Teaching Hospital after the blast.", "en") == [
        ("injured", 260)
    ]
    assert kinds_values("Some 140 children were treated at the district hospital for cholera.", "en") == []


def test_a_french_toll_followed_by_its_day_is_still_the_toll() -> None:
    assert kinds_values("Le bilan du naufrage est passé à 31 jeudi, selon la police fluviale.", "fr") == [
        ("killed", 31)
    ]


def test_the_french_toll_it_rose_from_in_brackets_is_no_figure() -> None:
    text = "Bilan provisoire :\n- Personnes décédées : 19 (le bilan était de 12 samedi soir)\n- Blessés : 33"
    assert kinds_values(text, "fr") == [("killed", 19), ("injured", 33)]
