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
from bot.telegram_ui.context import BotContext
from bot.telegram_ui.follow_commands import ensure_chat
from bot.telegram_ui.guards import reply, require_admin
from bot.weekly.schedule import DAY_NAMES, WeeklyUsageError, parse_weekly

EXPORT_USAGE = (
    f"Usage: /export [days] [projections]: the events of the chat's places over the last days (default "
    f"{DEFAULT_DAYS}, at most {MAX_DAYS}) as a CSV file with HXL tags; add “projections” for forecast figures too.\n"
    "Example: /export 30"
)
NOTHING_FOLLOWED = "This chat follows no places yet: /subscribe to one first."
_PROJECTION_WORDS = {"projections", "projection", "forecasts", "+projections"}


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportArgs:
    """`/export 30 projections`: a day count, and whether forecast figures are wanted too."""

    days: int
    projections: bool = False


def parse_export(args: Sequence[str]) -> ExportArgs:
    """What `/export` asks for; ValueError with the usage when it is anything else."""
    words = list(args)
    projections = bool(words) and words[-1].casefold() in _PROJECTION_WORDS
    if projections:
        words.pop()
    return ExportArgs(days=parse_days(words), projections=projections)


def parse_days(args: Sequence[str]) -> int:
    """The number of days `/export` asks for; ValueError with the usage when it is anything else."""
    if not args:
        return DEFAULT_DAYS
    text = args[0].casefold().removesuffix("days").removesuffix("d").strip()
    if len(args) > 2 or (len(args) == 2 and args[1].casefold() not in {"day", "days"}):
        raise ValueError(EXPORT_USAGE)
    if not text.isdecimal() or not 1 <= int(text) <= MAX_DAYS:
        raise ValueError(f"“{args[0][:40]}” is not a number of days from 1 to {MAX_DAYS}. {EXPORT_USAGE}")
    return int(text)


async def export(update: Update, context: BotContext) -> None:
    """Send the chat's events of the last days as a CSV document."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    try:
        wanted = parse_export(context.args or [])
    except ValueError as exc:
        await reply(context, message, html.escape(str(exc)))
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
        await reply(context, message, NOTHING_FOLLOWED)
        return
    caption = (
        f"{made.rows:,} row{'s' if made.rows != 1 else ''}: events of this chat's places, "
        f"{made.first_day:%d %b} – {made.last_day:%d %b %Y} (header, HXL tags, one row per event)."
    )
    await services.pacer.send(
        message.chat_id,
        lambda: message.reply_document(made.csv, filename=made.filename(), caption=caption, do_quote=False),
    )


async def weekly(update: Update, context: BotContext) -> None:
    """The weekly summary now, or schedule it (`/weekly monday 08:00`), or stop it (`/weekly off`)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    try:
        wanted = parse_weekly(context.args or [])
    except WeeklyUsageError as exc:
        await reply(context, message, html.escape(str(exc)))
        return
    services = context.services
    schedule = services.desk.weekly.schedule
    if wanted.now:
        text = await asyncio.to_thread(services.desk.weekly.build, chat.id, services.clock())
        setting = await asyncio.to_thread(schedule.get, chat.id)
        if setting is None:
            when = "Not scheduled: <code>/weekly monday 08:00</code> sends it every week."
        else:
            zone = html.escape(setting.timezone)
            when = f"Sent every {DAY_NAMES[setting.weekday]} at {setting.time:%H:%M} ({zone}); /weekly off stops it."
        await reply(context, message, f"{text}\n{when}")
        return
    if not await require_admin(update, context):
        return
    record = await asyncio.to_thread(ensure_chat, services, chat)
    if wanted.off:
        had = await asyncio.to_thread(schedule.clear, chat.id)
        await reply(context, message, "Weekly summary switched off." if had else "No weekly summary was scheduled.")
        return
    assert wanted.weekday is not None
    assert wanted.time is not None
    await asyncio.to_thread(schedule.set, chat.id, wanted.weekday, wanted.time, services.clock())
    await reply(
        context,
        message,
        f"Weekly summary every {DAY_NAMES[wanted.weekday]} at {wanted.time:%H:%M} ({html.escape(record.timezone)}), "
        "covering the seven days before. Change the zone with /digesttime.",
    )
