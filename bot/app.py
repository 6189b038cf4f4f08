"""The one place that wires things: settings → store → sources → Telegram application → jobs.

Nothing connects at import time. `build_application` only builds; `post_init` opens the database (running
migrations), the HTTP client for sources and the delivery core, registers the command list with Telegram and
schedules the jobs; `post_shutdown` closes what `post_init` opened.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from telegram.ext import ApplicationBuilder, ContextTypes

from bot.alerting import AlertPolicy, decide_alerts
from bot.config import Settings
from bot.delivery.flood import FloodGate
from bot.delivery.sender import Deliverer
from bot.domain.containment import Contains
from bot.domain.thresholds import Thresholds
from bot.extraction.language import READ_LANGUAGES
from bot.geo.containment import contains as geo_contains
from bot.geo.lookup import warm_lookup
from bot.pipeline import PollOutcome, make_poller
from bot.scheduling.polling import register_polling
from bot.sources import build_sources
from bot.sources.base import Source
from bot.sources.http import make_client
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.events_repo import EvidenceRepository
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


def build_application(settings: Settings) -> BotApplication:
    """The Telegram application for `settings`, with handlers registered; nothing is opened yet."""
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .context_types(ContextTypes(context=BotContext))
        .post_init(_opener(settings))
        .post_shutdown(close_services)
        .concurrent_updates(8)
        .get_updates_request(ObservedRequest(telegram_outages, TELEGRAM))  # logs Telegram's recovery once
    )
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url)
    application: BotApplication = builder.build()
    register(application)
    return application


def _opener(settings: Settings) -> Callable[[BotApplication], Coroutine[Any, Any, None]]:
    async def post_init(application: BotApplication) -> None:
        await _open(application, settings)

    return post_init


async def _open(application: BotApplication, settings: Settings) -> None:
    """Open the database, HTTP client and delivery core; register commands and jobs."""
    # Handlers hand every database call to worker threads; most of them wait on I/O or the SQLite lock, so the
    # default pool (cores + 4) queues commands behind the delivery loop's writes. More threads, shorter queues.
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=WORKER_THREADS))
    store = await asyncio.to_thread(Store, settings.database_url)
    http = make_client()
    chats = ChatRepository(store.engine)
    gate = FloodGate()  # shared: replies and the outbox count against the same limits
    deliverer = Deliverer(application.bot, OutboxRepository(store.engine), gate=gate)
    await asyncio.to_thread(deliverer.recover)
    contains: Contains = geo_contains
    desk = CoordinationDesk(store.engine, contains)
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
        closers=(http.aclose, store.close),
        evidence=EvidenceRepository(store.engine),
        contains=contains,
    )
    install_services(application, services)
    await register_menus(application.bot)
    await asyncio.to_thread(warm_lookup)  # the place index, built once before the first /subscribe needs it
    job_queue = application.job_queue
    if job_queue is None:
        raise RuntimeError("python-telegram-bot was installed without its job-queue extra")
    register_jobs(job_queue, heartbeat_file=settings.heartbeat_file)
    register_coordination_jobs(job_queue, desk)
    sources = build_sources(settings, http)
    decide = _alert_decider(store, settings, contains)
    register_polling(job_queue, sources, _archiving_poller(store, decide))
    log.info("bot started: %d source(s), commands registered", len(sources))


async def close_services(application: BotApplication) -> None:
    """Close what post_init opened, in reverse order (once: later calls find nothing to close)."""
    services = uninstall_services(application)
    if services is None:
        return
    for close in reversed(services.closers):
        result = close()
        if asyncio.iscoroutine(result):
            await result
    log.info("bot stopped")


Decide = Callable[[list[int]], Awaitable[None]]


def alert_policy(settings: Settings) -> AlertPolicy:
    """The alert engine's policy from the configuration: default thresholds, update ratio, maximum age."""
    return AlertPolicy(
        defaults=Thresholds(**settings.thresholds.model_dump()),
        update_ratio=settings.alerts.update_ratio,
        max_age_days=settings.alerts.max_age_days,
    )


def _alert_decider(store: Store, settings: Settings, contains: Contains) -> Decide:
    """Reports → events → outbox rows through the alert engine (in a worker thread: SQL blocks)."""
    policy = alert_policy(settings)

    async def decide(report_ids: list[int]) -> None:
        decision = await asyncio.to_thread(decide_alerts, store.engine, report_ids, policy=policy, contains=contains)
        if decision.deliveries_queued:
            log.info("%d alert(s) queued from %d report(s)", decision.deliveries_queued, len(report_ids))

    return decide


def _archiving_poller(store: Store, decide: Decide) -> Callable[[Source], Awaitable[PollOutcome]]:
    """The pipeline's poller, with every stored report (not only alertable ones) passed on to the alert engine.

    The pipeline's hook sees only reports that may alert. Reports a source already held at its first poll must
    still become events, or digests would never show them; the alert engine queues nothing for them.
    """
    poll = make_poller(store, on_new_reports=decide)

    async def poll_and_archive(source: Source) -> PollOutcome:
        outcome = await poll(source)
        archived = [i for i in outcome.stored_report_ids if i not in outcome.alertable_report_ids]
        if archived:
            await decide(archived)
        return outcome

    return poll_and_archive
