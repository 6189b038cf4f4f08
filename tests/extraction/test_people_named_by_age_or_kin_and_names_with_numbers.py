"""One person named by their age alone or by a kin word with hyphens, the hosted and the accompanying who are no
figure, and numbers that belong to a place's name (French) or to the speaker's family (Arabic). Every text here is
invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A 16-year-old was killed by a stray bullet.", [("killed", 1)], id="an-age-alone"),
        pytest.param("An eight-month-old died of dehydration at the clinic.", [("killed", 1)], id="an-age-in-words"),
        pytest.param(
            "Gunmen killed three people on Sunday. Among the dead was a 15-year-old.",
            [("killed", 3), ("killed", 1)],
            id="among-the-dead-an-age",
        ),
        pytest.param(
            "KAMPALA, May 2 - A 27-year-old woman was killed and four people were injured.",
            [("killed", 1), ("injured", 4)],
            id="an-age-before-its-noun-after-a-dateline",
        ),
        pytest.param("Her mother-in-law drowned in the flood.", [("killed", 1)], id="an-in-law"),
    ],
)
def test_one_person_named_by_age_or_kin(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cattle keeper, a 21-year-old, told police he had seen the raiders.",
        "When she came back, the house of her brother-in-law, just up the slope, had disappeared.",
    ],
)
def test_no_one_counted_again_or_hosted(text: str) -> None:
    assert kinds_values(text) == []


def test_people_who_already_live_in_camps_are_no_new_figure() -> None:
    text = (
        "Chad had received 150,000 refugees, adding to the roughly 600,000 Sudanese who were already living in camps."
    )
    assert kinds_values(text) == [("displaced", 150_000)]


def test_a_place_named_with_a_number_is_no_count_in_french() -> None:
    text = "La plupart des déplacés viennent de Solino, de Delmas 31 et du Bas-Delmas, selon la mairie."
    assert kinds_values(text, lang="fr") == []
    assert kinds_values("Le district de Rusizi déplore 11 décès et celui de Nyamasheke 9.", lang="fr") == [
        ("killed", 11),
        ("killed", 9),
    ]


def test_the_number_of_named_far_before_its_count_in_french() -> None:
    text = "Le nombre de personnes déplacées internes (PDI) dans la province de l'Ituri est estimé à 1 720 400."
    assert kinds_values(text, lang="fr") == [("displaced", 1_720_400)]


def test_the_level_a_count_came_down_from_is_no_figure_in_french() -> None:
    text = "Le nombre de personnes disparues a été ramené à 52, après avoir atteint 140 lundi."
    assert kinds_values(text, lang="fr") == [("missing", 52)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقال أحد الفارين إنه سار مع أسرته المكونة من سبعة أفراد ليومين.", [], id="with-his-family-of-seven"
        ),
        pytest.param(
            "استقبل المستشفى 54 جريحا، بينهم 11 في حالة خطرة، فيما توفي أربعة منهم.",
            [("injured", 54), ("injured", 11), ("killed", 4)],
            id="in-a-grave-state-is-hurt",
        ),
    ],
)
def test_arabic_family_along_and_grave_state(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, lang="ar") == expected
