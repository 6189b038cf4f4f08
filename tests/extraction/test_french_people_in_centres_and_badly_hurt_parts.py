"""French: people counted "dans des centres d'évacuation" with no verb are sheltered, as are those who "avaient
trouvé refuge dans les 47 centres"; houses "détruites ou gravement endommagées" are one combined count; trees
counted vaguely count no one; a bare part "dont trois gravement" belongs to the wounded before it.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_people_counted_in_centres_are_sheltered() -> None:
    text = "Vanuatu : le cyclone a fait 11 morts, 24 000 personnes dans des centres d'évacuation"
    assert kinds_values(text, "fr") == [("killed", 11), ("sheltered", 24000)]
    text = "Au plus fort du cyclone, 2 310 personnes avaient trouvé refuge dans les 38 centres d'hébergement ouverts."
    assert kinds_values(text, "fr") == [("sheltered", 2310)]


def test_houses_destroyed_or_badly_damaged_are_one_combined_count() -> None:
    assert kinds_values("Sur la côte, 84 maisons ont été détruites ou gravement endommagées.", "fr") == []


def test_trees_counted_vaguely_count_no_one() -> None:
    assert kinds_values("Les rafales ont déraciné des milliers de cocotiers sur l'île.", "fr") == []


def test_a_bare_badly_hurt_part_belongs_to_the_wounded() -> None:
    assert kinds_values("L'incendie a fait 17 blessés, dont quatre gravement.", "fr") == [
        ("injured", 17),
        ("injured", 4),
    ]
