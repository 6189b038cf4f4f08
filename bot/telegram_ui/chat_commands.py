"""Commands about the chat itself: /start, /help, /digest, /digesttime, /mute, /unmute, /language, /sources."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
from collections.abc import Awaitable, Callable

from telegram import Message, Update

from bot.i18n import formats
from bot.storage.chats_repo import ChatRecord, local_now
from bot.telegram_ui import args as parse
from bot.telegram_ui import replies
from bot.telegram_ui.context import BotContext, Services
from bot.telegram_ui.durations import parse_duration
from bot.telegram_ui.follow_commands import ensure_chat
from bot.telegram_ui.guards import chat_language, reply, reply_photo, require_admin
from bot.telegram_ui.i18n import Lang, t
from bot.telegram_ui.quiet_hours import quiet_until
from bot.text_input import clean_words


async def start(update: Update, context: BotContext) -> None:
    """Say what the bot does and how to subscribe."""
    if update.effective_message is not None:
        lang = await chat_language(update, context)
        await reply(context, update.effective_message, replies.help_text(lang))


async def digest(update: Update, context: BotContext) -> None:
    """The last 24 hours for the chat's places, now: text, then the chart.

    The chart follows from a task of its own: it may not reach the chat sooner than a second after the text
    (Telegram's pace per chat), and a handler waiting that second would hold one of the few slots every other
    chat's commands are handled in. The application awaits the task when it stops.
    """
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    services = context.services
    lang = await chat_language(update, context)
    digest_now, draw = await services.digests.text_first(chat.id, services.clock(), lang)
    await reply(context, message, digest_now.text)  # the text first: the chart takes a moment to draw
    context.application.create_task(_send_chart(context, message, draw, digest_now.caption), update=update)


async def _send_chart(
    context: BotContext, message: Message, draw: Callable[[], Awaitable[bytes | None]], caption: str
) -> None:
    """Draw the digest's chart and send it after the text (nothing when there is nothing to draw)."""
    chart = await draw()
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
        await reply(context, message, replies.usage(exc.text(await chat_language(update, context))))
        return
    services = context.services
    record = await asyncio.to_thread(ensure_chat, services, chat)
    zone = wanted.zone or record.timezone
    await asyncio.to_thread(services.chats.set_digest_time, chat.id, wanted.time, zone, services.clock())
    lang = await chat_language(update, context)
    if wanted.time is None:
        await reply(context, message, t(lang, "digest_set_off"))
    else:
        await reply(context, message, t(lang, "digest_set", time=f"{wanted.time:%H:%M}", zone=replies.usage(zone)))


async def mute(update: Update, context: BotContext) -> None:
    """Stop alerts and scheduled digests for a while (`/mute 8h`) or until /unmute; subscriptions are kept."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    lang = await chat_language(update, context)
    duration = parse_duration(" ".join(context.args)) if context.args else None
    if context.args and duration is None:
        await reply(context, message, t(lang, "mute_usage"))
        return
    services = context.services
    now = services.clock()
    record = await asyncio.to_thread(ensure_chat, services, chat)
    since = record.muted_since if record.muted and record.muted_since else now  # a longer mute keeps its start
    until = now + duration if duration else None
    await asyncio.to_thread(services.chats.set_muted, chat.id, True, since=since, until=until)
    if until is None:
        await reply(context, message, t(lang, "muted"))
    else:
        local = local_now(until, record.timezone)
        await reply(context, message, t(lang, "muted_for", until=f"{local:%d %b %H:%M} {html.escape(record.timezone)}"))


async def unmute(update: Update, context: BotContext) -> None:
    """Resume alerts and scheduled digests, with a summary of what reached the chat's places meanwhile."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    lang = await chat_language(update, context)
    services = context.services
    record = await asyncio.to_thread(ensure_chat, services, chat)
    await asyncio.to_thread(services.chats.set_muted, chat.id, False)
    text = t(lang, "unmuted")
    if record.muted and record.muted_since is not None:  # one message: the confirmation, then what was held
        text += "\n\n" + await asyncio.to_thread(catch_up_text, services, record, services.clock(), lang)
    await reply(context, message, text)


def catch_up_text(services: Services, record: ChatRecord, now: dt.datetime, lang: Lang) -> str:
    """What was held while the chat was muted, in one message (blocking: SQL)."""
    since = record.muted_since or now
    local = f"{formats.moment(local_now(since, record.timezone), lang, with_year=False)} {html.escape(record.timezone)}"
    digest = services.digests.catch_up(record.chat_id, since, now, lang)
    if digest.empty:
        return t(lang, "catchup_nothing", since=local)
    body = digest.text.split("\n", 1)[1] if "\n" in digest.text else digest.text
    return t(lang, "catchup_header", since=local) + "\n" + body


async def language(update: Update, context: BotContext) -> None:
    """Set the chat's interface language: /language en|fr|ar."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    words = clean_words(context.args or ())
    wanted = words[0].casefold() if len(words) == 1 else ""
    if wanted not in {lang.value for lang in Lang}:
        await reply(context, message, t(await chat_language(update, context), "language_usage"))
        return
    services = context.services
    await asyncio.to_thread(ensure_chat, services, chat)
    await asyncio.to_thread(services.chats.set_language, chat.id, wanted)
    await reply(context, message, t(Lang(wanted), "language_set"))


async def end_mutes(services: Services) -> int:
    """Start the quiet hours that have come; unmute the chats whose timer ran out and queue each one's catch-up
    (the number ended)."""

    def run() -> int:
        now = services.clock()
        ended = 0
        for record in services.chats.quiet_chats():
            if record.quiet_start is None or record.quiet_end is None:
                continue
            until = quiet_until(now, record.timezone, record.quiet_start, record.quiet_end)
            if until is not None:
                services.chats.set_muted(record.chat_id, True, since=now, until=until)
        for record in services.chats.mutes_ended(now):
            lang = Lang(record.language) if record.language else Lang.EN
            ended += services.chats.end_mute(record.chat_id, [catch_up_text(services, record, now, lang)], now)
        return ended

    return await asyncio.to_thread(run)


async def sources(update: Update, context: BotContext) -> None:
    """Each source's health: last success, last error, items seen."""
    message = update.effective_message
    if message is None:
        return
    services = context.services
    rows = await asyncio.to_thread(services.source_health)
    unread = await asyncio.to_thread(services.unread_reports)
    configured = [(source.name, source.type) for source in services.settings.enabled_sources]
    lang = await chat_language(update, context)
    await reply(context, message, replies.sources_text(configured, rows, services.clock(), unread, lang))
