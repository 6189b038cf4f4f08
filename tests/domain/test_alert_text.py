"""The text of an alert: complete, escaped, and within Telegram's limit."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.alert_text import MAX_MESSAGE_CHARS, alert_text, quantity
from bot.domain.containment import fallback_contains
from bot.domain.events import group_sightings
from bot.domain.thresholds import Purpose
from bot.values import Figure, Kind, Qualifier
from tests.domain.builders import sighting


def _events(*sightings):  # type: ignore[no-untyped-def]
    return group_sightings(sightings, [], contains=fallback_contains, max_age_days=30).changes[0].after


@pytest.mark.parametrize(
    ("value", "qualifier", "value_max", "sentence", "expected"),
    [
        pytest.param(23, Qualifier.AT_LEAST, None, "", "at least 23", id="at-least"),
        pytest.param(350_000, Qualifier.ABOUT, None, "", "about 350,000", id="about"),
        pytest.param(2000, Qualifier.RANGE, 4000, "", "2,000–4,000", id="range"),
        pytest.param(None, Qualifier.VAGUE, None, "Dozens were killed", "dozens", id="dozens"),
        pytest.param(7, Qualifier.EXACT, None, "", "7", id="exact"),
    ],
)
def test_quantity_keeps_the_reports_hedge(
    value: int | None, qualifier: Qualifier, value_max: int | None, sentence: str, expected: str
) -> None:
    """Quantities read as the report hedged them."""
    figure = Figure(kind=Kind.KILLED, value=value, value_max=value_max, qualifier=qualifier, sentence=sentence)
    assert quantity(figure) == expected


def test_alert_says_what_where_when_who_and_links() -> None:
    """An alert names toll, place with country, day, outlet, corroboration, sentence and link."""
    event = _events(
        sighting(23, qualifier=Qualifier.AT_LEAST, sentence="Strikes killed at least 23 civilians.", outlet="A"),
        sighting(20, report_id=2, figure_id=2, outlet="B"),
    )
    text = alert_text(event, purpose=Purpose.ALERT)
    for part in ("At least 23 civilians killed", "Idlib", "Syria", "15 Jan 2020", "A", "reported by 2 outlets"):
        assert part in text
    assert "<blockquote>Strikes killed at least 23 civilians.</blockquote>" in text
    assert '<a href="https://example.org/report/1">' in text


def test_report_strings_are_escaped() -> None:
    """Markup in a report's sentence or outlet cannot reach Telegram as markup."""
    event = _events(sighting(23, sentence="<b>23</b> & more", outlet="<i>Evil</i>"))
    text = alert_text(event, purpose=Purpose.ALERT)
    assert "&lt;b&gt;23&lt;/b&gt; &amp; more" in text
    assert "&lt;i&gt;Evil&lt;/i&gt;" in text


def test_overlong_sentence_is_cut_first_and_message_fits() -> None:
    """A huge quoted sentence of escapable characters is shortened to fit 4,096 characters."""
    event = _events(sighting(23, sentence="<&>" * 5000))
    text = alert_text(event, purpose=Purpose.UPDATE, previous_value=18)
    assert len(text) <= MAX_MESSAGE_CHARS
    assert text.startswith("<b>Update: 23 civilians killed</b> (was 18)")
    assert "…</blockquote>" in text
    assert "Read the report" in text


def test_period_is_shown_for_totals() -> None:
    """A running total shows its period."""
    event = _events(
        sighting(350_000, kind=Kind.DISPLACED, cumulative=True, date=dt.date(2019, 12, 1), date_end=dt.date(2020, 1, 6))
    )
    assert "1 Dec 2019 – 6 Jan 2020" in alert_text(event, purpose=Purpose.ALERT)
