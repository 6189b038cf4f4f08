"""The weekly summary in Telegram HTML: per followed place, each kind's week against the four before it."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.baseline import Reading, Verdict
from bot.signals.text import reading_line
from bot.weekly.compare import WeekComparison, week_bounds

# A week this much above or below the four before is marked as a rise or a fall.
MARKED_RATIO = 1.5


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceWeek:
    """One followed place's week: its comparisons and baseline readings."""

    label: str
    weeks: Sequence[WeekComparison]
    readings: Sequence[Reading]


def _span(first: dt.date, last: dt.date) -> str:
    return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"


def _trend(week: WeekComparison) -> str:
    average = week.average
    if average == 0:
        return " ▲ none in the four weeks before" if week.this_week else ""
    ratio = week.this_week / average
    if ratio >= MARKED_RATIO:
        return f" ▲ {ratio:.1f}× the average"
    if ratio <= 1 / MARKED_RATIO:
        return " ▼ below the average"
    return ""


def _week_line(week: WeekComparison) -> str:
    prior = ", ".join(f"{value:,}" for value in week.prior)
    return (
        f"• {week.kind}: <b>{week.this_week:,}</b> (the four weeks before: {prior}; "
        f"average {week.average:,.0f}){_trend(week)}"
    )


def weekly_text(places: Sequence[PlaceWeek], last_day: dt.date) -> str:
    """The summary for the week ending ``last_day``; a place with nothing in five weeks says so in one line."""
    earliest, first, last = week_bounds(last_day)
    lines = [
        f"📅 <b>Weekly summary</b>, {_span(first, last)}, against the four weeks before "
        f"({_span(earliest, first - dt.timedelta(days=1))})"
    ]
    if not places:
        lines.append("This chat follows no places. Use <code>/subscribe &lt;place&gt;</code> to start.")
    for place in places:
        lines.append("")
        lines.append(f"<b>{html.escape(place.label)}</b>")
        active = [week for week in place.weeks if not week.quiet]
        if not active:
            lines.append("• no incident with a number in these five weeks")
        lines.extend(_week_line(week) for week in active)
        for reading in place.readings:
            short = reading.verdict is Verdict.SHORT_HISTORY
            if reading.window_sum or short:
                lines.append(f"  ↳ {reading_line(reading)}")
                if short:
                    break  # the same history note holds for every kind of the place
    lines.append("")
    lines.append("<i>Sums of incidents the bot has read (each event once, running totals left out).</i>")
    return "\n".join(lines)
