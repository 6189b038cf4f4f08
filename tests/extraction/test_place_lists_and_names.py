"""Counts listed by place under a line that names or implies their kind ("Dead: 63 (Kumamoto Pref. 60, ...)",
"Deaths by municipality:" over "Wajima City 101 / Suzu City 99", "Distribution by perpetrator" under a toll), and
numbers that only look like counts: metres ("3 m deep"), a unit's number ("Military Region 4"), the age after a
name the space repair must not split, one person among those counted. Every text here is invented in the manner
of the reports it stands for."""

from __future__ import annotations

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values


def test_counts_by_abbreviated_place_in_brackets_share_the_rows_kind() -> None:
    text = (
        "Heavy rain has left 41 people dead across western Japan, the disaster management agency said on Friday.\n\n"
        "1. Casualties\n  Dead: 41 (Hiroshima Pref. 30, Okayama Pref. 9, Ehime Pref. 2)\n"
        "  Missing: 5 (Hiroshima Pref. 5)\n"
    )
    assert kinds_values(text)[1:] == [
        ("killed", 41),
        ("killed", 30),
        ("killed", 9),
        ("killed", 2),
        ("missing", 5),
        ("missing", 5),
    ]


def test_a_line_of_places_and_counts_takes_the_kind_of_the_heading_above_it() -> None:
    text = (
        "The number of people confirmed dead has reached 188, the prefecture said.\n\n"
        "Deaths by municipality:\n"
        "Kitami City 92 / Abashiri City 61 / Bihoro Town 35\n\n"
        "Search teams are still working in the hills."
    )
    assert kinds_values(text) == [("killed", 188), ("killed", 92), ("killed", 61), ("killed", 35)]
    places = [f.location.name for f in extract(text) if f.location is not None]
    assert places[1:3] == ["Kitami", "Abashiri"]  # each count in its own place, not the next one's


def test_a_line_of_places_and_counts_with_no_kind_above_it_is_no_figure() -> None:
    assert kinds_values("Kitami City 92 / Abashiri City 61 / Bihoro Town 35") == []


def test_a_breakdown_heading_lists_the_main_figure_of_the_paragraph_above() -> None:
    text = (
        "Monitors documented the deaths of 198 civilians in March, among them 51 children.\n\n"
        "Distribution by perpetrator\n"
        "- Government forces: 88 civilians, including 20 children\n"
        "- Armed groups: 23 civilians\n"
    )
    assert kinds_values(text) == [
        ("killed", 198),
        ("killed", 51),
        ("killed", 88),
        ("killed", 20),
        ("killed", 23),
    ]
    text = (
        "KEY FIGURES\n- Displaced individuals: 6,120\n- Fatalities reported by informants: 4 civilians\n\n"
        "BREAKDOWN BY DESTINATION\n- Metuge district: 3,900 individuals\n- Pemba city: 2,220 individuals\n"
    )
    assert kinds_values(text)[2:] == [("displaced", 3900), ("displaced", 2220)]


def test_metres_and_a_units_number_are_no_counts() -> None:
    assert [v for _k, v in kinds_values("Many bodies are buried more than 3 m deep, the commander said.")] == [None]
    assert kinds_values("Floods displaced 1.2 m people in the province.") == [("displaced", 1_200_000)]
    assert kinds_values("Troops from Military Region 7 reached the village after clearing the road.") == []


def test_the_age_after_a_name_of_two_english_words_stays_an_age() -> None:
    assert kinds_values('"We lost everything," said Omar Warsame, 61, who fled with his family.') == []
    assert kinds_values("Thetyphoon hit the coast. About 300 peoplewere killed.") == [("killed", 300)]


def test_one_person_named_among_those_counted_is_not_counted_again() -> None:
    text = '"Seven fishermen from our village are still missing, my son among them," said a mother.'
    assert kinds_values(text) == [("missing", 7)]


def test_people_relocated_to_safe_areas_were_evacuated() -> None:
    text = "Authorities relocated 12,400 households with more than 48,000 people to safe areas since the rains began."
    assert kinds_values(text) == [("evacuated", 12400), ("evacuated", 48000)]
    assert kinds_values("The government relocated 900 families to a new settlement site.") == [("evacuated", 900)]


def test_a_part_of_houses_counted_in_the_sentence_before_takes_its_degree() -> None:
    text = (
        "Our engineers assessed 1,480 homes in three neighbourhoods in March. Of these, 130 were completely "
        "destroyed and 505 partially damaged by shelling and fire."
    )
    assert kinds_values(text) == [("houses_destroyed", 130), ("houses_damaged", 505)]
    text = (
        "The agency said nearly 6 lakh houses had been damaged or destroyed. "
        "Of these, 1.2 lakh were completely destroyed."
    )
    assert kinds_values(text) == [("houses_destroyed", 120_000)]
    # not a part of other things counted, nor of people who moved
    assert kinds_values("Teams visited 40 schools. Of these, 12 were completely destroyed.") == []
    text = "Some 700 residents were evacuated as 30 homes were buried. Of them, 310 are staying at the stadium."
    assert ("houses_destroyed", 310) not in kinds_values(text)
