"""The generic reading: counted nouns found by their head, adjectives before the noun, kinds carried across
lists, pairs, parts and brackets, and counts stopped by negation, membership and non-count nouns.

Every sentence here is invented for the test, in the shapes real reports use."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import summary


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No one was killed in the blast, the mayor said.", id="no-one"),
        pytest.param("None were hurt when the roof of the market gave way.", id="none-were-hurt"),
        pytest.param("Nobody was injured and no houses were destroyed.", id="nobody-no-houses"),
        pytest.param("Not a single person died in the landslide.", id="not-a-single"),
        pytest.param("Shelling hit the two camps overnight, witnesses said.", id="the-two-camps"),
        pytest.param("Gunmen burned the three villages before dawn.", id="the-three-villages"),
        pytest.param("One of the victims was killed by a stray bullet.", id="one-of-the-victims"),
        pytest.param("One of the injured died in hospital on Friday.", id="one-of-the-injured"),
        pytest.param("One of them was later found alive.", id="one-of-them"),
        pytest.param("No fewer than zero people... no one was evacuated.", id="zero-and-no-one"),
    ],
)
def test_denied_and_member_counts_yield_nothing(text: str) -> None:
    """A denied count, one member of a group counted elsewhere, and things that are not people give no figure."""
    assert summary(text) == []


def test_one_of_the_stops_only_the_member_not_the_toll() -> None:
    """'One of the worst floods killed 12 people': the 12 stays, the one is no count."""
    assert summary("One of the worst floods in decades killed 12 people in the valley.") == [
        ("killed", 12, "exact", "people")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Seven Moldovan peacekeepers were killed near the bridge.",
            [("killed", 7, "exact", "people")],
            id="peacekeepers",
        ),
        pytest.param("Fourteen inmates died in the prison fire.", [("killed", 14, "exact", "people")], id="inmates"),
        pytest.param(
            "Some 40 herdsmen have fled to the hills.", [("displaced", 40, "about", "people")], id="herdsmen-fled"
        ),
        pytest.param(
            "Nine traders of Sudanese origin have been killed on the road.",
            [("killed", 9, "exact", "people")],
            id="origin-aside",
        ),
    ],
)
def test_counted_noun_is_found_by_its_head(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """A plural naming people outside the word list is still the counted noun."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Five rockets killed a goat, the army said.", id="rockets"),
        pytest.param("Three containers were evacuated from the port.", id="containers"),
    ],
)
def test_things_with_human_looking_endings_are_not_people(text: str) -> None:
    """Plurals that only look like people (containers, rockets) are no counted noun."""
    assert summary(text) == []


