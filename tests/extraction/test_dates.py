"""Date expressions resolved against the publication date, and attached to figures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.extraction.dates import date_figures, find_dates
from bot.extraction.extract import extract
from tests.geo.conftest import anchor_at

PUBLISHED = dt.date(2020, 1, 16)  # a Thursday
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "gold.jsonl"
D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("killed on January 15th", (D(2020, 1, 15), None), id="month-day-ordinal"),
        pytest.param("on 15 January 2020", (D(2020, 1, 15), None), id="day-month-year"),
        pytest.param("since Jan. 15", (D(2020, 1, 15), PUBLISHED), id="abbreviated-month-with-since"),
        pytest.param("struck on Jan. 15", (D(2020, 1, 15), None), id="abbreviated-month"),
        pytest.param("on 15/01/2020", (D(2020, 1, 15), None), id="numeric-unambiguous"),
        pytest.param("on 2020-01-15", (D(2020, 1, 15), None), id="iso"),
        pytest.param("on December 20", (D(2019, 12, 20), None), id="year-inferred-before-publication"),
        pytest.param("on Wednesday", (D(2020, 1, 15), None), id="weekday-latest-before"),
        pytest.param("on Thursday", (PUBLISHED, None), id="weekday-same-day"),
        pytest.param("yesterday", (D(2020, 1, 15), None), id="yesterday"),
        pytest.param("last week", (D(2020, 1, 6), D(2020, 1, 12)), id="last-week"),
        pytest.param("last month", (D(2019, 12, 1), D(2019, 12, 31)), id="last-month"),
        pytest.param("since December 1st", (D(2019, 12, 1), PUBLISHED), id="since-date"),
        pytest.param("in the past six weeks", (D(2019, 12, 5), PUBLISHED), id="past-weeks"),
        pytest.param("in the past 48 hours", (D(2020, 1, 14), PUBLISHED), id="past-hours"),
        pytest.param("between April and August 2019", (D(2019, 4, 1), D(2019, 8, 31)), id="between-months"),
        pytest.param("in August 2019", (D(2019, 8, 1), D(2019, 8, 31)), id="month-year"),
        pytest.param("in August", (D(2019, 8, 1), D(2019, 8, 31)), id="month-inferred-year"),
        pytest.param("in 2019", (D(2019, 1, 1), D(2019, 12, 31)), id="year"),
        pytest.param("KHARTOUM, 29 August 2023 –", (D(2023, 8, 29), None), id="dateline"),
        pytest.param(
            "since government troops resumed shelling on 1 December", (D(2019, 12, 1), PUBLISHED), id="since-clause"
        ),
        pytest.param("since the start of the year", (D(2020, 1, 1), PUBLISHED), id="since-start-of-year"),
        pytest.param("since mid-December", (D(2019, 12, 1), PUBLISHED), id="since-mid-month"),
        pytest.param("on 14/01", (D(2020, 1, 14), None), id="numeric-day-month-no-year"),
        pytest.param("on 03/01/2020", (D(2020, 1, 3), None), id="numeric-only-one-reading-before-publication"),
        pytest.param("earlier this month", (D(2020, 1, 1), PUBLISHED), id="earlier-this-month"),
        pytest.param("so far this year", (D(2020, 1, 1), PUBLISHED), id="so-far-this-year"),
        pytest.param("over the weekend", (D(2020, 1, 11), D(2020, 1, 12)), id="weekend"),
        pytest.param("on Sunday night", (D(2020, 1, 12), None), id="weekday-night"),
        pytest.param("overnight", (D(2020, 1, 15), PUBLISHED), id="overnight"),
        pytest.param("from 3 to 5 January", (D(2020, 1, 3), D(2020, 1, 5)), id="day-range"),
        pytest.param("between 21 October and 29 November", (D(2019, 10, 21), D(2019, 11, 29)), id="between-days"),
    ],
)
def test_date_forms(text: str, expected: tuple[dt.date, dt.date | None]) -> None:
    """Each supported form resolves to its day or period."""
    [cue] = find_dates(text, PUBLISHED)
    assert (cue.date, cue.date_end) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("on 03/04/2020", id="numeric-day-month-ambiguous"),
        pytest.param("on 03/04", id="numeric-no-year-ambiguous"),
        pytest.param("a 24/7 hotline", id="round-the-clock-is-no-date"),
        pytest.param("on February 30", id="impossible-day"),
        pytest.param("twelve people", id="no-date"),
    ],
)
def test_ambiguous_or_impossible_dates_are_skipped(text: str) -> None:
    """A date that could mean two days, or none, is not guessed."""
    assert find_dates(text, PUBLISHED) == []


def test_relative_dates_need_the_publication_date() -> None:
    """Without a publication date "on Wednesday" means nothing, while a full date still resolves."""
    assert find_dates("on Wednesday", None) == []
    assert [c.date for c in find_dates("on 15 January 2020", None)] == [D(2020, 1, 15)]


def test_sentence_date_beats_paragraph_dateline_and_publication() -> None:
    """The figure's own sentence decides; then its paragraph; then the dateline; then publication."""
    text = (
        "GOMA, 10 January 2020 – Fighting went on.\n\n"
        "On Monday 40 people fled. Later 12 people died.\n\n"
        "Some 9 people are missing."
    )
    anchors = [anchor_at(text, "40 people"), anchor_at(text, "12 people"), anchor_at(text, "9 people")]
    assert date_figures(text, anchors, PUBLISHED) == [
        (D(2020, 1, 13), None),
        (D(2020, 1, 13), None),
        (D(2020, 1, 10), None),
    ]


