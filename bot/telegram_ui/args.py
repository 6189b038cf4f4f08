"""Command argument parsing: the words after a command turned into checked values or a usage message.

Pure and Telegram-free, so every odd thing people type can be tested directly. Each parser either returns a
value or raises `UsageError`, whose text is the reply the user gets (plain text; the caller escapes it).
Every argument is cleaned first (`bot.text_input`): invisible and format characters never reach matching.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from bot.text_input import clean_typed, clean_words

MAX_PLACE_CHARS = 100
MAX_THRESHOLD = 1_000_000_000

THRESHOLD_USAGE = (
    "Usage: /threshold <kind> <number> [place]\n"
    "kind: killed, injured, missing or displaced; number: a whole number such as 50 or 10,000.\n"
    "Example: /threshold displaced 10,000 Sudan"
)
DIGESTTIME_USAGE = (
    "Usage: /digesttime <HH:MM> [time zone] or /digesttime off\n"
    "Example: /digesttime 07:30 Africa/Khartoum (the zone defaults to the chat's current one)"
)
SUBSCRIBE_USAGE = "Usage: /subscribe <place>, a country, region or town. Example: /subscribe North Darfur"
UNSUBSCRIBE_USAGE = "Usage: /unsubscribe <place> or /unsubscribe all"


class UsageError(ValueError):
    """The arguments do not fit the command; the message is what to tell the user."""


class AlertKind(StrEnum):
    """The kinds a chat can set a threshold for."""

    KILLED = "killed"
    INJURED = "injured"
    MISSING = "missing"
    DISPLACED = "displaced"


@dataclass(frozen=True, slots=True, kw_only=True)
class ThresholdArgs:
    """`/threshold killed 50 Idlib`: a kind, a minimum and optionally one of the chat's places."""

    kind: AlertKind
    minimum: int
    place: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestTimeArgs:
    """`/digesttime 07:30 Africa/Nairobi`: a local time and optionally a zone; `off` when `time` is None."""

    time: dt.time | None
    zone: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class UnsubscribeArgs:
    """`/unsubscribe Idlib` or `/unsubscribe all`."""

    place: str | None
    everything: bool


# A whole number with optional thousands separators: 10000, 10,000, 10.000, 10'000, 10 000 (also narrow spaces).
_NUMBER = re.compile(r"\d{1,3}(?:[ ,.'\u00a0\u2009\u202f_]\d{3})+|\d+")
_THREE_DIGITS = re.compile(r"\d{3}")
_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.h]([0-5]\d)")


def parse_place(args: Sequence[str], *, usage: str = SUBSCRIBE_USAGE) -> str:
    """The place named by the arguments, whitespace-normalised."""
    place = " ".join(clean_words(args))
    if not place:
        raise UsageError(usage)
    if len(place) > MAX_PLACE_CHARS:
        raise UsageError(f"That place name is too long (at most {MAX_PLACE_CHARS} characters).")
    return place


def parse_unsubscribe(args: Sequence[str]) -> UnsubscribeArgs:
    """A place to stop following, or all of them."""
    place = parse_place(args, usage=UNSUBSCRIBE_USAGE)
    if place.casefold() == "all":
        return UnsubscribeArgs(place=None, everything=True)
    return UnsubscribeArgs(place=place, everything=False)


def parse_number(text: str) -> int:
    """A positive whole number, with or without thousands separators."""
    text = clean_typed(text)
    if not _NUMBER.fullmatch(text):
        raise UsageError(f"“{text}” is not a whole number. {THRESHOLD_USAGE}")
    value = int(re.sub(r"\D", "", text))
    if not 1 <= value <= MAX_THRESHOLD:
        raise UsageError(f"The number must be between 1 and {MAX_THRESHOLD:,}.")
    return value


def parse_threshold(args: Sequence[str]) -> ThresholdArgs:
    """Kind, minimum and optional place of `/threshold`."""
    args = clean_words(args)
    if len(args) < 2:
        raise UsageError(THRESHOLD_USAGE)
    try:
        kind = AlertKind(args[0].casefold())
    except ValueError:
        raise UsageError(f"Unknown kind “{args[0]}”. {THRESHOLD_USAGE}") from None
    number_words = [args[1]]
    rest = list(args[2:])
    # "10 000" arrives as two words: later groups of exactly three digits continue the number.
    while rest and _THREE_DIGITS.fullmatch(rest[0]) and _NUMBER.fullmatch(number_words[0]):
        number_words.append(rest.pop(0))
    minimum = parse_number(number_words[0] if len(number_words) == 1 else ",".join(number_words))
    place = parse_place(rest, usage=THRESHOLD_USAGE) if rest else None
    return ThresholdArgs(kind=kind, minimum=minimum, place=place)


def parse_digest_time(args: Sequence[str]) -> DigestTimeArgs:
    """A local time (and zone) for the daily digest, or `off`."""
    args = clean_words(args)
    if len(args) == 1 and args[0].casefold() in {"off", "none", "stop"}:
        return DigestTimeArgs(time=None, zone=None)
    if not 1 <= len(args) <= 2:
        raise UsageError(DIGESTTIME_USAGE)
    match = _CLOCK.fullmatch(args[0])
    if not match:
        raise UsageError(f"“{args[0]}” is not a time of day. {DIGESTTIME_USAGE}")
    time = dt.time(int(match.group(1)), int(match.group(2)))
    zone = resolve_zone(args[1]) if len(args) == 2 else None
    return DigestTimeArgs(time=time, zone=zone)


def resolve_zone(text: str) -> str:
    """The IANA zone name matching `text`, compared without regard to case."""
    text = clean_typed(text)
    key = _zones_by_folded_name().get(text.casefold())
    if key is None:
        raise UsageError(f"Unknown time zone “{text}”. Use an IANA name such as Europe/Paris, Asia/Kabul or UTC.")
    return key


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in zoneinfo.available_timezones()}
