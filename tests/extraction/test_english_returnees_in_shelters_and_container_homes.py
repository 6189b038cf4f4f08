"""English: returnees sheltering in schools or collective sites are sheltered (those staying with relatives stay
returnees); the number of people in accommodation or reception centres is a count of the sheltered; people living
in containers or container homes are sheltered; people let or able to go home, or expected to return, are returns
(not the hurt sent home after treatment); people "shifted" are evacuated.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values, summary


def test_returnees_in_collective_sites_are_sheltered_and_with_relatives_are_returns() -> None:
    assert kinds_values("About 6,500 returnees are sheltering in schools in Kherson.", "en") == [("sheltered", 6500)]
    assert kinds_values("Some 4,000 returnees are staying with relatives in Bor.", "en") == [("returned", 4000)]


def test_the_number_in_accommodation_centres_is_sheltered() -> None:
    text = "The storm pushed the number of people in accommodation centres to 12,750 on Friday."
    assert kinds_values(text, "en") == [("sheltered", 12750)]


def test_living_in_container_homes_is_shelter() -> None:
    assert kinds_values("Some 21,000 survivors are still living in container homes in Hatay.", "en") == [
        ("sheltered", 21000)
    ]


def test_people_let_or_able_to_go_home_or_expected_to_return_are_returns() -> None:
    assert kinds_values("About 2,300 residents were allowed to go home on Monday.", "en") == [("returned", 2300)]
    assert kinds_values("Fewer than 900 of those displaced had been able to return home.", "en") == [("returned", 900)]
    assert summary("Some 4,000 refugees are expected to return next month.", "en") == [
        ("returned", 4000, "about", "people")
    ]
    # (the hurt sent home from hospital are no returns)
    text = "Of the 300 injured, 210 have been allowed to go home after treatment."
    assert ("returned", 210) not in kinds_values(text, "en")


def test_people_shifted_are_evacuated_and_workers_shifted_are_not() -> None:
    assert kinds_values("We have shifted over 7,500 people in the taluk so far.", "en") == [("evacuated", 7500)]
    assert kinds_values("The mill shifted 120 workers to the night shift.", "en") == []


def test_people_who_crowd_into_shelters_are_sheltered() -> None:
    assert kinds_values("Storm Idai: 14,000 crowd into schools in Beira", "en") == [("sheltered", 14000)]
