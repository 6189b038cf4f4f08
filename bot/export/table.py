"""The export CSV: a header row, a row of HXL hashtags, then one row per event (pure).

HXL (the Humanitarian Exchange Language) tags each column so HDX tools and coordinators' spreadsheets can read
the file without guessing: ``#affected+killed`` is a count of people killed, ``#adm1+name`` a first-level area.
A figure goes in the count column of its kind; a range's low and high go in their own columns. The bytes are
UTF-8 with a byte-order mark, so Excel opens Arabic and accented names correctly, and text cells that a
spreadsheet would run as a formula are defused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from bot.domain.history import ArchivedEvent
from bot.geo.names import country_display_name
from bot.values import Location, PlaceLevel

# (header, HXL hashtag) per column, in order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Date", "#date"),
    ("End date", "#date+end"),
    ("Country code", "#country+code"),
    ("Country", "#country+name"),
    ("First-level area", "#adm1+name"),
    ("Location", "#loc+name"),
    ("Killed", "#affected+killed"),
    ("Injured", "#affected+injured"),
    ("Missing", "#affected+missing"),
    ("Displaced", "#affected+displaced"),
    ("Range low", "#affected+min"),
    ("Range high", "#affected+max"),
    ("Kind as reported", "#meta+kind"),
    ("Group", "#meta+group"),
    ("Qualifier", "#meta+qualifier"),
    ("Reading", "#meta+reading"),
    ("Time shape", "#meta+period"),
    ("Projection", "#meta+projection"),
    ("Outlets", "#meta+source"),
    ("Outlet count", "#meta+source+num"),
    ("Outlets disagree", "#meta+disagreement"),
    ("Link", "#meta+url"),
    ("Event id", "#event+id"),
)
HEADER = tuple(name for name, _ in COLUMNS)
HXL_TAGS = tuple(tag for _, tag in COLUMNS)
# The event families with a count column of their own; other families (returns, houses) are not exported.
COUNT_FAMILIES = ("killed", "injured", "missing", "displaced")
BOM = "\ufeff"
# A spreadsheet runs a cell starting with one of these as a formula: text from reports must never do that.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def exportable(event: ArchivedEvent) -> bool:
    """Whether an event has a column to go in."""
    return event.family in COUNT_FAMILIES


def _text(value: str | None) -> str:
    if not value:
        return ""
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def _count(event: ArchivedEvent) -> str:
    # a vague figure ("dozens") has no number: its cell stays empty and the qualifier column says "vague"
    return "" if event.value is None else str(event.value)


def _place_cells(place: Location | None) -> list[str]:
    """Country code and name, first-level area, and the town (empty above town level)."""
    if place is None:
        return ["", "", "", ""]
    iso3 = place.country_iso3
    area = place.name if place.level is PlaceLevel.ADMIN1 else place.admin1
    town = place.name if place.level is PlaceLevel.TOWN else None
    return [_text(iso3), _text(country_display_name(iso3) if iso3 else None), _text(area), _text(town)]


def row_of(event: ArchivedEvent) -> list[str]:
    """One event as a CSV row, in ``COLUMNS`` order."""
    counts = {family: (_count(event) if family == event.family else "") for family in COUNT_FAMILIES}
    is_range = event.qualifier == "range" and event.value_max is not None
    return [
        event.date.isoformat(),
        event.date_end.isoformat() if event.date_end != event.date else "",
        *_place_cells(event.location),
        *(counts[family] for family in COUNT_FAMILIES),
        str(event.value) if is_range else "",
        str(event.value_max) if is_range else "",
        _text(event.kind),
        _text(event.group),
        _text(event.qualifier),
        "total" if event.total else "incident",
        _text(event.time_shape),
        "yes" if event.projection else "no",
        _text("; ".join(event.outlets)),
        str(len(event.outlets)),
        _text(event.disagreement),
        _text(event.url),
        "" if event.event_id is None else str(event.event_id),
    ]


def export_csv(events: Iterable[ArchivedEvent]) -> bytes:
    """The CSV document: header, HXL row, one row per exportable event; UTF-8 with a byte-order mark."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerow(HXL_TAGS)
    for event in events:
        if exportable(event):
            writer.writerow(row_of(event))
    return (BOM + buffer.getvalue()).encode("utf-8")
