"""French: a vague count of "others" ("des milliers d'autres ont fui") is read with the verb after it; "neuf de
ces décès" counts by the noun after the demonstrative; a storm's class ("catégorie 5") is no toll; people who
crowd into sites or take refuge in "établissements scolaires" are sheltered; a hedge after a bare count ("30 000
environ sont hébergées") is its qualifier, not the end of a stranger's apposition; armed men arriving flee nothing.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values, summary


def test_a_vague_count_of_others_takes_the_verb_after_it() -> None:
    assert kinds_values("Des centaines d'autres ont fui vers les collines de Masisi.", "fr") == [("displaced", None)]
    assert kinds_values("Des dizaines d'autres ont été blessés dans l'effondrement.", "fr") == [("injured", None)]


def test_a_part_of_these_is_counted_by_its_noun() -> None:
    text = "Les pluies ont fait 41 morts au total ; onze de ces décès ont été enregistrés à Toliara."
    assert kinds_values(text, "fr") == [("killed", 41), ("killed", 11)]


def test_a_storm_class_is_no_toll() -> None:
    text = (
        "Le cyclone, classé en catégorie 4, le bilan provisoire s'établit désormais à six morts, selon la préfecture."
    )
    assert kinds_values(text, "fr") == [("killed", 6)]


def test_crowding_into_sites_and_refuge_in_school_buildings_are_shelter() -> None:
    assert kinds_values("Environ 2 300 déplacés s'entassent dans des sites de fortune près de Kaya.", "fr") == [
        ("sheltered", 2300)
    ]
    text = "Plus de 700 familles se sont réfugiées dans des établissements scolaires du chef-lieu."
    assert kinds_values(text, "fr") == [("sheltered", 700)]


def test_a_hedge_after_a_bare_count_before_its_verb_is_its_qualifier() -> None:
    text = "Sur les 12 000 sinistrés, 8 000 environ sont toujours hébergés dans des écoles."
    assert summary(text, "fr") == [("sheltered", 8000, "about", "people")]
    # (not the hedge of attackers counted in apposition)
    assert (
        kinds_values("« Ils sont arrivés en pick-up, une trentaine environ, et ont tout brûlé », dit-il.", "fr") == []
    )


def test_armed_men_arriving_are_no_displacement() -> None:
    assert kinds_values("Une quarantaine d'hommes armés arrivés à moto ont encerclé le marché.", "fr") == []


def test_a_vague_part_of_them_takes_the_verb_after_the_pronoun() -> None:
    assert kinds_values("Plusieurs centaines d'entre eux ont été blessés lors de la bousculade.", "fr") == [
        ("injured", None)
    ]
