"""The second English pass: singletons after a verb or in a list, nouns named before their count, groups after
partitives and anaphors, forecasts worded as needs, ages in lists, and motion that is no displacement.

Every sentence here is invented for the test, in the shapes short news items use."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen shot dead a shopkeeper in the market.", [("killed", 1, "exact", "people")], id="left-verb"
        ),
        pytest.param(
            "Raiders killed 9 herders and a vendor.",
            [("killed", 9, "exact", "people"), ("killed", 1, "exact", "people")],
            id="listed-after",
        ),
        pytest.param(
            "A man and his two daughters drowned in the river.",
            [("killed", 1, "exact", "people"), ("killed", 2, "exact", "people")],
            id="listed-before",
        ),
        pytest.param("The raid killed an elderly tailor.", [("killed", 1, "exact", "people")], id="unlisted-noun"),
    ],
)
def test_singletons_take_the_verb_before_them_or_their_list(text: str, expected: list[object]) -> None:
    assert summary(text) == expected


def test_a_singleton_that_does_the_killing_is_no_victim() -> None:
    """'A soldier killed two civilians': the two civilians are the figure, not the soldier."""
    assert summary("A soldier killed two civilians at the checkpoint.") == [("killed", 2, "exact", "civilians")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The storm destroyed homes numbering more than 80.", ("houses_destroyed", 80, "more_than"), id="numbering"
        ),
        pytest.param("Looters set fire to 60 houses.", ("houses_destroyed", 60, "exact"), id="set-fire"),
        pytest.param("Soldiers torched 120 huts in the village.", ("houses_destroyed", 120, "exact"), id="torched"),
        pytest.param("The rising river submerged 400 homes.", ("houses_damaged", 400, "exact"), id="submerged"),
    ],
)
def test_house_verbs_of_fire_and_water_and_nouns_before_their_count(text: str, expected: tuple[object]) -> None:
    assert [s[:3] for s in summary(text)][-1] == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        pytest.param("A blast in the market killed 30 people. Eleven were women, police said.", "women", id="anaphor"),
        pytest.param("The shelling killed 30 people, eleven of them children.", "children", id="partitive"),
    ],
)
def test_a_group_named_after_an_anaphor_or_partitive(text: str, group: str) -> None:
    assert summary(text)[-1] == ("killed", 11, "exact", group)


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies warned that 90,000 people may need to flee if the dam fails.",
        "The number of people displaced by the floods could reach two million.",
        "Officials fear the death toll could rise above 300.",
    ],
)
def test_forecasts_worded_as_needs_or_levels_are_projections(text: str) -> None:
    figures = extract(text)
    assert figures
    assert all(f.projection for f in figures)


@pytest.mark.parametrize(
    "text",
    [
        "Two hundred soldiers arrived in the town to restore order.",
        "Some 150 troops crossed into the neighbouring district on Sunday.",
        "Forty inmates escaped after a riot at the central prison.",
        "Three sisters, aged 9, 12 and 15, were rescued from the rubble.",
        "None of the 60 pupils was hurt when the roof fell in.",
    ],
)
def test_moving_fighters_escaping_inmates_ages_and_denials_yield_no_figure(text: str) -> None:
    assert summary(text) == []


def test_evictions_displace_people() -> None:
    assert summary("Police evicted some 450 families from the railway settlement.") == [
        ("displaced", 450, "about", "families")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The man, 34, was shot dead at his home.",
        "Amina Bello, 12, died in the fire.",
        "A farmer, 61, was hacked to death on his land.",
    ],
)
def test_an_age_in_apposition_is_no_toll(text: str) -> None:
    """An age between commas after a person is no count of the dead."""
    assert all(f.value in (None, 1) for f in extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Elders said 12 of the victims were given a mass burial. Another batch of 8 was buried on Sunday.",
            [("killed", 12), ("killed", 8)],
            id="burial-and-another-batch",
        ),
        pytest.param(
            "Three more patients succumbed to their wounds, raising the toll to 17.",
            [("killed", 3), ("killed", 17)],
            id="succumbed-and-toll",
        ),
        pytest.param("Raiders killed two nurses and a driver.", [("killed", 2), ("killed", 1)], id="unknown-plural"),
        pytest.param("The army said it neutralised 25 insurgents.", [("killed", 25)], id="neutralised"),
        pytest.param("Some 80 homes were reduced to ashes.", [("houses_destroyed", 80)], id="reduced-to-ashes"),
    ],
)
def test_deaths_told_by_burial_wounds_lists_and_euphemisms(text: str, expected: list[object]) -> None:
    assert [(f.kind.value, f.value) for f in extract(text)] == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gunmen Kill 12 Worshippers In Mosque Attack In Zamfara", [("killed", 12)]),
        ("Ten Killed As Bus Plunges Into Gorge In Himachal", [("killed", 10)]),
    ],
)
def test_title_case_headlines_are_read_as_english(headline: str, expected: list[object]) -> None:
    """Title case misleads language identification (these read as Hausa and German): headlines are told in lower
    case, so their figures are found without naming the language."""
    assert [(f.kind.value, f.value) for f in extract(headline)] == expected
