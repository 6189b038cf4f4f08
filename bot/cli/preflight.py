"""Checks before `run` starts anything: can the database be opened, does Telegram accept the token?

Each problem becomes one ConfigError line naming the setting to fix (DATABASE_URL, TELEGRAM_BOT_TOKEN,
TELEGRAM_BASE_URL), so the bot exits 2 with that line instead of a traceback. A network that is down at start
is retried with backoff before giving up; a refusal (wrong token, unknown database) is not retried.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import httpx

from bot.config import ConfigError, hide_password
from bot.redaction import redact

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
RETRY_DELAYS = (0.5, 1.0, 2.0)
CONNECT_TIMEOUT_SECONDS = 5.0
T = TypeVar("T")


class _Transient(Exception):
    """A failure worth another try (network down, server starting)."""


def check_database(url: str, *, delays: tuple[float, ...] = RETRY_DELAYS) -> None:
    """Open a connection to DATABASE_URL once, or raise ConfigError saying why."""
    import sqlalchemy as sa
    from sqlalchemy.exc import DBAPIError, NoSuchModuleError, SQLAlchemyError

    from bot.storage.engine import create_engine, normalize_url

    shown = hide_password(url)

    def attempt() -> None:
        try:
            if normalize_url(url).get_backend_name() == "sqlite":
                engine = create_engine(url)
            else:
                engine = sa.create_engine(
                    normalize_url(url), connect_args={"connect_timeout": int(CONNECT_TIMEOUT_SECONDS)}
                )
            try:
                with engine.connect() as connection:
                    connection.execute(sa.text("SELECT 1"))
            finally:
                engine.dispose()
        except NoSuchModuleError:
            raise ConfigError(f"DATABASE_URL: {shown}: no driver installed for it") from None
        except DBAPIError as exc:
            reason = _first_line(exc.orig if exc.orig is not None else exc)
            if _refused_for_good(reason):
                raise ConfigError(f"DATABASE_URL: cannot open {shown}: {reason}") from None
            raise _Transient(f"DATABASE_URL: cannot open {shown}: {reason}") from None
        except (SQLAlchemyError, OSError, ValueError) as exc:
            raise ConfigError(f"DATABASE_URL: cannot open {shown}: {_first_line(exc)}") from None

    _with_retries(attempt, delays)


def check_telegram(token: str, base_url: str | None, *, delays: tuple[float, ...] = RETRY_DELAYS) -> None:
    """Ask the Bot API who we are (getMe), or raise ConfigError naming the token or the base URL."""
    base = base_url or DEFAULT_BASE_URL
    where = f"TELEGRAM_BASE_URL ({base})" if base_url else f"the Telegram Bot API ({base}; set TELEGRAM_BASE_URL?)"

    def attempt() -> None:
        try:
            response = httpx.get(f"{base}{token}/getMe", timeout=CONNECT_TIMEOUT_SECONDS * 2)
        except httpx.HTTPError as exc:
            raise _Transient(f"{where}: cannot reach it: {type(exc).__name__}: {_first_line(exc)}") from None
        if response.status_code in (401, 403, 404):
            raise ConfigError(
                f"TELEGRAM_BOT_TOKEN: refused by {base} (HTTP {response.status_code}); check the token"
                + (" and TELEGRAM_BASE_URL" if base_url else "")
            )
        if response.status_code >= 500 or response.status_code == 429:
            raise _Transient(f"{where}: answered HTTP {response.status_code}")
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if not (isinstance(answer, dict) and answer.get("ok") is True):
            raise ConfigError(
                f"TELEGRAM_BASE_URL: {base} does not answer like the Bot API (HTTP {response.status_code})"
            )

    _with_retries(attempt, delays)


def _with_retries(attempt: Callable[[], T], delays: tuple[float, ...]) -> T:
    for delay in (*delays, None):
        try:
            return attempt()
        except _Transient as exc:
            if delay is None:
                raise ConfigError(f"{redact(str(exc))} (tried {len(delays) + 1} times)") from None
            time.sleep(delay)
    raise AssertionError("unreachable")


def _refused_for_good(reason: str) -> bool:
    lowered = reason.lower()
    return any(
        word in lowered
        for word in ("password", "authentication", "does not exist", "permission denied", "unable to open", "readonly")
    )


def _first_line(exc: BaseException) -> str:
    text = redact(str(exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__
