"""Dates of figures: date expressions resolved against the publication date, then attached to figures.

Forms read: "15 January 2020", "January 15th", "Jan. 15", "15/01/2020" (only when day and month cannot be
swapped), "2020-01-15", weekdays ("on Wednesday": the latest Wednesday on or before publication), "yesterday",
"today", "last week", "last month", "last year", "since December 1st" (then until publication), "in the past six
weeks", "between April and August 2019", "in August", "in 2019". A day or month without a year takes the year
that puts it on or before publication.

Attachment rule: the date expression nearest the figure in its clause (the part of the sentence between ";",
" - ", ", and", ", while", ...), so a date ending the clause applies to each of its figures ("40 were killed and
112 injured on Thursday") and a dateline before " - " does not take the first; else the nearest in its sentence;
else the nearest before it in its paragraph; else the report's dateline (a full date in its first lines); else
the publication date, the best guess for a news report. Relative forms need the publication date and are
skipped without it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from bot.text.cues import cue_finder
from bot.values import Anchor

Period = tuple[dt.date | None, dt.date | None]

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-four": 24,
    "thirty": 30, "forty-eight": 48, "several": 3, "few": 3,
}  # fmt: skip
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365}

_MONTH = r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
_NUMBER = r"(?P<n>\d+|" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + ")"
_DATE_START = r"(?:[0-3]?\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
_SINCE_REST = (
    rf"(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+year|this\s+year|{_YEAR.format('sy')}|{_MONTH.format('sm')})"
    rf"|(?={_DATE_START}|early|late|mid)[^;:\n]{{3,40}}"
    rf"|[a-z][^;:.\n]{{0,50}}?\b(?:on|in)\s+(?={_DATE_START})[^;:\n]{{3,25}})"
)
_FORMS: list[tuple[str, str]] = [
    ("between_days", rf"\b(?:between|from)\s+{_DAY.format('d1')}\s+{_MONTH.format('m1')}\s+(?:and|to|until)\s+{_DAY.format('d2')}\s+{_MONTH.format('m2')}(?:,?\s+{_YEAR.format('y')})?\b"),  # noqa: E501
    ("between", rf"\b(?:between|from)\s+{_MONTH.format('m1')}\s+(?:and|to|until)\s+{_MONTH.format('m2')}(?:,?\s+{_YEAR.format('y')})?\b"),  # noqa: E501
    ("day_range", rf"\b(?:(?:between|from)\s+)?{_DAY.format('d1')}\s*(?:-|–|to|and|until)\s*{_DAY.format('d2')}\s+{_MONTH.format('m')}(?:,?\s+{_YEAR.format('y')})?\b"),  # noqa: E501
    ("since", rf"\bsince\s+(?P<rest>{_SINCE_REST})"),
    ("day_month", rf"\b{_DAY.format('d')}\s+(?:of\s+)?{_MONTH.format('m')}(?:,?\s+{_YEAR.format('y')})?\b"),
    ("month_day", rf"\b{_MONTH.format('m')}\s+{_DAY.format('d')}\b(?:,?\s+{_YEAR.format('y')})?"),
    ("iso", rf"\b{_YEAR.format('y')}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("numeric", rf"\b(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/{_YEAR.format('y')}\b"),
    ("numeric_short", r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\bfrom\s))(?P<a>[0-3]?\d)/(?P<b>[01]?\d)\b(?!/)"),
    ("month_year", rf"\b{_MONTH.format('m')},?\s+{_YEAR.format('y')}\b"),
    ("past", rf"\b(?:in|over|during|for|within)\s+the\s+(?:past|last)\s+{_NUMBER}[\s-]+(?P<unit>hour|day|week|month|year)s?\b"),  # noqa: E501
    ("weekend", r"\b(?:over|during)\s+the\s+(?:past\s+|last\s+)?weekend\b"),
    ("this_period", r"\b(?:(?:earlier|so\s+far)\s+)?this\s+(?P<unit>week|month|year)\b"),
    ("last", r"\b(?:last|past)\s+(?P<unit>week|month|year)\b"),
    ("relative_day", r"\b(?P<word>yesterday|today|last\s+night|this\s+morning|tonight|overnight)\b"),
    ("weekday", r"\b(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    ("in_month", rf"\b(?:in|during|early|late|mid-?)\s*{_MONTH.format('m')}\b(?!,?\s+(?:19|20)\d\d)"),
    ("year", rf"\b(?:in|during|since|throughout)\s+{_YEAR.format('y')}\b"),
]  # fmt: skip
# One pass over the text: each form is an alternative whose groups are renamed "<form>__<group>"; at one
# position the earlier form wins ("since December 1st" is a period, not a day).
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


def _renamed(kind: str, form: str) -> str:
    return _GROUP_NAME.sub(lambda found: f"(?P<{kind}__{found.group(1)}>", form)


_MONTH_START = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# Where a date can start: the combined pattern is tried only there, so most words cost one failed look-ahead
# in C. Digits count only when a month, a second day or a date separator follows ("3 to 5 March", "15/01").
_STARTS = (
    rf"{_MONTH_START}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight"
    rf"|overnight|last|past|since|between|earlier|so\s+far|this|(?:over|during)\s+the"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTH_START}|\s*(?:-|–|to|and|until)\s*\d|/\d)|(?:19|20)\d\d-"
    rf"|from\s+(?:\d|{_MONTH_START})|(?:in|over|during|for|within)\s+the\s+(?:past|last)"
    rf"|(?:in|during|since|throughout)\s+(?:19|20)\d\d|(?:in|during|early|late|mid)\b-?\s*{_MONTH_START}"
)
_SOURCE = rf"\b(?={_STARTS})(?:" + "|".join(f"(?P<{k}>{_renamed(k, form)})" for k, form in _FORMS) + ")"
# Texts are searched lower-cased with a case-sensitive pattern: several times faster than ignoring case.
_PATTERN = re.compile(_SOURCE)


@cache
def _any_case_pattern() -> re.Pattern[str]:
    """For the rare text whose lower-case form has another length (offsets would shift)."""
    return re.compile(_SOURCE, re.IGNORECASE)


_FULL_FORMS = frozenset({"day_month", "month_day", "iso", "numeric"})


@dataclass(frozen=True, slots=True, kw_only=True)
class DateCue:
    """A date expression at [start, end) and the day or period it means."""

    start: int
    end: int
    date: dt.date
    date_end: dt.date | None = None
    full: bool = False  # a day, month and year all written out


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, published: dt.date | None) -> int | None:
    """The year that puts month/day on or before publication."""
    if published is None:
        return None
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _day_cue(month_name: str, day: str, year: str | None, published: dt.date | None) -> tuple[dt.date, bool] | None:
    month = _MONTHS[month_name.lower().rstrip(".")]
    year_number = int(year) if year else _infer_year(month, int(day), published)
    if year_number is None:
        return None
    found = _safe_day(year_number, month, int(day))
    return (found, year is not None) if found else None


def _numeric(first: int, second: int, year: str | None, published: dt.date | None) -> Period | None:
    """A day/month date: kept when only one reading is a real day on or before publication (03/04 is neither)."""
    readings: set[dt.date] = set()
    for day, month in ((first, second), (second, first)):
        if month > 12:
            continue
        on_year = int(year) if year else _infer_year(month, day, published)
        found = _safe_day(on_year, month, day) if on_year is not None else None
        if found is not None and (published is None or found <= published):
            readings.add(found)
    return (readings.pop(), None) if len(readings) == 1 else None


def _day_period(d1: str, m1: str, d2: str, m2: str, year: str | None, published: dt.date | None) -> Period | None:
    """ "from 3 to 5 March", "between 21 October and 29 November": the year is that of the last day."""
    last = _day_cue(m2, d2, year, published)
    if last is None:
        return None
    first_month = _MONTHS[m1.lower().rstrip(".")]
    first_year = last[0].year if (first_month, int(d1)) <= (last[0].month, last[0].day) else last[0].year - 1
    first = _safe_day(first_year, first_month, int(d1))
    return (first, last[0]) if first else None


def _resolve(kind: str, match: re.Match[str], published: dt.date | None) -> Period | None:
    """The period one matched expression means (None when it cannot be resolved)."""

    def group(name: str) -> str:
        found: str = match.group(f"{kind}__{name}")
        return found

    if kind in ("day_month", "month_day"):
        found = _day_cue(group("m"), group("d"), group("y"), published)
        return (found[0], None) if found else None
    if kind == "iso":
        return (_safe_day(int(group("y")), int(group("m")), int(group("d"))), None)
    if kind in ("numeric", "numeric_short"):
        return _numeric(int(group("a")), int(group("b")), group("y") if kind == "numeric" else None, published)
    if kind == "between_days":
        return _day_period(group("d1"), group("m1"), group("d2"), group("m2"), group("y"), published)
    if kind == "day_range":
        return _day_period(group("d1"), group("m"), group("d2"), group("m"), group("y"), published)
    if kind == "month_year":
        year, month = int(group("y")), _MONTHS[group("m").lower().rstrip(".")]
        return (dt.date(year, month, 1), _month_end(year, month))
    if kind == "between":
        first, last = (_MONTHS[group(name).lower().rstrip(".")] for name in ("m1", "m2"))
        until = int(group("y")) if group("y") else (published.year if published else None)
        if until is None:
            return None
        return (dt.date(until if first <= last else until - 1, first, 1), _month_end(until, last))
    if kind == "year":
        year = int(group("y"))
        return (dt.date(year, 1, 1), dt.date(year, 12, 31))
    if published is None:
        return None
    return _resolve_relative(kind, match, published)


def _resolve_relative(kind: str, match: re.Match[str], published: dt.date) -> Period | None:
    def group(name: str) -> str:
        found: str = match.group(f"{kind}__{name}")
        return found

    if kind == "since":
        return _since(match, published)
    if kind == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return (saturday, min(saturday + dt.timedelta(days=1), published))
    if kind == "this_period":
        unit = group("unit").lower()
        starts = {"week": published - dt.timedelta(days=published.weekday()), "month": published.replace(day=1)}
        return (starts.get(unit, dt.date(published.year, 1, 1)), published)
    if kind == "weekday":
        back = (published.weekday() - _WEEKDAYS[group("w").lower()]) % 7
        return (published - dt.timedelta(days=back), None)
    if kind == "relative_day":
        word = group("word").lower()
        if word == "overnight":  # the night before the report: the period runs into its day
            return (published - dt.timedelta(days=1), published)
        return (published - dt.timedelta(days=1 if word in ("yesterday", "last night") else 0), None)
    if kind == "past":
        number = group("n").lower()
        amount = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        days = max(1, round(amount * _UNIT_DAYS[group("unit").lower()]))
        return (published - dt.timedelta(days=days), published)
    if kind == "last":
        unit = group("unit").lower()
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday() + 7)
            return (monday, monday + dt.timedelta(days=6))
        if unit == "month":
            last = published.replace(day=1) - dt.timedelta(days=1)
            return (last.replace(day=1), last)
        return (dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31))
    if kind == "in_month":
        month = _MONTHS[group("m").lower().rstrip(".")]
        year = published.year if month <= published.month else published.year - 1
        return (dt.date(year, month, 1), _month_end(year, month))
    return None


def _since(match: re.Match[str], published: dt.date) -> Period | None:
    """ "since 1 December", "since the start of the year", "since mid-December": from then until publication."""
    rest = match.group("since__rest")
    year, month = match.group("since__sy"), match.group("since__sm")
    if year:
        return (dt.date(int(year), 1, 1), published)
    if month:
        number = _MONTHS[month.lower().rstrip(".")]
        return (dt.date(published.year if number <= published.month else published.year - 1, number, 1), published)
    if re.match(r"the\s+(?:start|beginning)", rest, re.IGNORECASE):
        return (dt.date(published.year, 1, 1), published)
    if re.match(r"(?:19|20)\d\d\b", rest):
        return (dt.date(int(rest[:4]), 1, 1), published)
    if re.match(r"(?:early|late|mid)", rest, re.IGNORECASE):
        rest = "in " + re.sub(r"^(?:early|late|mid)[-\s]*", "", rest, flags=re.IGNORECASE)
    clause = re.match(r"[a-z][^;:.\n]*?\b(?:on|in)\s+", rest, re.IGNORECASE)  # "since fighting resumed on 1 December"
    start = _first_cue(rest[clause.end() :] if clause else rest, published)
    return (start.date, published) if start and start.date <= published else None


def _first_cue(text: str, published: dt.date | None) -> DateCue | None:
    cues = find_dates(text, published)
    return cues[0] if cues and cues[0].start < 4 else None


def _searchable(text: str) -> tuple[str, re.Pattern[str]]:
    """The text to search (lower-cased when offsets stay put) and the pattern for it."""
    lowered = text.lower()
    return (lowered, _PATTERN) if len(lowered) == len(text) else (text, _any_case_pattern())


def _scan(searched: tuple[str, re.Pattern[str]], published: dt.date | None, start: int, end: int) -> list[DateCue]:
    text, pattern = searched
    cues: list[DateCue] = []
    for match in pattern.finditer(text, start, end):
        kind = match.lastgroup or ""
        period = _resolve(kind, match, published)
        if period is None or period[0] is None:
            continue
        full = kind in _FULL_FORMS and match.group(f"{kind}__y") is not None
        cues.append(DateCue(start=match.start(), end=match.end(), date=period[0], date_end=period[1], full=full))
    return cues


def find_dates(text: str, published: dt.date | None) -> list[DateCue]:
    """Every date expression in the text with the day or period it means, in text order."""
    return _scan(_searchable(text), published, 0, len(text))


def _nearest(cues: Sequence[DateCue], span: tuple[int, int]) -> DateCue | None:
    if not cues:
        return None
    return min(cues, key=lambda c: max(span[0] - c.end, c.start - span[1], 0))


def _clause(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence holding the figure, between clause breaks."""
    start, end = sentence
    for found in _CLAUSE_BREAK.finditer(text, start, end):
        if found.end() <= span[0]:
            start = found.end()
        elif found.start() >= span[1]:
            end = found.start()
            break
    return start, end


