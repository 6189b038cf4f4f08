"""English: a subgroup named after its whole keeps the whole's kind when a relative clause says what its members
were doing ("among them seven soldiers who had been helping ..."), when it counts the members of one family, and
when a modifier says which victims a list names ("The convoy victims included ..."); a part "of them" in dashes or
after who says so, "These included ..." after a figure, places sharing out the whole a partitive opening names, and
the people emergency sites shelter (one site's population stays no figure).

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_subgroup_described_by_what_its_members_were_doing_keeps_the_kind() -> None:
    assert kinds_values(
        "At least 31 people were killed in the hill towns, among them six nurses who had been treating the wounded.",
        "en",
    ) == [("killed", 31), ("killed", 6)]
    assert kinds_values("Nine people were hurt, among them four pupils who were walking home.", "en") == [
        ("injured", 9),
        ("injured", 4),
    ]


def test_the_members_of_one_family_are_counted() -> None:
    assert kinds_values("Eleven people drowned in the river, including five members of one family.", "en") == [
        ("killed", 11),
        ("killed", 5),
    ]


def test_a_word_before_the_victims_does_not_hide_their_list() -> None:
    assert kinds_values("Thirty died in two raids. The market victims included nine women and three boys.", "en") == [
        ("killed", 30),
        ("killed", 9),
        ("killed", 3),
    ]
    # the injured are no dead, whatever verb lists them
    assert kinds_values("The injured victims included nine women.", "en") == []


def test_a_part_of_them_in_dashes_or_after_who_says_so_keeps_the_kind() -> None:
    assert kinds_values("Gunmen killed at least 17 villagers — 5 of them children — and wounded 30.", "en") == [
        ("killed", 17),
        ("killed", 5),
        ("injured", 30),
    ]
    assert kinds_values("The chief put the dead at 19, and she says seven of them were women.", "en") == [
        ("killed", 19),
        ("killed", 7),
    ]


def test_these_included_continues_the_figure_before() -> None:
    assert kinds_values("At least 15 people were shot dead. These included 3 women and 2 boys.", "en") == [
        ("killed", 15),
        ("killed", 3),
        ("killed", 2),
    ]
    # things the figure's sentence did not count are no part of it
    assert kinds_values("Four villages were raided on Monday. These included 2 markets.", "en") == []


def test_places_sharing_out_the_whole_a_partitive_opening_names() -> None:
    assert kinds_values(
        "Of the deaths recorded since 3 July, Tigray accounted for 41, Afar 12 and Amhara 9.", "en"
    ) == [("killed", 41), ("killed", 12), ("killed", 9)]


def test_people_that_emergency_sites_shelter_are_sheltered_one_sites_population_is_not() -> None:
    assert kinds_values("Nine evacuation centres in the district now shelter some 4,300 people.", "en") == [
        ("sheltered", 4300)
    ]
    assert kinds_values("Relief camps across the province were sheltering 21,870 people on Friday.", "en") == [
        ("sheltered", 21870)
    ]
    assert kinds_values("Shelters opened in two gyms - 12 in all - are housing at least 800 people.", "en") == [
        ("sheltered", 800)
    ]
    assert kinds_values("The camp shelters 12,000 people.", "en") == []


def test_a_share_verb_said_once_carries_over_a_list_of_shares() -> None:
    assert kinds_values(
        "Drone strikes accounted for 64 of the deaths, shelling for 22, and landmines for 5.", "en"
    ) == [("killed", 64), ("killed", 22), ("killed", 5)]
    assert kinds_values("Men account for 70 of the deaths and boys for 12.", "en") == [("killed", 70), ("killed", 12)]
    # a share of something else is no figure
    assert kinds_values("Militias were blamed for 40 of the killings, and the fund paid for 9 meals.", "en") == [
        ("killed", 40)
    ]


def test_a_time_after_the_verb_is_no_counted_thing_and_a_graze_is_a_wound() -> None:
    assert kinds_values("Four more died hours later.", "en") == [("killed", 4)]
    assert kinds_values("Two more fled days later.", "en") == [("displaced", 2)]
    assert kinds_values("The gunmen torched 11 more villages.", "en") == []
    assert kinds_values("Three guards were grazed by bullets.", "en") == [("injured", 3)]


def test_asides_in_dashes_and_finer_kinds_of_a_partitive() -> None:
    assert kinds_values(
        "At least 19 people - among them farm workers and traders caught on the open road - died of heatstroke.", "en"
    ) == [("killed", 19)]
    assert kinds_values("Of the evacuees, 12,000 were moved from the river island.", "en") == [("evacuated", 12000)]
    assert kinds_values("Of the displaced, 400 fled to Tana.", "en") == [("displaced", 400)]
    assert kinds_values("Six fishermen were among those who disappeared.", "en") == [("missing", 6)]
    assert kinds_values("Some 2,100 families were being served in evacuation centers.", "en") == [("sheltered", 2100)]


def test_leaving_the_evacuation_centres_is_going_home() -> None:
    assert kinds_values("Some 1,800 families began leaving evacuation centers on Tuesday.", "en") == [
        ("returned", 1800)
    ]
    assert kinds_values("About 260 families who had earlier evacuated have returned home.", "en") == [("returned", 260)]


def test_among_the_martyred_names_the_dead() -> None:
    assert kinds_values("Among the martyred were two soldiers and a policeman.", "en") == [("killed", 2), ("killed", 1)]


def test_a_decade_is_no_count() -> None:
    found = kinds_values("The blaze killed two people, a couple in their 80s whose bodies were found nearby.", "en")
    assert ("killed", 80) not in found
    assert ("killed", 2) in found
    assert kinds_values("Since the 1990s, 400 people have died in the valley.", "en") == [("killed", 400)]


def test_an_event_named_inside_the_relative_clause_does_not_end_it() -> None:
    assert kinds_values(
        "At least 14 fishermen who had gone out to sea before the cyclone are still missing.", "en"
    ) == [("missing", 14)]


def test_a_heading_may_say_when_and_how_its_counts_were_recorded() -> None:
    assert kinds_values("Deaths recorded by governorate so far this year: Marib, 17; Hodeidah, 9.", "en") == [
        ("killed", 17),
        ("killed", 9),
    ]
