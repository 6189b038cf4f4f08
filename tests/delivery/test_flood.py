"""The flood gate on a hand-driven clock: even pacing, and no more than the overall limit in any second of real
departures, even when some went late."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from bot.delivery.flood import FloodGate, FloodLimits


class HandClock:
    """A clock that moves only when the gate sleeps, or when the test says the loop was held up."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


def _busiest_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t < start + 1.0) for start in times)


async def test_messages_are_paced_evenly_at_the_overall_rate() -> None:
    """Ten messages at 10/s go 0.1 s apart, none early."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=10), clock=clock, sleep=clock.sleep)
    gone = []
    for chat in range(1, 11):
        await gate.take(chat)
        gone.append(clock.now)
    gaps = [round(later - earlier, 6) for earlier, later in itertools.pairwise(gone)]
    assert gaps == [0.1] * 9


async def test_a_late_slot_does_not_put_one_too_many_in_a_second() -> None:
    """The first message of a run goes 0.3 s late (the loop was held up); a second later the pace is on time again,
    and without counting real departures the eleventh message would be the eleventh in one second."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=10), clock=clock, sleep=clock.sleep)
    gone = []
    for chat in range(1, 31):
        if chat == 5:
            clock.now += 0.3  # held up after booking a slot: this message and the next ones go late
        await gate.take(chat)
        gone.append(clock.now)
    assert _busiest_second(gone) <= 10
    assert len(gone) == 30


async def test_concurrent_takers_share_one_overall_limit() -> None:
    """Replies and alerts take from one gate at once: together they stay within the limit in every second."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=5), clock=clock, sleep=clock.sleep)
    gone: list[float] = []

    async def send(chats: range) -> None:
        for chat in chats:
            await gate.take(chat)
            gone.append(clock.now)

    await asyncio.gather(send(range(1, 16)), send(range(101, 116)))
    assert len(gone) == 30
    assert _busiest_second(gone) <= 5


async def test_one_chat_waits_its_interval_and_a_group_its_minute() -> None:
    """A chat may receive again after `per_chat_seconds`; a group after its twentieth message in a minute waits
    for the first of them to be a minute old."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=100, per_chat_seconds=1.05, group_per_minute=3), clock=clock)
    await gate.take(7)
    assert gate.chat_wait(7) == pytest.approx(1.05)
    clock.now += 1.05
    assert gate.chat_wait(7) == 0.0
    first = clock.now
    for _ in range(3):
        clock.now += 2.0
        await gate.take(-5)
    clock.now += 2.0
    assert gate.chat_wait(-5) == pytest.approx(first + 2.0 + 60.0 - clock.now)
