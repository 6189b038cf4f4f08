"""English figures told predicate first ("Damaged by the blast were 17 homes"), read as the clause in its usual
order and kept where the words stand. Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Damaged by the blast were 23 homes, five of them badly.", [("houses_damaged", 23)], id="damaged"),
        pytest.param(
            "Set ablaze, too, were an estimated 140 houses.", [("houses_destroyed", 140)], id="set-ablaze-too"
        ),
        pytest.param("Also torched were about 35 huts and granaries.", [("houses_destroyed", 35)], id="also-torched"),
        pytest.param("Left homeless by the landslides are at least 75 people.", [("homeless", 75)], id="left-homeless"),
        pytest.param(
            "Sheltered in schools, churches and a stadium in Ocaña are some 12,400 people.",
            [("sheltered", 12_400)],
            id="sheltered-with-commas-in-the-place-and-the-count",
        ),
        pytest.param(
            "Moved to higher ground as a precaution were some 7,900 people.",
            [("evacuated", 7_900)],
            id="moved-to-higher-ground",
        ),
        pytest.param(
            "Killed in Sunday night's collapse of an irrigation dam near Molo in Nakuru County were 17 people.",
            [("killed", 17)],
            id="killed-far-before-its-count",
        ),
        pytest.param(
            "Killed in a raid on the village in August 2023 were 14 civilians.",
            [("killed", 14)],
            id="a-year-inside-the-predicate",
        ),
        pytest.param("Confirmed dead so far number at least 64.", [("killed", 64)], id="number-as-verb"),
        pytest.param(
            "Registered as missing by the ombudsman are 26 people.", [("missing", 26)], id="registered-as-missing"
        ),
    ],
)
def test_fronted_predicates(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_the_fronted_predicate_is_the_counts_own_over_a_relative_clause_after_it() -> None:
    text = "Killed along with the three children were two women and an old man who had fled Sirwah twice."
    assert kinds_values(text) == [("killed", 2), ("killed", 1)]


def test_a_rights_groups_verb_stands_between_count_and_fate() -> None:
    assert kinds_values("By its count, 3,180 people have been documented dead by name.") == [("killed", 3_180)]


def test_the_span_runs_from_the_predicate_to_the_count() -> None:
    text = "Flooded on Tuesday were the markets. Damaged by the blast were 23 homes."
    (figure,) = extract(text)
    assert text[figure.span[0] : figure.span[1]] == "Damaged by the blast were 23 homes"


def test_a_fronted_form_already_known_is_read_once() -> None:
    assert kinds_values("Killed in the strike were 67 people.") == [("killed", 67)]


@pytest.mark.parametrize(
    "text",
    [
        "Founded in 1990 is a town of 40,000 people.",
        "Burned in the 2019 fire were 1.2 million hectares.",
        "Registered for food aid were 3,000 families.",
    ],
)
def test_a_fronted_predicate_of_no_harm_is_no_figure(text: str) -> None:
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Partially damaged homes in the province now number 24,308.",
            [("houses_damaged", 24_308)],
            id="homes-number",
        ),
        pytest.param("Displaced residents number 58,120 people.", [("displaced", 58_120)], id="displaced-number"),
        pytest.param("Damaged houses total 3,400.", [("houses_damaged", 3_400)], id="houses-total"),
        pytest.param(
            "The number of persons staying inside evacuation centres because of the volcano's unrest has climbed "
            "to 18,205.",
            [("sheltered", 18_205)],
            id="number-of-people-in-centres-climbed-to",
        ),
        pytest.param(
            "The number of people hurt when the rocket struck the apartment block rose to 12 from seven.",
            [("injured", 12)],
            id="an-older-count-after-from-is-no-figure",
        ),
        pytest.param("Flood survivors number 300 and are being fed by volunteers.", [], id="survivors-are-no-kind"),
    ],
)
def test_counts_told_by_what_they_number(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The number of deaths per 1,000 crossings had risen to 14 on the central route.",
        "The number of cases rose to 300 in the week.",
        "The number of people in need has reached 2 million.",
        "Residents of the town number about 40,000.",
    ],
)
def test_a_rate_a_case_count_or_a_population_numbered_is_no_figure(text: str) -> None:
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 300 people in flooded areas were evacuated.", [("evacuated", 300)], id="in-flooded-areas"),
        pytest.param(
            "About 2,000 people from destroyed neighbourhoods are staying in schools.",
            [("sheltered", 2_000)],
            id="from-destroyed-neighbourhoods",
        ),
    ],
)
def test_a_participle_before_plural_places_is_their_adjective(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert kinds_values(text) == expected


def test_a_verb_of_another_clause_in_the_gap_still_breaks_it() -> None:
    assert kinds_values("Some 300 people in the town protested and were arrested.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Still sleeping on foam mats in the municipal coliseum are about 290 people.",
            [("sheltered", 290)],
            id="still-sleeping",
        ),
        pytest.param("Sheltering in the school are 300 people.", [("sheltered", 300)], id="sheltering"),
        pytest.param("Speaking to reporters were three officials.", [], id="speaking-is-no-fate"),
    ],
)
def test_fronted_present_participles(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fighting went on, bringing the number of families uprooted in the governorate since January to 3,920.",
            [("displaced", 3_920)],
            id="bringing-the-number-of-to",
        ),
        pytest.param(
            "The number of families inside evacuation centres dropped to 26,740.",
            [("sheltered", 26_740)],
            id="number-of-dropped-to",
        ),
        pytest.param(
            "Inflation pushed the number of people in need to 3 million.", [], id="people-in-need-are-no-figure"
        ),
    ],
)
def test_running_totals_brought_to(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 1,700 of those forced out were spending the night in gyms and schools.",
            [("sheltered", 1_700)],
            id="forced-out-then-sheltered",
        ),
        pytest.param("Some 1,600 people forced out were killed.", [("killed", 1_600)], id="forced-out-then-killed"),
        pytest.param("About 2,000 people were forced out.", [("displaced", 2_000)], id="forced-out-alone"),
    ],
)
def test_a_participle_and_its_particle_before_the_main_verb(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected
