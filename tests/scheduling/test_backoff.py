"""The retry policy of failing sources."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.scheduling.backoff import retry_delay, should_wait

T0 = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("failures", "seconds"),
    [
        pytest.param(1, 300, id="first-failure-waits-one-interval"),
        pytest.param(2, 600, id="second-doubles"),
        pytest.param(4, 2400, id="fourth"),
        pytest.param(40, 6 * 3600, id="capped"),
    ],
)
def test_delay_doubles_up_to_the_cap(failures: int, seconds: int) -> None:
    """Each failure in a row doubles the wait, never beyond six hours."""
    assert retry_delay(300, failures) == dt.timedelta(seconds=seconds)


def test_cap_never_shortens_a_long_interval() -> None:
    """A source polled daily is not retried more often than daily."""
    assert retry_delay(86400, 5) == dt.timedelta(days=1)


def test_runs_close_to_the_retry_time_go_ahead() -> None:
    """A jittered run slightly before the retry time still polls; a much earlier one waits."""
    retry_at = T0 + dt.timedelta(seconds=600)
    assert not should_wait(T0 + dt.timedelta(seconds=590), retry_at, 300)
    assert should_wait(T0 + dt.timedelta(seconds=100), retry_at, 300)
    assert not should_wait(T0, None, 300)
