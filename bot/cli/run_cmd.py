"""`displacement-bot run`: the bot, by long polling, until SIGTERM or SIGINT.

Refuses to start with one clear line when the token is missing, the configuration is invalid, or another process
runs on the same SQLite file. On a stop signal the bot stops taking updates, sends in flight finish, the database
and HTTP client close, and the process exits 0 (``bot.lifecycle``).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.preflight import check_database, check_telegram
from bot.config import ConfigError, Settings, load_settings
from bot.redaction import RedactSecret, redact, register_secret

__all__ = ["RedactSecret", "configure_logging", "run_bot", "with_poll_override"]

if TYPE_CHECKING:
    from bot.storage.locks import SingleProcessFile

EXIT_CONFIG = 2
EXIT_FAILED = 1
# Tests and demos poll faster than the configuration's minimum allows: this overrides every source's interval.
POLL_OVERRIDE_ENV = "DISPLACEMENT_BOT_POLL_SECONDS"


def configure_logging(secret: str, *, level: int = logging.INFO) -> None:
    """Log to stderr with the token redacted; httpx stays at WARNING (its INFO lines carry Bot API URLs)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    register_secret(secret)
    handler.addFilter(RedactSecret())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def with_poll_override(settings: Settings, env: Mapping[str, str]) -> Settings:
    """`settings` with every source polled every `DISPLACEMENT_BOT_POLL_SECONDS` seconds, when that is set."""
    raw = env.get(POLL_OVERRIDE_ENV, "").strip()
    if not raw:
        return settings
    try:
        seconds = int(raw)
    except ValueError:
        raise ConfigError(f"{POLL_OVERRIDE_ENV}: must be a whole number of seconds, not {raw!r}") from None
    if not 1 <= seconds <= 86_400:
        raise ConfigError(f"{POLL_OVERRIDE_ENV}: must be between 1 and 86400")
    sources = tuple(source.model_copy(update={"poll_seconds": seconds}) for source in settings.sources)
    return settings.model_copy(update={"sources": sources})


def run_bot(args: argparse.Namespace) -> int:
    """Run the bot until a stop signal; 0 after a clean stop, 2 on bad configuration or a second process on one
    SQLite file, 1 when it cannot run (or Telegram refuses the token while it runs)."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _exit_before_start)  # until the event loop takes over: nothing is open yet
    try:
        settings = with_poll_override(load_settings(), os.environ)
        token = settings.require_token()
        check_database(settings.database_url)
        check_telegram(token, settings.telegram_base_url)
    except ConfigError as exc:
        print(f"displacement-bot: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    from bot.storage.locks import AnotherProcessRunning

    single = sqlite_lock(settings.database_url)
    if single is not None:
        try:
            single.acquire()
        except AnotherProcessRunning as exc:
            print(f"displacement-bot: {exc}", file=sys.stderr)
            return EXIT_CONFIG
    configure_logging(token)
    from bot.lifecycle import serve

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        return loop.run_until_complete(serve(settings, stop))
    except Exception as exc:
        message = (redact(str(exc)).strip().splitlines() or [""])[0]
        logging.getLogger(__name__).error("the bot stopped on an error: %s", message)
        print(f"displacement-bot: cannot run: {type(exc).__name__}: {message}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        loop.close()
        if single is not None:
            single.release()


def sqlite_lock(database_url: str) -> SingleProcessFile | None:
    """The single-process lock of a SQLite database file (None for PostgreSQL or an in-memory database)."""
    from bot.storage.engine import normalize_url
    from bot.storage.locks import SingleProcessFile

    url = normalize_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return SingleProcessFile(Path(url.database).resolve())


def _exit_before_start(_sig: int, _frame: object) -> None:
    # Nothing is open before the event loop starts, and an exception raised mid-import would read as a crash.
    os._exit(0)
