"""A small world for killing the whole pipeline: subscribed chats, feeds that publish over time, a bot to kill.

Used by the kill test (a few kills) and by ``benchmarks/pipeline_kills.py`` (40 kills, as the issue asks).
Each published report names a different Sudanese town with its own toll, so each is its own event and alerts
every chat once.
"""

from __future__ import annotations

import collections
import datetime as dt
import random
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from bot.storage import Store
from bot.storage.schema import chats, deliveries, event_figures, reports, sources, subscriptions
from tests.e2e.harness import BotProcess, ChatRef, wait_for, write_config
from tests.e2e.test_alerts import alerts_to, publish
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer

TOWNS = (
    "Nyala", "Geneina", "Zalingei", "Kadugli", "El Obeid", "Kassala",
    "Port Sudan", "Wad Madani", "Damazin", "Kosti", "Atbara", "Dongola",
)  # fmt: skip
FEEDS = ("/desk-a", "/desk-b")
CHAT_IDS = tuple(range(8801, 8811))


def report_text(n: int) -> str:
    """The n-th report: a toll in its own town."""
    return (
        f"Armed men killed {21 + n * 3} people in an attack on {TOWNS[n]}, Sudan, on Sunday, according to a "
        "statement from a local aid group."
    )


def prepare(url: str) -> None:
    """Migrate the database and subscribe every chat to Sudan."""
    store = Store(url)
    now = dt.datetime.now(dt.UTC)
    try:
        with store.engine.begin() as connection:
            connection.execute(
                sa.insert(chats),
                [{"chat_id": c, "type": "private", "timezone": "UTC", "created_at": now} for c in CHAT_IDS],
            )
            connection.execute(
                sa.insert(subscriptions),
                [
                    {
                        "chat_id": c,
                        "place_key": "country:SDN",
                        "place_name": "Sudan",
                        "place_level": "country",
                        "country_iso3": "SDN",
                        "thresholds": {},
                        "created_at": now,
                    }
                    for c in CHAT_IDS
                ],
            )
    finally:
        store.close()


@dataclass
class KillRun:
    """Publishes reports while killing and restarting the bot; remembers what was in flight at each kill."""

    api: BotApiDouble
    server: FeedServer
    workdir: Path
    url: str
    rng: random.Random
    published: int = 0
    items: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: collections.defaultdict(list))
    in_flight: set[tuple[int, str]] = field(default_factory=set)

    def bot(self) -> BotProcess:
        """A bot process on the run's database (not started)."""
        config = write_config(self.workdir / "bot.toml", {p.strip("/"): self.server.url(p) for p in FEEDS})
        bot = BotProcess(self.api, self.workdir, config)
        bot.env["DATABASE_URL"] = self.url
        return bot

    def start_feeds(self) -> None:
        """Quiet first items, so every source's first poll (which never alerts) has something to archive."""
        for n, path in enumerate(FEEDS):
            self.items[path].append((f"quiet-{n}", "Schools reopened in the capital after a week of calm weather."))
            publish(self.server, path, self.items[path])

    def publish_next(self) -> None:
        """Add the next report to one of the feeds."""
        path = FEEDS[self.published % len(FEEDS)]
        self.items[path].append((f"r{self.published}", report_text(self.published)))
        publish(self.server, path, self.items[path])
        self.published += 1

    def first_polls_done(self) -> bool:
        """Whether every source has answered once (later items may alert)."""
        store = Store(self.url, run_migrations=False)
        try:
            with store.engine.connect() as connection:
                done = connection.execute(
                    sa.select(sa.func.count()).select_from(sources).where(sources.c.first_success_at.is_not(None))
                ).scalar_one()
        finally:
            store.close()
        return done == len(FEEDS)

    def kill(self, bot: BotProcess) -> None:
        """SIGKILL the bot and note the rows it was sending (the only ones allowed to arrive twice)."""
        assert bot.process is not None
        bot.process.send_signal(signal.SIGKILL)
        bot.process.wait()
        store = Store(self.url, run_migrations=False)
        try:
            with store.engine.connect() as connection:
                rows = connection.execute(
                    sa.select(deliveries.c.chat_id, deliveries.c.text).where(deliveries.c.status == "sending")
                )
                self.in_flight |= {(row.chat_id, row.text) for row in rows}
        finally:
            store.close()

    def kill_cycle(self, kills: int, *, publish_every: int = 1) -> None:
        """Start, let it run a random while (publishing as it goes), SIGKILL; `kills` times."""
        for n in range(kills):
            bot = self.bot().start()
            if n % publish_every == 0 and self.published < len(TOWNS):
                self.publish_next()
            time.sleep(self.rng.uniform(0.2, 2.5))
            self.kill(bot)

    def settle(self, timeout: float = 90.0) -> None:
        """Run one bot until every chat has every alert, then stop it cleanly."""
        bot = self.bot().start()
        try:
            wait_for(
                lambda: all(len(set(alerts_to(self.api, ChatRef(c)))) >= self.published for c in CHAT_IDS),
                timeout=timeout,
                what="every alert after the kills",
            )
            time.sleep(1.0)
        finally:
            assert bot.stop() == 0, bot.log()

    def figures(self) -> dict[str, int]:
        """What arrived and what the database holds: alerts delivered (distinct and in all), repeats, in flight."""
        received = collections.Counter((m.chat_id, m.text) for m in self.api.messages if "Where:" in m.text)
        repeated = {key for key, count in received.items() if count > 1}
        store = Store(self.url, run_migrations=False)
        try:
            with store.engine.connect() as connection:
                undecided = connection.execute(
                    sa.select(sa.func.count()).select_from(reports).where(reports.c.decided_at.is_(None))
                ).scalar_one()
                links = connection.execute(sa.select(event_figures.c.figure_id)).scalars().all()
        finally:
            store.close()
        return {
            "published": self.published,
            "expected": self.published * len(CHAT_IDS),
            "delivered": len(received),
            "messages": sum(received.values()),
            "repeated": len(repeated),
            "repeated_not_in_flight": len(repeated - self.in_flight),
            "in_flight": len(self.in_flight),
            "undecided": undecided,
            "decided_twice": len(links) - len(set(links)),
        }

    def check(self) -> dict[str, int]:
        """Every report decided once, every alert delivered, repeats only where a kill caught a send in flight."""
        received = collections.Counter((m.chat_id, m.text) for m in self.api.messages if "Where:" in m.text)
        distinct_per_chat = collections.Counter(chat for chat, _ in received)
        assert all(distinct_per_chat[c] == self.published for c in CHAT_IDS), distinct_per_chat
        repeated = {key for key, count in received.items() if count > 1}
        assert repeated <= self.in_flight, repeated - self.in_flight
        figures = self.figures()
        assert figures["undecided"] == 0
        assert figures["decided_twice"] == 0, "a figure joined two events: a report was decided twice"
        return figures
