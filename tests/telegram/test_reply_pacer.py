"""The reply pacer: replies handed to tasks keep their turn in the chat, and the chat counts as busy meanwhile."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from typing import cast

from telegram import Message

from bot.delivery.flood import FloodGate, FloodLimits
from bot.telegram_ui.sending import ReplyPacer


async def test_replies_sent_later_keep_their_order_and_hold_the_chat() -> None:
    """Replies handed to tasks go out after the one sent directly, in the order they were handed over, a chat pace
    apart; the chat is not ready (a new reply would be handed over too) until the last is sent."""
    pace = 0.05
    pacer = ReplyPacer(FloodGate(FloodLimits(per_chat_seconds=pace)))
    sent: list[tuple[str, float]] = []
    loop = asyncio.get_running_loop()

    def sending(text: str) -> Callable[[], Awaitable[Message]]:
        async def send() -> Message:
            sent.append((text, loop.time()))
            return cast(Message, None)

        return send

    assert pacer.ready(7)
    await pacer.send(7, sending("first"))
    assert not pacer.ready(7), "the chat's pace has not passed"
    tasks = [asyncio.create_task(pacer.later(7, sending(text))) for text in ("second", "third", "fourth")]
    assert not pacer.ready(7)
    await asyncio.gather(*tasks)
    assert [text for text, _ in sent] == ["first", "second", "third", "fourth"]
    gaps = [b - a for (_, a), (_, b) in itertools.pairwise(sent)]
    assert all(gap >= pace * 0.9 for gap in gaps), gaps
    await asyncio.sleep(pace + 0.01)  # the gate adds a hair to each pause, counted from the answer
    assert pacer.ready(7)
    assert pacer.ready(8), "other chats were never held"
