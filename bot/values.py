"""The values extraction produces and every later stage reads: figures, their places, and the vocabularies of
their fields. They sit below extraction, places (`bot.geo`) and events (`bot.domain`), which all use them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What happened to the people (or houses) a figure counts."""

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    DISPLACED = "displaced"
    EVACUATED = "evacuated"
    SHELTERED = "sheltered"
    HOMELESS = "homeless"
    RETURNED = "returned"
    HOUSES_DESTROYED = "houses_destroyed"
    HOUSES_DAMAGED = "houses_damaged"


class Qualifier(StrEnum):
    """How the report hedges the number."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"


class Group(StrEnum):
    """The unit being counted, kept as written (households are not turned into people)."""

    PEOPLE = "people"
    CIVILIANS = "civilians"
    CHILDREN = "children"
    WOMEN = "women"
    FIGHTERS = "fighters"
    HOUSEHOLDS = "households"
    FAMILIES = "families"


class PlaceLevel(StrEnum):
    """How specific a place is; containment is decided along this ladder."""

    COUNTRY = "country"
    ADMIN1 = "admin1"
    TOWN = "town"


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """A place a figure refers to, resolved against the gazetteer."""

    name: str
    country_iso3: str | None = None
    admin1: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    level: PlaceLevel = PlaceLevel.TOWN

    def to_json(self, *, with_level: bool = False) -> dict[str, Any]:
        """The figure-JSON form of this place; the level is internal, kept only when storing."""
        data: dict[str, Any] = {
            "name": self.name,
            "country_iso3": self.country_iso3,
            "admin1": self.admin1,
            "geonames_id": self.geonames_id,
            "lat": self.lat,
            "lon": self.lon,
        }
        if with_level:
            data["level"] = self.level.value
        return data


# The key of ``Figure.extras`` holding where displaced people went (a Location), when the text says so.
DESTINATION = "destination"


def destination_of(figure: Figure) -> Location | None:
    """Where a displacement figure's people went, when stated ("from Kanyabayonga to Kirumba")."""
    found = figure.extras.get(DESTINATION)
    return found if isinstance(found, Location) else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Anchor:
    """Where a figure sits in its text, so places and dates can look around it (character offsets)."""

    span: tuple[int, int]
    sentence: tuple[int, int]
    paragraph: tuple[int, int]


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """One statement of a number of people (or houses) killed, displaced, ... in a text."""

    kind: Kind
    value: int | None
    qualifier: Qualifier
    group: Group = Group.PEOPLE
    value_max: int | None = None
    location: Location | None = None
    date: dt.date | None = None
    date_end: dt.date | None = None
    cumulative: bool = False
    projection: bool = False
    span: tuple[int, int] = (0, 0)
    sentence: str = ""
    extras: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def with_(self, **changes: Any) -> Figure:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def to_json(self, *, with_level: bool = False) -> dict[str, Any]:
        """The figure JSON of the interface contract (``with_level`` keeps the place level for storage)."""
        return {
            "kind": self.kind.value,
            "value": self.value,
            "value_max": self.value_max,
            "qualifier": self.qualifier.value,
            "group": self.group.value,
            "location": self.location.to_json(with_level=with_level) if self.location else None,
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "cumulative": self.cumulative,
            "projection": self.projection,
            "span": [self.span[0], self.span[1]],
            "sentence": self.sentence,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        """Rebuild a figure from its JSON form (as stored or exchanged)."""
        loc = data.get("location")
        location = None
        if loc:
            location = Location(
                name=loc["name"],
                country_iso3=loc.get("country_iso3"),
                admin1=loc.get("admin1"),
                geonames_id=loc.get("geonames_id"),
                lat=loc.get("lat"),
                lon=loc.get("lon"),
                level=PlaceLevel(loc.get("level", PlaceLevel.TOWN.value)),
            )
        return cls(
            kind=Kind(data["kind"]),
            value=data.get("value"),
            value_max=data.get("value_max"),
            qualifier=Qualifier(data.get("qualifier", "exact")),
            group=Group(data.get("group", "people")),
            location=location,
            date=dt.date.fromisoformat(data["date"]) if data.get("date") else None,
            date_end=dt.date.fromisoformat(data["date_end"]) if data.get("date_end") else None,
            cumulative=bool(data.get("cumulative", False)),
            projection=bool(data.get("projection", False)),
            span=(int(data["span"][0]), int(data["span"][1])) if data.get("span") else (0, 0),
            sentence=data.get("sentence", ""),
        )
