"""French: who most of the counted were, set off in commas or dashes, does not lend its participle to the count
("trente personnes – pour la plupart des commerçants revenus du marché – ont été tuées"); weakened or cracked
houses are damaged; people evicted from their homes are displaced, people expelled from a country are not.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_who_most_of_them_were_does_not_give_the_kind() -> None:
    assert kinds_values(
        "Vingt et une personnes – pour la plupart des pêcheurs rentrés du lac, mais aussi des enseignants – ont été "
        "tuées par les assaillants.",
        "fr",
    ) == [("killed", 21)]
    assert kinds_values(
        "Quatorze personnes, pour la plupart des éleveurs revenus du marché, ont été tuées jeudi.", "fr"
    ) == [("killed", 14)]


def test_weakened_or_cracked_houses_are_damaged() -> None:
    assert kinds_values("On compte 2 100 maisons effondrées et 640 autres fragilisées.", "fr") == [
        ("houses_destroyed", 2100),
        ("houses_damaged", 640),
    ]


def test_evicted_from_their_homes_is_displaced_expelled_from_a_country_is_not() -> None:
    assert kinds_values("Environ 2 500 familles ont été déguerpies du quartier portuaire.", "fr") == [
        ("displaced", 2500)
    ]
    assert kinds_values("Plus de 700 habitants ont été expulsés de leurs logements mardi.", "fr") == [
        ("displaced", 700)
    ]
    assert kinds_values("Le centre accueille 900 migrants expulsés d'Algérie la semaine dernière.", "fr") == []


def test_a_week_number_is_no_count_and_no_roof_is_homelessness() -> None:
    assert kinds_values("La zone a notifié 6 nouveaux décès au cours de la semaine épidémiologique 47.", "fr") == [
        ("killed", 6)
    ]
    assert kinds_values("Le centre a accueilli cette semaine 214 Rwandais rapatriés.", "fr") == [("returned", 214)]
    assert kinds_values("Au moins 800 rapatriés n'ont pas de toit.", "fr") == [("homeless", 800)]
