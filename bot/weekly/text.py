"""The weekly summary in Telegram HTML: per followed place, each kind's week against the four before it."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.baseline import Reading, Verdict
from bot.i18n import Lang, formats, isolate, rtl, t
from bot.signals.text import kind_word, reading_line
from bot.weekly.compare import WeekComparison, week_bounds

# A week this much above or below the four before is marked as a rise or a fall.
MARKED_RATIO = 1.5


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceWeek:
    """One followed place's week: its comparisons and baseline readings."""

    label: str
    weeks: Sequence[WeekComparison]
    readings: Sequence[Reading]


def _span(first: dt.date, last: dt.date, lang: Lang) -> str:
    return t(lang, "weekly_span", first=formats.day_month(first, lang), last=formats.day(last, lang))


def _trend(week: WeekComparison, lang: Lang) -> str:
    average = week.average
    if average == 0:
        return t(lang, "weekly_none_before") if week.this_week else ""
    ratio = week.this_week / average
    if ratio >= MARKED_RATIO:
        return t(lang, "weekly_times_average", ratio=formats.ratio(ratio, lang))
    if ratio <= 1 / MARKED_RATIO:
        return t(lang, "weekly_below_average")
    return ""


def _week_line(week: WeekComparison, lang: Lang) -> str:
    # in Arabic each number is isolated on its own, the list being joined with the Arabic comma
    separator, own = ("، ", isolate) if lang is Lang.AR else (", ", str)
    return t(
        lang,
        "weekly_week_line",
        kind=kind_word(week.kind, lang),
        count=formats.number(week.this_week, lang),
        prior=separator.join(own(formats.number(value, lang)) for value in week.prior),
        average=formats.number(round(week.average), lang),
        trend=_trend(week, lang),
    )


def weekly_text(places: Sequence[PlaceWeek], last_day: dt.date, lang: Lang = Lang.EN) -> str:
    """The summary for the week ending ``last_day``; a place with nothing in five weeks says so in one line."""
    earliest, first, last = week_bounds(last_day)
    before = _span(earliest, first - dt.timedelta(days=1), lang)
    lines = [t(lang, "weekly_header", span=_span(first, last, lang), before=before)]
    if not places:
        lines.append(t(lang, "follows_none"))
    for place in places:
        lines.append("")
        lines.append(f"<b>{html.escape(place.label)}</b>")
        active = [week for week in place.weeks if not week.quiet]
        if not active:
            lines.append(t(lang, "weekly_quiet_place"))
        lines.extend(_week_line(week, lang) for week in active)
        for reading in place.readings:
            short = reading.verdict is Verdict.SHORT_HISTORY
            if reading.window_sum or short:
                lines.append(f"  ↳ {reading_line(reading, lang)}")
                if short:
                    break  # the same history note holds for every kind of the place
    lines.append("")
    lines.append(t(lang, "weekly_footnote"))
    text = "\n".join(lines)
    # lines composed here (place names, "↳" readings) open with the right-to-left mark too
    return rtl(text) if lang is Lang.AR else text
