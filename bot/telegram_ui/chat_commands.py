"""Commands about the chat itself: /start, /help, /digest, /digesttime, /mute, /unmute, /sources."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.telegram_ui import args as parse
from bot.telegram_ui import replies
from bot.telegram_ui.context import BotContext
from bot.telegram_ui.follow_commands import ensure_chat
from bot.telegram_ui.guards import reply, reply_photo, require_admin


async def start(update: Update, context: BotContext) -> None:
    """Say what the bot does and how to subscribe."""
    if update.effective_message is not None:
        await reply(context, update.effective_message, replies.help_text())


async def digest(update: Update, context: BotContext) -> None:
    """The last 24 hours for the chat's places, now: text, then the chart."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    services = context.services
    text, caption, chart = await services.digests(chat.id, services.clock())
    await reply(context, message, text)
    if chart is not None:
        await reply_photo(context, message, chart, caption)


async def digest_time(update: Update, context: BotContext) -> None:
    """Set the daily digest's local time (and zone), or switch it off."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    try:
        wanted = parse.parse_digest_time(context.args or ())
    except parse.UsageError as exc:
        await reply(context, message, replies.usage(str(exc)))
        return
    services = context.services
    record = await asyncio.to_thread(ensure_chat, services, chat)
    zone = wanted.zone or record.timezone
    await asyncio.to_thread(services.chats.set_digest_time, chat.id, wanted.time, zone, services.clock())
    if wanted.time is None:
        await reply(context, message, "Daily digest switched off. /digest still works at any time.")
    else:
        await reply(context, message, f"Daily digest at {wanted.time:%H:%M} ({replies.usage(zone)}).")


async def mute(update: Update, context: BotContext) -> None:
    """Stop alerts and scheduled digests for this chat (subscriptions are kept)."""
    await _set_muted(update, context, muted=True)


async def unmute(update: Update, context: BotContext) -> None:
    """Resume alerts and scheduled digests."""
    await _set_muted(update, context, muted=False)


async def _set_muted(update: Update, context: BotContext, *, muted: bool) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    services = context.services
    await asyncio.to_thread(ensure_chat, services, chat)
    await asyncio.to_thread(services.chats.set_muted, chat.id, muted)
    if muted:
        await reply(context, message, "🔕 Muted: no alerts or scheduled digests until /unmute. Subscriptions are kept.")
    else:
        await reply(context, message, "🔔 Unmuted: alerts and digests resume.")


async def sources(update: Update, context: BotContext) -> None:
    """Each source's health: last success, last error, items seen."""
    message = update.effective_message
    if message is None:
        return
    services = context.services
    rows = await asyncio.to_thread(services.source_health)
    configured = [(source.name, source.type) for source in services.settings.enabled_sources]
    await reply(context, message, replies.sources_text(configured, rows, services.clock()))
