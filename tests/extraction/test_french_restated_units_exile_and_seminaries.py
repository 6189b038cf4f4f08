"""French: displaced people restated in households between commas ("..., soit 410 ménages,") keep the verb after
the aside, which says they went home; people "en exil" are displaced, as are crowds that "ont afflué vers" a town;
a seminary or a Catholic mission taking people in is shelter; families sleeping on the square are homeless, and
evacuees who went home are returns.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_count_restated_in_households_keeps_the_verb_after_the_aside() -> None:
    text = "Au 15 mai, 2 870 personnes déplacées internes, soit 410 ménages, ont regagné leurs villages de Tikaré."
    assert kinds_values(text, "fr") == [("returned", 2870), ("returned", 410)]


def test_people_in_exile_and_crowds_flocking_to_a_town_are_displaced() -> None:
    assert kinds_values("Près de 48 000 Centrafricains vivent toujours en exil au Cameroun.", "fr") == [
        ("displaced", 48000)
    ]
    assert kinds_values("Des milliers de villageois ont afflué vers la ville de Djibo.", "fr") == [("displaced", None)]
    assert kinds_values("Le chef en exil a reçu 300 délégués.", "fr") == []


def test_a_seminary_or_a_mission_taking_people_in_is_shelter() -> None:
    assert kinds_values("Environ 900 personnes réfugiées au grand séminaire de Bossangoa.", "fr") == [
        ("sheltered", 900)
    ]
    assert kinds_values("Quelque 350 familles réfugiées à la mission catholique de Zémio.", "fr") == [
        ("sheltered", 350)
    ]


def test_families_sleeping_on_the_square_are_homeless_and_evacuees_who_went_home_returned() -> None:
    assert kinds_values("Environ 60 familles dorment depuis dix jours sur la place publique de Kaya.", "fr") == [
        ("homeless", 60)
    ]
    assert kinds_values("Les quelque 700 résidents évacués samedi ont pu rentrer chez eux.", "fr") == [
        ("returned", 700)
    ]
