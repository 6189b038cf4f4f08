"""French: what a part after "dont" takes, "the number of" after a count, and a few words of harm.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

from bot.extraction.extract import extract
from bot.values import Group, Kind


def _read(text: str) -> list[tuple[Kind, int | None]]:
    return [(f.kind, f.value) for f in extract(text, lang="fr")]


def test_parts_keep_the_kind_the_wholes_noun_gave_over_its_verb() -> None:
    """ "58 patients blessés sont arrivés, dont 12 femmes": the women are hurt, not arrivals."""
    text = "Entre le 3 et le 5 avril, 58 patients blessés sont arrivés, dont 12 femmes et 9 enfants."
    assert _read(text) == [(Kind.INJURED, 58), (Kind.INJURED, 12), (Kind.INJURED, 9)]


def test_a_bare_part_with_its_own_verb_takes_that_verb() -> None:
    """ "dont 1 940 étaient toujours hébergées": the part's own verb says sheltered, past the whole's evacuation."""
    text = "Quelque 2 600 personnes ont été évacuées, dont 1 940 étaient toujours hébergées jeudi soir."
    assert (Kind.SHELTERED, 1940) in _read(text)


def test_the_number_of_after_a_count_passes_to_the_returned() -> None:
    """ "porte à 8 300 le nombre de réfugiés rapatriés": refugees brought home are returns."""
    text = "Ce convoi porte à 8 300 le nombre de réfugiés rapatriés depuis le début de l'année."
    assert _read(text) == [(Kind.RETURNED, 8300)]


def test_bandits_shot_dead_are_fighters_killed() -> None:
    (figure,) = extract("La police a abattu six bandits lors d'une opération à Croix-des-Bouquets.", lang="fr")
    assert (figure.kind, figure.value, figure.group) == (Kind.KILLED, 6, Group.FIGHTERS)


def test_a_fire_that_ravages_or_reduces_homes_to_ashes_destroys_them() -> None:
    assert (Kind.HOUSES_DESTROYED, 63) in _read("Un incendie ravage 63 maisons au quartier Sica.")
    assert (Kind.HOUSES_DESTROYED, 63) in _read("Le feu s'est propagé, réduisant en cendres 63 maisons.")


def test_a_degree_after_the_verb_of_damage_belongs_to_it() -> None:
    """ "endommagé partiellement 412 habitations et en ont complètement détruit 96 autres": two clauses, two kinds."""
    text = "Les crues ont endommagé partiellement 318 habitations et en ont complètement détruit 74 autres."
    assert _read(text) == [(Kind.HOUSES_DAMAGED, 318), (Kind.HOUSES_DESTROYED, 74)]


def test_months_to_come_are_no_count() -> None:
    assert _read("Un tiers des réfugiés envisagent de rentrer au cours des douze prochains mois.") == []


def test_the_affected_beside_a_bracketed_toll_are_no_dead() -> None:
    """ "plus de 350 000 sinistrés depuis juin (bilan officiel)": the bracket's word is not the count's verb."""
    assert _read("Inondations : 181 morts et plus de 290 000 sinistrés depuis juillet (bilan officiel)") == [
        (Kind.KILLED, 181)
    ]


def test_people_taken_in_at_schools_of_numbered_districts() -> None:
    """ "recueillies dans trois écoles des arrondissements 4 et 9": sheltered; the districts' numbers are no counts."""
    text = (
        "Quelque 800 ménages sont sans abri, et 540 personnes ont été recueillies dans deux écoles "
        "des arrondissements 2 et 7."
    )
    assert _read(text) == [(Kind.HOMELESS, 800), (Kind.SHELTERED, 540)]
    assert _read("Tableau 2 : Personnes retournées par région (mai 2024)") == []


def test_a_preventive_evacuation_before_a_storms_arrival_is_an_evacuation() -> None:
    """ "l'évacuation préventive de 8 300 personnes avant l'arrivée du cyclone": the arrival is the storm's."""
    text = "Les autorités ont procédé à l'évacuation préventive de 5 600 personnes avant l'arrivée du cyclone."
    assert _read(text) == [(Kind.EVACUATED, 5600)]


def test_a_ratio_is_no_count() -> None:
    assert _read("1 personne déplacée sur 3 est un enfant de moins de cinq ans.") == []
