"""Fan-out of a report that states its figure twice, to N chats, through the Bot API double at Telegram's limits.

python benchmarks/fanout_repeats.py 900
Three decisions race on the same report (as concurrent polls would); the delivery loop drains the outbox
through the flood-limiting double. Prints the figures found, messages queued and received, repeats and lost.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.domain.containment import default_contains
from bot.storage.store import Store
from tests.events.fanout_support import fan_out


def main() -> None:
    """Run the fan-out for each chat count given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chats", nargs="*", type=int, default=[900])
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        for chats in args.chats:
            store = Store(f"sqlite:///{Path(folder) / f'fanout-{chats}.db'}")
            result = asyncio.run(fan_out(store, chats, contains=default_contains(), gate=None, limits=True))
            store.close()
            print(
                f"chats={chats} figures={result.figures} queued={result.queued} received={result.received} "
                f"repeats={result.repeats} lost={result.lost} seconds={result.seconds:.1f}"
            )


if __name__ == "__main__":
    main()
