"""The export CSV read back by Python's csv reader: header, HXL row, one row per event with outlets and link."""

from __future__ import annotations

import csv
import datetime as dt
import io

from bot.export.build import export_events
from bot.export.table import HEADER, HXL_TAGS
from bot.geo.containment import contains
from bot.storage import Store
from bot.storage.history_repo import HistoryRepository
from bot.values import Location, PlaceLevel
from tests.export.stored import NOW, seed_history

SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)


def _read(data: bytes) -> list[dict[str, str]]:
    """Rows as dictionaries by header, after checking the BOM, the header and the HXL row."""
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark: Excel reads the file as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == HEADER
    assert tuple(rows[1]) == HXL_TAGS
    return [dict(zip(HEADER, row, strict=True)) for row in rows[2:]]


def test_a_week_of_sudan_reads_back_one_row_per_event(store: Store) -> None:
    """Sudan's events of the last 7 days, one row each, then the projection asked for; Goma (DR Congo) and the
    20-day-old killing are left out."""
    seed_history(store)
    history = HistoryRepository(store.engine)
    events_only = export_events(history, today=NOW.date(), days=7, places=[SUDAN], contains=contains)
    assert [row["Projection"] for row in _read(events_only.csv)] == ["no", "no", "no"]
    export = export_events(history, today=NOW.date(), days=7, places=[SUDAN], contains=contains, projections=True)
    rows = _read(export.csv)
    assert export.rows == len(rows) == 4
    by_place = {(row["Location"] or row["First-level area"], row["Projection"]): row for row in rows}
    fasher = by_place[("El Fasher", "no")]
    assert fasher["Killed"] == "25"
    assert fasher["Injured"] == fasher["Displaced"] == ""
    assert fasher["Country code"] == "SDN"
    assert fasher["Country"] == "Sudan"
    assert fasher["First-level area"] == "North Darfur"
    assert fasher["Outlets"] == "'=HYPERLINK(evil); Radio Dabanga"  # a formula-looking outlet is defused
    assert fasher["Outlet count"] == "2"
    assert fasher["Link"] == "https://news.example/a2"  # the report of the best figure
    assert fasher["Qualifier"] == "more_than"
    assert fasher["Reading"] == "incident"
    assert fasher["Time shape"] == "incident"
    assert fasher["Event id"].isdigit()
    nyala = by_place[("Nyala", "no")]
    assert (nyala["Displaced"], nyala["Range low"], nyala["Range high"]) == ("3000", "3000", "5000")
    total = by_place[("Kassala", "no")]
    assert total["Reading"] == "total"
    assert total["Time shape"].endswith("_total")
    assert total["Kind as reported"] == "sheltered"
    assert total["Displaced"] == "12000"
    assert total["Date"] == (NOW - dt.timedelta(days=40)).date().isoformat()
    assert total["End date"] == (NOW - dt.timedelta(days=2)).date().isoformat()
    forecast = by_place[("Kassala", "yes")]
    assert forecast["Displaced"] == "50000"
    assert forecast["Event id"] == ""
    assert forecast["Outlets"] == "IOM"


def test_thirty_days_everywhere_holds_every_event(store: Store) -> None:
    """No place given: every event of the span, in every country, the older killing included (no projection)."""
    seed_history(store)
    export = export_events(HistoryRepository(store.engine), today=NOW.date(), days=30, places=None, contains=contains)
    rows = _read(export.csv)
    assert sorted(row["Country code"] for row in rows) == ["COD", "SDN", "SDN", "SDN", "SDN"]
    assert export.filename() == "displacement-events-2025-02-09-to-2025-03-10.csv"


def test_an_empty_export_still_has_its_two_header_rows(store: Store) -> None:
    """Nothing happened: the file has the header and the HXL row, nothing else."""
    export = export_events(HistoryRepository(store.engine), today=NOW.date(), days=7, places=[SUDAN], contains=contains)
    assert _read(export.csv) == []
    assert export.rows == 0
