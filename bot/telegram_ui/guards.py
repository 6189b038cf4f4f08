"""What stands before a command: the per-user rate limit and the admin check; and the paced reply helpers.

The rate limit runs as a handler in an earlier group than the commands, so a refused command never reaches
them (`ApplicationHandlerStop`). Only group administrators may change what a group follows; anonymous admins
post as the group itself (`sender_chat` equals the chat).
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import ApplicationHandlerStop

from bot.telegram_ui.context import BotContext
from bot.telegram_ui.rate_limit import SLOW_DOWN_NOTICE, Verdict
from bot.telegram_ui.replies import ADMINS_ONLY

log = logging.getLogger(__name__)

_ADMIN_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def rate_limit(update: Update, context: BotContext) -> None:
    """Let a command through, or stop it (with at most one short notice per burst)."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    sender = update.effective_user.id if update.effective_user else (message.sender_chat or chat).id
    verdict = context.services.limiter.check(chat.id, sender)
    if verdict is Verdict.ALLOW:
        return
    if verdict is Verdict.NOTIFY:
        await reply(context, message, SLOW_DOWN_NOTICE)
    raise ApplicationHandlerStop


async def is_admin(update: Update, context: BotContext) -> bool:
    """Whether the sender may change this chat's settings (always so in a private chat)."""
    chat = update.effective_chat
    message = update.effective_message
    if chat is None or message is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # an anonymous administrator posting as the group
    user = update.effective_user
    if user is None or message.sender_chat is not None:
        return False  # a channel or another chat speaking in the group
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in _ADMIN_STATUSES


async def require_admin(update: Update, context: BotContext) -> bool:
    """True when the sender is an admin; otherwise replies that only admins may do this."""
    if await is_admin(update, context):
        return True
    if update.effective_message is not None:
        await reply(context, update.effective_message, ADMINS_ONLY)
    return False


async def reply(context: BotContext, message: Message, html_text: str) -> Message | None:
    """Reply in HTML, paced with the outbox's flood limits."""
    return await context.services.pacer.reply(message, html_text)


async def reply_photo(context: BotContext, message: Message, photo: bytes, caption_html: str) -> Message | None:
    """Send a photo with an HTML caption to the message's chat, paced with the outbox's flood limits."""
    return await context.services.pacer.reply_photo(message, photo, caption_html)
