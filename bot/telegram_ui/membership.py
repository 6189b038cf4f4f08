"""The bot's own membership: blocked or removed pauses a chat's subscriptions; added back resumes them."""

from __future__ import annotations

import asyncio
import logging

from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus

from bot.telegram_ui.context import BotContext

log = logging.getLogger(__name__)

_GONE = (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT)
_PRESENT = (
    ChatMemberStatus.MEMBER,
    ChatMemberStatus.ADMINISTRATOR,
    ChatMemberStatus.OWNER,
    ChatMemberStatus.RESTRICTED,
)


def _reason(change: ChatMemberUpdated) -> str:
    if change.chat.type == "private":
        return "blocked by the user"
    return "removed from the group" if change.new_chat_member.status == ChatMemberStatus.LEFT else "kicked"


async def bot_membership_changed(update: Update, context: BotContext) -> None:
    """Pause a known chat when the bot is blocked or removed; resume it when the bot is back."""
    change = update.my_chat_member
    if change is None:
        return
    chats = context.services.chats
    chat_id = change.chat.id
    known = await asyncio.to_thread(chats.get, chat_id)
    if known is None:
        return  # nothing to pause or resume: the chat never subscribed
    status = change.new_chat_member.status
    if status in _GONE and not known.paused:
        reason = _reason(change)
        await asyncio.to_thread(chats.set_paused, chat_id, True, reason)
        log.info("chat %s paused: %s", chat_id, reason)
    elif status in _PRESENT and known.paused:
        await asyncio.to_thread(chats.set_paused, chat_id, False, None)
        log.info("chat %s resumed: the bot is back", chat_id)
