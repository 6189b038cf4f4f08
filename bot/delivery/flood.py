"""Telegram's flood limits, kept on our side so the API rarely has to answer 429.

About 30 messages a second overall, one a second per chat, twenty a minute per group (negative chat id).
We stay a little under each (29/s, 1.05 s, 20/min) because the server measures arrival, not departure.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

WINDOW_SECONDS = 1.0


@dataclass(frozen=True, slots=True, kw_only=True)
class FloodLimits:
    """How fast we allow ourselves to send."""

    overall_per_second: float = 29.0
    per_chat_seconds: float = 1.05
    group_per_minute: int = 20


class FloodGate:
    """Decides when the next message may go, overall and per chat.

    Overall, messages are paced at even intervals, and no more than ``overall_per_second`` of them may have gone
    in any second, counted from when each really went. Pacing alone counts planned slots: a message whose slot came
    while the event loop was busy goes late, and a second later, when the pace is back on time, the server still
    counts it among the last second's arrivals, one too many (it answered 429 after loop stalls of 50-250 ms).
    """

    def __init__(
        self,
        limits: FloodLimits = FloodLimits(),
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._limits = limits
        self._clock = clock
        self._sleep = sleep
        self._next_overall = 0.0
        self._gone: deque[float] = deque()  # when the messages of the last second really went
        self._chat_free_at: dict[int, float] = defaultdict(float)
        self._group_sent: dict[int, deque[float]] = defaultdict(deque)

    def chat_wait(self, chat_id: int) -> float:
        """Seconds until this chat may receive another message (0 when it may now)."""
        now = self._clock()
        free_at = self._chat_free_at[chat_id]
        if chat_id < 0:
            sent = self._group_sent[chat_id]
            while sent and now - sent[0] >= 60.0:
                sent.popleft()
            if len(sent) >= self._limits.group_per_minute:
                free_at = max(free_at, sent[0] + 60.0)
        return max(0.0, free_at - now)

    async def take(self, chat_id: int) -> None:
        """Wait for an overall slot, then book the slot and the chat's next interval."""
        now = self._clock()
        slot = max(now, self._next_overall)
        self._next_overall = slot + 1.0 / self._limits.overall_per_second
        if slot > now:
            await self._sleep(slot - now)
        sent_at = await self._within_window()
        self._chat_free_at[chat_id] = sent_at + self._limits.per_chat_seconds
        if chat_id < 0:
            self._group_sent[chat_id].append(sent_at)

    async def _within_window(self) -> float:
        """Wait until fewer than the overall limit went in the last second; book this message's departure."""
        gone = self._gone
        while True:
            now = self._clock()
            while gone and now - gone[0] >= WINDOW_SECONDS:
                gone.popleft()
            if len(gone) < self._limits.overall_per_second:
                gone.append(now)  # no await since the check: concurrent takers cannot both pass on one free place
                return now
            await self._sleep(gone[0] + WINDOW_SECONDS - now)

    def hold_chat(self, chat_id: int, seconds: float) -> None:
        """Keep a chat quiet for a while (Telegram asked us to wait)."""
        self._chat_free_at[chat_id] = max(self._chat_free_at[chat_id], self._clock() + seconds)

    def hold_all(self, seconds: float) -> None:
        """Keep every chat quiet for a while."""
        self._next_overall = max(self._next_overall, self._clock() + seconds)
