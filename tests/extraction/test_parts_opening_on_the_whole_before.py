"""A sentence opening on the people counted just before lists their parts, in English ("Of them, 2,400 are
children"), also at the head of the next paragraph, and in French ("Parmi elles, 3 890 enfants", "Sur ce nombre,
1 150 sont des enfants"); a part with a verb of its own keeps it. Singletons: "a woman, 67, was killed" is dead,
whatever the next clause says of others.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_an_english_paragraph_opening_on_them_continues_the_one_above() -> None:
    text = "Some 64,000 people have fled the district since March, the agency said.\n\nOf them, 2,400 are children."
    assert kinds_values(text, "en") == [("displaced", 64000), ("displaced", 2400)]
    text = "Rights monitors counted 9,815 people still missing.\n\nOf them, 640 are women and 212 are children."
    assert kinds_values(text, "en") == [("missing", 9815), ("missing", 640), ("missing", 212)]


def test_a_paragraph_without_such_an_opening_does_not_continue() -> None:
    text = "Some 64,000 people have fled the district since March.\n\nIn all, 2,400 are children in the schools."
    assert kinds_values(text, "en") == [("displaced", 64000)]


def test_french_parts_after_an_opening_on_the_whole() -> None:
    assert kinds_values("Près de 9 000 personnes ont fui Kibirizi. Parmi elles, 2 700 enfants.", "fr") == [
        ("displaced", 9000),
        ("displaced", 2700),
    ]
    assert kinds_values(
        "Environ 3 100 personnes sont hébergées dans des églises. Sur ce nombre, 980 sont des enfants.", "fr"
    ) == [("sheltered", 3100), ("sheltered", 980)]
    assert kinds_values("Vingt-six personnes ont été tuées.\n\nParmi elles, 8 femmes et 5 enfants.", "fr") == [
        ("killed", 26),
        ("killed", 8),
        ("killed", 5),
    ]


def test_a_french_part_with_a_verb_of_its_own_keeps_it() -> None:
    # (a participle no cue names stays no figure, rather than taking the whole's kind)
    assert kinds_values(
        "Trente personnes ont été tuées. Parmi elles, 9 ont été retrouvées sous les décombres.", "fr"
    ) == [("killed", 30)]
    assert kinds_values(
        "Environ 7 000 personnes ont fui. Parmi eux, 1 300 ménages ont été installés sur le site de Rubavu.", "fr"
    ) == [("displaced", 7000)]


def test_a_singleton_with_an_age_in_commas_takes_its_own_verb() -> None:
    assert kinds_values("A man, 58, was killed and four people were injured in the strike.", "en") == [
        ("killed", 1),
        ("injured", 4),
    ]
