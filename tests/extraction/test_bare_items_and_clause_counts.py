"""Bare counts by place listed under a line that names their kind, a clause's own count that a noun before it must
not take its verb from, and a force's losses and the corpses found. Every text here is invented in the manner of
the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values, summary


def test_bare_counts_by_place_take_the_kind_of_the_paragraph_that_opens_their_list() -> None:
    text = (
        "The toll from the raids on farming villages of Mangu district has reached 64, a council official said. "
        "By area, the dead include:\n\n"
        "* 41 in Kerang ward, among them a teacher and at least nine children\n"
        "* 23 in Panyam ward\n\n"
        "Residents said the gunmen came at dusk."
    )
    assert kinds_values(text) == [("killed", 64), ("killed", 41), ("killed", 1), ("killed", 9), ("killed", 23)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Shelter sites opened this week\n* 12 in Gao\n* 7 in Timbuktu", id="sites-heading"),
        pytest.param("Teams deployed:\n\n* 4 in Gao\n* 3 in Timbuktu", id="no-kind-opened"),
        pytest.param(
            "The wounded were taken to hospital:\n\n* 5 in the past hour\n* 8 in the morning", id="not-a-place"
        ),
    ],
)
def test_bare_items_with_no_kind_above_them_or_no_place_are_no_figures(text: str) -> None:
    assert [v for _k, v in kinds_values(text) if v in (12, 7, 4, 3, 5, 8)] == []


def test_a_count_in_a_later_clause_keeps_its_verb_from_the_noun_before_it() -> None:
    text = (
        "A mortar round hit a house in Kanyaruchinya on Friday, killing a man and his three children, neighbours "
        "said, who carried two other injured relatives to the clinic."
    )
    assert summary(text) == [
        ("killed", 1, "exact", "people"),
        ("killed", 3, "exact", "children"),
        ("injured", 2, "exact", "people"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The army said it had recorded the loss of eight soldiers in an ambush near Arbinda on Monday.",
            [("killed", 8)],
            id="a-force-losses",
        ),
        pytest.param(
            "Searchers said they found the corpses of 17 people in a shallow grave outside the town.",
            [("killed", 17)],
            id="corpses",
        ),
        pytest.param("The factory closure meant the loss of 1,200 jobs in the valley.", [], id="jobs-lost"),
        pytest.param("Farmers reported the loss of 300 cattle to the floods.", [], id="livestock-lost"),
    ],
)
def test_losses_and_corpses_of_people_are_deaths_and_other_losses_none(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The migration agency helped 240 Malian migrants return home from Agadez last month.",
            [("returned", 240)],
            id="helped-to-return",
        ),
        pytest.param(
            "Since January, more than 1,900 migrants have been assisted to return from Libya.",
            [("returned", 1900)],
            id="assisted-to-return",
        ),
        pytest.param(
            "The refugee agency aims to repatriate 30,000 refugees before the rains.",
            [("returned", 30_000)],
            id="repatriate",
        ),
        pytest.param("Over 800 Congolese refugees head home from Uganda.", [("returned", 800)], id="head-home"),
        pytest.param(
            "In the latest swap, the government brought home 62 more people, among them soldiers captured in 2023.",
            [],
            id="captives-freed",
        ),
        pytest.param("The agency assisted 5,000 displaced families with cash transfers.", [], id="aid-no-return"),
    ],
)
def test_assisted_returns_are_returns_and_freed_captives_none(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_a_subgroup_named_without_a_count_in_commas_leaves_the_verb_to_the_count() -> None:
    text = "At least 27 migrants, including children, have died and nine others are missing after the boat sank."
    assert kinds_values(text) == [("killed", 27), ("missing", 9)]


def test_homes_listed_under_a_line_naming_their_fate_take_it() -> None:
    text = (
        "A 59-year-old man was wounded in Marhanets.\n\n"
        "Damaged in the community:\n"
        "▪️ 7 private houses\n"
        "▪️ 3 outbuildings\n"
        "▪️ a power line\n\n"
        "Destroyed:\n"
        "– 2 private houses;\n"
        "– a garage."
    )
    assert kinds_values(text) == [("injured", 1), ("houses_damaged", 7), ("houses_destroyed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Losses in the district:\n▪️ Livestock lost: 9,400 heads\n▪️ Fishing boats: 120", id="animals"),
        pytest.param(
            "2. Houses\n- Collapsed: 310 houses\n- Roofs torn off or damaged: 4,200 houses", id="labelled-degree"
        ),
    ],
)
def test_items_labelled_with_things_or_their_own_fate_take_no_kind_from_above(text: str) -> None:
    assert [v for _k, v in kinds_values(text) if v in (9_400, 4_200)] == []


def test_places_counted_in_an_item_are_where_its_people_are() -> None:
    text = (
        "Civil protection evacuated villages in three municipalities:\n"
        "- Oleiros: 11 villages, about 260 people\n"
        "- Sertã: 4 villages, 95 people\n"
        "- Proença-a-Nova: 6 villages"
    )
    assert kinds_values(text) == [("evacuated", 260), ("evacuated", 95)]


def test_travellers_heading_home_are_no_returns() -> None:
    text = "Two people died in a crush at the station as thousands of passengers heading home for the festival pushed."
    assert kinds_values(text) == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Forty-one pilgrims returning from the shrine festival died when their bus overturned.",
            [("killed", 41)],
            id="pilgrims-returning-from-a-festival",
        ),
        pytest.param(
            "The missing include a fisherman and his three sons, who were returning from the market.",
            [("missing", 1), ("missing", 3)],
            id="returning-from-market",
        ),
        pytest.param(
            "About 2,500 families returning from the camps found their houses looted.",
            [("returned", 2_500)],
            id="returning-from-camps",
        ),
    ],
)
def test_people_on_their_way_back_from_an_outing_are_no_returns(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A rocket hit the house, killing two boys and injuring their grandfather, 71.",
            [("killed", 2), ("injured", 1)],
            id="age-at-the-sentence-end",
        ),
        pytest.param(
            "Police have recovered 900 of the more than 3,000 rifles looted from the armoury.", [], id="things-part"
        ),
        pytest.param(
            "Casualties\n- Dead: 12 (5 confirmed, 7 pending)\n- Injured: 30",
            [("killed", 12), ("injured", 30)],
            id="a-whole-with-parts-in-brackets",
        ),
        pytest.param(
            "• Damaged houses: 2,310 (510 totally / 1,800 partially)",
            [("houses_destroyed", 510), ("houses_damaged", 1_800)],
            id="house-degrees-counted-first",
        ),
    ],
)
def test_ages_things_and_bracketed_parts(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_a_fate_adjective_before_the_next_counts_verb_keeps_its_own_kind() -> None:
    text = "Over the year, storms killed 212 people, left 37 missing and injured 980."
    assert kinds_values(text) == [("killed", 212), ("missing", 37), ("injured", 980)]


def test_a_mountain_that_buried_a_village_is_nobody() -> None:
    text = "A mudslide from Mount Kanlaon buried part of the village overnight, killing 14 residents."
    assert kinds_values(text) == [("killed", 14)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Eleven survivors were transferred to the Hospital Doctor José Molina Orosa with hypothermia.",
            [("injured", 11)],
            id="named-hospital",
        ),
        pytest.param(
            "Four of the survivors were admitted to the Kerewan Major Health Centre.",
            [("injured", 4)],
            id="named-health-centre",
        ),
        pytest.param("Twenty bodies were taken to the Bunia general hospital.", [("killed", 20)], id="bodies"),
        pytest.param(
            "Six pregnant women were taken to the regional university hospital for check-ups.", [], id="check-ups"
        ),
        pytest.param(
            "Some 300 expectant mothers were admitted to maternity waiting homes and hospitals.", [], id="maternity"
        ),
    ],
)
def test_people_taken_to_a_named_hospital_are_injured_unless_dead_or_well(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The number of people injured in the shelling of Shebekino on Sunday has risen to 23, including "
            "three children.",
            [("injured", 23), ("injured", 3)],
            id="long-gap-before-the-rise",
        ),
        pytest.param("The number of injured is now 14.", [("injured", 14)], id="is-now"),
        pytest.param(
            "Twelve people were treated for burns at the district hospital, two of whom were flown to Port Moresby.",
            [("injured", 12), ("injured", 2)],
            id="a-port-is-no-person",
        ),
    ],
)
def test_a_count_of_the_injured_said_to_have_risen(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_a_speaker_giving_the_toll_is_no_death() -> None:
    text = "A provincial official in Herat said the death toll had risen to 870."
    assert kinds_values(text) == [("killed", 870)]


def test_an_age_after_a_surname_with_its_particle_is_no_count() -> None:
    text = "Among those killed was a paramedic, Omar al-Khatib, 31, who died while carrying the wounded."
    assert [value for _kind, value in kinds_values(text) if value == 31] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Burkina Faso: six VDP lose their lives in an ambush near Titao", [("killed", 6)], id="lose-lives"
        ),
        pytest.param(
            "Five VDP unfortunately lost their lives in the ambush.", [("killed", 5)], id="initials-and-an-adverb"
        ),
        pytest.param(
            "At least 21 people were killed, among them patients, nurses and three ambulance drivers, and more than "
            "40 were injured.",
            [("killed", 21), ("killed", 3), ("injured", 40)],
            id="a-part-listed-among-the-dead",
        ),
    ],
)
def test_forces_named_by_initials_and_parts_listed_among_the_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The injured count stood at 412 on Monday.", [("injured", 412)], id="count"),
        pytest.param("The injury tally rose to 73.", [("injured", 73)], id="tally"),
    ],
)
def test_a_count_or_tally_of_the_injured(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected


def test_people_sheltering_there_who_were_killed_are_dead() -> None:
    text = "A strike hit the school, and nine people sheltering there were killed and at least 25 were injured."
    assert kinds_values(text) == [("killed", 9), ("injured", 25)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        pytest.param(
            "The dead are Juma Mwakyusa (52), Neema Juma (41), Baraka Juma (12) and Rehema Juma (7).",
            {52, 41, 12, 7},
            id="the-dead-are-names-with-ages",
        ),
        pytest.param(
            "Police identified the victims as John Ouma (34) and Peter Otieno (29).", {34, 29}, id="identified-as"
        ),
    ],
)
def test_ages_of_victims_named_in_a_list_are_no_counts(text: str, absent: set[int]) -> None:
    assert [value for _kind, value in kinds_values(text) if value in absent] == []


def test_counts_by_hospital_after_the_injured_were_sent_stay_counts() -> None:
    text = "The injured were sent to Khao Kho Hospital (12), Phetchabun Hospital (20) and Lom Sak Hospital (9)."
    assert {("injured", 12), ("injured", 9)} <= set(kinds_values(text))


def test_rows_by_cause_below_a_paragraph_naming_the_kind_take_it() -> None:
    text = (
        "New displacement recorded by the monitoring network, January-June:\n\n"
        "Drought: 96,000\n"
        "Floods: 41,000\n"
        "Conflict/insecurity: 23,500\n\n"
        "Agencies expect more movement after the rains."
    )
    assert kinds_values(text) == [("displaced", 96_000), ("displaced", 41_000), ("displaced", 23_500)]


def test_rows_by_cause_with_no_kind_above_are_no_figures() -> None:
    text = "Budget lines for the appeal:\n\nDrought: 96,000\nFloods: 41,000"
    assert kinds_values(text) == []


def test_a_force_named_in_full_with_its_initials_before_the_verb() -> None:
    text = "At least 12 civilians and 5 volunteers for the defence of the homeland (VDP) were killed in the raid."
    assert kinds_values(text) == [("killed", 12), ("killed", 5)]


def test_a_capacity_in_brackets_is_no_count() -> None:
    text = "• 7,800 people currently in the transit centre (capacity: 3,000)"
    assert [value for _kind, value in kinds_values(text)] == [7_800]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least 11 people have died, and an official in Maglaj said dozens of houses had been destroyed.",
            [("killed", 11), ("houses_destroyed", None)],
            id="a-source-named-with-a-place",
        ),
        pytest.param("Bus crash: Nine dead, 40 in hospital", [("killed", 9), ("injured", 40)], id="in-hospital"),
        pytest.param(
            "Five people drowned in the floods. The figure above is the one given by the civil protection agency.",
            [("killed", 5)],
            id="the-one-a-pronoun",
        ),
    ],
)
def test_sources_pronouns_and_counts_in_hospital(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_the_number_of_refugees_who_have_returned_counts_returns() -> None:
    text = "The number of refugees who have returned home through the northern crossing since March reached 18,400."
    assert kinds_values(text) == [("returned", 18_400)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Rescue teams are still searching for one miner who remains trapped in the shaft.", id="one"),
        pytest.param("Rescuers are searching for 9 workers who remain trapped under the rubble.", id="counted"),
    ],
)
def test_people_still_trapped_are_no_missing(text: str) -> None:
    assert kinds_values(text) == []


def test_people_searched_for_are_missing() -> None:
    assert kinds_values("Rescuers are searching for 12 fishermen off the coast.") == [("missing", 12)]


def test_a_return_with_its_own_verb_beside_hostages_taken_stays() -> None:
    text = (
        "In the kibbutz, where 60 residents were killed and 20 taken hostage, about 35 families have moved back "
        "to their homes."
    )
    assert ("returned", 35) in kinds_values(text)


def test_two_cell_rows_without_a_header_under_a_title_naming_the_kind() -> None:
    text = (
        "Figures from the provincial authorities.\n\n"
        "Deaths by province since 1 July\n"
        "| Sindh | 214 |\n"
        "| Balochistan | 96 |\n"
        "Other deaths were recorded elsewhere."
    )
    assert kinds_values(text) == [("killed", 214), ("killed", 96)]


def test_two_cell_rows_under_a_title_naming_no_kind_are_no_figures() -> None:
    text = "Figures from the census.\n\nPopulation by province\n| Sindh | 55,700,000 |\n| Balochistan | 14,900,000 |"
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least six people drowned and over 9.2 lakh people in 14 districts have been affected by the floods.",
            [("killed", 6)],
            id="affected-after-a-place",
        ),
        pytest.param(
            "Officials said 12 people died in the district, and 3 people from the same village are still untraced.",
            [("killed", 12), ("missing", 3)],
            id="still-untraced",
        ),
        pytest.param(
            "Two children died of gastroenteritis and at least 45 people had been admitted to hospital with diarrhoea.",
            [("killed", 2)],
            id="admitted-with-a-disease",
        ),
    ],
)
def test_people_affected_untraced_or_ill(text: str, expected: list[tuple[str, int]]) -> None:
    assert kinds_values(text) == expected
