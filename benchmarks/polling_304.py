"""Polling cost when nothing changed: 500 feeds on loopback, polled twice.

Prints the share of second-cycle polls answered 304 (so never parsed nor extracted) and the CPU seconds this
process spent per cycle. The feed server runs in a child process so its CPU is not counted.
Run: python benchmarks/polling_304.py [--feeds 500]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.pipeline import PollOutcome, PollStatus, poll_source
from bot.sources import RssSource, make_client
from bot.storage import Store
from tests.support.feed_server import FeedServer, Route, rss, start


def serve(feeds: int, port_queue: multiprocessing.Queue[int]) -> None:
    """Serve ``feeds`` unchanging feeds, each with its own ETag, until killed."""
    server = FeedServer()
    for n in range(feeds):
        items = [
            (f"{n}-{i}", f"Report {i}", f"Feed {n} item {i}: clashes displaced {100 + i} families.") for i in range(3)
        ]
        server.routes[f"/feed/{n}"] = Route(body=rss(*items), etag=f'"{n}-v1"')
    start(server)
    port_queue.put(server.port)
    while True:
        time.sleep(3600)


async def cycle(sources: list[RssSource], store: Store, concurrency: int) -> tuple[list[PollOutcome], float, float]:
    """Poll every source once; return outcomes, CPU seconds and wall seconds."""
    gate = asyncio.Semaphore(concurrency)
    now = dt.datetime.now(dt.UTC)

    async def one(source: RssSource) -> PollOutcome:
        async with gate:
            return await poll_source(source, store, now=now, extractor=lambda text, published: [])

    cpu, wall = time.process_time(), time.perf_counter()
    outcomes = await asyncio.gather(*(one(source) for source in sources))
    return list(outcomes), time.process_time() - cpu, time.perf_counter() - wall


async def main(feeds: int, concurrency: int) -> None:
    """Run both cycles and print the figures."""
    ports: multiprocessing.Queue[int] = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(feeds, ports), daemon=True)
    server.start()
    port = ports.get(timeout=60)
    try:
        with tempfile.TemporaryDirectory() as folder:
            store = Store(f"sqlite:///{folder}/bench.db")
            async with make_client() as client:
                sources = [
                    RssSource(
                        name=f"feed-{n}", url=f"http://127.0.0.1:{port}/feed/{n}", client=client, min_article_chars=0
                    )
                    for n in range(feeds)
                ]
                first, cpu1, wall1 = await cycle(sources, store, concurrency)
                second, cpu2, wall2 = await cycle(sources, store, concurrency)
            store.close()
    finally:
        server.kill()
    fetched = sum(outcome.status == PollStatus.FETCHED for outcome in first)
    not_modified = sum(outcome.status == PollStatus.NOT_MODIFIED for outcome in second)
    print(f"feeds: {feeds} (3 items each), concurrency {concurrency}")
    print(f"cycle 1: {fetched}/{feeds} fetched and parsed; CPU {cpu1:.2f} s, wall {wall1:.2f} s")
    print(f"cycle 2: {not_modified}/{feeds} answered 304 without parsing = {100 * not_modified / feeds:.1f}%")
    print(f"cycle 2: CPU {cpu2:.2f} s ({1000 * cpu2 / feeds:.2f} ms per feed), wall {wall2:.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=50)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.feeds, arguments.concurrency))
