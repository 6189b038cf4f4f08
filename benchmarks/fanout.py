"""Fan-out through the whole running bot: one alert to N chats, with the event loop's stalls and command replies.

python benchmarks/fanout.py 1000 10000     (chat counts; 10,000 at ~29/s takes about six minutes)
N chats (one in ten a group) follow Sudan; the bot (`bot.lifecycle.serve`, as `displacement-bot run` runs it)
starts on that database against the Bot API double enforcing Telegram's limits (in a process of its own, as
Telegram is: in the bot's process its request handling shared the interpreter lock with the loop being measured,
and its arrival times, which decide 429s, were jittered by the bot's threads); one report with a figure in
El Fasher is stored undecided, and the bot's decider and delivery loop take it from there. Meanwhile a probe
measures how late the event loop wakes (its longest stall) and other users send /subscriptions (2/s by default).
Prints alerts/s and all messages/s (alerts and command replies share Telegram's limits) from first to last alert,
alerts lost and repeated, 429 answers, the longest loop stall and how many passed 50 ms, command reply p50/p95,
peak memory, and the machine's load average (timings are only comparable at similar load).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import logging
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import load_settings
from bot.lifecycle import serve
from bot.storage.chats_repo import place_key
from bot.storage.records import NewReport
from bot.storage.schema import subscriptions
from bot.storage.store import Store
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier
from tests.delivery.outbox_fixtures import NOW, add_chats
from tests.e2e.harness import ChatRef, Person, command_update
from tests.support.bot_api_double import BotApiDouble

SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
EL_FASHER = Location(
    name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379303, lat=13.63, lon=25.35
)
ASKERS = [ChatRef(5_000_000 + n) for n in range(40)]
PROBE_SECONDS = 0.01


def _subscribe_all(store: Store, chat_ids: list[int]) -> None:
    rows: list[dict[str, object]] = [
        {
            "chat_id": chat_id,
            "place_key": place_key(SUDAN),
            "place_name": SUDAN.name,
            "place_level": SUDAN.level.value,
            "country_iso3": SUDAN.country_iso3,
            "thresholds": {},
            "created_at": NOW,
        }
        for chat_id in chat_ids
    ]
    with store.engine.begin() as connection:
        connection.execute(sa.insert(subscriptions), rows)


def _store_report(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    figure = Figure(
        kind=Kind.KILLED,
        value=40,
        qualifier=Qualifier.AT_LEAST,
        group=Group.CIVILIANS,
        location=EL_FASHER,
        date=now.date(),
        date_end=now.date(),
        span=(0, 30),
        sentence="At least 40 civilians were killed when shells struck the market.",
    )
    report = NewReport(
        source="bench",
        external_id="r1",
        url="https://example.org/r1",
        title="Shelling in El Fasher",
        text=figure.sentence,
        lang="en",
        outlet="Benchmark Wire",
        published_at=now,
        fetched_at=now,
        alertable=True,
    )
    assert store.reports.add(report, [figure]) is not None


class LoopProbe:
    """Sleeps 10 ms again and again; how much later than asked it wakes is how long the loop was blocked."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.over_50ms = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Measure until `stop`."""
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            asked = loop.time()
            await asyncio.sleep(PROBE_SECONDS)
            late = loop.time() - asked - PROBE_SECONDS
            self.longest = max(self.longest, late)
            self.over_50ms += late > 0.05


def _serve_double(requests: Connection) -> None:
    """The child process: a Bot API double answering the benchmark's questions until told to stop."""
    with BotApiDouble() as api:
        requests.send((api.token, api.base_url))
        while True:
            question, argument = requests.recv()
            if question == "stop":
                return
            answer: Any = None
            if question == "push":
                api.push_update(argument)
            elif question == "polled":
                answer = bool(api.requests("getUpdates"))
            elif question == "count":
                answer = len(api.messages)
            elif question == "since":  # (chat id, arrival) of messages accepted after the first `argument`
                answer = [(m.chat_id, m.at) for m in api.messages[argument:]]
            elif question == "rejections":
                answer = [(r.chat_id, r.error_code) for r in api.rejections]
            requests.send(answer)


class RemoteDouble:
    """The Bot API double in a child process; asked over a pipe, from the loop or the asking thread."""

    def __init__(self) -> None:
        self._pipe, child = multiprocessing.get_context("spawn").Pipe()
        self._process = multiprocessing.get_context("spawn").Process(target=_serve_double, args=(child,))
        self._lock = threading.Lock()
        self._process.start()
        self.token, self.base_url = self._pipe.recv()

    def ask(self, question: str, argument: object = None) -> Any:
        """One question, one answer."""
        with self._lock:
            self._pipe.send((question, argument))
            return self._pipe.recv()

    def close(self) -> None:
        """Stop the child."""
        with self._lock:
            self._pipe.send(("stop", None))
        self._process.join()


