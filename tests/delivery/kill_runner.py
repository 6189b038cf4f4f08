"""A delivery process for the kill test: drains a SQLite outbox to a Bot API URL, then exits.

python -m tests.delivery.kill_runner DB_PATH BASE_URL TOKEN
Prints "recovered <ids>" (rows a killed predecessor left half-sent) and "ready" before sending.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from telegram import Bot

from bot.delivery.sender import Deliverer
from bot.storage.engine import create_engine
from bot.storage.outbox_repo import OutboxRepository


async def main(db_path: str, base_url: str, token: str) -> int:
    """Deliver until no row is pending or sending."""
    outbox = OutboxRepository(create_engine(f"sqlite:///{db_path}"))
    async with Bot(token, base_url=base_url) as bot:
        deliverer = Deliverer(bot, outbox)
        recovered = deliverer.recover()
        print("recovered", " ".join(map(str, recovered)), flush=True)
        print("ready", flush=True)
        while True:
            counts = outbox.counts()
            if not counts.get("pending") and not counts.get("sending"):
                return 0
            if await deliverer.drain_once() == 0:
                await asyncio.sleep(0.05)


if __name__ == "__main__":
    logging.getLogger("httpx").setLevel(logging.WARNING)
    sys.exit(asyncio.run(main(*sys.argv[1:4])))
