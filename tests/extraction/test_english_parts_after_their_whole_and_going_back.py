"""Parts named after the people they belong to ("The returnees included 214 families") and returns told by going
back to one's own areas. Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The returnees included 214 families from Hasakah.", [("returned", 214)], id="returnees-included"),
        pytest.param(
            "Those who returned included 96 unaccompanied children.", [("returned", 96)], id="those-who-returned"
        ),
        pytest.param(
            "Among those returned in October were 1,310 children.", [("returned", 1_310)], id="among-those-returned"
        ),
        pytest.param("The displaced included 300 families from Kaga.", [("displaced", 300)], id="displaced-included"),
        pytest.param("The evacuees include 4,431 pregnant women.", [("evacuated", 4_431)], id="evacuees-include"),
        pytest.param(
            "Lorries transported 1,245 families back to their areas in Bartella last week.",
            [("returned", 1_245)],
            id="back-to-their-areas",
        ),
        pytest.param("Some 300 families are back home in Lirang.", [("returned", 300)], id="are-back-home"),
        pytest.param(
            "More than 3,100 residents climbed to higher ground as the sirens sounded.",
            [("evacuated", 3_100)],
            id="climbed-to-higher-ground",
        ),
        pytest.param("Twelve fishermen swam to safety.", [], id="swam-to-safety-is-no-evacuation"),
        pytest.param(
            "Another 2,000 families are expected to go back before the rains.",
            [("returned", 2_000)],
            id="to-go-back",
        ),
    ],
)
def test_parts_after_their_whole_and_going_back(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The displaced include people from Kaga and Gubio.",  # no count
        "The returnees included teachers and nurses.",
    ],
)
def test_no_count_no_part(text: str) -> None:
    assert kinds_values(text) == []
