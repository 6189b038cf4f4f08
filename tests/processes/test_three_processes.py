"""Three `displacement-bot run` on one PostgreSQL, against the Bot API double and a loopback feed server.

The leader (the process consuming Telegram updates and sending the outbox) is SIGKILLed in the middle of a
fan-out. What must hold: each source is polled by one process at a time and about once a period in all; every
command is answered once; every alert is delivered, repeated only for rows the killed process had in flight;
one set of flood limits (no 429).
"""

from __future__ import annotations

import collections
import signal
import threading
import time
from pathlib import Path

import sqlalchemy as sa

from bot.storage.engine import create_engine
from bot.storage.schema import deliveries
from tests.e2e.harness import BotProcess, ChatRef, Person, command_update, wait_for, write_config
from tests.e2e.test_alerts import alerts_to, publish
from tests.support import feed_server
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer, Hit

FEEDS = ("/wire-a", "/wire-b", "/wire-c")
CHATS = [ChatRef(9100 + n) for n in range(120)]
KILLING = (
    "Gunmen killed at least 27 villagers near Kutum in North Darfur on Sunday, a local relief committee told "
    "reporters, and burned dozens of homes."
)


class Concurrency:
    """Counts requests per feed path in flight at once; each request is held a little so overlaps would show."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.in_flight: collections.Counter[str] = collections.Counter()
        self.most: collections.Counter[str] = collections.Counter()

    def __call__(self, hit: Hit) -> None:
        path = hit.path.split("?")[0]
        if path not in FEEDS:
            return
        with self.lock:
            self.in_flight[path] += 1
            self.most[path] = max(self.most[path], self.in_flight[path])
        time.sleep(0.15)
        with self.lock:
            self.in_flight[path] -= 1


def _leader(bots: list[BotProcess]) -> BotProcess:
    leading = [bot for bot in bots if "now consumes Telegram updates" in bot.log() and not bot.process_exited()]
    assert len(leading) == 1, [bot.log()[-2000:] for bot in bots]
    return leading[0]


def _answers(api: BotApiDouble, chat: ChatRef) -> list[str]:
    return [m.text for m in api.messages_to(chat.id) if "Where:" not in m.text]


def test_three_processes_share_sources_commands_and_alerts_and_survive_a_sigkill(tmp_path: Path, pg_url: str) -> None:
    """One source poller at a time, each command answered once, every alert delivered after the leader's SIGKILL."""
    server = FeedServer()
    concurrency = Concurrency()
    server.handler = concurrency  # type: ignore[assignment]
    stop_server = feed_server.start(server)
    engine = create_engine(pg_url)
    try:
        for n, path in enumerate(FEEDS):
            publish(server, path, [(f"quiet-{n}", "Markets reopened in the capital after a week of calm.")])
        config = write_config(tmp_path / "bot.toml", {path.strip("/"): server.url(path) for path in FEEDS})
        with BotApiDouble() as api:
            bots = []
            for n in range(3):
                workdir = tmp_path / f"p{n}"
                workdir.mkdir()
                bot = BotProcess(api, workdir, config)
                bot.env["DATABASE_URL"] = pg_url
                bots.append(bot.start())
            try:
                _run_scenario(api, server, concurrency, bots, engine)
            finally:
                for bot in bots:
                    if not bot.process_exited():
                        assert bot.stop() == 0, bot.log()
    finally:
        engine.dispose()
        stop_server()


def _run_scenario(
    api: BotApiDouble, server: FeedServer, concurrency: Concurrency, bots: list[BotProcess], engine: sa.Engine
) -> None:
    # every feed answered once (its first poll only archives), then count polls over a quiet window
    wait_for(lambda: all(server.hits_for(p) for p in FEEDS), timeout=20, what="first polls")
    before = {p: len(server.hits_for(p)) for p in FEEDS}
    window = 6.0
    time.sleep(window)
    polls = {p: len(server.hits_for(p)) - before[p] for p in FEEDS}
    # one process polls each source about once a second (0.75-1.0 s); three unco-ordinated ones would make 3x
    assert all(1 <= n <= window / 0.75 + 2 for n in polls.values()), polls

    for n, chat in enumerate(CHATS):
        api.push_update(command_update(chat, Person(chat.id, f"P{n}"), "/subscribe Sudan"))
    wait_for(lambda: all(_answers(api, chat) for chat in CHATS), timeout=40, what="every /subscribe answered")

    publish(server, FEEDS[0], [("kutum-1", KILLING)])
    wait_for(lambda: sum(bool(alerts_to(api, c)) for c in CHATS) >= 25, timeout=30, what="the fan-out to start")
    leader = _leader(bots)
    assert leader.process is not None
    leader.process.send_signal(signal.SIGKILL)
    leader.process.wait()
    survivors = [bot for bot in bots if bot is not leader]
    wait_for(lambda: all(alerts_to(api, c) for c in CHATS), timeout=60, what="every alert after the SIGKILL")
    # the rows the killed process had in flight are those claimed twice: a snapshot of 'sending' rows taken
    # here could come too late, since the new leader may already have requeued them (the dead process's
    # advisory lock goes with its connection, so a takeover can beat this query)
    with engine.connect() as connection:
        in_flight = set(connection.execute(sa.select(deliveries.c.chat_id).where(deliveries.c.attempts > 1)).scalars())

    # commands after the takeover are answered once, by the new leader
    asked = CHATS[:10]
    for chat in asked:
        api.push_update(command_update(chat, Person(chat.id), "/subscriptions"))
    wait_for(lambda: all(len(_answers(api, c)) >= 2 for c in asked), timeout=20, what="answers after takeover")
    time.sleep(1.5)  # a second answer, if any, would arrive by now

    assert all(len(_answers(api, chat)) == (2 if chat in asked else 1) for chat in CHATS)
    repeated = {chat.id for chat in CHATS if len(alerts_to(api, chat)) > 1}
    assert repeated <= in_flight, (repeated, in_flight)
    assert [r for r in api.rejections if r.error_code == 429] == []
    assert all(most == 1 for most in concurrency.most.values()), concurrency.most
    assert sum(1 for bot in survivors if "now consumes Telegram updates" in bot.log()) == 1
    print(f"repeated={len(repeated)} in_flight={len(in_flight)} polls_in_{window:.0f}s={polls}")
