"""How long a failing source waits before its next attempt: doubling per failure, capped."""

from __future__ import annotations

import datetime as dt

MAX_BACKOFF_SECONDS = 6 * 3600
# poll jobs carry jitter; a run this close to the retry time counts as on time
ON_TIME_SHARE = 0.25


def retry_delay(
    poll_seconds: int, consecutive_failures: int, *, cap_seconds: int = MAX_BACKOFF_SECONDS
) -> dt.timedelta:
    """The wait after the n-th failure in a row: one interval, then two, four, ... up to the cap."""
    if consecutive_failures <= 0:
        return dt.timedelta(seconds=poll_seconds)
    exponent = min(consecutive_failures - 1, 30)
    seconds = min(poll_seconds * 2**exponent, max(cap_seconds, poll_seconds))
    return dt.timedelta(seconds=seconds)


def should_wait(now: dt.datetime, next_attempt_at: dt.datetime | None, poll_seconds: int) -> bool:
    """Whether a backed-off source must skip this run of its job."""
    if next_attempt_at is None:
        return False
    return now + dt.timedelta(seconds=poll_seconds * ON_TIME_SHARE) < next_attempt_at
