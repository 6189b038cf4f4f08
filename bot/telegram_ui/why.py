"""/why: the evidence behind an alert, sent as a reply to the alert or update (alone: the chat's latest alert)."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.domain.containment import Contains, default_contains
from bot.domain.evidence import why_text
from bot.domain.thresholds import Thresholds
from bot.telegram_ui.context import BotContext
from bot.telegram_ui.guards import chat_language, reply
from bot.telegram_ui.i18n import t


async def why(update: Update, context: BotContext) -> None:
    """Answer with the sentences, outlets, readings and reasons behind an alert."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    services = context.services
    lang = await chat_language(update, context)
    if services.evidence is None:
        await reply(context, message, t(lang, "why_not_ready"))
        return
    replied = message.reply_to_message
    message_id = replied.message_id if replied is not None else None
    defaults = Thresholds(**services.settings.thresholds.model_dump())
    found = await asyncio.to_thread(services.evidence.why, chat.id, message_id, defaults)
    if found is None:
        await reply(context, message, t(lang, "why_not_alert" if message_id is not None else "why_no_alert_yet"))
        return
    evidence, subscriptions = found
    contains: Contains = services.contains or default_contains()
    text = await asyncio.to_thread(why_text, evidence.purpose, evidence.events, subscriptions, contains, lang)
    await reply(context, message, text)
