"""Suggested places as inline buttons: "North Kivu (province, DR Congo)", and what a tap on one means.

A button carries the query and the suggestion's rank ("pick:2:Kivu"); a tap runs the same lookup again (the
gazetteer answers the same way each time) and takes that suggestion, so choices survive a restart. A query too
long for Telegram's 64-byte callback data is kept in a small memory table under a short digest instead.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.geo.regions import region_of
from bot.i18n.formats import country_name
from bot.telegram_ui.i18n import Lang, t
from bot.values import Location, PlaceLevel

PICK = "pick"
_MAX_CALLBACK_BYTES = 64
_KEPT_QUERIES = 2000

# What a first-level area is called where it is ("state" in Sudan, "governorate" in Syria); "region" elsewhere.
_AREA_WORDS: dict[str, str] = {
    **dict.fromkeys(("COD", "AFG", "MOZ", "PAK", "ZMB", "KEN", "PHL", "ARG", "CAN", "IRN", "TUR"), "province"),
    **dict.fromkeys(("SDN", "SSD", "NGA", "MMR", "IND", "USA", "MEX", "BRA", "VEN", "SOM"), "state"),
    **dict.fromkeys(("SYR", "IRQ", "YEM", "EGY", "LBN", "JOR", "PSE", "TUN", "OMN", "KWT", "BHR"), "governorate"),
}


def level_word(place: Location, lang: Lang) -> str:
    """What kind of place it is, in words: country, region, province, state, governorate, town."""
    if place.level is PlaceLevel.COUNTRY:
        return t(lang, "level_country")
    if place.level is PlaceLevel.TOWN:
        return t(lang, "level_town")
    if region_of(place) is not None:
        return t(lang, "level_region")
    return t(lang, "level_" + _AREA_WORDS.get(place.country_iso3 or "", "region"))


def place_label(place: Location, lang: Lang, *, with_area: bool = False) -> str:
    """A button's text: "North Kivu (province, DR Congo)"; `with_area` adds the area for same-named towns."""
    if place.level is PlaceLevel.COUNTRY:
        name = country_name(place.country_iso3, lang) if place.country_iso3 else place.name
        return f"{name} ({level_word(place, lang)})"
    where = country_name(place.country_iso3, lang) if place.country_iso3 else t(lang, "several_countries")
    if with_area and place.admin1 and place.admin1 != place.name:
        where = f"{place.admin1}, {where}"
    return f"{place.name} ({level_word(place, lang)}, {where})".replace("\u200f", "")


def confirmed_name(place: Location, lang: Lang) -> str:
    """A followed place in a confirmation: a country by its name alone, anything else as its button names it."""
    if place.level is PlaceLevel.COUNTRY and place.country_iso3:
        return country_name(place.country_iso3, lang)
    return place_label(place, lang)


class PendingQueries:
    """Queries too long for callback data, under a short digest (the oldest forgotten first)."""

    def __init__(self, kept: int = _KEPT_QUERIES) -> None:
        self._kept = kept
        self._queries: OrderedDict[str, str] = OrderedDict()

    def token(self, query: str) -> str:
        """What a button carries for `query`: the query itself when it fits, else '#' and a digest."""
        if len(f"{PICK}:9:{query}".encode()) <= _MAX_CALLBACK_BYTES and not query.startswith("#"):
            return query
        digest = "#" + hashlib.sha256(query.encode()).hexdigest()[:16]
        self._queries[digest] = query
        self._queries.move_to_end(digest)
        while len(self._queries) > self._kept:
            self._queries.popitem(last=False)
        return digest

    def query(self, token: str) -> str | None:
        """The query a button's token stands for; None when it was forgotten (a restart, or long ago)."""
        return self._queries.get(token) if token.startswith("#") else token


def suggestion_keyboard(places: Sequence[Location], query_token: str, lang: Lang) -> InlineKeyboardMarkup:
    """One button per suggestion, best first; same-named towns in one country also show their area."""
    labels = [place_label(place, lang) for place in places]
    buttons = []
    for rank, (place, label) in enumerate(zip(places, labels, strict=True)):
        if labels.count(label) > 1:
            label = place_label(place, lang, with_area=True)
        buttons.append([InlineKeyboardButton(label, callback_data=f"{PICK}:{rank}:{query_token}")])
    return InlineKeyboardMarkup(buttons)


def parse_pick(data: str) -> tuple[int, str] | None:
    """(rank, query token) from a button's data, None when it is not a place button."""
    kind, _, rest = data.partition(":")
    rank, _, token = rest.partition(":")
    if kind != PICK or not rank.isdigit() or not token:
        return None
    return int(rank), token
