"""A report that repeats its figure, fanned out to 900 chats through the Bot API double: 0 repeats, 0 lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.delivery.flood import FloodGate, FloodLimits
from bot.domain.containment import fallback_contains
from bot.storage import Store
from tests.events.fanout_support import fan_out

CHATS = 900


def test_a_report_repeating_its_figure_reaches_900_chats_once_each(tmp_path: Path) -> None:
    """Two statements of 350,000 displaced, three racing decisions: exactly one message per chat."""
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        # the double's and our flood limits are lifted so 900 messages take seconds, not half a minute
        gate = FloodGate(FloodLimits(overall_per_second=100_000, per_chat_seconds=0, group_per_minute=100_000))
        result = asyncio.run(fan_out(store, CHATS, contains=fallback_contains, gate=gate, limits=False))
    finally:
        store.close()
    print(f"figures={result.figures} queued={result.queued} repeats={result.repeats} lost={result.lost}")
    assert result.figures == 2
    assert result.queued == CHATS
    assert (result.repeats, result.lost, result.received) == (0, 0, CHATS)
