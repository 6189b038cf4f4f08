"""Command arguments: what people type becomes checked values or a usage message."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.telegram_ui.args import (
    AlertKind,
    UsageError,
    parse_digest_time,
    parse_place,
    parse_threshold,
    parse_unsubscribe,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("killed 50", (AlertKind.KILLED, 50, None), id="plain"),
        pytest.param("displaced 10,000", (AlertKind.DISPLACED, 10_000, None), id="comma-separator"),
        pytest.param("displaced 10.000", (AlertKind.DISPLACED, 10_000, None), id="dot-separator"),
        pytest.param("displaced 10 000 Sudan", (AlertKind.DISPLACED, 10_000, "Sudan"), id="space-separator-then-place"),
        pytest.param("Injured 1\u202f500", (AlertKind.INJURED, 1_500, None), id="narrow-space-and-capital-kind"),
        pytest.param("missing 3 North  Darfur", (AlertKind.MISSING, 3, "North Darfur"), id="place-of-two-words"),
        pytest.param("killed 1,250,000 Idlib", (AlertKind.KILLED, 1_250_000, "Idlib"), id="millions"),
        pytest.param("killed 100 200 Gaza", (AlertKind.KILLED, 100_200, "Gaza"), id="digit-group-joins-number"),
    ],
)
def test_threshold_arguments_are_read(text: str, expected: tuple[AlertKind, int, str | None]) -> None:
    """Kind, number (with any common thousands separator) and optional place are read from /threshold."""
    parsed = parse_threshold(text.split())
    assert (parsed.kind, parsed.minimum, parsed.place) == expected


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        pytest.param("", "Usage: /threshold", id="nothing"),
        pytest.param("killed", "Usage: /threshold", id="no-number"),
        pytest.param("houses 5", "Unknown kind", id="kind-not-alertable"),
        pytest.param("killed lots", "not a whole number", id="word-for-number"),
        pytest.param("killed 1,00", "not a whole number", id="bad-grouping"),
        pytest.param("killed -5", "not a whole number", id="negative"),
        pytest.param("killed 2.5", "not a whole number", id="decimal"),
        pytest.param("killed 0", "between 1 and", id="zero"),
        pytest.param("killed 99999999999", "between 1 and", id="absurdly-large"),
        pytest.param("50 killed", "Unknown kind", id="order-swapped"),
    ],
)
def test_bad_threshold_arguments_get_usage(text: str, hint: str) -> None:
    """Anything that is not '<kind> <number> [place]' is refused with a message saying what is wrong."""
    with pytest.raises(UsageError, match=hint):
        parse_threshold(text.split())


@pytest.mark.parametrize(
    ("text", "time", "zone"),
    [
        pytest.param("07:30", dt.time(7, 30), None, id="time-only"),
        pytest.param("7:05 Africa/Khartoum", dt.time(7, 5), "Africa/Khartoum", id="single-digit-hour-and-zone"),
        pytest.param("18:00 europe/paris", dt.time(18, 0), "Europe/Paris", id="zone-in-lower-case"),
        pytest.param("23:59 UTC", dt.time(23, 59), "UTC", id="utc"),
        pytest.param("off", None, None, id="off"),
        pytest.param("OFF", None, None, id="off-capitals"),
    ],
)
def test_digest_time_arguments_are_read(text: str, time: dt.time | None, zone: str | None) -> None:
    """/digesttime accepts HH:MM with an optional IANA zone (any case), or off."""
    parsed = parse_digest_time(text.split())
    assert (parsed.time, parsed.zone) == (time, zone)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        pytest.param("", "Usage: /digesttime", id="nothing"),
        pytest.param("24:00", "not a time of day", id="hour-too-large"),
        pytest.param("07:60", "not a time of day", id="minute-too-large"),
        pytest.param("seven", "not a time of day", id="word"),
        pytest.param("07:30 Mars/Olympus", "Unknown time zone", id="unknown-zone"),
        pytest.param("07:30 Europe/Paris extra", "Usage: /digesttime", id="too-many-words"),
    ],
)
def test_bad_digest_time_gets_usage(text: str, hint: str) -> None:
    """A time that is not a time of day, or an unknown zone, is refused with a clear message."""
    with pytest.raises(UsageError, match=hint):
        parse_digest_time(text.split())


def test_place_words_are_joined_and_trimmed() -> None:
    """A place typed over several words with stray spaces becomes one clean name."""
    assert parse_place(["  Deir", "ez-Zor ", ""]) == "Deir ez-Zor"


@pytest.mark.parametrize(
    "args",
    [pytest.param([], id="no-words"), pytest.param(["x" * 101], id="too-long")],
)
def test_missing_or_oversized_place_is_refused(args: list[str]) -> None:
    """No place, or a place name longer than any real one, gets a usage message."""
    with pytest.raises(UsageError):
        parse_place(args)


def test_unsubscribe_all_is_recognised_in_any_case() -> None:
    """'/unsubscribe ALL' means every place, not a place called 'ALL'."""
    parsed = parse_unsubscribe(["ALL"])
    assert parsed.everything
    assert parsed.place is None


def test_unsubscribe_place_keeps_its_name() -> None:
    """'/unsubscribe North Kivu' names one place."""
    parsed = parse_unsubscribe(["North", "Kivu"])
    assert (parsed.place, parsed.everything) == ("North Kivu", False)
