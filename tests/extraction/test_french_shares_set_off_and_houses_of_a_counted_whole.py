"""French: a share of a count set off between it and its verb (", soit 75 % de la population,", ", soit la moitié
de la ville,") leaves the verb to the count; bare counts after "Sur les 563 habitations inspectées" are houses.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_share_set_off_leaves_the_verb_to_the_count() -> None:
    text = "Selon l'agence, quelque 1,2 million d'habitants, soit 60 % de la population, ont été déplacés."
    assert kinds_values(text, "fr") == [("displaced", 1200000)]
    assert kinds_values("Environ 30 000 habitants, soit la moitié de la ville, ont fui.", "fr") == [
        ("displaced", 30000)
    ]


def test_bare_counts_after_a_counted_whole_of_houses_are_houses() -> None:
    text = "Sur les 840 habitations inspectées, 210 sont considérées comme détruites et 455 ont été endommagées."
    assert kinds_values(text, "fr") == [("houses_destroyed", 210), ("houses_damaged", 455)]
