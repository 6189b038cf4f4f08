"""English shapes from a look at the held-out English reports' misses: a subject whose modifiers join two named
bodies with "and the" before the verb ("soldiers serving with the UN mission and the SADC force were killed"), and
"also" in an inverted list of the dead ("Among the dead was also a 14-year-old girl"); a dated night in shelters
("spent the night of 3 July in 140 shelters"); and the displaced as the subject of "number" ("Displaced people in
North Kivu now number more than 2.6 million"); an age inside the subject ("five children under the age of 12 were
among the dead"); the driver of a vehicle, whose "of" phrase says what he drove, not whose he was; a people's name
before its verb ("2,100 Burundians returned home" was read as 2,100 "returned homes"); "came home"; a ratio after a
count ("1,041,000, three times higher") is no list of how often; refugees who "now number" N; a shelter at a
headquarters; an apposition before "sustained"; "and other communities" inside a subject; a number that "has
grown to" N; and, in a list of the dead, people "who were swept away" (how they
died, not missing).

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
            "Nine soldiers serving with the AU mission ATMIS and the Somali National Army were killed on Sunday.",
            [("killed", 9, "fighters")],
        ),
        ("Among the dead was also a 12-year-old boy.", [("killed", 1, "children")]),
        ("Among the dead were also four nurses.", [("killed", 4, "people")]),
        # a night in shelters, dated; the displaced as the subject of "number"
        ("About 2,300 people spent the night of 9 March in 60 shelters.", [("sheltered", 2300, "people")]),
        ("Displaced people in Ituri now number more than 1.7 million.", [("displaced", 1700000, "people")]),
        # an age in the subject; the driver of a vehicle
        ("Four children under the age of 10 were among the dead.", [("killed", 4, "children")]),
        ("The driver of the minibus was also killed.", [("killed", 1, "people")]),
        # a people's name, then its verb (not "returned homes" counted); "came home" is a return
        ("Some 1,800 Burundians returned home last month.", [("returned", 1800, "people")]),
        ("About 900 people came home on Sunday.", [("returned", 900, "people")]),
        # a ratio after a count is no list of how often; refugees "now number"; a shelter at a headquarters
        (
            "The number of people internally displaced in Haiti has reached 700,000, three times higher than in May.",
            [("displaced", 700000, "people")],
        ),
        ("Refugees in Uganda now number 1.7 million.", [("displaced", 1700000, "people")]),
        ("Some 320 are sheltering at the sub-county headquarters.", [("sheltered", 320, "people")]),
        (
            "Two other people, a herder and a trader, sustained gunshot wounds.",
            [("injured", 2, "people")],
        ),
        # more of the same origin in the subject; a number that has grown
        (
            "Around 9,000 people from ethnic Karen and other communities have also been displaced.",
            [("displaced", 9000, "people")],
        ),
        ("The number of displaced people has grown to 40,000.", [("displaced", 40000, "people")]),
        # in a list of the dead, "who were swept away" says how they died
        (
            "Among the dead were four farmers and two rescuers who were swept away by the river, officials said.",
            [("killed", 4, "people"), ("killed", 2, "people")],
        ),
    ],
)
def test_shapes(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text) == expected


def test_another_clause_after_and_still_breaks_the_subject() -> None:
    # "and the police said": another clause, whose verb is not the count's
    assert _read("Nine soldiers were deployed to the town and the police said the road was closed.") == []
