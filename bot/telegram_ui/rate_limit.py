"""Per-user command rate limiting, so one person cannot make the bot spam a group.

A token bucket per (chat, user): a burst of `burst` commands, then one more every `refill_seconds` in a group
(negative chat id), every `private_refill_seconds` in a private chat. A group's answers share Telegram's twenty
messages a minute among all its members and its alerts, so one member gets a third of that; in a private chat
only the user reads the answers, and Telegram lets the chat receive about one a second, so a user may ask that
fast (the limit still stops a runaway script). The first command refused after an allowed one earns a short
notice; further refusals are silent until a command is allowed again. Pure and clock-injected so tests need no
sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

SLOW_DOWN_NOTICE = "Slow down, please: too many commands. Try again in a few seconds."


class Verdict(StrEnum):
    """What to do with one command."""

    ALLOW = "allow"
    NOTIFY = "notify"  # refuse and say so once
    SILENT = "silent"  # refuse without a word


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    notified: bool = False


class CommandRateLimiter:
    """Token buckets keyed by (chat id, user id)."""

    def __init__(
        self,
        *,
        burst: int = 5,
        refill_seconds: float = 3.0,
        private_refill_seconds: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        if burst < 1 or refill_seconds <= 0 or private_refill_seconds <= 0:
            raise ValueError("burst must be >= 1 and the refill times > 0")
        self._burst = float(burst)
        self._refill_seconds = refill_seconds
        self._private_refill_seconds = private_refill_seconds
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[tuple[int, int], _Bucket] = {}

    def check(self, chat_id: int, user_id: int) -> Verdict:
        """Take a token for this user in this chat, or say how to refuse."""
        now = self._clock()
        key = (chat_id, user_id)
        bucket = self._buckets.get(key)
        if bucket is None:
            self._forget_idle(now)
            bucket = self._buckets[key] = _Bucket(tokens=self._burst, updated=now)
        else:
            elapsed = max(0.0, now - bucket.updated)
            bucket.tokens = min(self._burst, bucket.tokens + elapsed / self.refill_for(chat_id))
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.notified = False
            return Verdict.ALLOW
        if bucket.notified:
            return Verdict.SILENT
        bucket.notified = True
        return Verdict.NOTIFY

    def refill_for(self, chat_id: int) -> float:
        """Seconds one command's token takes to come back in this chat (private chats have positive ids)."""
        return self._private_refill_seconds if chat_id > 0 else self._refill_seconds

    def retry_after(self, chat_id: int, user_id: int) -> float:
        """Seconds until this user may send a command again in this chat (0 when they may now)."""
        bucket = self._buckets.get((chat_id, user_id))
        if bucket is None:
            return 0.0
        refill = self.refill_for(chat_id)
        tokens = min(self._burst, bucket.tokens + max(0.0, self._clock() - bucket.updated) / refill)
        return max(0.0, (1.0 - tokens) * refill)

    def _forget_idle(self, now: float) -> None:
        """Drop buckets that have refilled completely, once the table grows large (memory stays bounded)."""
        if len(self._buckets) < self._max_keys:
            return
        full_after = self._burst * max(self._refill_seconds, self._private_refill_seconds)
        for key in [k for k, b in self._buckets.items() if now - b.updated >= full_after]:
            del self._buckets[key]
        if len(self._buckets) >= self._max_keys:
            # Everyone is active: drop the oldest half rather than grow without bound.
            by_age = sorted(self._buckets, key=lambda k: self._buckets[k].updated)
            for key in by_age[: len(by_age) // 2]:
                del self._buckets[key]

    def __len__(self) -> int:
        return len(self._buckets)
