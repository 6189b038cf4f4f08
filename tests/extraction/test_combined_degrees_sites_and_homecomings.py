"""Houses counted across a list of degrees ending in "or" ("détruites, inondées ou endommagées") and people who
"died or went missing" are combined counts, no figure; a sitrep's "déplacés encore en sites" are sheltered; people
sheltered in schools who went home are returns; two bare counts after "the numbers of dead and injured" take
those fates in order.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_houses_counted_across_a_list_of_degrees_are_no_figure() -> None:
    assert kinds_values("Environ 3 400 maisons détruites, inondées ou endommagées à Toamasina.", "fr") == []
    text = "Quelque 700 maisons ont été détruites, 250 inondées ou endommagées."
    assert kinds_values(text, "fr")[0] == ("houses_destroyed", 700)


def test_the_dead_and_the_missing_counted_together_are_no_figure() -> None:
    text = "At least 2,140 migrants have died or gone missing on the route since 2019."
    assert kinds_values(text, "en") == []
    assert kinds_values("At least 31 migrants died and 12 are missing.", "en") == [("killed", 31), ("missing", 12)]


def test_people_still_in_sites_are_sheltered() -> None:
    text = "Analamanga : 8 410 déplacés encore en sites, selon le BNGRC."
    assert kinds_values(text, "fr") == [("sheltered", 8410)]


def test_people_sheltered_in_schools_who_went_home_are_returns() -> None:
    text = "Environ 1 900 personnes hébergées dans les écoles ont pu regagner leur domicile mardi."
    assert kinds_values(text, "fr") == [("returned", 1900)]
    assert kinds_values("Quelque 640 personnes hébergées dans les écoles attendent des vivres.", "fr") == [
        ("sheltered", 640)
    ]


def test_bare_counts_after_the_numbers_of_two_fates_take_them_in_order() -> None:
    text = "Officials said the numbers of dead and injured in the two border districts were 7 and 19 respectively."
    assert kinds_values(text, "en") == [("killed", 7), ("injured", 19)]
