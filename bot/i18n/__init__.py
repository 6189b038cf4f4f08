"""The bot's languages and words, below every layer that speaks: domain texts, digests and the Telegram interface.

`t(lang, key, **values)` fills one catalogue entry (``bot.i18n.interface`` for the interface's own replies,
``bot.i18n.reports`` for alerts, digests, charts, /why, usage messages and /sources). Arabic text gets a
right-to-left mark opening each line, and every value holding Latin letters or digits (a place name, an outlet,
a number) is wrapped in a first-strong isolate, so "Goma" or "1,200" cannot reorder the Arabic around it.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.i18n.interface import COMMAND_DESCRIPTIONS, INTERFACE, READING_COMMANDS
from bot.i18n.reports import REPORTS


class Lang(StrEnum):
    """Languages the bot speaks."""

    EN = "en"
    FR = "fr"
    AR = "ar"


DEFAULT = Lang.EN
RLM = "\u200f"
_FSI, _PDI = "\u2068", "\u2069"
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_ORDER = (Lang.EN, Lang.FR, Lang.AR)

# key → (English, French, Arabic); one table so a key cannot mean two things.
CATALOGUE: dict[str, tuple[str, str, str]] = {**INTERFACE, **REPORTS}
if len(CATALOGUE) != len(INTERFACE) + len(REPORTS):
    raise RuntimeError(f"message keys defined twice: {sorted(set(INTERFACE) & set(REPORTS))}")

__all__ = [
    "CATALOGUE",
    "COMMAND_DESCRIPTIONS",
    "DEFAULT",
    "READING_COMMANDS",
    "RLM",
    "Lang",
    "command_description",
    "isolate",
    "language_of",
    "rtl",
    "t",
]


def language_of(code: str | None) -> Lang:
    """The bot's language for a Telegram language_code ("fr-CA" → French); English when it speaks no other."""
    prefix = (code or "").split("-")[0].split("_")[0].casefold()
    return Lang(prefix) if prefix in {lang.value for lang in Lang} else DEFAULT


def rtl(text: str) -> str:
    """Arabic text with a right-to-left mark opening each line."""
    return "\n".join(line if not line or line.startswith(RLM) else RLM + line for line in text.split("\n"))


def isolate(value: str) -> str:
    """A left-to-right run (Latin name, number, command) isolated inside Arabic text; other text unchanged.

    A value already holding Arabic is a phrase composed in Arabic (its own Latin parts isolated where it was
    made), and a value spanning lines must not be isolated either: an isolate must close on its own line.
    """
    if not _LATIN_OR_DIGIT.search(value) or _ARABIC.search(value) or "\n" in value or value.startswith(_FSI):
        return value
    return f"{_FSI}{value}{_PDI}"


def t(lang: Lang, key: str, **values: object) -> str:
    """The message `key` in `lang`, filled with `values` (already escaped by the caller when the text is HTML)."""
    template = CATALOGUE[key][_ORDER.index(lang)]
    if lang is not Lang.AR:
        return template.format(**values)
    return rtl(template.format(**{name: isolate(_inner(str(value))) for name, value in values.items()}))


def _inner(value: str) -> str:
    """A phrase composed by `t` placed inside another: its opening mark is the outer line's job."""
    return value[1:] if value.startswith(RLM) and "\n" not in value else value


def command_description(lang: Lang, command: str) -> str:
    """The command menu's description of `command` in `lang`."""
    return COMMAND_DESCRIPTIONS[command][_ORDER.index(lang)]
