"""Invisible and odd characters in what users type never change which place or value they get."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.telegram_ui import args as parse
from bot.telegram_ui.places import gazetteer_resolver
from bot.text_input import clean_typed

ZWSP, ZWNJ, ZWJ, SHY, NBSP, BOM, RLM = "\u200b", "\u200c", "\u200d", "\u00ad", "\u00a0", "\ufeff", "\u200f"


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        (f"Id{ZWSP}lib", "Idlib"),
        (f"Go{ZWNJ}ma", "Goma"),
        (f"Id{SHY}lib", "Idlib"),
        (f"{BOM}Idlib{ZWJ}", "Idlib"),
        (f"North{NBSP}Darfur", "North Darfur"),
        ("North\u2003\u2003Darfur", "North Darfur"),
        (f"{RLM}\u202eIdlib\u202c", "Idlib"),
        ("Ｉｄｌｉｂ", "Idlib"),  # full-width letters
        ("Id\u034flib", "Idlib"),  # combining grapheme joiner
        ("Id\x00lib\x1b", "Idlib"),
        ("إدلب", "إدلب"),
    ],
)
def test_clean_typed(typed: str, clean: str) -> None:
    """Format characters, controls and joiners go; odd spaces become one space; letters stay."""
    assert clean_typed(typed) == clean


@pytest.mark.parametrize(
    ("typed", "place", "country"),
    [
        (f"Id{ZWSP}lib", "Idlib", "SYR"),
        (f"Id{SHY}lib", "Idlib", "SYR"),
        (f"Go{ZWSP}ma", "Goma", "COD"),
        (f"Go{ZWNJ}ma", "Goma", "COD"),
        (f"North{NBSP}Darfur", "North Darfur", "SDN"),
    ],
)
def test_subscribe_query_with_hidden_characters_finds_the_place(typed: str, place: str, country: str) -> None:
    """`/subscribe Id<U+200B>lib` resolves to Idlib through the real gazetteer, not to a place named "Lib"."""
    query = parse.parse_place([typed])
    resolution = gazetteer_resolver()(query)
    found = resolution.place or (resolution.suggestions[0] if resolution.suggestions else None)
    assert found is not None
    assert (found.name, found.country_iso3) == (place, country)


def test_every_argument_parser_cleans_its_words() -> None:
    """Thresholds, digest times, zones and `all` read through hidden characters."""
    threshold = parse.parse_threshold([f"kil{ZWSP}led", f"1{ZWSP}0,000", f"Id{SHY}lib"])
    assert (threshold.kind, threshold.minimum, threshold.place) == (parse.AlertKind.KILLED, 10_000, "Idlib")
    assert parse.parse_threshold(["displaced", f"10{NBSP}000"]).minimum == 10_000
    digest = parse.parse_digest_time([f"07:{ZWSP}30", f"Africa/{ZWJ}Nairobi"])
    assert (digest.time, digest.zone) == (dt.time(7, 30), "Africa/Nairobi")
    assert parse.parse_digest_time([f"o{SHY}ff"]).time is None
    assert parse.parse_unsubscribe([f"a{ZWSP}ll"]).everything


@pytest.mark.parametrize("typed", [ZWSP, f"{ZWSP}{SHY}{BOM}", NBSP * 3, "\u2028"])
def test_nothing_but_invisible_characters_is_an_empty_argument(typed: str) -> None:
    """An argument that cleans to nothing gets the usage message, as if nothing was typed."""
    with pytest.raises(parse.UsageError, match="Usage"):
        parse.parse_place([typed])


@pytest.mark.parametrize(
    ("typed", "hours"), [(f"8{ZWSP}h", 8), (f"1h{NBSP}30m", 1.5), (f"{BOM}2d", 48), ("9" * 5000 + "h", None)]
)
def test_mute_durations_read_through_hidden_characters(typed: str, hours: float | None) -> None:
    """`/mute 8<U+200B>h` is eight hours; a 5,000-digit number is no duration (and no crash)."""
    from bot.telegram_ui.durations import parse_duration

    duration = parse_duration(typed)
    assert (duration.total_seconds() / 3600 if duration else None) == hours
