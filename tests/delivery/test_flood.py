"""The flood gate on a hand-driven clock: even pacing, and no more than the overall limit in any second however
late messages left or their answers came back (the server counts arrivals, somewhere in between)."""

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
        gate.done(await gate.take(chat))
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
        gate.done(await gate.take(chat))
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
            gate.done(await gate.take(chat))
            gone.append(clock.now)

    await asyncio.gather(send(range(1, 16)), send(range(101, 116)))
    assert len(gone) == 30
    assert _busiest_second(gone) <= 5


async def test_one_chat_waits_its_interval_and_a_group_its_minute() -> None:
    """A chat may receive again after `per_chat_seconds`; a group after its twentieth message in a minute waits
    for the first of them to be a minute old."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=100, per_chat_seconds=1.05, group_per_minute=3), clock=clock)
    departure = await gate.take(7)
    assert gate.chat_wait(7) > 0  # on its way: the chat's next message waits for the answer
    clock.now += 0.2
    gate.done(departure)
    assert gate.chat_wait(7) == pytest.approx(1.05, abs=0.005)  # counted from the answer, not the departure
    clock.now += 1.06
    assert gate.chat_wait(7) == 0.0
    first = None
    for _ in range(3):
        clock.now += 2.0
        gate.done(await gate.take(-5))
        first = first or clock.now
    clock.now += 2.0
    assert first is not None
    assert gate.chat_wait(-5) == pytest.approx(first + 60.0 - clock.now, abs=0.005)


async def test_a_slow_answer_holds_its_place_until_a_second_after_it() -> None:
    """Ten messages leave in a second and their answers take 0.3 s: the server may have seen them as late as
    that, so the eleventh leaves a second after the first answer, not a second after the first departure."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=10), clock=clock, sleep=clock.sleep)
    departures = [await gate.take(chat) for chat in range(1, 11)]
    clock.now += 0.3
    for departure in departures:
        gate.done(departure)
    first_answer = departures[0].answered_at
    assert first_answer is not None
    eleventh = await gate.take(11)
    assert eleventh.left_at >= first_answer + 1.0
    arrivals = [d.answered_at for d in departures if d.answered_at is not None] + [eleventh.left_at]
    assert _busiest_second(arrivals) <= 10


async def test_unanswered_messages_keep_their_places() -> None:
    """While every place is held by a message still on its way, no other leaves; the first answer frees one."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=3), clock=clock, sleep=clock.sleep)
    held = [await gate.take(chat) for chat in (1, 2, 3)]
    waiting = asyncio.create_task(gate.take(4))
    for _ in range(20):
        await asyncio.sleep(0)
    assert not waiting.done()
    gate.done(held[0])
    fourth = await asyncio.wait_for(waiting, timeout=5)
    assert held[0].answered_at is not None
    assert fourth.left_at >= held[0].answered_at + 1.0


async def test_messages_another_sender_gave_count_against_the_limits() -> None:
    """A group that had its twenty this minute from another process waits for the first of them to be a minute
    old; a chat it wrote to half a second ago waits the other half."""
    clock = HandClock()
    gate = FloodGate(FloodLimits(overall_per_second=30, per_chat_seconds=1.0, group_per_minute=20), clock=clock)
    for ago in range(40, 20, -1):
        gate.count_earlier(-9, float(ago))
    gate.count_earlier(3, 0.5)
    assert gate.chat_wait(-9) == pytest.approx(20.0, abs=0.01)
    assert gate.chat_wait(3) == pytest.approx(0.5, abs=0.01)
    assert gate.chat_wait(4) == 0.0
