"""French: a list heading ending in "s'établit comme suit" still names its kind; a breakdown heading on a line of the
paragraph whose first figure it breaks down; those who had fled and then went home are returns; a heading naming
its kind in its first words only ("Les décès ont été recensés dans les provinces suivantes :"); remains
("dépouilles") and "harraga".

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_heading_closing_with_as_follows() -> None:
    text = """Les pluies ont aussi fait 140 blessés.
Le détail par région des pertes en vies humaines s'établit comme suit :
- Kayes : 21
- Koulikoro : 12"""
    assert kinds_values(text, "fr") == [("injured", 140), ("killed", 21), ("killed", 12)]


def test_a_breakdown_heading_inside_the_paragraph_it_breaks_down() -> None:
    lines = ("Au total, 640 ménages ont été déplacés.", "Répartition par commune :", "- Mainé-Soroa : 410 ménages")
    text = "\n".join((*lines, "- Goudoumaria : 230 ménages"))
    assert kinds_values(text, "fr") == [("displaced", 640), ("displaced", 410), ("displaced", 230)]


def test_those_who_had_fled_and_went_home_are_returns() -> None:
    text = "Dans la commune de Torodi, près de 4 500 personnes qui avaient fui en 2023 ont regagné leurs villages."
    assert kinds_values(text, "fr") == [("returned", 4500)]
    text = "Quelque 250 familles qui avaient fui les combats sont rentrées chez elles la semaine dernière."
    assert kinds_values(text, "fr") == [("returned", 250)]


def test_a_heading_naming_its_kind_in_its_first_words() -> None:
    text = """Les décès ont été recensés dans les provinces et préfectures suivantes :
- Taroudant : 310
- Chichaoua : 142"""
    assert kinds_values(text, "fr") == [("killed", 310), ("killed", 142)]


def test_remains_and_the_young_who_crossed_the_sea() -> None:
    assert kinds_values("Plus de 40 dépouilles ont été acheminées vers la morgue de Sfax.", "fr") == [("killed", 40)]
    assert kinds_values("On a retrouvé les corps de cinq jeunes harraga près de Mostaganem.", "fr") == [("killed", 5)]
