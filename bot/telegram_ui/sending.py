"""Replies paced like the outbox: one flood gate for both, so answers and alerts never trip each other's limits.

Replies to one chat go one at a time (a lock per chat), each waiting for the chat's next free slot in the
shared `FloodGate`. If Telegram still answers 429, the chat is held for what it asks and the reply is tried
once more; a reply that would have to wait longer than `MAX_REPLY_WAIT_SECONDS` is dropped with a log line.

A reply that must wait for its chat (Telegram's pace of about one message a second per chat, a group's twenty a
minute) can be sent from a task of its own (`later`): a handler waiting there would hold one of the few slots
every chat's updates are handled in, so one user's quick commands would hold up everyone else's answers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import RetryAfter

from bot.delivery.flood import FloodGate

log = logging.getLogger(__name__)

MAX_REPLY_WAIT_SECONDS = 10.0
_MAX_IDLE_LOCKS = 1000


class ReplyPacer:
    """Sends replies within the flood limits shared with the delivery loop."""

    def __init__(self, gate: FloodGate, *, max_wait: float = MAX_REPLY_WAIT_SECONDS) -> None:
        self._gate = gate
        self._max_wait = max_wait
        self._locks: dict[int, asyncio.Lock] = {}
        self._pending: Counter[int] = Counter()  # replies handed to tasks of their own, not yet sent, per chat

    def ready(self, chat_id: int) -> bool:
        """Whether a reply to this chat would go out now: none ahead of it, and the chat may receive."""
        lock = self._locks.get(chat_id)
        idle = (lock is None or not lock.locked()) and not self._pending[chat_id]
        return idle and self._gate.chat_wait(chat_id) <= 0

    def later(self, chat_id: int, send: Callable[[], Awaitable[Message]]) -> Coroutine[Any, Any, Message | None]:
        """`send(chat_id, send)` to run as a task: the chat's turn is taken now, so replies keep their order
        (run the coroutine; it is counted as pending until it ends)."""
        self._pending[chat_id] += 1

        async def in_turn() -> Message | None:
            try:
                return await self.send(chat_id, send)
            finally:
                self._pending[chat_id] -= 1
                if not self._pending[chat_id]:
                    del self._pending[chat_id]

        return in_turn()

    async def send(self, chat_id: int, send: Callable[[], Awaitable[Message]]) -> Message | None:
        """Run `send` when the chat may receive; None when the reply had to be dropped."""
        async with self._lock(chat_id):
            for attempt in (1, 2):
                wait = self._gate.chat_wait(chat_id)
                if wait > self._max_wait:
                    log.warning("reply to chat %s dropped: it may receive again only in %.0f s", chat_id, wait)
                    return None
                if wait > 0:
                    await asyncio.sleep(wait)
                departure = await self._gate.take(chat_id)
                try:
                    return await send()
                except RetryAfter as exc:
                    seconds = _seconds(exc.retry_after)
                    self._gate.hold_chat(chat_id, seconds)
                    if attempt == 2:
                        log.warning("reply to chat %s dropped: flood control asks to wait %.0f s", chat_id, seconds)
                finally:
                    self._gate.done(departure)
        return None

    def _lock(self, chat_id: int) -> asyncio.Lock:
        if len(self._locks) > _MAX_IDLE_LOCKS:
            self._locks = {key: lock for key, lock in self._locks.items() if lock.locked()}
        return self._locks.setdefault(chat_id, asyncio.Lock())

    async def reply(
        self, message: Message, html_text: str, markup: InlineKeyboardMarkup | None = None
    ) -> Message | None:
        """Reply in HTML without link previews (in the message's forum topic, if any), with buttons if given."""
        return await self.send(message.chat_id, html_reply(message, html_text, markup))

    async def reply_photo(self, message: Message, photo: bytes, caption_html: str) -> Message | None:
        """Send a photo with an HTML caption to the message's chat."""
        return await self.send(message.chat_id, photo_reply(message, photo, caption_html))


def html_reply(
    message: Message, html_text: str, markup: InlineKeyboardMarkup | None = None
) -> Callable[[], Awaitable[Message]]:
    """How to reply in HTML without link previews (in the message's forum topic, if any), with buttons if given."""
    return lambda: message.reply_html(html_text, disable_web_page_preview=True, do_quote=False, reply_markup=markup)


def photo_reply(message: Message, photo: bytes, caption_html: str) -> Callable[[], Awaitable[Message]]:
    """How to send a photo with an HTML caption to the message's chat."""
    return lambda: message.reply_photo(photo, caption=caption_html, parse_mode=ParseMode.HTML, do_quote=False)


def _seconds(retry_after: int | dt.timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, dt.timedelta) else float(retry_after)
