"""French: one person "figure (également) parmi les personnes tuées / les victimes / les blessés" takes that kind;
after who says so, "sur les quelque 4 000 maisons" opens the houses its bare counts are parts of, and the whole it
names is no figure.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_one_person_listed_among_the_dead_or_the_hurt() -> None:
    assert kinds_values("Une infirmière figure parmi les personnes tuées.", "fr") == [("killed", 1)]
    assert kinds_values("Un secouriste de la Croix-Rouge figure également parmi les victimes.", "fr") == [("killed", 1)]
    assert kinds_values("Un enfant figure aussi parmi les blessés.", "fr") == [("injured", 1)]


def test_the_houses_a_sentence_opens_on_after_who_says_so() -> None:
    assert kinds_values(
        "Selon le maire, sur les quelque 3 000 maisons du bourg, 1 400 ont été entièrement détruites et près de 900 "
        "partiellement endommagées.",
        "fr",
    ) == [("houses_destroyed", 1400), ("houses_damaged", 900)]


def test_french_houses_partly_burned_are_damaged() -> None:
    text = "Le maire a recensé 52 cases réduites en cendres et 17 autres partiellement incendiées à Bambari."
    assert kinds_values(text, "fr") == [("houses_destroyed", 52), ("houses_damaged", 17)]


def test_french_bare_counts_listed_by_where_they_went() -> None:
    text = "Quelque 8 000 habitants ont fui vers Obo, et environ 3 000 vers la frontière soudanaise."
    assert kinds_values(text, "fr") == [("displaced", 8000), ("displaced", 3000)]
