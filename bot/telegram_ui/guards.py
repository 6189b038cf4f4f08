"""What stands before a command: the per-user rate limit and the admin check; and the paced reply helpers.

The rate limit runs as a handler in an earlier group than the commands, so a refused command never reaches
them (`ApplicationHandlerStop`). Only group administrators may change what a group follows; anonymous admins
post as the group itself (`sender_chat` equals the chat).
"""

from __future__ import annotations

import asyncio
import html
import logging
import math

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.telegram_ui.context import BotContext
from bot.telegram_ui.i18n import Lang, language_of, t
from bot.telegram_ui.rate_limit import Verdict
from bot.telegram_ui.sending import html_reply

log = logging.getLogger(__name__)

_ADMIN_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def rate_limit(update: Update, context: BotContext) -> None:
    """Let a command through, hold it until the user's turn comes, or refuse it with a notice saying so."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    services = context.services
    queue = services.command_queue
    if update.update_id in queue.admitted:
        queue.admitted.discard(update.update_id)  # released from the queue with its token already taken
        return
    sender = update.effective_user.id if update.effective_user else (message.sender_chat or chat).id
    if services.limiter.check(chat.id, sender) is Verdict.ALLOW:
        return
    key = (chat.id, sender)
    if queue.try_wait(key):
        context.application.create_task(_run_when_allowed(update, context, key), update=update)
        raise ApplicationHandlerStop
    await _refuse(update, context, key, message)
    raise ApplicationHandlerStop


async def _run_when_allowed(update: Update, context: BotContext, key: tuple[int, int]) -> None:
    """Wait for the user's next token, then handle the command as if it had just arrived."""
    services = context.services
    try:
        # The bucket refills with the clock, not on an event: sleeping until its next token is the wait.
        while services.limiter.check(*key) is not Verdict.ALLOW:  # noqa: ASYNC110
            await asyncio.sleep(max(0.05, services.limiter.retry_after(*key)))
        services.command_queue.admitted.add(update.update_id)
    finally:
        services.command_queue.done_waiting(key)
    await context.application.process_update(update)


async def _refuse(update: Update, context: BotContext, key: tuple[int, int], message: Message) -> None:
    """Say which commands were not run and when to send them again: one notice per burst, edited as it grows."""
    services = context.services
    queue = services.command_queue
    command = (message.text or "").split(maxsplit=1)[0] if message.text else "?"
    refused, notice, first = queue.refuse(key, command)
    lang = language_of(update.effective_user.language_code if update.effective_user else None)
    if notice is not None:
        await _edit_notice(context, notice, _notice_text(context, key, refused, lang))
        return
    if not first:
        return  # the first refusal's notice is on its way and will name this one too
    # awaited, even when the chat must wait first: the notice's id is needed to edit it for the next refusals
    sent = await services.pacer.reply(message, _notice_text(context, key, refused, lang))
    if sent is None:
        return
    queue.noticed(key, sent.chat_id, sent.message_id)
    later = queue.refused(key)
    if len(later) > len(refused):  # refused while the notice was being sent
        await _edit_notice(context, (sent.chat_id, sent.message_id), _notice_text(context, key, later, lang))


def _notice_text(context: BotContext, key: tuple[int, int], refused: list[str], lang: Lang) -> str:
    services = context.services
    # The queued commands take the next tokens: a command sent again must wait for them too.
    waiting = services.command_queue.waiting(key)
    seconds = math.ceil(services.limiter.retry_after(*key) + waiting * services.limiter.refill_for(key[0]))
    return t(lang, "too_many", commands=html_list(refused), seconds=max(seconds, 1))


async def _edit_notice(context: BotContext, notice: tuple[int, int], text: str) -> None:
    try:
        await context.bot.edit_message_text(text, chat_id=notice[0], message_id=notice[1])
    except TelegramError as exc:  # deleted, or unchanged: the notice stands as it is
        log.info("could not edit the rate-limit notice: %s", exc)


def html_list(commands: list[str]) -> str:
    """Commands as one escaped, comma-separated list."""
    return ", ".join(html.escape(command) for command in commands)


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
        lang = await chat_language(update, context)
        await reply(context, update.effective_message, t(lang, "admins_only"))
    return False


async def chat_language(update: Update, context: BotContext) -> Lang:
    """The chat's chosen language, else the user's Telegram language where the bot speaks it, else English."""
    chat = update.effective_chat
    if chat is not None:
        record = await asyncio.to_thread(context.services.chats.get, chat.id)
        if record is not None and record.language:
            return Lang(record.language)
    return language_of(update.effective_user.language_code if update.effective_user else None)


async def reply(
    context: BotContext, message: Message, html_text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Reply in HTML (with buttons, if any), paced with the outbox's flood limits.

    When the chat may not receive yet, the reply goes out from a task of its own, in its turn, and the handler
    ends now: it would otherwise hold one of the update slots every chat shares while it waits.
    """
    pacer = context.services.pacer
    if pacer.ready(message.chat_id):
        await pacer.reply(message, html_text, markup)
        return
    context.application.create_task(pacer.later(message.chat_id, html_reply(message, html_text, markup)))


async def reply_photo(context: BotContext, message: Message, photo: bytes, caption_html: str) -> Message | None:
    """Send a photo with an HTML caption to the message's chat, paced with the outbox's flood limits."""
    return await context.services.pacer.reply_photo(message, photo, caption_html)
