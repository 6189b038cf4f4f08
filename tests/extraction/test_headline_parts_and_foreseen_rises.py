"""English shapes from a fresh round of reports: a bare person opening a headline's part after a semicolon ("...;
man killed in Golan"), people who left a named community, and a toll foreseen to rise ("the number of dead could
rise above 150", a projection).

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str, bool]]:
    return [(f.kind.value, f.value, f.qualifier.value, f.projection) for f in extract(text, lang="en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants fire mortars at border posts; woman killed in Metula, 3 hurt in Shlomi",
            [("killed", 1, "exact", False), ("injured", 3, "exact", False)],
        ),
        # a part with no person in it gives nothing
        ("Storm batters coast; roads cut, schools shut", []),
        (
            "Officials said 1,400 people had left the Kupiansk community since Sunday.",
            [("displaced", 1400, "exact", False)],
        ),
        (
            "The district officer said the number of dead could rise above 80.",
            [("killed", 80, "more_than", True)],
        ),
        ("The number of dead rose to 80 on Monday.", [("killed", 80, "exact", False)]),
    ],
)
def test_english(text: str, expected: list[tuple[str, int | None, str, bool]]) -> None:
    assert _read(text) == expected


def test_a_breakdown_by_origin_under_a_paragraph_on_the_dead_counts_the_displaced() -> None:
    """ "The DTM breakdown by district of origin is as follows:", its rows below it: people displaced, not the four
    dead the paragraph above it names."""
    text = (
        "Most fled from Chiure, where insurgents beheaded at least four people.\n\n"
        "The DTM breakdown by district of origin, as of 3 March, is as follows:\n\n"
        "Chiure – 48,210 people\nMecufi – 9,330 people\n"
    )
    assert [(f.kind.value, f.value) for f in extract(text, lang="en")] == [
        ("killed", 4),
        ("displaced", 48210),
        ("displaced", 9330),
    ]


def test_the_interior_of_a_province_is_no_one() -> None:
    """ "Access to the interior of the province" names no person (no figure of one)."""
    assert _read("Officials fear the toll could rise as access to the interior of the province improves.") == []


def test_houses_broken_down_after_who_reports_them() -> None:
    """ "The agency reports that, of the damaged houses, N were heavily damaged, ...": each part is houses damaged,
    as when the sentence opens on "Of the damaged houses"."""
    text = "The agency reports that, of the damaged houses, 3,400 were heavily damaged and 9,100 lightly damaged."
    assert [(f.kind.value, f.value) for f in extract(text, lang="en")] == [
        ("houses_damaged", 3400),
        ("houses_damaged", 9100),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Evacuation orders are in effect for approximately 9,400 residents of Paradise.", [("evacuated", 9400)]),
        ("Mandatory evacuation orders had covered roughly 64,000 residents in three parishes.", [("evacuated", 64000)]),
        ("The city has issued evacuation instructions to about 2,100 households.", [("evacuated", 2100)]),
        ("Forty people stayed overnight at a rest centre in the village hall.", [("sheltered", 40)]),
    ],
)
def test_orders_that_cover_people_and_rest_centres(text: str, expected: list[tuple[str, int]]) -> None:
    """People an evacuation order covers or was issued to are the evacuated; a night at a rest centre is shelter."""
    assert [(f.kind.value, f.value) for f in extract(text, lang="en")] == expected


def test_the_dead_and_the_missing_in_one_count_are_no_figure() -> None:
    """ "569 Rohingya died or went missing at sea": one count of two kinds, as "killed or injured" is."""
    assert _read("In 2023, 412 migrants died or went missing at sea.") == []
    assert _read("Twelve people died and three went missing.") == [
        ("killed", 12, "exact", False),
        ("missing", 3, "exact", False),
    ]


def test_people_ordered_out_by_the_authorities_are_evacuated() -> None:
    """ "The city has ordered about 900 residents ... to leave their homes": an evacuation; armed men ordering
    villagers out drive a displacement."""
    text = "The city has ordered about 900 residents of the river flats to leave their homes."
    assert [(f.kind.value, f.value) for f in extract(text, lang="en")] == [("evacuated", 900)]
    text = "Gunmen ordered 300 villagers to leave their homes, residents said."
    assert [(f.kind.value, f.value) for f in extract(text, lang="en")] == [("displaced", 300)]
