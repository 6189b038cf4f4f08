"""Running the bot: one process at a time talks to Telegram, every process polls, decides and queues.

``serve`` opens everything, starts the application (handlers, jobs) and the decider, then keeps checking a leader
lock. The process holding it consumes Telegram updates (getUpdates allows one consumer) and drains the outbox, so
replies and alerts share one set of flood limits; when it dies, its database session ends, the lock is freed, and
another process takes over within ``LEADER_CHECK_SECONDS``, first requeueing what the dead one left half-sent.
On SQLite there is one process, always the leader.

A stop (SIGTERM/SIGINT) ends polling, gives back unsent claimed rows and lets sends in flight finish: a few
seconds at most. When Telegram refuses the token while polling (401), the process exits 1 so a supervisor notices.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time

from telegram import Update
from telegram.error import TelegramError

from bot.app import POLL_TIMEOUT_SECONDS, Runtime, build_application, close_services, open_runtime
from bot.config import Settings
from bot.heap import freeze_start_up_heap
from bot.telegram_ui.context import BotApplication
from bot.telegram_ui.errors import TELEGRAM, telegram_outages
from bot.telegram_ui.jobs import register_heartbeat

log = logging.getLogger(__name__)

LEADER_CHECK_SECONDS = 2.0
# The heartbeat stops when the supervisor has not reached the database for this long, when polling Telegram
# keeps failing, or when no source check ran for this long.
STALE_SECONDS = 150.0
EXIT_OK = 0
EXIT_FAILED = 1
_POLLING_TASK = "Updater:start_polling:polling_task"


class Supervisor:
    """Leads (Telegram updates and delivery) while it holds the lock; watches that the process really works."""

    def __init__(self, application: BotApplication, runtime: Runtime, stop: asyncio.Event) -> None:
        self._application = application
        self._runtime = runtime
        self._stop = stop
        self._leading = False
        runtime.leadership.leading = False  # until this process holds the lock
        self._delivery: asyncio.Task[None] | None = None
        self._polling: asyncio.Task[object] | None = None
        self._last_tick = time.monotonic()
        self._last_polling_error = float("-inf")
        self.fatal: str | None = None

    @property
    def leading(self) -> bool:
        """Whether this process consumes Telegram updates and sends the outbox now."""
        return self._leading

    def healthy(self) -> bool:
        """Updates and polls really flow: the database answers, polling lives and succeeds, sources are checked."""
        now = time.monotonic()
        if self.fatal or now - self._last_tick > STALE_SECONDS:
            return False
        if self._leading and (
            self._polling is None or self._polling.done() or now - self._last_polling_error < STALE_SECONDS
        ):
            return False
        return not (self._runtime.sources and now - self._runtime.leases.last_check > STALE_SECONDS)

    async def run(self) -> int:
        """Check the lock until a stop or a fatal error; the exit code."""
        try:
            while not self._stop.is_set() and self.fatal is None:
                await self._tick()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), timeout=LEADER_CHECK_SECONDS)
        finally:
            await self._step_down()
        if self.fatal:
            log.error("stopping: %s", self.fatal)
            return EXIT_FAILED
        return EXIT_OK

    async def _tick(self) -> None:
        try:
            held = await asyncio.to_thread(self._runtime.telegram_lock.try_acquire)
        except Exception as exc:
            log.warning("cannot reach the database to check leadership: %s", exc)
            held = False
        else:
            self._last_tick = time.monotonic()
        if held and not self._leading:
            await self._lead()
        elif not held and self._leading:
            log.warning("lost the leader lock: stopping Telegram polling and delivery here")
            await self._step_down()
        if self._polling is not None and self._polling.done() and not self._stop.is_set():
            error = None if self._polling.cancelled() else self._polling.exception()
            self.fatal = f"polling Telegram ended: {type(error).__name__ if error else 'stopped'}: {error}"

    async def _lead(self) -> None:
        await self._runtime.deliverer.take_over()
        self._runtime.deliverer.resume()
        self._delivery = asyncio.create_task(self._runtime.deliverer.run(), name="delivery")
        updater = self._application.updater
        assert updater is not None
        await updater.start_polling(
            allowed_updates=Update.ALL_TYPES, timeout=POLL_TIMEOUT_SECONDS, error_callback=self._polling_failed
        )
        self._polling = next((t for t in asyncio.all_tasks() if t.get_name() == _POLLING_TASK), None)
        self._leading = True
        self._runtime.leadership.leading = True
        log.info("this process now consumes Telegram updates and sends the outbox")

    def _polling_failed(self, exc: TelegramError) -> None:
        self._last_polling_error = time.monotonic()
        telegram_outages.failed(TELEGRAM, exc)  # one line, then once a minute; the next answer logs recovery

    async def _step_down(self) -> None:
        updater = self._application.updater
        try:
            if updater is not None and updater.running:
                await updater.stop()  # re-raises what ended polling (already reported as fatal)
        except Exception as exc:
            log.debug("polling had ended with %s", type(exc).__name__)
        finally:
            if self._delivery is not None:
                self._runtime.deliverer.stop()
                await self._delivery
                self._delivery = None
            self._leading = False
            self._runtime.leadership.leading = False
            self._polling = None
            await asyncio.to_thread(self._runtime.telegram_lock.release)


# The event loop shares the interpreter with worker threads doing CPU work (deciding alerts, extraction, charts).
# After each I/O call the loop waits for the interpreter lock up to this long; Python's default (5 ms) let one
# loop turn with a few dozen socket calls stall for hundreds of milliseconds behind a 10,000-chat decision.
SWITCH_INTERVAL_SECONDS = 0.0005


async def serve(settings: Settings, stop: asyncio.Event) -> int:
    """Run the bot until `stop` is set (0) or it cannot go on (1)."""
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
    application = build_application(settings)
    await application.initialize()
    runtime: Runtime | None = None
    decider: asyncio.Task[None] | None = None
    try:
        if stop.is_set():
            return EXIT_OK
        runtime = await open_runtime(application, settings)
        supervisor = Supervisor(application, runtime, stop)
        if settings.heartbeat_file is not None and application.job_queue is not None:
            register_heartbeat(application.job_queue, settings.heartbeat_file, supervisor.healthy)
        await application.start()
        log.debug("%d start-up objects exempted from garbage collection", freeze_start_up_heap())
        decider = asyncio.create_task(runtime.decider.run(), name="decider")
        return await supervisor.run()
    finally:
        if runtime is not None and decider is not None:
            runtime.decider.stop()
            await decider
        if application.running:
            await application.stop()
        await close_services(application)
        await application.shutdown()