_DATELINE_REACH = 300
# Where a clause ends: its dates are not another clause's ("KHARTOUM, 12 May - ... on Thursday").
_CLAUSE_BREAK = re.compile(r";|:\s|\s[–—-]\s|\)\s*[–—-]|,\s+(?:and|but|while|whereas|as|after|when)\b")
# Every form holds one of these words or a year ("15 jan", "on monday", "last week", "in 2019", "12/03"), so
# one Aho-Corasick pass in C finds where dates can be and the costly pattern runs only around those places.
# How far a match can reach before the first trigger in it (look-behinds included) and after that trigger's
# start, generously: "between 31st - 31st march", "within the last forty-eight hours", "since 31/12",
# "september 31st, 2020", "since fighting resumed on 1 december".
_MONTH_REACH = (30, 45)
_TRIGGERS: dict[str, tuple[int, int]] = {
    **dict.fromkeys(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), _MONTH_REACH),
    **dict.fromkeys(("day", "week", "month", "year", "hour", "night", "morning"), (40, 15)),
    "since": (10, 110),
    "/": (15, 15),
    **{str(year): (20, 15) for year in range(1900, 2100)},
}
_SPACE = re.compile(r"\s")


@cache
def _trigger_finder() -> Any:
    reaches: dict[str, Any] = {word: (len(word), *reach) for word, reach in _TRIGGERS.items()}
    return cue_finder(reaches)


