"""Numbers joined by "and" share the noun after the last one in French and Arabic; a time after a verb is not a
compound noun ("another 89 died weeks later"); a quoted toll after "stood"; "millions" is a vague count; an old
toll's words do not reach past a comma to the next clause; a list row's part "five of them children".

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import summary


def _read(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return [(kind, value, qualifier) for kind, value, qualifier, _group in summary(text, lang)]


def test_french_numbers_joined_share_the_last_noun() -> None:
    text = "Les villages de Kalehe et de Bushushu sont les plus touchés, avec respectivement 112 et 64 morts."
    assert _read(text, "fr") == [("killed", 112, "exact"), ("killed", 64, "exact")]
    text = "Les cercles de Mopti, Djenné et Tenenkou comptent respectivement 9, 4 et 2 décès."
    assert [v for _, v, _ in _read(text, "fr")] == [9, 4, 2]


def test_french_numbers_of_roads_are_not_joined_to_a_count() -> None:
    text = "Sans sécurisation des routes nationales 1 et 3, jusqu'à 50 000 personnes pourraient être déplacées."
    assert [v for _, v, _ in _read(text, "fr")] == [50000]


def test_arabic_numbers_joined_share_the_last_noun() -> None:
    text = "وسجلت بلدتا سوسة والبيضاء على التوالي 85 و31 قتيلا."
    assert [(k, v) for k, v, _ in _read(text, "ar")] == [("killed", 85), ("killed", 31)]


def test_a_time_after_the_verb_is_no_compound() -> None:
    text = "In March, 40 soldiers were killed at Boulkessi, and another 57 died weeks later at Mondoro."
    assert _read(text, "en") == [("killed", 40, "exact"), ("killed", 57, "exact")]


def test_a_quoted_toll_after_stood() -> None:
    text = 'A local official said the toll stood "at least 26" and that the wounded had been taken to Djibo.'
    assert _read(text, "en") == [("killed", 26, "at_least")]


def test_millions_is_a_vague_count() -> None:
    assert _read("Twelve years of war have forced millions from their homes.", "en") == [("displaced", None, "vague")]
    assert _read("Millions of dollars in crops were lost.", "en") == []


def test_an_old_toll_does_not_reach_the_next_clause() -> None:
    text = "The toll rose to 14 on Friday, from nine initially reported, and more than 30 people were injured."
    assert _read(text, "en") == [("killed", 14, "exact"), ("injured", 30, "more_than")]


def test_a_list_row_with_a_part_of_them() -> None:
    text = "The dead include:\n• Um Sumeima: 41 people, six of them children\n• Al-Khuwei: 12 people"
    assert [(k, v) for k, v, _ in _read(text, "en")] == [("killed", 41), ("killed", 6), ("killed", 12)]
