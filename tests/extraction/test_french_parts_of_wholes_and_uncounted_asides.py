"""French: a count that is part of a whole ("quelque 2 000 des 6 000 résidents", "un des deux pompiers") is the
figure, read with the whole's noun and verb, and the whole is none unless a clause tells its own fate; an aside
naming some of those counted with no count ("dont des blessés graves") leaves the main verb after it to say what
befell them all; residents "sommés de partir" are evacuated; a second night in tents and refuge found "sur ces
sites" are shelter; soldiers "faits prisonniers" after a toll are no dead.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_part_of_a_whole_is_the_figure() -> None:
    text = "Quelque 1 500 des 4 000 habitants du village avaient été évacués dimanche."
    assert kinds_values(text, "fr") == [("evacuated", 1500)]
    assert kinds_values("Le corps d'un des trois randonneurs emportés par l'avalanche a été retrouvé.", "fr") == []


def test_a_whole_with_its_own_clause_stays_a_figure() -> None:
    text = "Sont rentrées chez elles environ 6 000 des 9 200 personnes qui avaient été accueillies dans les centres."
    assert kinds_values(text, "fr") == [("returned", 6000), ("sheltered", 9200)]


def test_an_aside_naming_uncounted_parts_leaves_the_main_verb_to_all() -> None:
    text = "Environ 600 personnes, dont des malades et des blessés graves, ont déjà été évacuées vers Mayotte."
    assert kinds_values(text, "fr") == [("evacuated", 600)]


def test_residents_ordered_to_leave_are_evacuated() -> None:
    assert kinds_values("Les quelque 12 000 résidents de la ville ont été sommés de partir.", "fr") == [
        ("evacuated", 12000)
    ]


def test_a_second_night_in_tents_is_shelter() -> None:
    text = "Quelque 900 d'entre eux ont passé une deuxième nuit dans les campements de tentes."
    assert kinds_values(text, "fr") == [("sheltered", 900)]


def test_refuge_found_on_these_sites_is_shelter() -> None:
    text = "Au total, 2 140 personnes ont trouvé refuge sur ces trois sites, selon la Croix-Rouge."
    assert kinds_values(text, "fr") == [("sheltered", 2140)]


def test_soldiers_taken_prisoner_are_no_dead() -> None:
    text = "Trois soldats avaient été tués et six autres faits prisonniers lors de l'embuscade."
    assert kinds_values(text, "fr") == [("killed", 3)]
