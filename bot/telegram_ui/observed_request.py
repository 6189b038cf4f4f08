"""The HTTP request object for getUpdates, noting when Telegram answers again after an outage.

Failures of long polling reach the error handler, which logs them through the throttled outage log; a success
only this request sees, so it closes the outage with its one "recovered" line.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from telegram.request import HTTPXRequest

from bot.outage_log import OutageLog


class ObservedRequest(HTTPXRequest):
    """PTB's own getUpdates request (one connection), reporting each successful call to an outage log."""

    def __init__(self, outages: OutageLog, what: str) -> None:
        super().__init__(connection_pool_size=1)
        self._outages = outages
        self._what = what

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """Make the call; when Telegram answers 200, tell the outage log (a no-op unless it was down)."""
        status, payload = await super().do_request(*args, **kwargs)
        if status == HTTPStatus.OK:
            self._outages.recovered(self._what)
        return status, payload
