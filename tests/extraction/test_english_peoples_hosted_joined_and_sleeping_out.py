"""English: a country hosting a people counts its refugees ("Jordan hosts about 650,000 Syrians"), a camp hosting
them does not; two peoples joined by "and" are one count ("Buddhists and Hindus"); people sleeping under trees
or on the pavement are homeless; monasteries and temples are shelter; people expelled from a region or leaving an
area are displaced.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_people_hosted_by_a_country_are_its_refugees() -> None:
    assert kinds_values("Jordan still hosts about 650,000 Syrians, most of them in cities.", "en") == [
        ("displaced", 650000)
    ]
    assert kinds_values("Zaatari hosts about 80,000 Syrians.", "en") == []


def test_two_peoples_joined_by_and_are_one_count() -> None:
    assert kinds_values("Around 12,000 Buddhists and Hindus have been displaced since May.", "en") == [
        ("displaced", 12000)
    ]
    assert kinds_values("About 2,000 ethnic Shan Buddhists and Lisus have fled.", "en") == [("displaced", 2000)]


def test_sleeping_under_trees_or_on_the_pavement_is_homelessness() -> None:
    assert kinds_values("Some 600 people are sleeping under trees near the river.", "en") == [("homeless", 600)]
    assert kinds_values("Dozens of families sleep each night on the pavement outside the station.", "en") == [
        ("homeless", None)
    ]


def test_monasteries_and_temples_are_shelter() -> None:
    assert kinds_values("About 1,300 of them are staying in monasteries near Sagaing.", "en") == [("sheltered", 1300)]


def test_people_expelled_from_a_region_or_leaving_an_area_are_displaced() -> None:
    assert kinds_values("Some 18,000 ethnic Amharas were expelled from the western zone.", "en") == [
        ("displaced", 18000)
    ]
    assert kinds_values("Hundreds of families are leaving the town every day.", "en") == [("displaced", None)]
