"""The interface's languages, as the Telegram layer imports them: the catalogue itself lives in ``bot.i18n``,
below the domain, so alerts and digests speak the same words."""

from __future__ import annotations

from bot.i18n import (
    CATALOGUE,
    COMMAND_DESCRIPTIONS,
    DEFAULT,
    READING_COMMANDS,
    Lang,
    command_description,
    isolate,
    language_of,
    rtl,
    t,
)

__all__ = [
    "CATALOGUE",
    "COMMAND_DESCRIPTIONS",
    "DEFAULT",
    "READING_COMMANDS",
    "Lang",
    "command_description",
    "isolate",
    "language_of",
    "rtl",
    "t",
]
