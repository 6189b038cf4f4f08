"""A week against the four before it, per kind (pure), as ACLED compares a week with the weeks before.

Weeks are the seven days ending ``last_day`` and the four runs of seven days before them. Only incidents with a
stated number count, as in baselines: running totals restate tolls already counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.baseline import BASELINE_KINDS
from bot.domain.history import ArchivedEvent

WEEK_DAYS = 7
PRIOR_WEEKS = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class WeekComparison:
    """One kind's sum this week and in each of the four weeks before (oldest first)."""

    kind: str
    this_week: int
    prior: tuple[int, ...]

    @property
    def average(self) -> float:
        """The four earlier weeks' mean."""
        return sum(self.prior) / len(self.prior)

    @property
    def quiet(self) -> bool:
        """Nothing this week or in the four before."""
        return self.this_week == 0 and not any(self.prior)


def week_bounds(last_day: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """The first day of the four earlier weeks, the first day of this week, and its last day."""
    first = last_day - dt.timedelta(days=WEEK_DAYS - 1)
    return first - dt.timedelta(days=WEEK_DAYS * PRIOR_WEEKS), first, last_day


def compare_weeks(incidents: Sequence[ArchivedEvent], last_day: dt.date) -> list[WeekComparison]:
    """Per baseline kind, the week ending ``last_day`` against the four weeks before it."""
    earliest, _, _ = week_bounds(last_day)
    comparisons = []
    for kind in BASELINE_KINDS:
        weeks = [0] * (PRIOR_WEEKS + 1)
        for event in incidents:
            if event.family != kind or event.value is None or not earliest <= event.date <= last_day:
                continue
            weeks[(event.date - earliest).days // WEEK_DAYS] += event.value
        comparisons.append(WeekComparison(kind=kind, this_week=weeks[-1], prior=tuple(weeks[:-1])))
    return comparisons
