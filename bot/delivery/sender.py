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
import os
import socket
import uuid
from collections.abc import Callable

from telegram import Bot, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.delivery.flood import GROUP_WINDOW_SECONDS, WINDOW_SECONDS, Departure, FloodGate
from bot.outage_log import OutageLog
from bot.storage.outbox_repo import OutboxRepository, Outgoing

log = logging.getLogger(__name__)
# a database or Telegram outage fails every round: logged once, then once a minute, and when it ends
outages = OutageLog(log)
DELIVERY = "delivery (database or Telegram)"
IDLE_SECONDS = 0.25
# A round sends at most this many rows (about 3.5 s at 29/s), so a stop never waits long for it.
ROUND_SIZE = 100
# A claimed row returns to the queue when its owner has not recorded it by then (the owner died).
LEASE_SECONDS = 60.0


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _retry_seconds(exc: RetryAfter) -> float:
    # The int form of ``retry_after`` is deprecated; the pickled form always carries plain seconds.
    return float(exc.__reduce__()[1][0])


class Deliverer:
    """Drains the outbox through one ``telegram.Bot`` within the flood limits, in bounded rounds.

    Every database call runs in a worker thread, so a slow or locked database never stalls the event loop. A round
    picks up to ``batch`` rows for chats that may receive now, claims them under this process's ``owner`` with a
    lease, sends them, and records each outcome; a stop mid-round gives back the rows not yet sent.
    """

    def __init__(
        self,
        bot: Bot,
        outbox: OutboxRepository,
        *,
        gate: FloodGate | None = None,
        owner: str = "",
        max_attempts: int = 5,
        max_in_flight: int = 32,
        batch: int = ROUND_SIZE,
        lease_seconds: float = LEASE_SECONDS,
        now: Callable[[], dt.datetime] = _utcnow,
    ) -> None:
        self._bot = bot
        self._outbox = outbox
        self._gate = gate or FloodGate()
        self._owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._max_attempts = max_attempts
        self._slots = asyncio.Semaphore(max_in_flight)
        self._batch = batch
        self._lease_seconds = lease_seconds
        self._now = now
        self._busy_chats: set[int] = set()
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()

    def recover(self) -> list[int]:
        """Requeue rows a previous sender left half-sent; call only when no other process sends (blocking)."""
        ids = self._outbox.recover_interrupted()
        if ids:
            log.warning("resending %d message(s) interrupted by a previous stop (at-least-once)", len(ids))
        return ids

    async def take_over(self) -> list[int]:
        """Start sending where another sender (a dead process, or this one before a restart) left off: count
        what it sent lately against the flood limits, since Telegram does, and requeue what it left half-sent."""
        now = self._now()
        since = now - dt.timedelta(seconds=GROUP_WINDOW_SECONDS)
        sends = await asyncio.to_thread(self._outbox.sends_since, since)
        for chat_id, sent_at in sends:  # each chat's pause, each group's minute
            self._gate.count_earlier(chat_id, (now - sent_at).total_seconds())
        if sends:  # the overall second runs from its latest send (oldest first)
            self._gate.hold_all(WINDOW_SECONDS - (now - sends[-1][1]).total_seconds())
        ids = await asyncio.to_thread(self.recover)
        if ids:  # messages it had on their way may have arrived a moment ago, unrecorded
            self._gate.hold_all(WINDOW_SECONDS + 0.05)
        return ids

    def nudge(self) -> None:
        """Something was queued: start the next round now rather than after the idle wait."""
        self._wake.set()

    async def drain_once(self) -> int:
        """One bounded round: claim rows whose chat may receive now and send them; the number attempted."""
        tasks = await self._send_round(await self._claim_round(frozenset()))
        if tasks:
            await asyncio.gather(*tasks)
        return len(tasks)

    async def drain_logged(self) -> int:
        """``drain_once``, with a failure logged once (then once a minute) and its recovery once, never raised."""
        try:
            attempted = await self.drain_once()
        except Exception as exc:
            outages.failed(DELIVERY, exc, traceback=True)
            return 0
        outages.recovered(DELIVERY)
        return attempted

    async def _claim_round(self, reserved: frozenset[int]) -> list[Outgoing]:
        """Claim up to a round of rows, one per chat, for chats that may receive now and are not in `reserved`."""
        candidates = await asyncio.to_thread(self._outbox.candidates, self._now(), limit=self._batch * 4)
        picked: list[int] = []
        chats: set[int] = set()
        for candidate in candidates:
            chat = candidate.chat_id
            if chat in chats or chat in reserved or chat in self._busy_chats or self._gate.chat_wait(chat) > 0:
                continue
            chats.add(chat)
            picked.append(candidate.id)
            if len(picked) >= self._batch:
                break
        if not picked:
            return []
        return await asyncio.to_thread(
            self._outbox.claim, picked, owner=self._owner, now=self._now(), lease_seconds=self._lease_seconds
        )

    async def _send_round(self, claimed: list[Outgoing]) -> list[asyncio.Task[None]]:
        """Start sending claimed rows at the flood gate's pace; the sends, still running. Rows whose chat must
        wait (or all that remain, on a stop) are given back unsent."""
        tasks: list[asyncio.Task[None]] = []
        give_back: list[int] = []
        for item in claimed:
            if self._stop.is_set() or item.chat_id in self._busy_chats or self._gate.chat_wait(item.chat_id) > 0:
                give_back.append(item.id)
                continue
            await self._slots.acquire()
            departure = await self._gate.take(item.chat_id)
            self._busy_chats.add(item.chat_id)
            tasks.append(asyncio.create_task(self._deliver(item, departure)))
        if give_back:
            await asyncio.to_thread(self._outbox.release, give_back, self._owner)
        return tasks

    async def run(self) -> None:
        """Drain round after round until ``stop()``; the round in flight ends early, giving back unsent rows.

        The next round is claimed while the current one is paced out, so the database's time never opens a gap
        in the gate's pace (a gap is throughput lost for good: the gate never bursts to catch up).
        """
        failures = 0
        sending: set[asyncio.Task[None]] = set()
        following: asyncio.Task[list[Outgoing]] | None = None
        try:
            while not self._stop.is_set():
                started: list[asyncio.Task[None]] = []
                try:
                    claimed = await (following or self._claim_round(frozenset()))
                    following = None
                    if claimed:
                        reserved = frozenset(item.chat_id for item in claimed)
                        following = asyncio.create_task(self._claim_round(reserved))
                    started = await self._send_round(claimed)
                    failures = 0
                    outages.recovered(DELIVERY)
                except Exception as exc:
                    following = None
                    failures += 1
                    outages.failed(DELIVERY, exc, traceback=True)  # one line, then once a minute while it lasts
                sending.update(started)
                for task in started:
                    task.add_done_callback(sending.discard)
                if not started and following is None and not self._stop.is_set():
                    self._wake.clear()
                    idle = IDLE_SECONDS if failures == 0 else min(30.0, 2.0**failures)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), timeout=idle)
        finally:
            if following is not None:
                with contextlib.suppress(Exception):
                    unsent = await following
                    await asyncio.to_thread(self._outbox.release, [item.id for item in unsent], self._owner)
            if sending:
                await asyncio.gather(*sending)

    def resume(self) -> None:
        """Allow ``run`` again after a ``stop`` (this process leads again)."""
        self._stop.clear()

    def stop(self) -> None:
        """Ask ``run`` to end: no new send starts; sends in flight finish and are recorded."""
        self._stop.set()
        self._wake.set()

    async def _deliver(self, item: Outgoing, departure: Departure) -> None:
        try:
            await self._send_and_record(item, departure)
        except Exception:
            log.exception("delivery %d: unexpected error; will retry", item.id)
            with contextlib.suppress(Exception):
                later = self._now() + dt.timedelta(seconds=30)
                await asyncio.to_thread(self._outbox.retry_later, item.id, later, "unexpected error")
        finally:
            self._gate.done(departure)  # after an error too: a send cut short may still have arrived
            self._busy_chats.discard(item.chat_id)
            self._slots.release()

    async def _send_and_record(self, item: Outgoing, departure: Departure) -> None:
        record = self._outbox
        try:
            message = await self._send(item)
        except RetryAfter as exc:
            wait = _retry_seconds(exc)
            self._gate.hold_chat(item.chat_id, wait)
            await asyncio.to_thread(record.retry_later, item.id, self._now() + dt.timedelta(seconds=wait), str(exc))
        except Forbidden as exc:
            log.info("chat %d blocked the bot; pausing it", item.chat_id)
            await asyncio.to_thread(record.park_chat, item.chat_id, f"blocked: {exc.message}")
        except ChatMigrated as exc:
            await asyncio.to_thread(record.migrate_chat, item.chat_id, exc.new_chat_id)
            await asyncio.to_thread(record.retry_later, item.id, self._now(), f"moved to {exc.new_chat_id}")
        except BadRequest as exc:
            log.warning("delivery %d refused by Telegram: %s", item.id, exc.message)
            await asyncio.to_thread(record.fail, item.id, exc.message)
        except (NetworkError, TelegramError) as exc:  # TimedOut is a NetworkError: outcome unknown, send again
            await asyncio.to_thread(self._retry_or_fail, item, exc)
        else:
            self._gate.done(departure)  # the answer is back: its interval runs from now, not after the write
            await asyncio.to_thread(record.mark_sent, item.id, message.message_id, self._now())

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
        photo = await asyncio.to_thread(self._outbox.photo, item.id) if item.has_photo else None
        if photo is not None:
            return await self._bot.send_photo(
                item.chat_id,
                photo=photo,
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
