"""Commands about what a chat follows: /subscribe, /unsubscribe, /subscriptions, /threshold.

Thin: parse the arguments, call the repository (in a worker thread: SQL blocks), reply in HTML.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from telegram import Chat, Update

from bot.domain.alert_text import place_line
from bot.storage.chats_repo import ChatRecord, SubscriptionRecord, place_key
from bot.telegram_ui import args as parse
from bot.telegram_ui import replies
from bot.telegram_ui.context import BotContext, Services
from bot.telegram_ui.guards import reply, require_admin


async def subscribe(update: Update, context: BotContext) -> None:
    """Follow a place; unknown or ambiguous names get suggestions, never a subscription."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    try:
        query = parse.parse_place(context.args or ())
    except parse.UsageError as exc:
        await reply(context, message, replies.usage(str(exc)))
        return
    services = context.services
    resolution = await asyncio.to_thread(services.resolve_place, query)
    if resolution.place is None:
        await reply(context, message, replies.suggestions(query, resolution.suggestions))
        return
    thresholds = services.settings.thresholds.model_dump()
    await asyncio.to_thread(ensure_chat, services, chat)
    created = await asyncio.to_thread(services.chats.subscribe, chat.id, resolution.place, thresholds, services.clock())
    await reply(context, message, replies.subscribed(resolution.place, created=created, thresholds=thresholds))


async def unsubscribe(update: Update, context: BotContext) -> None:
    """Stop following one place, or all of them."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    try:
        wanted = parse.parse_unsubscribe(context.args or ())
    except parse.UsageError as exc:
        await reply(context, message, replies.usage(str(exc)))
        return
    chats = context.services.chats
    subs = await asyncio.to_thread(chats.subscriptions, chat.id)
    if wanted.everything:
        await asyncio.to_thread(chats.unsubscribe, chat.id, None)
        await reply(context, message, replies.unsubscribed([replies.place_name(s.place) for s in subs]))
        return
    assert wanted.place is not None
    found = await find_followed(context.services, subs, wanted.place)
    if found is not None:
        await asyncio.to_thread(chats.unsubscribe, chat.id, found.place_key)
    await reply(context, message, replies.unsubscribed([replies.place_name(found.place)] if found else []))


async def subscriptions(update: Update, context: BotContext) -> None:
    """List the chat's places, thresholds, digest time and mute state."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    chats = context.services.chats
    record = await asyncio.to_thread(chats.get, chat.id)
    subs = await asyncio.to_thread(chats.subscriptions, chat.id)
    await reply(context, message, replies.subscriptions_text(record, subs))


async def threshold(update: Update, context: BotContext) -> None:
    """Set the minimum figure that alerts for one kind, on one followed place or on all of them."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    try:
        wanted = parse.parse_threshold(context.args or ())
    except parse.UsageError as exc:
        await reply(context, message, replies.usage(str(exc)))
        return
    chats = context.services.chats
    subs = await asyncio.to_thread(chats.subscriptions, chat.id)
    if not subs:
        await reply(context, message, "This chat follows no places yet: /subscribe to one first.")
        return
    targets = subs
    if wanted.place is not None:
        found = await find_followed(context.services, subs, wanted.place)
        if found is None:
            await reply(context, message, replies.unsubscribed([]))
            return
        targets = [found]
    key = targets[0].place_key if wanted.place is not None else None
    await asyncio.to_thread(chats.set_threshold, chat.id, wanted.kind.value, wanted.minimum, key)
    names = [replies.place_name(s.place) for s in targets]
    await reply(context, message, replies.threshold_set(wanted.kind.value, wanted.minimum, names))


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


def ensure_chat(services: Services, chat: Chat) -> ChatRecord:
    """The chat's stored row, created with the configured digest defaults the first time."""
    digest = services.settings.digest
    return services.chats.ensure_chat(
        chat.id,
        type=chat.type,
        title=chat.title or chat.username,
        digest_time=parse.parse_digest_time([digest.time]).time,
        timezone=digest.timezone,
        now=services.clock(),
    )
