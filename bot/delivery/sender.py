"""The delivery loop: sends ready outbox rows to Telegram and records each outcome.

Delivery is at-least-once (see ``bot.storage.outbox_repo``): a send that times out, or whose network fails,
goes back to 'pending' with a growing delay and is tried again up to ``max_attempts`` times, because Telegram
may or may not have received it. Narrow Telegram errors are handled where we send:

* ``RetryAfter``: the row waits ``retry_after`` seconds (and so does its chat).
* ``Forbidden``: the chat blocked the bot; it is paused and its unsent rows dropped.
* ``ChatMigrated``: the group became a supergroup; chat, subscriptions and rows move to the new id and resend.
* ``BadRequest``: recorded and failed, never retried (the same request would fail the same way).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable

from telegram import Bot, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.delivery.flood import FloodGate
from bot.storage.outbox_repo import OutboxRepository, Outgoing

log = logging.getLogger(__name__)
IDLE_SECONDS = 0.25


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _retry_seconds(exc: RetryAfter) -> float:
    # The int form of ``retry_after`` is deprecated; the pickled form always carries plain seconds.
    return float(exc.__reduce__()[1][0])


class Deliverer:
    """Drains the outbox through one ``telegram.Bot`` within the flood limits."""

    def __init__(
        self,
        bot: Bot,
        outbox: OutboxRepository,
        *,
        gate: FloodGate | None = None,
        max_attempts: int = 5,
        max_in_flight: int = 32,
        now: Callable[[], dt.datetime] = _utcnow,
    ) -> None:
        self._bot = bot
        self._outbox = outbox
        self._gate = gate or FloodGate()
        self._max_attempts = max_attempts
        self._slots = asyncio.Semaphore(max_in_flight)
        self._now = now
        self._busy_chats: set[int] = set()

    def recover(self) -> list[int]:
        """Requeue rows a previous process left half-sent; call once before draining."""
        ids = self._outbox.recover_interrupted()
        if ids:
            log.warning("resending %d message(s) interrupted by a previous stop (at-least-once)", len(ids))
        return ids

    async def drain_once(self) -> int:
        """Send every row whose chat may receive now; the number of sends attempted."""
        tasks: list[asyncio.Task[None]] = []
        for item in self._outbox.ready(self._now()):
            if item.chat_id in self._busy_chats or self._gate.chat_wait(item.chat_id) > 0:
                continue
            await self._slots.acquire()
            await self._gate.take(item.chat_id)
            self._busy_chats.add(item.chat_id)
            tasks.append(asyncio.create_task(self._deliver(item)))
        attempted = len(tasks)
        if tasks:
            await asyncio.gather(*tasks)
        return attempted

    async def run(self, stop: asyncio.Event) -> None:
        """Drain until ``stop`` is set, finishing the round in flight."""
        self.recover()
        while not stop.is_set():
            attempted = await self.drain_once()
            if attempted == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=IDLE_SECONDS)

    async def _deliver(self, item: Outgoing) -> None:
        try:
            if self._outbox.claim(item.id):
                await self._send_and_record(item)
        except Exception:
            log.exception("delivery %d: unexpected error; will retry", item.id)
            self._outbox.retry_later(item.id, self._now() + dt.timedelta(seconds=30), "unexpected error")
        finally:
            self._busy_chats.discard(item.chat_id)
            self._slots.release()

    async def _send_and_record(self, item: Outgoing) -> None:
        try:
            message = await self._send(item)
        except RetryAfter as exc:
            wait = _retry_seconds(exc)
            self._gate.hold_chat(item.chat_id, wait)
            self._outbox.retry_later(item.id, self._now() + dt.timedelta(seconds=wait), str(exc))
        except Forbidden as exc:
            log.info("chat %d blocked the bot; pausing it", item.chat_id)
            self._outbox.park_chat(item.chat_id, f"blocked: {exc.message}")
        except ChatMigrated as exc:
            self._outbox.migrate_chat(item.chat_id, exc.new_chat_id)
            self._outbox.retry_later(item.id, self._now(), f"moved to {exc.new_chat_id}")
        except BadRequest as exc:
            log.warning("delivery %d refused by Telegram: %s", item.id, exc.message)
            self._outbox.fail(item.id, exc.message)
        except (NetworkError, TelegramError) as exc:  # TimedOut is a NetworkError: outcome unknown, send again
            self._retry_or_fail(item, exc)
        else:
            self._outbox.mark_sent(item.id, message.message_id, self._now())

    def _retry_or_fail(self, item: Outgoing, exc: TelegramError) -> None:
        attempts = item.attempts + 1
        if attempts >= self._max_attempts:
            self._outbox.fail(item.id, f"gave up after {attempts} attempts: {exc.message}")
            return
        delay = dt.timedelta(seconds=min(300, 2**attempts))
        self._outbox.retry_later(item.id, self._now() + delay, f"attempt {attempts}: {exc.message}")

    async def _send(self, item: Outgoing) -> Message:
        reply = None
        if item.reply_to_message_id is not None:
            reply = ReplyParameters(message_id=item.reply_to_message_id, allow_sending_without_reply=True)
        if item.photo is not None:
            return await self._bot.send_photo(
                item.chat_id,
                photo=item.photo,
                caption=item.text,
                parse_mode=ParseMode.HTML,
                reply_parameters=reply,
                message_thread_id=item.thread_id,
            )
        return await self._bot.send_message(
            item.chat_id,
            item.text,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_parameters=reply,
            message_thread_id=item.thread_id,
        )
