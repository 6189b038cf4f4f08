"""Things named after a place or a body ("three Beni villages") count no one, and a year right before a verb
("An attack in 2022 killed 40") is no count the verb belongs to. Every text here is invented in the manner of the
reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Suspected ADF raids on three Beni villages leave dozens dead",
            [("killed", None)],
            id="villages-named-after-a-town",
        ),
        pytest.param("Gunmen torched four UN vehicles near Kaga.", [], id="vehicles-named-after-a-body"),
        pytest.param("Three Beni residents were killed.", [("killed", 3)], id="residents-named-after-a-town"),
        pytest.param("Two Assam Rifles jawans were injured.", [("injured", 2)], id="a-regiment-is-a-name"),
        pytest.param("Five Mauritanian cattle traders were killed.", [("killed", 5)], id="people-by-their-trade"),
        pytest.param("An attack in 2022 killed 40 displaced people.", [("killed", 40)], id="a-year-before-the-verb"),
        pytest.param(
            "A previous attack on the site in 2021 killed dozens of displaced people.",
            [("killed", None)],
            id="a-year-before-the-verb-of-a-vague-count",
        ),
        pytest.param(
            "12 killed 30 injured in Kaga", [("killed", 12), ("injured", 30)], id="a-count-before-the-verb-keeps-it"
        ),
    ],
)
def test_named_things_and_years_before_verbs(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The army said it wiped out 14 insurgents.", [("killed", 14)], id="wiped-out-people"),
        pytest.param("The floods wiped out 300 homes.", [("houses_destroyed", 300)], id="wiped-out-homes"),
        pytest.param("The drought wiped out 40 per cent of the harvest.", [], id="wiped-out-a-share"),
        pytest.param(
            "The dead comprised 11 fighters and four civilians.",
            [("killed", 11), ("killed", 4)],
            id="the-dead-comprised",
        ),
        pytest.param(
            "Around 1,300 residents have since abandoned Ldaoutsaf.", [("displaced", 1_300)], id="abandoned-a-town"
        ),
        pytest.param(
            "Dozens of families in Kuriga have packed their belongings and left.",
            [("displaced", None)],
            id="packed-and-left",
        ),
    ],
)
def test_verbs_of_wiping_out_comprising_and_leaving(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A further 510 people are missing and presumed drowned.", [("missing", 510)], id="missing-presumed-drowned"
        ),
        pytest.param("Another 30 fishermen are missing, presumed dead.", [("missing", 30)], id="missing-presumed-dead"),
        pytest.param("Twelve people drowned when the boat capsized.", [("killed", 12)], id="drowned-alone-is-dead"),
    ],
)
def test_the_missing_presumed_dead_stay_missing(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected
