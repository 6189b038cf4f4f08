"""When things happen in the demo: a fixed clock, the poll and digest times, and reports grouped by arrival.

The morning is 21 Nov 2026, the day after most bundled reports were published; it is fixed rather than read
from the system so the demo prints the same alerts and digest whatever the date it is run on.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPORTS_DIR = Path(__file__).resolve().parent.parent / "demo_reports"


class ScenarioClock:
    """The scenario's time, moved forward by the scenario and read by every component it runs."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = start

    def now(self) -> dt.datetime:
        """The current scenario time (timezone-aware UTC)."""
        return self._now

    def set(self, moment: dt.datetime) -> None:
        """Move the clock to `moment`; time never runs backwards."""
        if moment < self._now:
            raise ValueError(f"the scenario clock cannot go back from {self._now} to {moment}")
        self._now = moment


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    """The morning's schedule: start, then a poll every few minutes, then the digest."""

    start: dt.datetime = dt.datetime(2026, 11, 21, 8, 30, tzinfo=dt.UTC)
    first_poll_after: dt.timedelta = dt.timedelta(minutes=5)
    poll_every: dt.timedelta = dt.timedelta(minutes=5)

    def poll(self, index: int) -> dt.datetime:
        """When the `index`-th poll (0 = the first) runs."""
        return self.start + self.first_poll_after + index * self.poll_every

    def digest_at(self, local_time: dt.time, zone: str) -> dt.datetime:
        """The moment, in UTC, when `local_time` comes on the scenario's day in `zone`."""
        tz = zoneinfo.ZoneInfo(zone)
        local_day = self.start.astimezone(tz).date()
        return dt.datetime.combine(local_day, local_time, tzinfo=tz).astimezone(dt.UTC)


def published_day(file: Path) -> dt.date | None:
    """The day a report file says it was published, or None when it cannot tell."""
    try:
        record = json.loads(file.read_text(encoding="utf-8"))
        return dt.date.fromisoformat(str(record["published"])[:10])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def arrival_batches(folder: Path) -> list[tuple[dt.date | None, list[Path]]]:
    """The folder's report files grouped by publication day, oldest first: the order they reach the bot.

    Files without a readable date come first (the folder source will say what is wrong with them).
    """
    by_day: dict[dt.date | None, list[Path]] = defaultdict(list)
    for file in sorted(folder.glob("*.json")):
        by_day[published_day(file)].append(file)
    return sorted(by_day.items(), key=lambda item: (item[0] is not None, item[0] or dt.date.min))
