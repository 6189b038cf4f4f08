"""English: an adverbial between an auxiliary and its verb ("were on Tuesday forced to flee") ends where another
clause opens, so people "on board when it left" a port fled nothing; people who remain "in the flood zone" are
in danger, not in shelter, while those in cyclone shelters or safety zones still are, as are those who "take
shelter"; the base of a ratio ("per 160 people") and earlier estimates are no figures; a second verb after an
irregular participle ("swept away and drowned") and the verb after an aside with ages tell the fate.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_an_adverbial_stops_at_another_clause() -> None:
    text = "Survivors say about 250 people were on board when it left Kibuye."
    assert kinds_values(text, "en") == []
    assert kinds_values("About 4,000 people were on Sunday forced to flee their villages.", "en") == [
        ("displaced", 4000)
    ]


def test_the_flood_zone_is_no_shelter() -> None:
    assert kinds_values("Some 9,000 people remain in the flood zone south of the dam.", "en") == []
    assert kinds_values("Some 900 people are staying in cyclone shelters near Khulna.", "en") == [("sheltered", 900)]


def test_the_whole_of_a_ratio_is_no_count() -> None:
    text = "Engineers said three of every four houses along the shore were destroyed by the surge."
    assert kinds_values(text, "en") == []


def test_people_who_take_shelter_are_sheltered() -> None:
    assert kinds_values("Quake toll rises to 19 as 7,000 take shelter in Cianjur", "en") == [
        ("killed", 19),
        ("sheltered", 7000),
    ]


def test_a_ratios_base_and_old_estimates_are_no_figures() -> None:
    assert kinds_values("The camps have one latrine per 90 people.", "en") == []
    text = "Officials now say 230 people died, well above earlier estimates of about 60 deaths."
    assert kinds_values(text, "en") == [("killed", 230)]


def test_a_second_verb_after_an_irregular_participle_tells_the_fate() -> None:
    assert kinds_values("Three fishermen were swept away and drowned off Kilifi.", "en") == [("killed", 3)]
    assert kinds_values("A farmer was struck and killed by lightning near Gulu.", "en") == [("killed", 1)]


def test_an_aside_with_ages_leaves_the_verb_after_it() -> None:
    assert kinds_values("Two girls, sisters aged six and 9, drowned in a flooded quarry.", "en") == [("killed", 2)]
