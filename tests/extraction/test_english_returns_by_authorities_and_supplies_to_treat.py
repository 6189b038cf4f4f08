"""English: people an authority takes back home ("has returned 3,000 households", "returns 4,000 IDPs") are
returns, but bodies a sea gives back are dead; supplies sized "to treat" wounded people count no one, while
hospitals struggling to treat the wounded still count them; refuge in a coliseum or an auditorium is shelter;
buildings that "either collapsed or were damaged" are one combined count.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_people_an_authority_takes_back_home() -> None:
    text = "The state government has returned 2,400 households to Gwoza after the camp closed."
    assert kinds_values(text, "en") == [("returned", 2400)]
    assert kinds_values("Adamawa returns 1,150 displaced families to Madagali", "en") == [("returned", 1150)]


def test_bodies_given_back_are_dead() -> None:
    text = "The toll rose to 41 as the tide returns two more bodies near Crotone."
    assert kinds_values(text, "en") == [("killed", 41), ("killed", 2)]


def test_a_bare_return_before_a_duration_is_no_count() -> None:
    assert kinds_values("Calm has returned 3 days after the clashes in the town.", "en") == []


def test_supplies_sized_to_treat_the_wounded_count_no_one() -> None:
    text = "The agency delivered surgical kits sufficient to treat 800 wounded patients to Jalalabad."
    assert kinds_values(text, "en") == []
    text = "Doctors in Kenema struggled to treat dozens of wounded after the blast."
    assert kinds_values(text, "en") == [("injured", None)]


def test_refuge_in_a_coliseum_or_an_auditorium_is_shelter() -> None:
    text = "About 350 people have taken refuge in the municipal coliseum of Tumaco."
    assert kinds_values(text, "en") == [("sheltered", 350)]


def test_moved_into_emergency_shelters_is_shelter_but_moved_to_temporary_accommodation_stays_a_move() -> None:
    assert kinds_values("About 900 people have been moved into emergency shelters.", "en") == [("sheltered", 900)]
    text = "Some 70 residents of the block have been moved to temporary accommodation."
    assert kinds_values(text, "en") == [("displaced", 70)]


def test_buildings_that_either_collapsed_or_were_damaged_are_one_combined_count() -> None:
    assert kinds_values("Officials said 3,400 buildings had either collapsed or been badly damaged.", "en") == []
