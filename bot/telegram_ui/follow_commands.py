"""Commands about what a chat follows: /subscribe, /unsubscribe, /subscriptions, /threshold.

Thin: parse the arguments, call the repository (in a worker thread: SQL blocks), reply in HTML.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Sequence

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType

from bot.domain.alert_text import place_line
from bot.storage.chats_repo import ChatRecord, SubscriptionRecord, place_key
from bot.telegram_ui import args as parse
from bot.telegram_ui import replies
from bot.telegram_ui.context import BotContext, Services
from bot.telegram_ui.guards import chat_language, reply, require_admin
from bot.telegram_ui.i18n import DEFAULT, Lang, t
from bot.telegram_ui.place_buttons import confirmed_name, suggestion_keyboard
from bot.values import Location

UNSUBSCRIBE_ALL = "unsub:all"
UNSUBSCRIBE_CANCEL = "unsub:cancel"
UNDO = "undo"


async def subscribe(update: Update, context: BotContext) -> None:
    """Follow a place named exactly; anything else gets buttons to choose from, never a subscription."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    try:
        query = parse.parse_place(context.args or ())
    except parse.UsageError as exc:
        await reply(context, message, replies.usage(exc.text(await chat_language(update, context))))
        return
    services = context.services
    lang = await chat_language(update, context)
    resolution = await asyncio.to_thread(services.resolve_place, query)  # the gazetteer's work: off the loop
    if resolution.place is None:
        if not resolution.suggestions:
            await reply(context, message, t(lang, "unknown_place", query=html.escape(query)))
            return
        keyboard = suggestion_keyboard(resolution.suggestions, services.pending.token(query), lang)
        await reply(context, message, t(lang, "choose_place", query=html.escape(query)), keyboard)
        return
    text = await follow(services, chat, message, resolution.place, lang)
    await reply(context, message, text)


async def follow(services: Services, chat: Chat, message: Message | None, place: Location, lang: Lang) -> str:
    """Subscribe the chat to `place` (alerts then go to the forum topic this was asked in); the confirmation."""
    thresholds = services.settings.thresholds.model_dump()
    await asyncio.to_thread(ensure_chat, services, chat, lang)
    created = await asyncio.to_thread(services.chats.subscribe, chat.id, place, thresholds, services.clock())
    if message is not None and chat.is_forum:
        thread = message.message_thread_id if message.is_topic_message else None
        await asyncio.to_thread(services.chats.set_thread, chat.id, thread)
    name = html.escape(confirmed_name(place, lang))
    if not created:
        return t(lang, "already_following", place=name)
    return t(lang, "following", place=name) + "\n" + thresholds_text(thresholds, lang)


def thresholds_text(thresholds: dict[str, int | None], lang: Lang) -> str:
    """ "Alerts at: killed ≥ 1, injured ≥ 10, ..." in the chat's language."""
    return t(lang, "alerts_at", line=replies.kind_minimums(thresholds, lang))


async def unsubscribe(update: Update, context: BotContext) -> None:
    """Stop following one place, or all of them."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    try:
        wanted = parse.parse_unsubscribe(context.args or ())
    except parse.UsageError as exc:
        await reply(context, message, replies.usage(exc.text(await chat_language(update, context))))
        return
    chats = context.services.chats
    subs = await asyncio.to_thread(chats.subscriptions, chat.id)
    if wanted.everything:
        lang = await chat_language(update, context)
        if not subs:
            await reply(context, message, t(lang, "nothing_followed"))
            return
        buttons = [
            InlineKeyboardButton(t(lang, "button_yes_all", count=len(subs)), callback_data=UNSUBSCRIBE_ALL),
            InlineKeyboardButton(t(lang, "button_cancel"), callback_data=UNSUBSCRIBE_CANCEL),
        ]
        question = t(lang, "confirm_unsubscribe_all", count=len(subs))
        await reply(context, message, question, InlineKeyboardMarkup([buttons]))
        return
    assert wanted.place is not None
    lang = await chat_language(update, context)
    found = await find_followed(context.services, subs, wanted.place)
    if found is not None:
        await asyncio.to_thread(chats.unsubscribe, chat.id, found.place_key)
    names = [html.escape(confirmed_name(found.place, lang))] if found else []
    await reply(context, message, replies.unsubscribed(names, lang))


async def subscriptions(update: Update, context: BotContext) -> None:
    """List the chat's places, thresholds, digest time and mute state."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    chats = context.services.chats
    record = await asyncio.to_thread(chats.get, chat.id)
    subs = await asyncio.to_thread(chats.subscriptions, chat.id)
    lang = await chat_language(update, context)
    await reply(context, message, replies.subscriptions_text(record, subs, lang))


async def threshold(update: Update, context: BotContext) -> None:
    """Set the minimum figure that alerts for one kind, on one followed place or on all of them."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    try:
        wanted = parse.parse_threshold(context.args or ())
    except parse.UsageError as exc:
        await reply(context, message, replies.usage(exc.text(await chat_language(update, context))))
        return
    chats = context.services.chats
    lang = await chat_language(update, context)
    subs = await asyncio.to_thread(chats.subscriptions, chat.id)
    if not subs:
        await reply(context, message, t(lang, "follow_first"))
        return
    targets = subs
    if wanted.place is not None:
        found = await find_followed(context.services, subs, wanted.place)
        if found is None:
            await reply(context, message, replies.unsubscribed([], lang))
            return
        targets = [found]
    key = targets[0].place_key if wanted.place is not None else None
    await asyncio.to_thread(chats.set_threshold, chat.id, wanted.kind.value, wanted.minimum, key)
    names = [html.escape(confirmed_name(s.place, lang)) for s in targets]
    await reply(context, message, replies.threshold_set(wanted.kind.value, wanted.minimum, names, lang))


async def find_followed(
    services: Services, subs: Sequence[SubscriptionRecord], query: str
) -> SubscriptionRecord | None:
    """The chat's subscription a typed name refers to: by its shown name first, else by what the name resolves to."""
    folded = query.casefold()
    for sub in subs:
        if folded in (sub.place.name.casefold(), place_line(sub.place).casefold()):
            return sub
    resolution = await asyncio.to_thread(services.resolve_place, query)
    if resolution.place is None:
        return None
    key = place_key(resolution.place)
    return next((sub for sub in subs if sub.place_key == key), None)


def ensure_chat(services: Services, chat: Chat, lang: Lang | None = None) -> ChatRecord:
    """The chat's stored row, created with the configured digest defaults the first time.

    A private chat created by its user's first subscription keeps that user's language (`lang`, when not English),
    so alerts and scheduled digests, which no user's message carries, reach them in it.
    """
    digest = services.settings.digest
    remembered = lang.value if lang is not None and lang is not DEFAULT and chat.type == ChatType.PRIVATE else None
    return services.chats.ensure_chat(
        chat.id,
        type=chat.type,
        title=chat.title or chat.username,
        digest_time=parse.parse_digest_time([digest.time]).time,
        timezone=digest.timezone,
        now=services.clock(),
        language=remembered,
    )
