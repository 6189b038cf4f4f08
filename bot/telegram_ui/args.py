"""Command argument parsing: the words after a command turned into checked values or a usage message.

Pure and Telegram-free, so every odd thing people type can be tested directly. Each parser either returns a
value or raises `UsageError`, whose `text(lang)` is the reply the user gets in the chat's language (plain text;
the caller escapes it); its English text is also the exception's message.
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

from bot.i18n import Lang, t
from bot.text_input import clean_typed, clean_words

MAX_PLACE_CHARS = 100
MAX_THRESHOLD = 1_000_000_000

# Catalogue keys (bot.i18n.reports) of each command's usage message.
THRESHOLD_USAGE = "usage_threshold"
DIGESTTIME_USAGE = "usage_digesttime"
SUBSCRIBE_USAGE = "usage_subscribe"
UNSUBSCRIBE_USAGE = "usage_unsubscribe"


class UsageError(ValueError):
    """The arguments do not fit the command: a catalogue message (and its values) to tell the user.

    A value named ``usage`` is itself a catalogue key: the command's usage, told in the same language.
    """

    def __init__(self, key: str, **values: str) -> None:
        self.key = key
        self.values = values
        super().__init__(self.text(Lang.EN))

    def text(self, lang: Lang) -> str:
        """What to tell the user, in `lang` (plain text)."""
        filled = {name: t(lang, value) if name == "usage" else value for name, value in self.values.items()}
        return t(lang, self.key, **filled)


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
        raise UsageError("usage_place_too_long", limit=str(MAX_PLACE_CHARS))
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
        raise UsageError("usage_not_a_number", text=text, usage=THRESHOLD_USAGE)
    value = int(re.sub(r"\D", "", text))
    if not 1 <= value <= MAX_THRESHOLD:
        raise UsageError("usage_number_range", maximum=f"{MAX_THRESHOLD:,}")
    return value


def parse_threshold(args: Sequence[str]) -> ThresholdArgs:
    """Kind, minimum and optional place of `/threshold`."""
    args = clean_words(args)
    if len(args) < 2:
        raise UsageError(THRESHOLD_USAGE)
    try:
        kind = AlertKind(args[0].casefold())
    except ValueError:
        raise UsageError("usage_unknown_kind", text=args[0], usage=THRESHOLD_USAGE) from None
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
        raise UsageError("usage_not_a_time", text=args[0], usage=DIGESTTIME_USAGE)
    time = dt.time(int(match.group(1)), int(match.group(2)))
    zone = resolve_zone(args[1]) if len(args) == 2 else None
    return DigestTimeArgs(time=time, zone=zone)


def resolve_zone(text: str) -> str:
    """The IANA zone name matching `text`, compared without regard to case."""
    text = clean_typed(text)
    key = _zones_by_folded_name().get(text.casefold())
    if key is None:
        raise UsageError("usage_unknown_zone", text=text)
    return key


@cache
def _zones_by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in zoneinfo.available_timezones()}
