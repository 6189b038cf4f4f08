"""Is the last month unusual for a place? A 30-day sum against the highest of the year before it (pure).

The comparison follows HDX Signals: the sum of incident tolls over the last ``WINDOW_DAYS`` days (the current
window) against the highest such rolling sum among the windows that ended on each of the ``LOOKBACK_DAYS`` days
before today. A window is unusual when its sum exceeds that highest sum and reaches a floor per kind, so a
handful of deaths in a quiet village is no signal. Exceeding, not equalling: a long crisis that stays at the
same high level makes every window equal to the last, and must not signal month after month. Earlier windows
include yesterday's, so a surge is news while it climbs, and its plateau, once reached, is not news again.

Only incidents count: running totals restate tolls already counted. Without history covering the whole lookback
before the current window, the reading says how much history there is instead of guessing. A chat is told at
most once per place and kind every ``COOLDOWN_DAYS`` days (``should_signal``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

WINDOW_DAYS = 30
LOOKBACK_DAYS = 365
COOLDOWN_DAYS = 30
# Least 30-day sum that can be unusual, per kind: below it a rise is noise, whatever the history.
FLOORS: Mapping[str, int] = {"killed": 50, "injured": 100, "missing": 20, "displaced": 5_000}
BASELINE_KINDS: tuple[str, ...] = tuple(FLOORS)


class Verdict(StrEnum):
    """What the comparison says about the current window."""

    UNUSUAL = "unusual"
    USUAL = "usual"
    BELOW_FLOOR = "below_floor"
    SHORT_HISTORY = "short_history"


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """The current window of one place and kind against its history."""

    kind: str
    verdict: Verdict
    window_start: dt.date
    window_end: dt.date
    window_sum: int
    floor: int
    history_start: dt.date | None
    history_days: int
    # the highest earlier window (None when history is too short to have one)
    previous_max: int | None = None
    previous_max_end: dt.date | None = None

    @property
    def needed_days(self) -> int:
        """How many days of history a full comparison needs."""
        return LOOKBACK_DAYS + WINDOW_DAYS


def daily_sums(days_and_values: Iterable[tuple[dt.date, int]]) -> dict[dt.date, int]:
    """Per day, the sum of the values stated for it."""
    totals: dict[dt.date, int] = {}
    for day, value in days_and_values:
        totals[day] = totals.get(day, 0) + value
    return totals


def window_sums(daily: Mapping[dt.date, int], first_end: dt.date, last_end: dt.date) -> list[tuple[dt.date, int]]:
    """The rolling ``WINDOW_DAYS``-day sum ending on each day from ``first_end`` to ``last_end``."""
    if last_end < first_end:
        return []
    start = first_end - dt.timedelta(days=WINDOW_DAYS - 1)
    span = (last_end - start).days + 1
    values = [daily.get(start + dt.timedelta(days=offset), 0) for offset in range(span)]
    sums: list[tuple[dt.date, int]] = []
    running = sum(values[:WINDOW_DAYS])
    sums.append((first_end, running))
    for index in range(WINDOW_DAYS, span):
        running += values[index] - values[index - WINDOW_DAYS]
        sums.append((start + dt.timedelta(days=index), running))
    return sums


def assess(
    daily: Mapping[dt.date, int], *, kind: str, today: dt.date, history_start: dt.date | None, floor: int | None = None
) -> Reading:
    """The reading for the window ending ``today``, given daily incident sums and when the history begins."""
    floor = FLOORS.get(kind, 1) if floor is None else floor
    window_start = today - dt.timedelta(days=WINDOW_DAYS - 1)
    current = sum(daily.get(window_start + dt.timedelta(days=offset), 0) for offset in range(WINDOW_DAYS))
    history_days = (today - history_start).days + 1 if history_start is not None and history_start <= today else 0
    short = Reading(
        kind=kind,
        verdict=Verdict.SHORT_HISTORY,
        window_start=window_start,
        window_end=today,
        window_sum=current,
        floor=floor,
        history_start=history_start,
        history_days=history_days,
    )
    # the earliest earlier window (ending a year before today) must lie wholly inside the history
    first_end = today - dt.timedelta(days=LOOKBACK_DAYS)
    if history_start is None or history_start > first_end - dt.timedelta(days=WINDOW_DAYS - 1):
        return short
    earlier = window_sums(daily, first_end, today - dt.timedelta(days=1))
    # the latest of equal highs: "the highest since" reads best with the most recent one
    highest_end, highest = max(earlier, key=lambda pair: (pair[1], pair[0]))
    if current < floor:
        verdict = Verdict.BELOW_FLOOR
    elif current > highest:
        verdict = Verdict.UNUSUAL
    else:
        verdict = Verdict.USUAL
    return replace(short, verdict=verdict, previous_max=highest, previous_max_end=highest_end)


def should_signal(reading: Reading, last_signalled: dt.date | None) -> bool:
    """Whether a chat should be told: the window is unusual and no signal for it came in the cooldown."""
    if reading.verdict is not Verdict.UNUSUAL:
        return False
    return last_signalled is None or (reading.window_end - last_signalled).days >= COOLDOWN_DAYS
