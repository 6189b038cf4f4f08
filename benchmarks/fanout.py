"""Fan-out: one alert to N subscribed chats through the Bot API double enforcing Telegram's flood limits.

python benchmarks/fanout.py 1000 10000     (chat counts; 10,000 at ~29/s takes about six minutes)
Prints messages/s achieved, alerts lost and doubled, 429 answers, and peak memory of this process.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

from telegram import Bot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.delivery.sender import Deliverer
from bot.storage.outbox_repo import OutboxRepository
from tests.delivery.outbox_fixtures import add_chats, outbox_database, queue_alerts
from tests.support.bot_api_double import BotApiDouble


async def fan_out(chats: int, folder: Path) -> None:
    """Queue one alert for each of ``chats`` chats, deliver them all, and print the figures."""
    engine = outbox_database(folder / f"fanout-{chats}.db")
    chat_ids = [n if n % 10 else -n for n in range(1, chats + 1)]  # one chat in ten is a group
    add_chats(engine, chat_ids)
    queue_alerts(engine, chat_ids, per_chat=1)
    outbox = OutboxRepository(engine)
    with BotApiDouble() as api:
        async with Bot(api.token, base_url=api.base_url) as bot:
            deliverer = Deliverer(bot, outbox)
            started = time.perf_counter()
            while outbox.counts().get("pending"):
                if await deliverer.drain_once() == 0:
                    await asyncio.sleep(0.05)
            elapsed = time.perf_counter() - started
        received = collections.Counter(m.chat_id for m in api.messages)
        floods = sum(1 for r in api.rejections if r.error_code == 429)
    lost = sum(1 for c in chat_ids if received[c] == 0)
    doubled = sum(1 for c in chat_ids if received[c] > 1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"chats={chats} messages/s={len(api.messages) / elapsed:.1f} seconds={elapsed:.1f} "
        f"lost={lost} doubled={doubled} 429s={floods} peak_memory_mb={peak_mb:.0f}"
    )
    engine.dispose()


def main() -> None:
    """Run the fan-out for each chat count given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chats", nargs="*", type=int, default=[1000, 10000])
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        for chats in args.chats:
            asyncio.run(fan_out(chats, Path(folder)))


if __name__ == "__main__":
    main()
