"""/export [days] (a CSV document of the chat's places' events) and /weekly (the week against the four before).

Thin: parse the arguments, call the desk in a worker thread (SQL blocks), reply. In groups anyone may export or
read the summary; only administrators may schedule or stop it.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import Update

from bot.export.build import DEFAULT_DAYS, MAX_DAYS
from bot.i18n import Lang, formats, t
from bot.telegram_ui.args import UsageError
from bot.telegram_ui.context import BotContext
from bot.telegram_ui.follow_commands import ensure_chat
from bot.telegram_ui.guards import chat_language, reply, require_admin
from bot.weekly.schedule import WeeklyUsageError, parse_weekly


class ExportUsageError(UsageError):
    """The arguments do not fit `/export`: a catalogue message, with `/export`'s usage, to tell the user."""

    def __init__(self, key: str = "usage_export", **values: str) -> None:
        super().__init__(key, **values)

    def text(self, lang: Lang) -> str:
        """What to tell the user, in `lang` (plain text)."""
        maximum = formats.number(MAX_DAYS, lang)
        usage = t(lang, "usage_export", default=formats.number(DEFAULT_DAYS, lang), maximum=maximum)
        if self.key == "usage_export":
            return usage
        return t(lang, self.key, **{**self.values, "maximum": maximum, "usage": usage})


_PROJECTION_WORDS = {"projections", "projection", "forecasts", "+projections"}


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportArgs:
    """`/export 30 projections`: a day count, and whether forecast figures are wanted too."""

    days: int
    projections: bool = False


def parse_export(args: Sequence[str]) -> ExportArgs:
    """What `/export` asks for; ExportUsageError (a ValueError) with the usage when it is anything else."""
    words = list(args)
    projections = bool(words) and words[-1].casefold() in _PROJECTION_WORDS
    if projections:
        words.pop()
    return ExportArgs(days=parse_days(words), projections=projections)


def parse_days(args: Sequence[str]) -> int:
    """The number of days `/export` asks for; ExportUsageError with the usage when it is anything else."""
    if not args:
        return DEFAULT_DAYS
    text = args[0].casefold().removesuffix("days").removesuffix("d").strip()
    if len(args) > 2 or (len(args) == 2 and args[1].casefold() not in {"day", "days"}):
        raise ExportUsageError()
    if not text.isdecimal() or not 1 <= int(text) <= MAX_DAYS:
        raise ExportUsageError("usage_export_days", text=args[0][:40])
    return int(text)


async def export(update: Update, context: BotContext) -> None:
    """Send the chat's events of the last days as a CSV document."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lang = await chat_language(update, context)
    try:
        wanted = parse_export(context.args or [])
    except ExportUsageError as exc:
        await reply(context, message, html.escape(exc.text(lang)))
        return
    services = context.services
    made = await asyncio.to_thread(
        services.desk.export,
        chat.id,
        days=wanted.days,
        today=services.clock().date(),
        projections=wanted.projections,
    )
    if made is None:
        await reply(context, message, t(lang, "follow_first"))
        return
    span = t(lang, "weekly_span", first=formats.day_month(made.first_day, lang), last=formats.day(made.last_day, lang))
    caption = t(lang, "export_caption", span=span, rows=formats.number(made.rows, lang))
    await services.pacer.send(
        message.chat_id,
        lambda: message.reply_document(made.csv, filename=made.filename(), caption=caption, do_quote=False),
    )


async def weekly(update: Update, context: BotContext) -> None:
    """The weekly summary now, or schedule it (`/weekly monday 08:00`), or stop it (`/weekly off`)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lang = await chat_language(update, context)
    try:
        wanted = parse_weekly(context.args or [])
    except WeeklyUsageError as exc:
        await reply(context, message, html.escape(exc.text(lang)))
        return
    services = context.services
    schedule = services.desk.weekly.schedule
    if wanted.now:
        text = await asyncio.to_thread(services.desk.weekly.build, chat.id, services.clock(), lang)
        setting = await asyncio.to_thread(schedule.get, chat.id)
        if setting is None:
            when = t(lang, "weekly_not_scheduled")
        else:
            when = t(
                lang,
                "weekly_scheduled_line",
                day=formats.weekday(setting.weekday, lang),
                time=f"{setting.time:%H:%M}",
                zone=html.escape(setting.timezone),
            )
        await reply(context, message, f"{text}\n{when}")
        return
    if not await require_admin(update, context):
        return
    record = await asyncio.to_thread(ensure_chat, services, chat)
    if wanted.off:
        had = await asyncio.to_thread(schedule.clear, chat.id)
        await reply(context, message, t(lang, "weekly_switched_off" if had else "weekly_was_not_scheduled"))
        return
    assert wanted.weekday is not None
    assert wanted.time is not None
    await asyncio.to_thread(schedule.set, chat.id, wanted.weekday, wanted.time, services.clock())
    set_text = t(
        lang,
        "weekly_set",
        day=formats.weekday(wanted.weekday, lang),
        time=f"{wanted.time:%H:%M}",
        zone=html.escape(record.timezone),
    )
    await reply(context, message, set_text)