def test_undated_report_takes_the_publication_date() -> None:
    """With no date anywhere, a news figure is dated by its publication."""
    text = "Floods killed 8 people."
    assert date_figures(text, [anchor_at(text, "8 people")], PUBLISHED) == [(PUBLISHED, None)]


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside this checkout")
def test_seed_dates() -> None:
    """Seed 001's April–August figures are dated 2019; seed 003's "on Wednesday" toll is 2020-01-15."""
    from bot.extraction.extract import extract

    reports = {r["id"]: r for r in map(json.loads, SEEDS.read_text(encoding="utf-8").splitlines())}
    first = extract(reports["seed001"]["text"], D(2020, 1, 16))
    offensive = [f for f in first if "between April and August" in f.sentence]
    assert offensive
    assert all(f.date is not None and f.date.year == 2019 for f in offensive)
    third = extract(reports["seed003"]["text"], D(2020, 1, 16))
    wednesday = [f for f in third if f.value == 18]
    assert wednesday
    assert all(f.date == D(2020, 1, 15) for f in wednesday)


def test_a_later_sentence_does_not_date_an_earlier_figure() -> None:
    """Only sentences before the figure lend it a date; a later one falls back to the dateline."""
    text = "JUBA, 2 January 2020 – Rains went on.\n\nSome 300 families lost shelter. On Tuesday 15 more were hurt."
    assert date_figures(text, [anchor_at(text, "300 families")], PUBLISHED) == [(D(2020, 1, 2), None)]


def test_the_nearest_earlier_date_of_the_paragraph_wins() -> None:
    """Of two dated sentences before the figure, the closer one gives its date."""
    text = "On Monday rain fell. On Tuesday the river rose. Some 70 people fled."
    assert date_figures(text, [anchor_at(text, "70 people")], PUBLISHED) == [(D(2020, 1, 14), None)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Stella İnan said 40 people fled on 3 January", id="dotted-capital-i"),
        pytest.param("ON 3 JANUARY 40 PEOPLE FLED", id="all-capitals"),
    ],
)
def test_dates_are_found_whatever_the_case(text: str) -> None:
    """Case does not hide a date, even where lower-casing changes the text's length."""
    assert [(c.date, text[c.start : c.end].lower()) for c in find_dates(text, PUBLISHED)] == [
        (D(2020, 1, 3), "3 january")
    ]


def test_a_date_beyond_the_dateline_reach_is_no_dateline() -> None:
    """A full date deep in a long report is not its dateline: the figure takes the publication date."""
    text = "Aid workers counted 25 people killed." + " Talks went on." * 30 + " Talks resumed on 2 January 2020."
    assert date_figures(text, [anchor_at(text, "25 people")], PUBLISHED) == [(PUBLISHED, None)]