def _trigger_windows(lowered: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Where each trigger starts in the lower-cased text, in order, and the stretch a date holding it can span."""
    found = sorted((end + 1 - size, end + 1 - size - back, end + 1 - size + ahead)
                   for end, (size, back, ahead) in _trigger_finder().iter(lowered))  # fmt: skip
    return [start for start, _, _ in found], [(low, high) for _, low, high in found]


class _DateReader:
    """Dates of the parts of one text that figures need, each part read once and only around its triggers."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self._length = len(text)
        self._text = text
        self._searched = _searchable(text)
        self._published = published
        self._read: dict[tuple[int, int], list[DateCue]] = {}
        self._default: Period | None = None
        # Trigger offsets hold only where the searched text is the lower-cased one (nearly always).
        lowered = self._searched[1] is _PATTERN
        self._triggers = _trigger_windows(self._searched[0]) if lowered else None

    def cues(self, start: int, end: int) -> list[DateCue]:
        """The dates written in [start, end)."""
        found = self._read.get((start, end))
        if found is None:
            found = []
            for window in self._windows(start, end):
                found += _scan(self._searched, self._published, *window)
            self._read[(start, end)] = found
        return found

    def _windows(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of [start, end) a date can lie in, each from and to a space (so word edges hold)."""
        if self._triggers is None:
            return [(start, end)]
        starts, reaches = self._triggers
        text = self._searched[0]
        windows: list[tuple[int, int]] = []
        low = bisect_left(starts, start)
        for before, after in reaches[low : bisect_left(starts, end, low)]:
            if windows and before <= windows[-1][1]:
                window_start, previous_end = windows.pop()
                after = max(after, previous_end)
            else:
                before = max(start, before)
                window_start = max(text.rfind(" ", start, before), text.rfind("\n", start, before)) + 1 or start
            space = _SPACE.search(text, after, end) if after < end else None
            windows.append((window_start, space.start() if space else end))
        return windows

    def default(self) -> Period:
        """The dateline's day (a full date in the first lines), else the publication date."""
        if self._default is None:
            head = self.cues(0, min(self._length, _DATELINE_REACH))
            dateline = next((c for c in head if c.full), None)
            self._default = (dateline.date, None) if dateline else (self._published, None)
        return self._default

    def period_of(self, anchor: Anchor) -> Period:
        """The figure's own clause, else its sentence; else the nearest date before it in its paragraph; else the
        default."""
        return self.own_period(anchor) or self.default()

    def own_period(self, anchor: Anchor) -> Period | None:
        """The figure's own clause, else its sentence; else the nearest date before it in its paragraph."""
        sentence_start, sentence_end = anchor.sentence
        in_sentence = self.cues(sentence_start, sentence_end)
        if len(in_sentence) > 1:  # the figure's own clause first
            start, end = _clause(self._text, anchor.sentence, anchor.span)
            in_sentence = [c for c in in_sentence if start <= c.start and c.end <= end] or in_sentence
        cue = _nearest(in_sentence, anchor.span)
        if cue is None and anchor.paragraph[0] < sentence_start:
            before = self.cues(anchor.paragraph[0], sentence_start)
            cue = before[-1] if before else None
        return (cue.date, cue.date_end) if cue else None


def date_figures(
    text: str,
    anchors: Sequence[Anchor],
    published: dt.date | None,
    parts_of: Sequence[int | None] | None = None,
) -> list[tuple[dt.date | None, dt.date | None]]:
    """The (date, date_end) each anchored figure refers to, resolved against the publication date. A figure that
    ``parts_of`` names as part of an earlier one ("Among the dead were 9 children" after "40 civilians were killed
    on Thursday") takes that figure's period when its own sentence and paragraph give none."""
    reader = _DateReader(text, published)
    periods: list[Period] = []
    for i, anchor in enumerate(anchors):
        whole = parts_of[i] if parts_of is not None else None
        own = reader.own_period(anchor)
        periods.append(own or (periods[whole] if whole is not None else reader.default()))
    return periods