def _ask_while(api: RemoteDouble, running: threading.Event, latencies: list[float], per_second: float) -> None:
    """Send /subscriptions from other users; time until each answer is accepted by the double."""
    n = 0
    while running.is_set():
        chat = ASKERS[n % len(ASKERS)]
        n += 1
        # Only messages accepted after the command are looked at: scanning all of them every 5 ms would cost more
        # the more chats were alerted.
        start = api.ask("count")
        sent = time.monotonic()
        api.ask("push", command_update(chat, Person(chat.id), "/subscriptions"))
        deadline = sent + 10
        answered = False
        while not answered and time.monotonic() < deadline and running.is_set():
            time.sleep(0.005)
            fresh: list[tuple[int, float]] = api.ask("since", start)
            start += len(fresh)
            answered = any(chat_id == chat.id for chat_id, _ in fresh)
        if answered:
            latencies.append(time.monotonic() - sent)
        time.sleep(max(0.0, 1.0 / per_second - (time.monotonic() - sent)))


async def fan_out(chats: int, folder: Path, asks_per_second: float) -> None:
    """Run the bot on N subscribed chats, store one alerting report, wait for every alert, print the figures."""
    url = f"sqlite:///{folder / f'fanout-{chats}.db'}"
    store = Store(url)
    chat_ids = [n if n % 10 else -n for n in range(1, chats + 1)]  # one chat in ten is a group
    add_chats(store.engine, chat_ids)
    _subscribe_all(store, chat_ids)
    config = folder / "bot.toml"
    config.write_text("[thresholds]\nkilled = 1\n", encoding="utf-8")
    api = RemoteDouble()
    try:
        settings = load_settings(
            env={"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_BASE_URL": api.base_url, "DATABASE_URL": url}, path=config
        )
        stop = asyncio.Event()
        probe = LoopProbe()
        bot = asyncio.create_task(serve(settings, stop))
        while not await asyncio.to_thread(api.ask, "polled"):  # noqa: ASYNC110 - the double is another process
            await asyncio.sleep(0.05)
        probe_stop = asyncio.Event()
        probing = asyncio.create_task(probe.run(probe_stop))
        latencies: list[float] = []
        asking = threading.Event()
        asking.set()
        asker = threading.Thread(target=_ask_while, args=(api, asking, latencies, asks_per_second), daemon=True)
        if asks_per_second > 0:
            asker.start()
        started = time.perf_counter()
        await asyncio.to_thread(_store_report, store)
        wanted = set(chat_ids)
        alerted: set[int] = set()
        looked_at = 0
        first_alert = None
        while len(alerted) < chats:
            await asyncio.sleep(0.2)
            fresh = await asyncio.to_thread(api.ask, "since", looked_at)
            looked_at += len(fresh)
            alerted.update(chat_id for chat_id, _ in fresh if chat_id in wanted)
            if alerted and first_alert is None:
                first_alert = time.perf_counter()
        finished = time.perf_counter()
        elapsed = finished - started
        probe_stop.set()  # measured: the fan-out; not the benchmark's own wind-down below
        await probing
        asking.clear()
        if asker.is_alive():
            await asyncio.to_thread(asker.join)
        stop.set()
        assert await bot == 0
        messages: list[tuple[int, float]] = api.ask("since", 0)
        rejections: list[tuple[int, int]] = api.ask("rejections")
    finally:
        api.close()
    received = collections.Counter(chat_id for chat_id, _ in messages if chat_id in wanted)
    alert_times = [at for chat_id, at in messages if chat_id in wanted]
    first_alert_at, last_alert_at = min(alert_times), max(alert_times)
    window = [at for _, at in messages if first_alert_at <= at <= last_alert_at]
    floods = collections.Counter(
        "alert" if chat_id in wanted else "reply" for chat_id, code in rejections if code == 429
    )
    store.close()
    lost = sum(1 for c in chat_ids if received[c] == 0)
    repeated = sum(1 for c in chat_ids if received[c] > 1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) >= 2 else float("nan")
    p50 = statistics.median(latencies) if latencies else float("nan")
    decide = (first_alert or started) - started
    span = max(1e-9, last_alert_at - first_alert_at)
    print(
        f"chats={chats} store_to_first_alert_s={decide:.2f} alerts/s={sum(received.values()) / span:.1f} "
        f"all_messages/s={len(window) / span:.1f} "
        f"seconds={elapsed:.1f} lost={lost} repeated={repeated} "
        f"429s={floods.total()} (alerts {floods['alert']}, replies {floods['reply']}) "
        f"longest_loop_stall_ms={probe.longest * 1000:.0f} stalls_over_50ms={probe.over_50ms} "
        f"commands={len(latencies)} reply_p50_s={p50:.2f} reply_p95_s={p95:.2f} peak_memory_mb={peak_mb:.0f} "
        f"load={os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    """Run the fan-out for each chat count given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chats", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--asks-per-second", type=float, default=2.0, help="commands sent during the fan-out")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        for chats in args.chats:
            asyncio.run(fan_out(chats, Path(folder), args.asks_per_second))


if __name__ == "__main__":
    main()
