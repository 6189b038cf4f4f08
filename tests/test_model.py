"""The figure JSON round-trips and keeps the contract's field names."""

from __future__ import annotations

import datetime as dt

from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier


def test_figure_json_has_exactly_the_contract_fields() -> None:
    """A figure's JSON carries the twelve fields of the interface contract and nothing else."""
    fig = Figure(kind=Kind.KILLED, value=23, qualifier=Qualifier.AT_LEAST, span=(3, 9), sentence="x")
    assert set(fig.to_json()) == {
        "kind",
        "value",
        "value_max",
        "qualifier",
        "group",
        "location",
        "date",
        "date_end",
        "cumulative",
        "projection",
        "span",
        "sentence",
    }


def test_figure_round_trips_through_json_with_level() -> None:
    """Stored JSON (with the place level) rebuilds an equal figure."""
    fig = Figure(
        kind=Kind.DISPLACED,
        value=350000,
        qualifier=Qualifier.ABOUT,
        group=Group.PEOPLE,
        location=Location(name="Idlib", country_iso3="SYR", admin1="Idlib", level=PlaceLevel.ADMIN1),
        date=dt.date(2019, 12, 1),
        date_end=dt.date(2020, 1, 16),
        cumulative=True,
        span=(1, 5),
    )
    assert Figure.from_json(fig.to_json(with_level=True)) == fig
