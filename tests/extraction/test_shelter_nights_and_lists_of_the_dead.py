"""English shapes from fresh local-news and agency text: a night in a shelter told with "where" after the shelter
("opened a shelter at the fairgrounds, where 312 people spent the night"), bedding down in a hall; people treated at
a named medical centre; people registered as evacuees; "the victims were two men"; each person listed after "the
dead were" ("a woman on Mango island, a man on Nomuka and ..."); a subgroup of the dead placed in camps ("including
117 Rohingya in displacement camps") is of the dead; a speaker's age after the name ("said Jorge, 58,"); who they
were in commas before their verb ("All four victims, elderly residents, died"); a night with relatives; people left
without a place to stay; people "yet to be traced"; a boat's fate before theirs ("whose trawler capsized ... remain
missing"); a night under the open sky; a fractured limb; a count after "on July 1 to" (no day is 87); "those who
perished included"; people sent back to their home towns; and two sources after a toll ("a nurse and two residents
told reporters").

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang="en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The county opened a shelter at the civic arena, where 140 people spent the night.",
            [("sheltered", 140, "people")],
        ),
        (
            "Volunteers set up cots at the Baptist church, where 57 people stayed Tuesday night.",
            [("sheltered", 57, "people")],
        ),
        ("About 90 bedded down at the Maitland community hall.", [("sheltered", 90, "people")]),
        (
            "At least 21 people were treated at Baptist Health Medical Center overnight.",
            [("injured", 21, "people")],
        ),
        ("So far 1,450 people have registered with the county as evacuees.", [("evacuated", 1450, "people")]),
        ("Police said the victims were three men.", [("killed", 3, "people")]),
        (
            "Two people died in the blaze. The dead were a 71-year-old man on Elm Street and a 30-year-old woman.",
            [("killed", 2, "people"), ("killed", 1, "people"), ("killed", 1, "women")],
        ),
        (
            "At least 60 people died in the storm, including 22 refugees in displacement camps near the coast.",
            [("killed", 60, "people"), ("killed", 22, "people")],
        ),
        # who they were, in commas, before their verb; a night away; left without a place to stay
        ("All three victims, elderly residents, died in the fire.", [("killed", 3, "people")]),
        ("Nine residents spent the night with relatives.", [("displaced", 9, "people")]),
        ("Twenty residents were left without a place to stay.", [("homeless", 20, "people")]),
        # a long apposition; a boat's fate before theirs; the open sky; fractures; a day no count can be
        (
            "Three persons, believed to be seasonal tea workers from Sylhet, are yet to be traced.",
            [("missing", 3, "people")],
        ),
        (
            "Five fishermen from Bhola whose trawler capsized near the estuary on Monday remain missing.",
            [("missing", 5, "people")],
        ),
        ("About 45 families spent the night under the open sky.", [("homeless", 45, "families")]),
        ("Four pupils were treated for a fractured arm after the wall fell.", [("injured", 4, "people")]),
        (
            "Floods killed three more, pushing the toll since the rains began on July 1 to 64.",
            [("killed", 3, "people"), ("killed", 64, "people")],
        ),
        # those who perished; sent back home; gone home after a relative clause; a source pair after a toll
        ("Those who perished included 14 women.", [("killed", 14, "women")]),
        (
            "The state sent more than 20,000 displaced people back to their home villages.",
            [("returned", 20000, "people")],
        ),
        (
            "Some 3,000 people who had been sheltering in the schools had packed up and gone home by noon.",
            [("returned", 3000, "people")],
        ),
        (
            "The strike killed at least 11 civilians, a nurse and two residents told reporters.",
            [("killed", 11, "civilians")],
        ),
    ],
)
def test_shapes(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"We lost everything," said Maria, 63, now staying at a shelter in the school gym.',  # an age
        # (a doer's clause in commas is no aside before the count's verb)
        "The bus (plate 4417), operated by a private firm, had left the station at dawn.",
        "Most of those who died were over 70 and lived alone.",  # an age
    ],
)
def test_no_figure(text: str) -> None:
    assert _read(text) == []
