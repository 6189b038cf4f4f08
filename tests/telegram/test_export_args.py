"""`/export [days]`: the day count, or the usage for anything else."""

from __future__ import annotations

import pytest

from bot.telegram_ui.export_commands import parse_days


@pytest.mark.parametrize(
    ("args", "days"),
    [
        pytest.param([], 7, id="default"),
        pytest.param(["30"], 30, id="number"),
        pytest.param(["90"], 90, id="maximum"),
        pytest.param(["14d"], 14, id="suffix-d"),
        pytest.param(["14", "days"], 14, id="word-days"),
        pytest.param(["٣٠"], 30, id="arabic-indic-digits"),
    ],
)
def test_day_counts_are_read(args: list[str], days: int) -> None:
    """No argument means a week; a number up to 90, with or without "d" or "days"."""
    assert parse_days(args) == days


@pytest.mark.parametrize("args", [["0"], ["91"], ["-5"], ["week"], ["7", "weeks"], ["1e3"], ["²"], ["3.5"]])
def test_anything_else_gets_the_usage(args: list[str]) -> None:
    """Zero, too many, negative, words and other digits are refused with the usage."""
    with pytest.raises(ValueError, match=r"Usage: /export \[days\]"):
        parse_days(args)
