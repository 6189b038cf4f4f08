"""/why: the evidence behind an alert, sent as a reply to the alert or update (alone: the chat's latest alert)."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.domain.containment import Contains, default_contains
from bot.domain.evidence import why_text
from bot.domain.thresholds import Thresholds
from bot.telegram_ui.context import BotContext
from bot.telegram_ui.guards import reply

NOT_AN_ALERT = "That message is not one of my alerts. Reply /why to an alert or update, or send /why alone."
NO_ALERT_YET = "This chat has had no alert yet. /subscribe to a place, then reply /why to an alert."
NOT_READY = "Sorry, /why is not available right now."


async def why(update: Update, context: BotContext) -> None:
    """Answer with the sentences, outlets, readings and reasons behind an alert."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    services = context.services
    if services.evidence is None:
        await reply(context, message, NOT_READY)
        return
    replied = message.reply_to_message
    message_id = replied.message_id if replied is not None else None
    defaults = Thresholds(**services.settings.thresholds.model_dump())
    found = await asyncio.to_thread(services.evidence.why, chat.id, message_id, defaults)
    if found is None:
        await reply(context, message, NOT_AN_ALERT if message_id is not None else NO_ALERT_YET)
        return
    evidence, subscriptions = found
    contains: Contains = services.contains or default_contains()
    text = await asyncio.to_thread(why_text, evidence.purpose, evidence.events, subscriptions, contains)
    await reply(context, message, text)
