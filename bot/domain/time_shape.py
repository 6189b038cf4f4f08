"""The time shape of a figure, from the days it is about rather than from a word (pure).

* incident: one event's toll, about a day or two ("on Monday", "in the past 24 hours");
* period total: a closed period longer than two days ("from 1 December to 14 January");
* running total: a period still open at the report ("since 1 December"), reaching its publication;
* standing total: a total with no period at all ("2 million remain displaced"); only here is the figure's
  ``cumulative`` cue used, because no date says anything.

Two totals describe the same count when their periods agree: the same start (within three days), and ends that
agree (within three days) unless one of them is still running, which may be read later than the other.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

INCIDENT_MAX_DAYS = 2
SAME_START_DAYS = 3
SAME_END_DAYS = 3


class TimeShape(StrEnum):
    """Whether a figure is one incident's toll or a total, and of which kind."""

    INCIDENT = "incident"
    PERIOD_TOTAL = "period_total"
    RUNNING_TOTAL = "running_total"
    STANDING_TOTAL = "standing_total"

    @property
    def is_total(self) -> bool:
        """Whether this shape counts over a period rather than one incident."""
        return self is not TimeShape.INCIDENT


def time_shape(start: dt.date | None, end: dt.date | None, published: dt.date, *, cumulative: bool) -> TimeShape:
    """The shape of a figure about ``start``–``end`` in a report published on ``published``."""
    if start is None and end is None:
        return TimeShape.STANDING_TOTAL if cumulative else TimeShape.INCIDENT
    known = [day for day in (start, end) if day is not None]
    first, last = min(known), max(known)
    if (last - first).days <= INCIDENT_MAX_DAYS:
        return TimeShape.INCIDENT
    if (published - last).days <= 1:
        return TimeShape.RUNNING_TOTAL
    return TimeShape.PERIOD_TOTAL


def totals_agree(
    shape_a: TimeShape, window_a: tuple[dt.date, dt.date], shape_b: TimeShape, window_b: tuple[dt.date, dt.date]
) -> bool:
    """Whether two totals count over the same period (standing totals agree with those ending together)."""
    (start_a, end_a), (start_b, end_b) = window_a, window_b
    ends_agree = abs((end_a - end_b).days) <= SAME_END_DAYS
    if TimeShape.STANDING_TOTAL in (shape_a, shape_b):
        return shape_a is shape_b or ends_agree
    if abs((start_a - start_b).days) > SAME_START_DAYS:
        return False
    if TimeShape.RUNNING_TOTAL in (shape_a, shape_b):
        # a running total read later counts on from the same start; a closed period must end where it is read
        return shape_a is shape_b or ends_agree
    return ends_agree
