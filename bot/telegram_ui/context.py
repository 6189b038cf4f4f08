"""Typed access to the bot's services from handlers and jobs (a custom CallbackContext).

`app.py` builds one `Services` in `post_init` and stores it once; every callback reads `context.services`
instead of looking up loose `bot_data` keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.config import Settings
from bot.delivery.sender import Deliverer
from bot.domain.containment import Contains
from bot.storage.chats_repo import ChatRepository
from bot.storage.events_repo import EvidenceRepository
from bot.storage.records import SourceRow
from bot.telegram_ui.command_queue import CommandQueue
from bot.telegram_ui.coordination import CoordinationDesk
from bot.telegram_ui.digests import DigestService
from bot.telegram_ui.place_buttons import PendingQueries
from bot.telegram_ui.rate_limit import CommandRateLimiter
from bot.telegram_ui.sending import ReplyPacer
from bot.telegram_ui.undo import UndoShelf
from bot.values import Location

_SERVICES_KEY = "services"


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """What a typed place name means: one place, or ranked suggestions (best first) when unsure."""

    place: Location | None
    suggestions: tuple[Location, ...] = ()


class PlaceResolver(Protocol):
    """Turns what a user typed into a place or suggestions."""

    def __call__(self, query: str) -> Resolution: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Services:
    """Everything handlers and jobs use, opened in post_init and closed in post_shutdown."""

    settings: Settings
    chats: ChatRepository
    resolve_place: PlaceResolver
    digests: DigestService
    deliverer: Deliverer
    source_health: Callable[[], list[SourceRow]]
    limiter: CommandRateLimiter
    pacer: ReplyPacer
    clock: Callable[[], dt.datetime]
    desk: CoordinationDesk  # /export, /weekly, baseline signals
    closers: tuple[Callable[[], Any], ...] = ()
    # /why's reads and the containment alerts were decided with (None: /why says it is unavailable)
    evidence: EvidenceRepository | None = None
    contains: Contains | None = None
    pending: PendingQueries = field(default_factory=PendingQueries)
    undo: UndoShelf = field(default_factory=UndoShelf)
    command_queue: CommandQueue = field(default_factory=CommandQueue)
    # per source, how many stored reports are in a language extraction does not read (for /sources)
    unread_reports: Callable[[], dict[str, int]] = dict


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """The callback context with the bot's services attached."""

    @property
    def services(self) -> Services:
        """The services built at start-up."""
        services = self.bot_data.get(_SERVICES_KEY)
        if not isinstance(services, Services):
            raise RuntimeError("services are not ready: post_init has not run")
        return services


# The job queue's context parameter is left open: ApplicationBuilder infers the default context type there.
BotApplication = Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], dict[Any, Any], JobQueue[Any]]


def install_services(application: BotApplication, services: Services) -> None:
    """Make `services` reachable from every callback's context."""
    application.bot_data[_SERVICES_KEY] = services


def uninstall_services(application: BotApplication) -> Services | None:
    """Detach and return the installed services (None when there are none), so they are closed only once."""
    services = application.bot_data.pop(_SERVICES_KEY, None)
    return services if isinstance(services, Services) else None
