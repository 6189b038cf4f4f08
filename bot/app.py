"""The one place that wires things: settings → store → sources → Telegram application → background loops.

Nothing connects at import time. `build_application` only builds; `open_runtime` opens the database (running
migrations once), the HTTP client for sources, the decider and the delivery core, registers the command list and
schedules the jobs; `close_services` closes what it opened. `bot.lifecycle` runs the whole.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket
import uuid
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from telegram.ext import ApplicationBuilder, ContextTypes

from bot import decide_worker
from bot.alerting import AlertPolicy
from bot.config import Settings
from bot.delivery.flood import FloodGate
from bot.delivery.sender import Deliverer
from bot.domain.containment import Contains
from bot.domain.thresholds import Thresholds
from bot.extraction.language import READ_LANGUAGES
from bot.geo.containment import contains as geo_contains
from bot.geo.lookup import warm_lookup
from bot.pipeline import PollOutcome, make_poller
from bot.scheduling.decider import Decider
from bot.scheduling.leadership import Leadership
from bot.scheduling.leases import SourceLeases, check_seconds
from bot.scheduling.polling import register_polling
from bot.sources import build_sources
from bot.sources.base import Source
from bot.sources.http import make_client
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.events_repo import EvidenceRepository
from bot.storage.locks import SessionLock
from bot.storage.outbox_repo import OutboxRepository
from bot.telegram_ui.command_menu import register_menus
from bot.telegram_ui.context import BotApplication, BotContext, Services, install_services, uninstall_services
from bot.telegram_ui.coordination import CoordinationDesk, register_coordination_jobs
from bot.telegram_ui.digests import DigestService
from bot.telegram_ui.errors import TELEGRAM, telegram_outages
from bot.telegram_ui.jobs import register_jobs
from bot.telegram_ui.observed_request import ObservedRequest
from bot.telegram_ui.places import gazetteer_resolver
from bot.telegram_ui.rate_limit import CommandRateLimiter
from bot.telegram_ui.register import register
from bot.telegram_ui.sending import ReplyPacer

log = logging.getLogger(__name__)

# Long polling: how long one getUpdates waits on Telegram's side.
POLL_TIMEOUT_SECONDS = 10
WORKER_THREADS = 24


def utcnow() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    return dt.datetime.now(dt.UTC)


def process_owner() -> str:
    """A name for this process in leases: host, pid and a random part (pids are reused after restarts)."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def build_application(settings: Settings) -> BotApplication:
    """The Telegram application for `settings`, with handlers registered; nothing is opened yet."""
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .context_types(ContextTypes(context=BotContext))
        .post_init(_embedded_opener(settings))
        .post_shutdown(_embedded_closer)
        .concurrent_updates(8)
        .get_updates_request(ObservedRequest(telegram_outages, TELEGRAM))  # logs Telegram's recovery once
    )
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url)
    application: BotApplication = builder.build()
    register(application)
    return application


@dataclass(frozen=True, slots=True, kw_only=True)
class Runtime:
    """What the lifecycle drives: the long-lived loops and the lock that makes one process Telegram's consumer."""

    store: Store
    deliverer: Deliverer
    decider: Decider
    telegram_lock: SessionLock
    leadership: Leadership  # set by the supervisor: jobs that must run once check it
    leases: SourceLeases
    sources: int