def test_adjective_before_the_noun_names_the_kind() -> None:
    """'1,300 destroyed houses' and '45 injured pupils' say what happened before the noun."""
    assert summary("Surveyors counted 1,300 destroyed houses in the district.") == [
        ("houses_destroyed", 1300, "exact", "households")
    ]
    assert summary("The team later counted 500 returnee families in Tal Afar.") == [
        ("returned", 500, "exact", "families")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the 310 people confirmed dead, 240 were in Kasai, 51 in Tshopo and eight in Ituri.",
            [
                ("killed", 310, "exact", "people"),
                ("killed", 240, "exact", "people"),
                ("killed", 51, "exact", "people"),
                ("killed", 8, "exact", "people"),
            ],
            id="distribution",
        ),
        pytest.param(
            "Officials recorded the return of 2,100 and 3,600 in June and July respectively.",
            [("returned", 2100, "exact", "people"), ("returned", 3600, "exact", "people")],
            id="respectively-pair",
        ),
        pytest.param(
            "At least 950 people, of which 610 in Tabasco, were evacuated.",
            [("evacuated", 950, "at_least", "people"), ("evacuated", 610, "exact", "people")],
            id="of-which-part",
        ),
        pytest.param(
            "A total of 1,400 people have been evacuated, 900 by bus and 500 by boat.",
            [
                ("evacuated", 1400, "exact", "people"),
                ("evacuated", 900, "exact", "people"),
                ("evacuated", 500, "exact", "people"),
            ],
            id="by-means",
        ),
        pytest.param(
            "Floods displaced 2,650 people representing 410 families in the suburbs.",
            [("displaced", 2650, "exact", "people"), ("displaced", 410, "exact", "families")],
            id="representing",
        ),
        pytest.param(
            "Fifty health workers have been killed, as have 12 drivers and 9 teachers.",
            [("killed", 50, "exact", "people"), ("killed", 12, "exact", "people"), ("killed", 9, "exact", "people")],
            id="as-have",
        ),
        pytest.param(
            "About 61 per cent of all returnees (41,020 ind.) came back in May.",
            [("returned", 41020, "exact", "people")],
            id="kind-noun-bracket",
        ),
        pytest.param(
            "Some 4,000 people have crossed into Chad since Monday, bringing the total to 31,000.",
            [("displaced", 4000, "about", "people"), ("displaced", 31000, "exact", "people")],
            id="bringing-the-total-to",
        ),
    ],
)
def test_a_list_carries_its_kind(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Items of a list without a verb of their own take the kind of the figure the list continues."""
    assert summary(text) == expected


def test_a_list_item_with_its_own_verb_keeps_it() -> None:
    """'and 3 soldiers were arrested' is no further toll: the count has a verb of its own."""
    assert summary("The attack killed 20 people, and 3 soldiers were arrested.") == [("killed", 20, "exact", "people")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Border guards said 31,000 people arrived in Moldova from Ukraine on Sunday.",
            [("displaced", 31000, "exact", "people")],
            id="arrived",
        ),
        pytest.param(
            "Nearly 180 people were admitted to hospitals after the explosion.",
            [("injured", 180, "about", "people")],
            id="admitted-to-hospital",
        ),
        pytest.param(
            "By Sunday, injuries had climbed to 2,045 in the two provinces.",
            [("injured", 2045, "exact", "people")],
            id="injuries-climbed-to",
        ),
        pytest.param(
            "Some 3 lakh people were shifted to relief camps.",
            [("sheltered", 300000, "about", "people")],
            id="lakh",
        ),
        pytest.param(
            "Well over half a million (612,300) have been forced to leave their homes.",
            [("displaced", 612300, "exact", "people")],
            id="restated-in-brackets",
        ),
        pytest.param(
            "Rescuers said 45 people were burned alive in the bus.",
            [("killed", 45, "exact", "people")],
            id="burned-alive",
        ),
    ],
)
def test_less_common_predicates(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Arrivals, hospital admissions, rising injury counts, lakh and restated numbers are read."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen shot dead four traders near the market.", [("killed", 4, "exact", "people")], id="shot-dead"
        ),
        pytest.param("The militia killed all 38 passengers.", [("killed", 38, "exact", "people")], id="killed-all"),
        pytest.param(
            "One district chief was killed in the ambush.", [("killed", 1, "exact", "people")], id="one-chief"
        ),
        pytest.param(
            "Nine people including a toddler were killed in the crash.",
            [("killed", 9, "exact", "people"), ("killed", 1, "exact", "children")],
            id="including-without-commas",
        ),
        pytest.param(
            "Three miners and a guard were killed.",
            [("killed", 3, "exact", "people"), ("killed", 1, "exact", "people")],
            id="coordinated-singular",
        ),
        pytest.param(
            "Two volunteers were among those killed.", [("killed", 2, "exact", "people")], id="among-those-killed"
        ),
        pytest.param(
            "Heavy rain forced 1,800 people out of their homes.",
            [("displaced", 1800, "exact", "people")],
            id="out-of-their-homes",
        ),
        pytest.param(
            "About 9,000 people were displaced, 3,500 of which are staying in evacuation centres.",
            [("displaced", 9000, "about", "people"), ("sheltered", 3500, "exact", "people")],
            id="of-which-own-verb",
        ),
        pytest.param(
            "Thirty people were injured, eight of them seriously.",
            [("injured", 30, "exact", "people"), ("injured", 8, "exact", "people")],
            id="of-them-seriously",
        ),
    ],
)
def test_verbs_before_and_coordinated_counts(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Killing verbs before the number, role nouns with 'one', and counts joined before one verb."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Of those killed, 11 were children.", [("killed", 11, "exact", "children")], id="of-those-killed"),
        pytest.param(
            "Of the deaths, 23 were recorded in Balochistan.", [("killed", 23, "exact", "people")], id="of-the-deaths"
        ),
        pytest.param(
            "Floods displaced 8,000 people last week. An increase of 2,400 was recorded since Monday.",
            [("displaced", 8000, "exact", "people"), ("displaced", 2400, "exact", "people")],
            id="increase-next-sentence",
        ),
        pytest.param(
            "The quake killed 210 people. The number rose by 35 overnight.",
            [("killed", 210, "exact", "people"), ("killed", 35, "exact", "people")],
            id="number-rose-by",
        ),
    ],
)
def test_anaphors_and_partitives_carry_the_kind(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """A partitive naming the kind, or a sentence continuing the one before, gives its count that kind."""
    assert summary(text) == expected


def test_an_anaphor_without_a_figure_before_it_yields_nothing() -> None:
    """'An increase of 3,000 visitors' after a sentence with no figure is no figure."""
    assert summary("The market reopened on Monday. An increase of 3,000 visitors was recorded.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Raiders shot dead 13 shepherds at dawn.", [("killed", 13)], id="shepherds"),
        pytest.param("Police said 27 bandits were killed in the raid.", [("killed", 27)], id="bandits"),
        pytest.param(
            "Two nurses and a midwife died when the clinic was hit.", [("killed", 2), ("killed", 1)], id="nurses"
        ),
        pytest.param("Six schoolgirls were injured in the crush.", [("injured", 6)], id="compound-girls"),
        pytest.param("Forty tribeswomen fled to the valley.", [("displaced", 40)], id="compound-women"),
        pytest.param("Five monks were wounded in the blast.", [("injured", 5)], id="monks"),
        pytest.param("Eight hunters went missing in the swamp.", [("missing", 8)], id="went-missing"),
    ],
)
def test_plural_people_found_by_ending_compound_or_list(text: str, expected: list[tuple[str, int]]) -> None:
    """People named by plurals the endings cannot tell (bandits, nurses) or by compounds of a human noun."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thirty residents of the hamlet of Kope near the lake were killed.",
            [("killed", 30)],
            id="of-and-place-phrase",
        ),
        pytest.param(
            "Some 210 families living on the flood plain in Sironko district have been evacuated.",
            [("evacuated", 210)],
            id="participle-phrase",
        ),
        pytest.param(
            "At least 12 people who had queued for bread were killed.", [("killed", 12)], id="relative-clause"
        ),
        pytest.param(
            "About 1,900 people were on Sunday forced to leave their homes.", [("displaced", 1900)], id="split-verb"
        ),
        pytest.param(
            "Roughly 700 villagers have, according to the mayor, fled.", [("displaced", 700)], id="split-by-aside"
        ),
        pytest.param(
            "Some 1,100 villagers, local officials said, had fled into the hills.",
            [("displaced", 1100)],
            id="source-aside",
        ),
        pytest.param(
            "About 400 people who fled the clashes have returned home.", [("returned", 400)], id="main-after-relative"
        ),
        pytest.param("Nine members of one household died in the fire.", [("killed", 9)], id="members-of-one-household"),
    ],
)
def test_a_subject_reaches_its_verb_past_its_modifiers(text: str, expected: list[tuple[str, int]]) -> None:
    """Places, origins, participle phrases, relative clauses and asides between a count and its verb."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Some 2,000 people in the town, officials said, received food.", id="no-trigger"),
        pytest.param("About 600 people in the district where 14 were killed received aid.", id="other-clause"),
        pytest.param("Around 300 people in the town protested against the killings.", id="finite-verb-between"),
        pytest.param("About 5,000 rescuers from abroad have arrived in the city.", id="trade-arriving"),
        pytest.param("Some 9,000 displaced people who live in the city—are now fleeing again.", id="dash-hosted"),
        pytest.param("Eighty people from three nearby villages gathered at the church.", id="no-verb"),
    ],
)
def test_distant_verbs_need_a_modifier_gap(text: str) -> None:
    """Another clause, a trade moving for work, or a hosted population is no figure reached at a distance
    (the 14 killed in the other clause is its own figure)."""
    assert [s for s in summary(text) if s[1] != 14] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The shelling sent 6,500 refugees into Uganda.", [("displaced", 6500)], id="sent-into"),
        pytest.param(
            "The offensive drove some 20,000 civilians across the river.", [("displaced", 20000)], id="drove-across"
        ),
        pytest.param(
            "Clashes forced 3,000 families to abandon their villages.", [("displaced", 3000)], id="forced-abandon"
        ),
        pytest.param("Floods forced 2,800 households to move to higher ground.", [("evacuated", 2800)], id="move-to"),
        pytest.param("More than 5,000 people poured into Gambella in a week.", [("displaced", 5000)], id="poured"),
        # (refuge in a building is shelter, the displaced family's finer kind)
        pytest.param("About 1,600 people have taken refuge in the mosque.", [("sheltered", 1600)], id="taken-refuge"),
        pytest.param("About 1,600 people have taken refuge in the hills.", [("displaced", 1600)], id="refuge-outdoors"),
        pytest.param("The mudslide buried 31 homes.", [("houses_destroyed", 31)], id="buried-homes"),
        pytest.param(
            "The number of people in evacuation centres rose to 6,200.", [("sheltered", 6200)], id="number-in-centres"
        ),
    ],
)
def test_displacement_as_motion_and_causatives(text: str, expected: list[tuple[str, int]]) -> None:
    """People moved by force, crowds moving across a line, refuge taken, homes buried."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


