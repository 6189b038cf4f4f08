"""Small builders of places and sightings for the domain tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.domain.events import Sighting
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

SYRIA = Location(name="Syria", country_iso3="SYR", level=PlaceLevel.COUNTRY)
IDLIB_PROVINCE = Location(name="Idlib", country_iso3="SYR", admin1="Idlib", level=PlaceLevel.ADMIN1)
IDLIB_CITY = Location(
    name="Idlib", country_iso3="SYR", admin1="Idlib", geonames_id=169389, lat=35.93, lon=36.63, level=PlaceLevel.TOWN
)
ARIHA = Location(name="Ariha", country_iso3="SYR", admin1="Idlib", lat=35.81, lon=36.61, level=PlaceLevel.TOWN)
ALEPPO = Location(name="Aleppo", country_iso3="SYR", admin1="Aleppo", lat=36.20, lon=37.16, level=PlaceLevel.TOWN)
DAY = dt.date(2020, 1, 15)


def sighting(
    value: int | None,
    *,
    qualifier: Qualifier = Qualifier.EXACT,
    kind: Kind = Kind.KILLED,
    group: Group = Group.CIVILIANS,
    location: Location | None = IDLIB_CITY,
    date: dt.date | None = DAY,
    date_end: dt.date | None = None,
    published: dt.date = DAY + dt.timedelta(days=1),
    outlet: str = "Outlet A",
    report_id: int = 1,
    figure_id: int = 1,
    minutes: int = 0,
    phrase: str = "",
    **figure_fields: Any,
) -> Sighting:
    """A sighting of one figure, with sensible defaults for everything the test does not care about."""
    figure = Figure(
        kind=kind,
        value=value,
        qualifier=qualifier,
        group=group,
        location=location,
        date=date,
        date_end=date_end,
        **figure_fields,
    )
    return Sighting(
        figure_id=figure_id,
        report_id=report_id,
        outlet=outlet,
        published=published,
        seen_at=dt.datetime(2020, 1, 16, 8, tzinfo=dt.UTC) + dt.timedelta(minutes=minutes),
        figure=figure,
        url=f"https://example.org/report/{report_id}",
        phrase=phrase,
    )
