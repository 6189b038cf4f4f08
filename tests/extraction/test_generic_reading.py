"""The generic reading: counted nouns found by their head, adjectives before the noun, kinds carried across
lists, pairs, parts and brackets, and counts stopped by negation, membership and non-count nouns.

Every sentence here is invented for the test, in the shapes real reports use."""

from __future__ import annotations

import pytest

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
        pytest.param("Of those killed, 11 were children.", [("killed", 11, "exact", "people")], id="of-those-killed"),
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