def test_armed_or_working_people_sent_somewhere_are_not_displaced() -> None:
    """'sent 400 troops into' and 'sent 30 doctors into' move people who are not uprooted."""
    assert summary("The government sent 400 troops into the province and 30 doctors into the camps.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The bombing claimed the lives of 17 pupils.", [("killed", 17)], id="claimed-the-lives-of"),
        pytest.param("The fever has taken the lives of 64 people.", [("killed", 64)], id="taken-the-lives-of"),
        pytest.param("The flash flood drowned 22 people.", [("killed", 22)], id="drowned-object"),
        pytest.param("The mob beat two men to death.", [("killed", 2)], id="beat-to-death"),
        pytest.param("Attackers hacked a village elder to death.", [("killed", 1)], id="singleton-to-death"),
        pytest.param(
            "Among the dead were five police officers and a nurse.",
            [("killed", 5), ("killed", 1)],
            id="among-the-dead-were",
        ),
        pytest.param("Among the injured were 9 pupils.", [("injured", 9)], id="among-the-injured-were"),
        pytest.param("Three children were among the missing.", [("missing", 3)], id="among-the-missing"),
        pytest.param("Some 40 of them were in a critical condition.", [("injured", 40)], id="critical-condition"),
    ],
)
def test_less_common_ways_to_say_death_and_harm(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Killed: 14 | Injured: 52 | Missing: 6", [("killed", 14), ("injured", 52), ("missing", 6)], id="pipes"
        ),
        pytest.param("Fatalities - 21; injuries - 40.", [("killed", 21), ("injured", 40)], id="dashes"),
        pytest.param(
            "Deaths by district: 17 in Kilifi, 9 in Kwale and four in Lamu.",
            [("killed", 17), ("killed", 9), ("killed", 4)],
            id="heading-by-district",
        ),
        pytest.param(
            "Deaths per province in the past day: Kunar 11, Nuristan 5 and Laghman 2.",
            [("killed", 11), ("killed", 5), ("killed", 2)],
            id="places-before-counts",
        ),
        pytest.param(
            "Displaced per state: Borno 41,000; Yobe 9,500. Schools shut: Borno 30.",
            [("displaced", 41000), ("displaced", 9500)],
            id="heading-ends-at-next-heading",
        ),
        pytest.param(
            "Damage to houses: 2,140 totally damaged and 7,600 partially damaged.",
            [("houses_destroyed", 2140), ("houses_damaged", 7600)],
            id="house-heading",
        ),
    ],
)
def test_table_rows_and_headings(text: str, expected: list[tuple[str, int]]) -> None:
    """Rows naming the kind before their count, by colon, dash or pipe, and headings over a list."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 800,000 people have fled to Chad. In Egypt, 350,000 people had done so.",
            [("displaced", 800000), ("displaced", 350000)],
            id="had-done-so",
        ),
        pytest.param(
            "Some 1,200 people crossed into Chad on Monday and 900 more did the same on Tuesday.",
            [("displaced", 1200), ("displaced", 900)],
            id="did-the-same",
        ),
        pytest.param(
            "About 3,000 children have fled alone; at least 450 are unaccompanied.",
            [("displaced", 3000), ("displaced", 450)],
            id="group-adjective",
        ),
        pytest.param(
            "Some 2.1 million people have fled the country, and the agency said the figure could reach three million.",
            [("displaced", 2100000), ("displaced", 3000000)],
            id="the-figure-could-reach",
        ),
        pytest.param(
            "Some 4,000 refugees returned in May. Those from Kenya are 1,300 individuals.",
            [("returned", 4000), ("returned", 1300)],
            id="those-from-are",
        ),
        pytest.param(
            "Some 2,000 returnees came back last week. Thousands entered the border town of Kurmuk.",
            [("returned", 2000), ("returned", None)],
            id="arrivals-after-returns",
        ),
    ],
)
def test_verbs_and_words_standing_for_a_figure_before(text: str, expected: list[tuple[str, int | None]]) -> None:
    """'had done so', 'did the same', 'the figure', 'those from X are N' and a group adjective continue the
    figure said before them."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Zero deaths were recorded in the district last week.", id="zero"),
        pytest.param("Not one of the 200 passengers was hurt.", id="not-one-of"),
        pytest.param("A court sentenced 11 men to death.", id="sentenced-to-death"),
        pytest.param("The relatives of 40 victims met the governor.", id="owner-of-count"),
        pytest.param("Each of the two camps holds about 150 people.", id="two-camps-holding"),
    ],
)
def test_more_counts_that_are_no_figure(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 2,500 people were told to evacuate the island.", [("evacuated", 2500)], id="told-to-evacuate"
        ),
        pytest.param(
            "About 300 families have taken shelter in warehouses near the port.",
            [("sheltered", 300)],
            id="shelter-anywhere",
        ),
        pytest.param(
            "Some 1,100 were evacuated and another 450 moved in with relatives.",
            [("evacuated", 1100), ("displaced", 450)],
            id="with-relatives",
        ),
        pytest.param("The settlement took in 2,300 new refugees in May.", [("displaced", 2300)], id="new-refugees"),
        pytest.param(
            "The storm affected 90,000 people, of whom 12,000 were displaced.",
            [("displaced", 12000)],
            id="affected-total-is-no-figure",
        ),
        pytest.param(
            "About 140 houses, shops and stalls were burnt.", [("houses_destroyed", 140)], id="things-listed-between"
        ),
    ],
)
def test_shelter_relatives_new_arrivals_and_totals_of_the_affected(text: str, expected: list[tuple[str, int]]) -> None:
    """Orders to evacuate are evacuations, shelter taken anywhere is shelter, 'new refugees' arrived; a total
    of the affected does not take the verb of the part that follows it."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 31,000 new and repeated displacements were recorded in Rutshuru.",
            [("displaced", 31000)],
            id="coordinated-modifiers",
        ),
        pytest.param("Some 1.5 lakh people were shifted to safer places.", [("evacuated", 150000)], id="shifted"),
        pytest.param(
            "About 700 people spent the night in two churches.", [("sheltered", 700)], id="spent-the-night-in"
        ),
        pytest.param(
            "His wife and two of their daughters were killed.", [("killed", 1), ("killed", 2)], id="kin-possessive"
        ),
        pytest.param("Clinics treated 64 people for burns.", [("injured", 64)], id="treated-for-burns"),
    ],
)
def test_more_phrasings_of_displacement_shelter_and_harm(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


def test_a_possessive_kin_noun_that_reports_is_no_victim() -> None:
    """'her son told reporters' names the source, not a victim."""
    assert summary("Her son told reporters that the house had been looted.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 2,600 people were displaced, of whom 1,400 are children.",
            [("displaced", 2600), ("displaced", 1400)],
            id="of-whom-group-predicate",
        ),
        pytest.param(
            "Some 1,700 people who had been displaced returned home in April.",
            [("returned", 1700)],
            id="finite-main-verb-after-relative",
        ),
        pytest.param("Police said four suspects were killed in the shootout.", [("killed", 4)], id="suspects"),
    ],
)
def test_parts_main_verbs_and_suspects(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The number of returnees from Iran between 1 March 2024 and 30 June 2024 now stands at 88,000.",
            [("returned", 88000)],
            id="dates-between",
        ),
        pytest.param("The number of dead in 2021 was 460.", [("killed", 460)], id="year-between"),
    ],
)
def test_a_number_of_noun_reaches_its_count_past_dates(text: str, expected: list[tuple[str, int]]) -> None:
    """Dates may stand between 'the number of X' and its count; another count may not."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


