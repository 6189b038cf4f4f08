"""What stands before a command: the per-user rate limit, the admin check, and a flood-aware reply.

The rate limit runs as a handler in an earlier group than the commands, so a refused command never reaches
them (`ApplicationHandlerStop`). Only group administrators may change what a group follows; anonymous admins
post as the group itself (`sender_chat` equals the chat).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import RetryAfter
from telegram.ext import ApplicationHandlerStop

from bot.telegram_ui.context import BotContext
from bot.telegram_ui.rate_limit import SLOW_DOWN_NOTICE, Verdict
from bot.telegram_ui.replies import ADMINS_ONLY

log = logging.getLogger(__name__)

_ADMIN_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)
# A reply refused for flooding is retried once if Telegram asks for a short wait; longer waits give up.
MAX_REPLY_WAIT_SECONDS = 5.0


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
        await reply(message, SLOW_DOWN_NOTICE)
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
        await reply(update.effective_message, ADMINS_ONLY)
    return False


async def reply(message: Message, html_text: str) -> Message | None:
    """Reply in HTML without link previews; waits out one short flood-control pause."""
    return await _patiently(
        lambda: message.reply_html(html_text, disable_web_page_preview=True, do_quote=False), message.chat_id
    )


async def reply_photo(message: Message, photo: bytes, caption_html: str) -> Message | None:
    """Send a photo to the message's chat with an HTML caption; waits out one short flood-control pause."""
    return await _patiently(
        lambda: message.reply_photo(photo, caption=caption_html, parse_mode=ParseMode.HTML, do_quote=False),
        message.chat_id,
    )


async def _patiently(send: Callable[[], Awaitable[Message]], chat_id: int) -> Message | None:
    for attempt in (1, 2):
        try:
            return await send()
        except RetryAfter as exc:
            wait = _seconds(exc)
            if attempt == 2 or wait > MAX_REPLY_WAIT_SECONDS:
                log.warning("reply to chat %s dropped: flood control asks to wait %.0f s", chat_id, wait)
                return None
            await asyncio.sleep(wait)
    return None


def _seconds(exc: RetryAfter) -> float:
    retry_after = exc.retry_after
    return retry_after if isinstance(retry_after, int | float) else retry_after.total_seconds()
