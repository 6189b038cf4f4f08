"""`/weekly` arguments: `/weekly` (now), `/weekly <day> <HH:MM>` or `/weekly off` (pure)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.i18n import Lang, t

# English and French names and their usual abbreviations, folded to lower case.
_DAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("monday", "mon", "lundi", "lun"),
        ("tuesday", "tue", "tues", "mardi", "mar"),
        ("wednesday", "wed", "mercredi", "mer"),
        ("thursday", "thu", "thur", "thurs", "jeudi", "jeu"),
        ("friday", "fri", "vendredi", "ven"),
        ("saturday", "sat", "samedi", "sam"),
        ("sunday", "sun", "dimanche", "dim"),
    )
):
    _DAYS.update(dict.fromkeys(_names, _number))
_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.h]([0-5]\d)")


class WeeklyUsageError(ValueError):
    """The arguments do not fit `/weekly`: a catalogue message (with `/weekly`'s usage) to tell the user."""

    def __init__(self, key: str = "usage_weekly", **values: str) -> None:
        self.key = key
        self.values = values
        super().__init__(self.text(Lang.EN))

    def text(self, lang: Lang) -> str:
        """What to tell the user, in `lang` (plain text)."""
        usage = t(lang, "usage_weekly")
        return usage if self.key == "usage_weekly" else t(lang, self.key, **self.values, usage=usage)


@dataclass(frozen=True, slots=True, kw_only=True)
class WeeklyArgs:
    """What `/weekly` asked for: the summary now, a schedule, or no schedule."""

    now: bool = False
    off: bool = False
    weekday: int | None = None  # 0 = Monday
    time: dt.time | None = None


def parse_weekly(args: Sequence[str]) -> WeeklyArgs:
    """The request in `/weekly`'s arguments, or a WeeklyUsageError saying what is wrong."""
    if not args:
        return WeeklyArgs(now=True)
    if len(args) == 1 and args[0].casefold() in {"off", "stop", "none"}:
        return WeeklyArgs(off=True)
    if len(args) != 2:
        raise WeeklyUsageError()
    day = _DAYS.get(args[0].casefold().rstrip("."))
    if day is None:
        raise WeeklyUsageError("usage_not_a_weekday", text=args[0][:40])
    match = _CLOCK.fullmatch(args[1])
    if match is None:
        raise WeeklyUsageError("usage_not_a_time", text=args[1][:40])
    return WeeklyArgs(weekday=day, time=dt.time(int(match.group(1)), int(match.group(2))))