def test_a_number_of_noun_does_not_reach_past_another_count() -> None:
    assert summary("The number of displaced people in 12 districts is unknown.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Quake death toll climbs past 3,000 in Herat", [("killed", 3000)], id="toll-past"),
        pytest.param(
            "Burundian refugees in Rwanda top 80,000 as the crisis deepens",
            [("displaced", 80000)],
            id="refugees-in-place-top",
        ),
    ],
)
def test_headline_levels(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 70 per cent of the 3,000 people who fled have returned.", [("displaced", 3000)], id="share-relative"
        ),
        pytest.param(
            "Nearly half of the 40,000 people displaced from Marawi went back in May.",
            [("displaced", 40000)],
            id="share-participle",
        ),
        pytest.param("Half of the 500 families have returned.", [], id="share-main-verb"),
        pytest.param(
            "The quake damaged 4,100 homes, 2,800 of them in Dhading, and destroyed 900 others.",
            [("houses_damaged", 4100), ("houses_damaged", 2800), ("houses_destroyed", 900)],
            id="of-them-houses",
        ),
        pytest.param("Some 15 residents have not been accounted for.", [("missing", 15)], id="not-accounted-for"),
        pytest.param("All 15 residents have been accounted for.", [], id="accounted-for"),
    ],
)
def test_shares_parts_and_the_unaccounted(text: str, expected: list[tuple[str, int]]) -> None:
    """What happened to a share did not happen to the whole; a part 'of them' takes the kind of houses too."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


def test_a_word_that_only_starts_like_a_forecast_is_no_projection() -> None:
    """'the mayor said' holds 'may' but forecasts nothing."""
    figures = extract("But the mayor said 14 people were killed in the blast.")
    assert [(f.kind.value, f.value, f.projection) for f in figures] == [("killed", 14, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials said 5 people drowned, including 2 children, and about 3,000 people were displaced.",
            [("killed", 5), ("killed", 2), ("displaced", 3000)],
            id="subgroup-keeps-the-kind-before",
        ),
        pytest.param(
            "About 900,000 people have fled, including 600,000 who remain in the country and 300,000 who crossed"
            " into Chad.",
            [("displaced", 900000), ("displaced", 600000), ("displaced", 300000)],
            id="part-with-a-relative-clause",
        ),
        pytest.param(
            "The number of people in displacement sites has fallen to 8,100.",
            [("sheltered", 8100)],
            id="number-in-displacement-sites",
        ),
        pytest.param(
            "Another 2,300 have settled in an informal site near the airport.",
            [("sheltered", 2300)],
            id="settled-in-a-site",
        ),
    ],
)
def test_subgroups_parts_and_sites(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Twenty people died in the blaze, 14 of them in the hall where they had taken shelter.",
            [("killed", 20), ("killed", 14)],
            id="place-phrase-ends-at-a-clause",
        ),
        pytest.param(
            "Of the 90 people reported missing, 61 have been found alive and 9 dead.",
            [("missing", 90), ("killed", 9)],
            id="found-alive-is-no-part",
        ),
        pytest.param(
            "In all, 230 houses were damaged. Forty of them were completely destroyed.",
            [("houses_damaged", 230), ("houses_destroyed", 40)],
            id="of-them-houses-next-sentence",
        ),
        pytest.param(
            "Among the victims of Friday's raid were three farmers and a nurse.",
            [("killed", 3), ("killed", 1)],
            id="among-the-victims-of",
        ),
    ],
)
def test_parts_places_and_inverted_lists(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The offensive could send 30,000 refugees into Uganda.", [("displaced", 30000)], id="could-send"),
        pytest.param(
            "Up to 90,000 people living on the islands may be forced to flee.",
            [("displaced", 90000)],
            id="modal-after-modifiers",
        ),
    ],
)
def test_forecasts_read_at_a_distance_stay_projections(text: str, expected: list[tuple[str, int]]) -> None:
    figures = extract(text)
    assert [(f.kind.value, f.value) for f in figures] == expected
    assert all(f.projection for f in figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Witnesses said 11 people, one of whom was a teenage boy, were killed at the checkpoint.",
            [("killed", 11)],
            id="one-of-whom-aside",
        ),
        pytest.param("The victim was a 40-year-old farmer.", [], id="predicate-nominal"),
        pytest.param("Among the dead was a nurse.", [("killed", 1)], id="among-the-dead-was"),
        pytest.param("Some 35 workers were treated for smoke inhalation.", [("injured", 35)], id="inhalation"),
        pytest.param(
            "Doctors said 14 people were treated for cuts and broken bones.", [("injured", 14)], id="cuts-and-bones"
        ),
    ],
)
def test_who_a_counted_person_was_is_no_new_count(text: str, expected: list[tuple[str, int]]) -> None:
    """A singleton after a copula names who someone already counted was, unless a list of victims opens it."""
    assert [(k, v) for k, v, _, _ in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The IDP population in Yemen is estimated at 4.5 million.", [("displaced", 4500000, True)], id="population"
        ),
        pytest.param(
            "Some 2.3 million people remain displaced in the north.",
            [("displaced", 2300000, True)],
            id="remain-displaced",
        ),
        pytest.param("The IDP population of the camp is 15,000.", [], id="one-site-is-a-trap"),
    ],
)
def test_standing_totals_of_the_displaced(text: str, expected: list[tuple[str, int, bool]]) -> None:
    """A standing total named by its population or figures is displaced and cumulative; one site's is a trap."""
    assert [(f.kind.value, f.value, f.cumulative) for f in extract(text)] == expected


def test_displacement_figures_rising_to_a_level() -> None:
    assert summary("Displacement figures climbed to 610,000 by July.") == [("displaced", 610000, "exact", "people")]


def test_houses_that_sustained_damage_are_damaged() -> None:
    assert summary("About 1,450 homes sustained damage in the storm.") == [
        ("houses_damaged", 1450, "about", "households")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Some 85 government buildings were destroyed in the shelling.", id="government-buildings"),
        pytest.param("Dozens of public buildings suffered damage.", id="public-buildings"),
    ],
)
def test_buildings_that_are_no_homes_are_no_houses(text: str) -> None:
    """The conventions count homes only: government, public or school buildings are not houses."""
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Those killed included 3 nurses and 9 patients.", [("killed", 3), ("killed", 9)], id="those-killed-included"
        ),
        pytest.param(
            "The injured, among them 6 children, were taken to Bukavu.", [("injured", 6)], id="the-injured-among"
        ),
    ],
)
def test_a_list_opened_by_those_it_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(k, v) for k, v, _, _ in summary(text)] == expected
