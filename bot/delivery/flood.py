"""Telegram's flood limits, kept on our side so the API never has to answer 429.

At most 30 messages in any second overall, one a second per chat, twenty a minute per group (negative chat id).
The server counts arrivals, which we cannot see: a message arrives after it leaves us and before its answer
comes back. So every message holds its place in the limits from the moment it leaves until a full interval after
its answer: however late it arrived, and however the loop or the network jittered, the server's count can never
exceed ours. A fixed pace just under the limit is not enough: a slip of a few tens of milliseconds between
leaving and arriving put 31 arrivals in one second (429s under load).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

WINDOW_SECONDS = 1.0
GROUP_WINDOW_SECONDS = 60.0
# Clocks on both sides are the same monotonic clock at different moments; a hair more than the interval keeps
# "exactly one second later" from counting as within the second.
_MARGIN = 0.002


@dataclass(frozen=True, slots=True, kw_only=True)
class FloodLimits:
    """How fast we allow ourselves to send (Telegram's published limits)."""

    overall_per_second: int = 30
    per_chat_seconds: float = 1.0
    group_per_minute: int = 20


@dataclass(slots=True, eq=False)
class Departure:
    """One message's place in the limits: taken when it leaves, kept until an interval after its answer."""

    chat_id: int
    left_at: float
    answered_at: float | None = field(default=None)


class FloodGate:
    """Decides when the next message may go, overall and per chat; told when each one's answer came back.

    Every ``take`` must be followed by ``done`` with what it returned, whatever the send's outcome (an unanswered
    message keeps its place, so a forgotten ``done`` slows sending rather than risking a 429).
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
        self._recent: deque[Departure] = deque()  # in the order they left
        self._answered = asyncio.Event()
        self._chat_free_at: dict[int, float] = defaultdict(float)
        self._chat_in_flight: Counter[int] = Counter()
        self._group_answered: dict[int, deque[float]] = defaultdict(deque)
        self._taking = asyncio.Lock()  # first come, first served between the delivery loop and replies

    def chat_wait(self, chat_id: int) -> float:
        """Seconds until this chat may receive another message (0 when it may now; an estimate while one is
        on its way to it)."""
        now = self._clock()
        if self._chat_in_flight[chat_id]:
            return self._limits.per_chat_seconds
        free_at = self._chat_free_at[chat_id]
        if chat_id < 0:
            answered = self._group_answered[chat_id]
            while answered and now - answered[0] >= GROUP_WINDOW_SECONDS + _MARGIN:
                answered.popleft()
            if len(answered) >= self._limits.group_per_minute:
                free_at = max(free_at, answered[0] + GROUP_WINDOW_SECONDS + _MARGIN)
        return max(0.0, free_at - now)

    async def take(self, chat_id: int) -> Departure:
        """Wait for an overall place, paced evenly; the message may leave on return. The chat's own turn is the
        caller's to await (``chat_wait``): a chat that must wait never holds up the others."""
        async with self._taking:
            now = self._clock()
            slot = max(now, self._next_overall)
            self._next_overall = slot + 1.0 / self._limits.overall_per_second
            if slot > now:
                await self._sleep(slot - now)
            departure = await self._overall_place(chat_id)
        self._chat_in_flight[chat_id] += 1
        return departure

    def done(self, departure: Departure) -> None:
        """The message's answer came back (or it failed): its places free an interval from now."""
        if departure.answered_at is not None:
            return
        now = self._clock()
        departure.answered_at = now
        chat_id = departure.chat_id
        self._chat_in_flight[chat_id] -= 1
        if self._chat_in_flight[chat_id] <= 0:
            del self._chat_in_flight[chat_id]
        pause = self._limits.per_chat_seconds
        self._chat_free_at[chat_id] = max(self._chat_free_at[chat_id], now + pause + (_MARGIN if pause else 0.0))
        if chat_id < 0:
            self._group_answered[chat_id].append(now)
        self._answered.set()

    async def _overall_place(self, chat_id: int) -> Departure:
        """Wait until fewer than the overall limit hold a place; book this message's departure."""
        recent = self._recent
        while True:
            now = self._clock()
            expiry = now - WINDOW_SECONDS - _MARGIN
            while recent and recent[0].answered_at is not None and recent[0].answered_at <= expiry:
                recent.popleft()
            holding = [d for d in recent if d.answered_at is None or d.answered_at > expiry]
            if len(holding) < self._limits.overall_per_second:
                departure = Departure(chat_id=chat_id, left_at=now)
                recent.append(departure)  # no await since the count: two takers cannot pass on one free place
                return departure
            answered = [d.answered_at for d in holding if d.answered_at is not None]
            self._answered.clear()
            if answered:
                await self._sleep(min(answered) + WINDOW_SECONDS + _MARGIN - now)
            else:  # all on their way: the first answer frees a place a second later
                await self._answered.wait()

    def count_earlier(self, chat_id: int, seconds_ago: float) -> None:
        """Count a message another sender gave a chat `seconds_ago` (a group's minute, a chat's pause)."""
        at = self._clock() - seconds_ago
        pause = self._limits.per_chat_seconds
        self._chat_free_at[chat_id] = max(self._chat_free_at[chat_id], at + pause + (_MARGIN if pause else 0.0))
        if chat_id < 0:
            answered = self._group_answered[chat_id]
            answered.append(at)
            if len(answered) > 1 and answered[-1] < answered[-2]:
                self._group_answered[chat_id] = deque(sorted(answered))

    def hold_chat(self, chat_id: int, seconds: float) -> None:
        """Keep a chat quiet for a while (Telegram asked us to wait)."""
        self._chat_free_at[chat_id] = max(self._chat_free_at[chat_id], self._clock() + seconds)

    def hold_all(self, seconds: float) -> None:
        """Keep every chat quiet for a while (Telegram asked us to, or another process may have just sent)."""
        self._next_overall = max(self._next_overall, self._clock() + seconds)
