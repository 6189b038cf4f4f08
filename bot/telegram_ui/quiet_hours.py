"""Daily quiet hours: when they begin for a chat, and until when alerts are then held.

Quiet hours are a daily timed mute: at their start the chat is muted until their end, and the mute's end sends
the catch-up like any other. They start only within `START_GRACE` of their start time, so a chat that unmutes
itself during quiet hours is not muted again a minute later.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

START_GRACE = dt.timedelta(minutes=10)
PRESETS: tuple[tuple[dt.time, dt.time], ...] = (
    (dt.time(22, 0), dt.time(7, 0)),
    (dt.time(21, 0), dt.time(6, 0)),
    (dt.time(0, 0), dt.time(6, 0)),
)


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def quiet_until(now: dt.datetime, zone: str, start: dt.time, end: dt.time) -> dt.datetime | None:
    """When today's quiet hours end (UTC), if they began within the grace period before `now`; else None."""
    tz = _zone(zone)
    local = now.astimezone(tz)
    for day in (local.date(), local.date() - dt.timedelta(days=1)):
        begins = dt.datetime.combine(day, start, tzinfo=tz)
        if begins <= local < begins + START_GRACE:
            ends = dt.datetime.combine(day, end, tzinfo=tz)
            if ends <= begins:
                ends += dt.timedelta(days=1)  # quiet hours over midnight
            return ends.astimezone(dt.UTC)
    return None
