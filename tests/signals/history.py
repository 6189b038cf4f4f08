"""Synthetic history written straight into the events table, as the alert engine would have left it."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.schema import events
from bot.values import Location, PlaceLevel

SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
NORTH_DARFUR = Location(name="North Darfur", country_iso3="SDN", admin1="North Darfur", level=PlaceLevel.ADMIN1)
EL_FASHER = Location(
    name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379303, lat=13.63, lon=25.35
)
KASSALA = Location(name="Kassala", country_iso3="SDN", admin1="Kassala", geonames_id=368277, lat=15.45, lon=36.4)
CHAD = Location(name="Chad", country_iso3="TCD", level=PlaceLevel.COUNTRY)
ABECHE = Location(name="Abeche", country_iso3="TCD", admin1="Ouaddai", geonames_id=245785, lat=13.83, lon=20.83)


def add_event(
    store: Store, place: Location, day: dt.date, value: int, *, kind: str = "killed", total: bool = False
) -> None:
    """One stored event about ``day`` at ``place``."""
    seen = dt.datetime.combine(day, dt.time(18), dt.UTC)
    with store.engine.begin() as connection:
        connection.execute(
            sa.insert(events).values(
                kind=kind,
                grp="people",
                place_name=place.name,
                place_level=place.level.value,
                country_iso3=place.country_iso3,
                admin1=place.admin1,
                geonames_id=place.geonames_id,
                lat=place.lat,
                lon=place.lon,
                date=day,
                date_end=day,
                cumulative=total,
                best_value=value,
                best_qualifier="exact",
                corroboration=1,
                first_seen_at=seen,
                updated_at=seen,
            )
        )


def follow(store: Store, chat_id: int, place: Location, *, now: dt.datetime, muted: bool = False) -> None:
    """A chat following a place."""
    chats = ChatRepository(store.engine)
    chats.ensure_chat(chat_id, type="private", title=None, digest_time=None, timezone="UTC", now=now)
    chats.subscribe(chat_id, place, {"killed": 1}, now)
    if muted:
        chats.set_muted(chat_id, True)
