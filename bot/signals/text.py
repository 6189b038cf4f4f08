"""What a baseline reading says, in Telegram HTML: the "unusual" notice, and one line for weekly summaries."""

from __future__ import annotations

import datetime as dt
import html

from bot.domain.baseline import LOOKBACK_DAYS, WINDOW_DAYS, Reading, Verdict

_KIND_WORDS = {"killed": "killed", "injured": "injured", "missing": "missing", "displaced": "displaced"}


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _kind(kind: str) -> str:
    return _KIND_WORDS.get(kind, kind.replace("_", " "))


def signal_text(place_label: str, reading: Reading) -> str:
    """The one notice a chat gets when a month is unusual for a place, stating the comparison."""
    assert reading.previous_max is not None
    assert reading.previous_max_end is not None
    return (
        f"📈 <b>Unusual for {html.escape(place_label)}</b>: {reading.window_sum:,} {_kind(reading.kind)} in the "
        f"{WINDOW_DAYS} days to {_day(reading.window_end)}, more than in any earlier {WINDOW_DAYS} days of the "
        f"past {LOOKBACK_DAYS // 30} months (the highest was {reading.previous_max:,}, in the {WINDOW_DAYS} days to "
        f"{_day(reading.previous_max_end)}).\n"
        f"<i>Sums of the incidents the bot has read here (running totals are left out); a signal needs at least "
        f"{reading.floor:,}. At most one such notice per place and kind a month.</i>"
    )


def reading_line(reading: Reading) -> str:
    """How the last 30 days compare with the year before, in one line (short history says so)."""
    kind = _kind(reading.kind)
    last = f"{reading.window_sum:,} {kind} in the last {WINDOW_DAYS} days"
    if reading.verdict is Verdict.SHORT_HISTORY:
        held = f"only {reading.history_days} days of history" if reading.history_days else "no history yet"
        return f"{last}; {held}, a 12-month comparison needs {reading.needed_days}: not judged"
    assert reading.previous_max is not None
    compared = f"highest earlier 30 days of the past year: {reading.previous_max:,}"
    if reading.verdict is Verdict.UNUSUAL:
        return f"{last}: <b>unusual</b> ({compared})"
    if reading.verdict is Verdict.BELOW_FLOOR:
        return f"{last}, under the {reading.floor:,} a signal needs ({compared})"
    return f"{last}, within the usual range ({compared})"
