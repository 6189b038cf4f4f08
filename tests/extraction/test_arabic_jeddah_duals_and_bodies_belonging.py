"""Arabic: "جده" is Jeddah far more often than "his grandfather", so it stands for no one between a toll and its
count ("ارتفاع وفيات سيول جده الي 103"); "حالتا وفاه" is two deaths; what bodies "belong to" ("الجثث تعود الي 48
تونسيا") is no return; a hotline's number after "بالرقم" counts no one.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_jeddah_stands_for_no_one_between_a_toll_and_its_count() -> None:
    assert kinds_values("ارتفاع وفيات أمطار جدة إلى 61 حالة", "ar") == [("killed", 61)]


def test_two_cases_of_death_are_two_dead() -> None:
    assert kinds_values("إقليم تارودانت: حالتا وفاة", "ar") == [("killed", 2)]


def test_what_bodies_belong_to_is_no_return() -> None:
    text = "وأوضحت الوزارة أن الجثث المنتشلة تعود إلى 27 مصريا."
    assert kinds_values(text, "ar") == [("killed", 27)]
    assert kinds_values("عاد 300 لاجئ إلى ديارهم في القصير.", "ar") == [("returned", 300)]


def test_a_hotline_after_bi_counts_no_one() -> None:
    assert kinds_values("ودعت المواطنين إلى الاتصال بالرقم 911 عند الحاجة.", "ar") == []
