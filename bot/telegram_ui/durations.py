"""How long `/mute` lasts: "8h", "2d", "30m", "1d12h", "90 min"; at most 30 days."""

from __future__ import annotations

import datetime as dt
import re

from bot.text_input import clean_typed

MAX_MUTE = dt.timedelta(days=30)
# Longer unit words first, so "min" is not read as "m" followed by "in".
_PART = re.compile(r"(\d{1,9})\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d|jours?|j|weeks?|w)(?![a-z])", re.IGNORECASE)
_UNITS = {"m": 60, "h": 3600, "d": 86400, "j": 86400, "w": 7 * 86400}


def parse_duration(text: str) -> dt.timedelta | None:
    """The duration written in `text`, None when it is not one (or is zero, or longer than 30 days)."""
    compact = clean_typed(text)  # hidden characters and odd spaces never change a duration
    if not compact or _PART.sub("", compact).strip():
        return None
    seconds = sum(int(amount) * _UNITS[unit[0].lower()] for amount, unit in _PART.findall(compact))
    if seconds > MAX_MUTE.total_seconds():  # also keeps absurd numbers away from timedelta's C limits
        return None
    duration = dt.timedelta(seconds=seconds)
    return duration if dt.timedelta(0) < duration <= MAX_MUTE else None
