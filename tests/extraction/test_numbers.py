"""Numbers as reports write them: separators, words, ranges, hedges and vague quantities."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import summary


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Floods in Sindh displaced 12,500 people.", 12500, id="comma"),
        pytest.param("Floods in Sindh displaced 2 000 people.", 2000, id="space"),
        pytest.param("Floods in Sindh displaced 2\u202f000 people.", 2000, id="narrow-space"),
        pytest.param("Floods in Sindh displaced 2\u2009000 people.", 2000, id="thin-space"),
        pytest.param("Floods in Sindh displaced 1.5 million people.", 1_500_000, id="decimal-million"),
        pytest.param("Seventeen villagers were killed near Bunia.", 17, id="word"),
        pytest.param("Twenty-one miners died in the landslide.", 21, id="hyphenated-word"),
        pytest.param("One thousand families fled Wad Madani.", 1000, id="one-thousand"),
        pytest.param("A dozen people were injured in the blast.", 12, id="a-dozen"),
        pytest.param("Two dozen people were injured in the blast.", 24, id="two-dozen"),
        pytest.param("A hundred people fled the shelling.", 100, id="a-hundred"),
    ],
)
def test_number_forms_give_their_value(text: str, value: int) -> None:
    """Each written form of a number gives the same integer."""
    assert [f.value for f in extract(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Storms displaced 60,000+ people in Mozambique.", ("more_than", 60000, None), id="plus"),
        pytest.param("Between 2,000 and 4,000 people fled Kidal.", ("range", 2000, 4000), id="between"),
        pytest.param("Clashes displaced 90 to 230 families.", ("range", 90, 230), id="to"),
        pytest.param("Clashes displaced 2,000-4,000 families.", ("range", 2000, 4000), id="hyphen"),
        pytest.param("At least 40 people died in Port-au-Prince.", ("at_least", 40, None), id="at-least"),
        pytest.param("Over 300 homes were destroyed in Derna.", ("more_than", 300, None), id="over"),
        pytest.param("Nearly 90 people were injured.", ("about", 90, None), id="nearly"),
        pytest.param("An estimated 8,000 people fled Goma.", ("about", 8000, None), id="estimated"),
        pytest.param("As many as 600 people are missing.", ("up_to", 600, None), id="as-many-as"),
        pytest.param("Fewer than 50 people returned to Marawi.", ("less_than", 50, None), id="fewer-than"),
        pytest.param(
            "At  least\n23 people were killed in Bunia.", ("at_least", 23, None), id="hedge-over-a-line-break"
        ),
        pytest.param("Floods killed more than\u00a0forty people.", ("more_than", 40, None), id="no-break-space-word"),
        pytest.param("Shelling killed approx. 15 civilians.", ("about", 15, None), id="hedge-ending-in-a-dot"),
    ],
)
def test_hedges_become_qualifiers(text: str, expected: tuple[str, int, int | None]) -> None:
    """Hedging words and ranges set the qualifier (and value_max for ranges)."""
    (fig,) = extract(text)
    assert (fig.qualifier.value, fig.value, fig.value_max) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Dozens of people were killed in Khartoum.", id="dozens"),
        pytest.param("Scores of people were injured in Dhaka.", id="scores"),
        pytest.param("Hundreds of families fled Rakhine.", id="hundreds"),
        pytest.param("Thousands fled the eruption.", id="thousands"),
        pytest.param("The offensive displaced tens of thousands of people.", id="tens-of-thousands"),
        pytest.param("Several people are missing after the mudslide.", id="several"),
        pytest.param("Many civilians were wounded in Jenin.", id="many"),
        pytest.param("A  few  hundred families fled the shelling.", id="a-few-hundred-spaced"),
        pytest.param("Several\nthousand people fled Goma.", id="several-thousand-over-a-line-break"),
    ],
)
def test_vague_quantities_have_no_value(text: str) -> None:
    """Vague quantities give a figure with value null and qualifier vague."""
    assert [(f.value, f.qualifier.value) for f in extract(text)] == [(None, "vague")]


def test_hedge_covers_both_coordinated_figures() -> None:
    """'At least X killed and Y injured' hedges both numbers."""
    assert summary("At least 12 people were killed and 30 injured in Kharkiv.") == [
        ("killed", 12, "at_least", "people"),
        ("injured", 30, "at_least", "people"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The flood of May 12 displaced 300 people.", [("displaced", 300)], id="date-before-verb"),
        pytest.param("A girl aged 9 was killed and 3 people were injured.", [("killed", 1), ("injured", 3)], id="age"),
    ],
)
def test_words_before_a_number_that_make_it_no_count(text: str, expected: list[tuple[str, int]]) -> None:
    """A month or an age before a number makes it a date or an age, not a count of people."""
    assert [(f.kind.value, f.value) for f in extract(text)] == expected