_PADDING = "Officials met aid workers to discuss the convoy route and the shelters " * 3


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Fighting between 21st - 23rd March forced families out.", id="day-range-far-before-month"),
        pytest.param("Within the last forty-eight hours the river rose.", id="past-with-long-number"),
        pytest.param("Since fighting resumed near the river on 1 December the toll rose.", id="since-with-clause"),
        pytest.param("Clinics in the camp opened on 25/12 for the injured.", id="numeric-after-on"),
        pytest.param("The flood of September 30th, 2019 was the worst.", id="month-day-year"),
        pytest.param("Between April and August 2019 the camp grew.", id="between-months"),
        pytest.param("Rains came in May, though crops may recover.", id="month-and-modal-may"),
    ],
)
def test_reading_around_trigger_words_finds_what_a_full_reading_finds(sentence: str) -> None:
    """Dates are read only around trigger words; with padding on both sides the result equals reading every word."""
    text = f"{_PADDING}{sentence} {_PADDING}"
    anchor = anchor_at(text, sentence[:12])
    full = find_dates(text[anchor.sentence[0] : anchor.sentence[1]], PUBLISHED)
    assert full, "the sentence holds a date"
    [(day, until)] = date_figures(text, [anchor], PUBLISHED)
    nearest = min(full, key=lambda cue: cue.start)
    assert (day, until) == (nearest.date, nearest.date_end)


@pytest.mark.parametrize(
    ("text", "phrases", "expected"),
    [
        pytest.param(
            "JUBA, 14 January (Wire) - At least 19 villagers were killed and 52 wounded on Monday in Yei.",
            ("19 villagers", "52 wounded"), D(2020, 1, 13), id="dateline-before-the-clause",
        ),
        pytest.param(
            "ADEN, 15 January: Some 75 fishermen drowned and 30 went missing on Tuesday off the coast.",
            ("75 fishermen", "30 went missing"), D(2020, 1, 14), id="dateline-with-colon",
        ),
        pytest.param(
            "The offensive that began last month widened, and 260 homes were destroyed and 900 people fled on "
            "Wednesday.",
            ("260 homes", "900 people"), D(2020, 1, 15), id="earlier-clause-date",
        ),
    ],
)  # fmt: skip
def test_date_ending_a_clause_dates_each_of_its_figures(text: str, phrases: tuple[str, str], expected: dt.date) -> None:
    """A date at the end of a clause applies to every figure of the clause, not to the nearest only."""
    dates = date_figures(text, [anchor_at(text, phrase) for phrase in phrases], PUBLISHED)
    assert [found for found, _ in dates] == [expected, expected]


def test_each_clause_keeps_its_own_date() -> None:
    """ "On Monday 12 were killed, and on Tuesday 30 more died": each figure takes its clause's day."""
    text = "On Monday, 12 people were killed in Bor, and on Tuesday 30 more died."
    dates = date_figures(text, [anchor_at(text, "12 people"), anchor_at(text, "30 more")], PUBLISHED)
    assert [found for found, _ in dates] == [D(2020, 1, 13), D(2020, 1, 14)]


def test_a_part_of_a_toll_takes_the_toll_s_date_when_it_has_none() -> None:
    """'Among the dead were 9 children', a paragraph after '40 civilians were killed on Thursday', is about
    Thursday too, not the dateline's day."""
    text = (
        "KAWA, 20 November 2026 - At least 40 civilians were killed on Thursday when shells hit the market.\n\n"
        "Witnesses said the market was crowded. Among the dead were at least 9 children."
    )
    figures = extract(text, dt.date(2026, 11, 20))
    assert [(f.group.value, f.value, f.date) for f in figures] == [
        ("civilians", 40, dt.date(2026, 11, 19)),
        ("children", 9, dt.date(2026, 11, 19)),
    ]


def test_an_undated_toll_of_its_own_keeps_the_dateline() -> None:
    """A later figure that is no part of a toll before it keeps the report's default date."""
    text = (
        "KAWA, 20 November 2026 - At least 40 civilians were killed on Thursday when shells hit the market.\n\n"
        "In a separate attack, 12 soldiers were killed."
    )
    figures = extract(text, dt.date(2026, 11, 20))
    assert [(f.value, f.date) for f in figures] == [(40, dt.date(2026, 11, 19)), (12, dt.date(2026, 11, 20))]
