"""A count a correction takes back ("an earlier version of this brief said 370 people had been killed") is no
figure; a body count and a toll that "remains" state the dead; a French count's kind never comes from across a
semicolon; houses "effondrées ou endommagées" are one combined count; a town's "millions d'habitants" are its
population; people who lost their homes and are now housed somewhere are sheltered, unless only a part of them
is; nights in a car are no shelter; people grouped in sites are sheltered.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_count_a_correction_takes_back_is_no_figure() -> None:
    text = "CORRECTION: An earlier version of this post said 240 people had been killed in the blast."
    assert kinds_values(text, "en") == []
    assert kinds_values("We wrongly reported that 60 people had died in Kasese.", "en") == []


def test_a_body_count_and_a_toll_that_remains_state_the_dead() -> None:
    assert kinds_values("Market fire: body count reaches 37", "en") == [("killed", 37)]
    assert kinds_values("The confirmed toll remains 58, the ministry said.", "en") == [("killed", 58)]


def test_a_kind_never_comes_from_across_a_semicolon() -> None:
    text = "- Kayes : 9 décès ; 2 140 maisons effondrées ; 12 900 sinistrés"
    assert kinds_values(text, "fr") == [("killed", 9), ("houses_destroyed", 2140)]


def test_houses_fallen_or_damaged_are_one_combined_count() -> None:
    assert kinds_values("La mairie a recensé 1 300 maisons effondrées ou endommagées à Niamey.", "fr") == []


def test_a_towns_inhabitants_are_its_population() -> None:
    text = "Jusqu'à 200 000 personnes pourraient fuir, alors que la ville compte près de 1,5 million d'habitants."
    assert kinds_values(text, "fr") == [("displaced", 200000)]


def test_people_who_lost_their_homes_and_are_housed_are_sheltered() -> None:
    text = "Environ 12 000 personnes ayant perdu leur logement sont hébergées dans des écoles de Maradi."
    assert kinds_values(text, "fr") == [("sheltered", 12000)]
    text = "Quelque 1 800 ménages sans abri, dont une partie est hébergée chez des proches."
    assert kinds_values(text, "fr") == [("homeless", 1800)]


def test_nights_in_a_car_are_no_shelter() -> None:
    text = "Des centaines de familles privées de toit ont passé la nuit dans leur voiture à Antakya."
    assert kinds_values(text, "fr") == [("homeless", None)]


def test_people_grouped_in_sites_are_sheltered() -> None:
    text = "Environ 3 600 personnes sont regroupées dans quatre sites spontanés autour de Bunia."
    assert kinds_values(text, "fr") == [("sheltered", 3600)]
