"""Baselines on synthetic histories: a surge after a quiet year signals once, a steady crisis does not every month."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable

import pytest

from bot.domain.baseline import (
    COOLDOWN_DAYS,
    LOOKBACK_DAYS,
    WINDOW_DAYS,
    Verdict,
    assess,
    daily_sums,
    should_signal,
    window_sums,
)
from bot.signals.text import reading_line, signal_text

START = dt.date(2023, 1, 1)


def history(days: int, per_day: Callable[[int], int]) -> dict[dt.date, int]:
    """A daily series from START: ``per_day(n)`` on day n (zero days are left out, as the archive would)."""
    return {START + dt.timedelta(days=n): v for n in range(days) if (v := per_day(n))}


def run_daily(daily: dict[dt.date, int], *, kind: str, days: int) -> list[dt.date]:
    """Check every day as the job would, with its cooldown; the days a signal went out."""
    sent: list[dt.date] = []
    for n in range(days):
        today = START + dt.timedelta(days=n)
        seen = {day: value for day, value in daily.items() if day <= today}
        reading = assess(seen, kind=kind, today=today, history_start=START)
        if should_signal(reading, sent[-1] if sent else None):
            sent.append(today)
    return sent


def test_a_surge_after_a_quiet_year_signals_once() -> None:
    """A year of a killing every few days, then 40 days of 8 a day: one notice, soon after the surge starts."""
    surge_from = 450
    daily = history(500, lambda n: 8 if n >= surge_from else (2 if n % 4 == 0 else 0))
    sent = run_daily(daily, kind="killed", days=500)
    assert len(sent) == 1
    assert 0 <= (sent[0] - (START + dt.timedelta(days=surge_from))).days < 10


def test_a_steady_long_crisis_does_not_signal_every_month() -> None:
    """Two and a half years at about 40 killed a day: the level is no news, whatever the daily noise."""
    noise = random.Random(11)
    daily = history(900, lambda n: 40 + noise.randint(-8, 8))
    sent = run_daily(daily, kind="killed", days=900)
    months = (900 - LOOKBACK_DAYS - WINDOW_DAYS) // 30
    assert len(sent) <= 2 < months
    flat = history(900, lambda n: 40)
    assert run_daily(flat, kind="killed", days=900) == []


def test_a_crisis_that_keeps_worsening_may_signal_again_after_the_cooldown_only() -> None:
    """A toll that rises every month reaches a new high each time: at most one notice every 30 days."""
    daily = history(700, lambda n: 1 + n // 30)
    sent = run_daily(daily, kind="killed", days=700)
    assert len(sent) >= 2
    assert all((later - earlier).days >= COOLDOWN_DAYS for earlier, later in itertools.pairwise(sent))


def test_short_history_says_so_instead_of_guessing() -> None:
    """Two months of history: no verdict on the surge, and the reading says how much history there is."""
    today = START + dt.timedelta(days=59)
    daily = history(60, lambda n: 50 if n > 40 else 1)
    reading = assess(daily, kind="killed", today=today, history_start=START)
    assert reading.verdict is Verdict.SHORT_HISTORY
    assert reading.history_days == 60
    assert reading.previous_max is None
    assert not should_signal(reading, None)
    assert "only 60 days of history" in reading_line(reading)
    assert "not judged" in reading_line(reading)


def test_no_history_at_all_says_so() -> None:
    """A place the archive never mentioned."""
    reading = assess({}, kind="displaced", today=START, history_start=None)
    assert reading.verdict is Verdict.SHORT_HISTORY
    assert "no history yet" in reading_line(reading)


def test_a_rise_below_the_floor_is_no_signal() -> None:
    """From nothing for a year to 10 killed in a month: more than ever, but under the floor of 50."""
    daily = history(430, lambda n: 1 if n >= 420 else 0)
    reading = assess(daily, kind="killed", today=START + dt.timedelta(days=429), history_start=START)
    assert reading.verdict is Verdict.BELOW_FLOOR
    assert reading.window_sum == 10
    assert reading.previous_max == 9


def test_the_notice_states_the_comparison() -> None:
    """The notice gives the month's sum, the highest earlier month and when it was, and escapes the place."""
    daily = history(430, lambda n: 900 if n == 429 else (5 if n == 100 else 0))
    today = START + dt.timedelta(days=429)
    reading = assess(daily, kind="killed", today=today, history_start=START)
    assert reading.verdict is Verdict.UNUSUAL
    assert reading.window_sum == 900
    assert reading.previous_max == 5
    text = signal_text("Darfur <North>", reading)
    assert "900 killed" in text
    assert "the highest was 5" in text
    assert "Darfur &lt;North&gt;" in text
    assert "in the 30 days to 5 Mar 2024" in text
    assert "in the 30 days to 10 May 2023" in text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_rolling_sums_match_a_plain_sum(seed: int) -> None:
    """Each rolling sum equals the sum of its 30 days."""
    rng = random.Random(seed)
    daily = daily_sums((START + dt.timedelta(days=rng.randrange(200)), rng.randrange(50)) for _ in range(300))
    first, last = START + dt.timedelta(days=40), START + dt.timedelta(days=190)
    for end, total in window_sums(daily, first, last):
        days = [end - dt.timedelta(days=k) for k in range(WINDOW_DAYS)]
        assert total == sum(daily.get(day, 0) for day in days)
    assert len(window_sums(daily, first, last)) == (last - first).days + 1