async def open_runtime(application: BotApplication, settings: Settings) -> Runtime:
    """Open the database, HTTP client, decider and delivery core; register commands and jobs."""
    # Handlers hand every database call to worker threads; most of them wait on I/O or the SQLite lock, so the
    # default pool (cores + 4) queues commands behind the delivery loop's writes. More threads, shorter queues.
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=WORKER_THREADS))
    store = await asyncio.to_thread(Store, settings.database_url)
    http = make_client()
    owner = process_owner()
    chats = ChatRepository(store.engine)
    gate = FloodGate()  # shared: replies and the outbox count against the same limits
    deliverer = Deliverer(application.bot, OutboxRepository(store.engine), gate=gate, owner=owner)
    contains: Contains = geo_contains
    desk = CoordinationDesk(store.engine, contains)
    loop = asyncio.get_running_loop()

    def wake_delivery() -> None:  # called from the decider's worker thread
        loop.call_soon_threadsafe(deliverer.nudge)

    deciding = decide_worker.DecidingProcess(settings.database_url, alert_policy(settings))
    await asyncio.to_thread(deciding.warm_up)
    decider = Decider(
        store.reports,
        deciding,
        lock=SessionLock(store.engine, "decider"),
        on_queued=wake_delivery,
    )
    services = Services(
        settings=settings,
        chats=chats,
        resolve_place=gazetteer_resolver(),
        digests=DigestService(store.engine, chats, contains),
        deliverer=deliverer,
        source_health=store.sources.health,
        unread_reports=lambda: store.reports.unread_by_source(READ_LANGUAGES),
        limiter=CommandRateLimiter(),
        pacer=ReplyPacer(gate),
        clock=utcnow,
        desk=desk,
        closers=(http.aclose, lambda: asyncio.to_thread(deciding.close), lambda: asyncio.to_thread(store.close)),
        evidence=EvidenceRepository(store.engine),
        contains=contains,
    )
    install_services(application, services)
    # Loaded now, in a worker thread: loading them on first use would hold the interpreter (and so the event
    # loop) for a moment in the middle of the first poll, decision or /subscribe.
    await asyncio.to_thread(_warm_up)
    await asyncio.to_thread(warm_lookup)  # the place index, built once before the first /subscribe needs it
    await register_menus(application.bot)
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without its job-queue extra")
    leadership = Leadership()
    register_jobs(job_queue, outbox=OutboxRepository(store.engine), leadership=leadership)
    register_coordination_jobs(job_queue, desk, leadership)
    sources = build_sources(settings, http)
    leases = SourceLeases(store.sources, owner)
    poll = make_poller(store)

    async def poll_and_hand_over(source: Source) -> PollOutcome:
        outcome = await poll(source)
        if outcome.stored:
            decider.nudge()  # the reports are queued in the database; this only saves the decider's idle wait
        return outcome

    register_polling(job_queue, sources, leases.gated(poll_and_hand_over), every=check_seconds)
    log.info("bot started: %d source(s), commands registered", len(sources))
    return Runtime(
        store=store,
        deliverer=deliverer,
        decider=decider,
        telegram_lock=SessionLock(store.engine, "telegram"),
        leadership=leadership,
        leases=leases,
        sources=len(sources),
    )


_EMBEDDED = "embedded_runtime"


def _embedded_opener(settings: Settings) -> Callable[[BotApplication], Coroutine[Any, Any, None]]:
    """post_init, for running the Application by hand in one process (tests drive it so); `bot.lifecycle` does
    not use it: it opens the runtime itself and runs delivery only while it holds the leader lock."""

    async def post_init(application: BotApplication) -> None:
        runtime = await open_runtime(application, settings)
        await runtime.deliverer.take_over()
        tasks = [asyncio.create_task(runtime.decider.run()), asyncio.create_task(runtime.deliverer.run())]
        application.bot_data[_EMBEDDED] = (runtime, tasks)

    return post_init


async def _embedded_closer(application: BotApplication) -> None:
    embedded = application.bot_data.pop(_EMBEDDED, None)
    if embedded is not None:
        runtime, tasks = embedded
        runtime.decider.stop()
        runtime.deliverer.stop()
        await asyncio.gather(*tasks)
    await close_services(application)


async def close_services(application: BotApplication) -> None:
    """Close what open_runtime opened, in reverse order (once: later calls find nothing to close)."""
    services = uninstall_services(application)
    if services is None:
        return
    for close in reversed(services.closers):
        result = close()
        if asyncio.iscoroutine(result):
            await result
    log.info("bot stopped")


def _warm_up() -> None:
    from bot.extraction.extract import extract
    from bot.geo.gazetteer import get_gazetteer

    get_gazetteer()
    extract("Warming up: 3 people were killed in Idlib, Syria, on Monday.", dt.date(2020, 1, 6))


def alert_policy(settings: Settings) -> AlertPolicy:
    """The alert engine's policy from the configuration: default thresholds, update ratio, maximum age."""
    return AlertPolicy(
        defaults=Thresholds(**settings.thresholds.model_dump()),
        update_ratio=settings.alerts.update_ratio,
        max_age_days=settings.alerts.max_age_days,
    )
