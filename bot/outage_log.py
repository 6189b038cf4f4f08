"""Log discipline for a failing dependency: one line when it fails, at most one a minute while it stays down,
one when it recovers. A database outage must not write hundreds of tracebacks a second.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from bot.redaction import redact

REMIND_SECONDS = 60.0


@dataclass
class _Down:
    since: float
    last_logged: float
    failures: int = 1
    unlogged: int = 0


class OutageLog:
    """Tracks which named dependencies are down and logs their state changes, throttled."""

    def __init__(
        self,
        logger: logging.Logger,
        *,
        remind_seconds: float = REMIND_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._log = logger
        self._remind = remind_seconds
        self._clock = clock
        self._down: dict[str, _Down] = {}
        self._lock = threading.Lock()

    def is_down(self, what: str) -> bool:
        """Whether `what` failed last time it was tried."""
        return what in self._down

    def failed(self, what: str, error: BaseException | str, *, traceback: bool = False) -> None:
        """Note a failure of `what`: logged at once if it is new, else at most once per reminder period.

        `traceback` adds the stack to the first line only (an unexpected error is worth one trace, not one a second),
        and not for connection trouble (a database or network down), which its one line describes.
        """
        now = self._clock()
        text = _describe(error)
        with self._lock:
            down = self._down.get(what)
            if down is None:
                self._down[what] = _Down(since=now, last_logged=now)
                action = "first"
            else:
                down.failures += 1
                if now - down.last_logged < self._remind:
                    down.unlogged += 1
                    return
                action, seconds, unlogged = "remind", now - down.since, down.unlogged
                down.last_logged, down.unlogged = now, 0
        if action == "first":
            exc_info = None
            if traceback and isinstance(error, BaseException) and not _is_connection_trouble(error):
                exc_info = error
            self._log.error("%s is failing: %s", what, text, exc_info=exc_info)
        else:
            self._log.warning(
                "%s still failing after %.0fs (%d failure(s) not logged): %s", what, seconds, unlogged, text
            )

    def recovered(self, what: str) -> None:
        """Note a success of `what`: one line if it was down, nothing otherwise."""
        with self._lock:
            down = self._down.pop(what, None)
        if down is not None:
            self._log.warning(
                "%s recovered after %.0fs and %d failure(s)", what, self._clock() - down.since, down.failures
            )


# connection trouble says all in one line; its 80-line chained traceback would only bury the log
_CONNECTION_ERRORS = frozenset({"OperationalError", "InterfaceError", "DisconnectionError", "NetworkError", "TimedOut"})


def _is_connection_trouble(error: BaseException) -> bool:
    if isinstance(error, OSError | TimeoutError):
        return True
    return any(cls.__name__ in _CONNECTION_ERRORS for cls in type(error).__mro__)


def _describe(error: BaseException | str) -> str:
    if isinstance(error, BaseException):
        return redact(f"{type(error).__name__}: {error}".rstrip(": ").replace("\n", " "))
    return redact(error.replace("\n", " "))
