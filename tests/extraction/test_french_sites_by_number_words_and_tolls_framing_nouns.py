"""French: people found or living "dans six abris" or "dans quatre sites" are sheltered, as with digits; a toll's
word ("selon un premier bilan") only frames a count whose own noun names what it counts (refugees stay refugees);
houses "gravement endommagées" are damaged, not the destroyed ones named before; people put "hors de chez eux" are
displaced.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_people_in_sites_counted_by_a_number_word_are_sheltered() -> None:
    assert kinds_values("Quelque 2 100 personnes se trouvent dans cinq abris provisoires.", "fr") == [
        ("sheltered", 2100)
    ]
    assert kinds_values("Environ 9 000 sinistrés vivent actuellement dans trois sites d'hébergement.", "fr") == [
        ("sheltered", 9000)
    ]


def test_a_tolls_word_only_frames_a_count_with_its_own_noun() -> None:
    text = "Selon un premier bilan, quelque 8 000 réfugiés, dont une majorité de femmes, se retrouvent sans abri."
    assert ("killed", 8000) not in kinds_values(text, "fr")
    assert kinds_values("Le bilan s'élève désormais à 31.", "fr") == [("killed", 31)]


def test_badly_damaged_houses_are_damaged() -> None:
    text = "Au total, 3 260 maisons ont été détruites et plus de 1 500 autres gravement endommagées."
    assert kinds_values(text, "fr") == [("houses_destroyed", 3260), ("houses_damaged", 1500)]


def test_people_put_out_of_their_homes_are_displaced() -> None:
    assert kinds_values("Les combats ont jeté 85 000 personnes hors de chez elles.", "fr") == [("displaced", 85000)]
