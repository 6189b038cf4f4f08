"""Reports with known figures stored and grouped the way the bot does it, for export tests."""

from __future__ import annotations

import datetime as dt

from bot.alerting import decide_alerts
from bot.geo.containment import contains
from bot.storage import NewReport, Store
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

NOW = dt.datetime(2025, 3, 10, 9, 30, tzinfo=dt.UTC)
EL_FASHER = Location(
    name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379303, lat=13.63, lon=25.35
)
NYALA = Location(name="Nyala", country_iso3="SDN", admin1="South Darfur", geonames_id=364103, lat=12.05, lon=24.88)
GOMA = Location(name="Goma", country_iso3="COD", admin1="North Kivu", geonames_id=216281, lat=-1.68, lon=29.22)
KASSALA = Location(name="Kassala", country_iso3="SDN", admin1="Kassala", level=PlaceLevel.ADMIN1)


def store_report(store: Store, ident: str, outlet: str, figures: list[Figure], *, days_back: int = 1) -> int:
    """One report from ``outlet`` published ``days_back`` days before NOW, grouped into events."""
    published = NOW - dt.timedelta(days=days_back)
    report_id = store.reports.add(
        NewReport(
            source="wire",
            external_id=ident,
            url=f"https://news.example/{ident}",
            title=ident,
            text=f"Report {ident} from {outlet}, written for the export tests of the bot.",
            lang="en",
            outlet=outlet,
            published_at=published,
            fetched_at=published,
            alertable=False,
        ),
        figures,
    )
    assert report_id is not None
    decide_alerts(store.engine, [report_id], contains=contains, now=published)
    return report_id


def killed(value: int, place: Location, day: dt.date, qualifier: Qualifier = Qualifier.AT_LEAST) -> Figure:
    """A killing toll."""
    return Figure(kind=Kind.KILLED, value=value, qualifier=qualifier, group=Group.CIVILIANS, location=place, date=day)


def seed_history(store: Store) -> None:
    """El Fasher: one killing told by two outlets; Nyala: a displacement range; Kassala: a running total and a
    projection; Goma (another country): a killing; El Fasher 20 days ago: an older killing."""
    day = (NOW - dt.timedelta(days=2)).date()
    store_report(store, "a1", "=HYPERLINK(evil)", [killed(23, EL_FASHER, day)], days_back=2)
    store_report(store, "a2", "Radio Dabanga", [killed(25, EL_FASHER, day, Qualifier.MORE_THAN)])
    fled = Figure(kind=Kind.DISPLACED, value=3000, value_max=5000, qualifier=Qualifier.RANGE, location=NYALA, date=day)
    store_report(store, "b1", "OCHA", [fled])
    since = (NOW - dt.timedelta(days=40)).date()
    total = Figure(
        kind=Kind.SHELTERED, value=12000, qualifier=Qualifier.ABOUT, location=KASSALA, date=since,
        date_end=day, cumulative=True,
    )  # fmt: skip
    forecast = Figure(kind=Kind.DISPLACED, value=50000, qualifier=Qualifier.UP_TO, location=KASSALA, projection=True)
    store_report(store, "c1", "IOM", [total, forecast])
    store_report(store, "d1", "Reuters", [killed(7, GOMA, day, Qualifier.EXACT)])
    store_report(store, "e1", "OCHA", [killed(4, EL_FASHER, (NOW - dt.timedelta(days=20)).date())], days_back=20)
