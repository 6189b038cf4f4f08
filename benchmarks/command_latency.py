"""Command reply time while a fan-out is being delivered: p50/p95/max per command, through the Bot API double.

python benchmarks/command_latency.py [--chats 1500] [--users 20] [--rounds 2]

The real Application runs in-process (post_init, handlers, jobs) against the double enforcing Telegram's flood
limits. `--chats` chats follow Sudan and one report queues an alert to each; while the delivery job drains
them (~29/s), `--users` users each send a round of commands (subscribe with a typo, an exact place, /settings,
/digest, /mute 8h, /unmute, /language fr, /subscriptions, /help) a couple of seconds apart, in their own
chats. Two figures per command, both from pushing the update to the double accepting a message:
- reply time: the first answer the user sees (the issue's "p95 under 1 s" is about this one);
- complete: the whole answer. It differs only for /digest, whose chart follows its text as a second message,
  which Telegram lets reach the chat no sooner than a second after the first.
The next command is sent two seconds after the complete answer. Prints the figures and the 429s answered.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.alerting import AlertPolicy, decide_alerts
from bot.domain.thresholds import Thresholds
from bot.storage.chats_repo import place_key
from bot.storage.records import NewReport
from bot.storage.schema import subscriptions
from bot.storage.store import Store
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier
from tests.delivery.outbox_fixtures import add_chats
from tests.support.bot_api_double import BotApiDouble
from tests.telegram.live_app import LiveBot, command, private, user

SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
EL_FASHER = Location(name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379303)
COMMANDS = (
    "/subscribe Kharotum",
    "/subscribe North Darfur",
    "/settings",
    "/digest",
    "/mute 8h",
    "/unmute",
    "/language fr",
    "/subscriptions",
    "/help",
)


def _fan_out(database_url: str, chats: int) -> int:
    """N chats following Sudan and one report in El Fasher: the alert engine queues one alert per chat."""
    store = Store(database_url)
    now = dt.datetime.now(dt.UTC)
    chat_ids = [-(10_000 + n) if n % 10 == 0 else 10_000 + n for n in range(chats)]
    add_chats(store.engine, chat_ids)
    rows = [
        {"chat_id": c, "place_key": place_key(SUDAN), "place_name": "Sudan", "place_level": "country",
         "country_iso3": "SDN", "thresholds": {}, "created_at": now}
        for c in chat_ids
    ]  # fmt: skip
    with store.engine.begin() as connection:
        connection.execute(sa.insert(subscriptions), rows)
    figure = Figure(kind=Kind.KILLED, value=40, qualifier=Qualifier.AT_LEAST, group=Group.CIVILIANS,
                    location=EL_FASHER, date=now.date(), sentence="At least 40 civilians were killed.")  # fmt: skip
    report = NewReport(source="bench", external_id="r1", url="https://example.org/r1", title="t",
                       text=figure.sentence, lang="en", published_at=now, fetched_at=now, alertable=True)  # fmt: skip
    report_id = store.reports.add(report, [figure])
    assert report_id is not None
    policy = AlertPolicy(defaults=Thresholds(killed=1, injured=10, missing=5, displaced=1000))
    queued = decide_alerts(store.engine, [report_id], policy=policy, now=now).deliveries_queued
    store.close()
    return queued


# How many messages answer each command, when more than one: /digest's chart follows its text.
ANSWERS = {"/digest": 2}


async def _user_session(
    bot: LiveBot, user_id: int, rounds: int, first: dict[str, list[float]], complete: dict[str, list[float]]
) -> None:
    chat, person = private(user_id), user(user_id)
    for _ in range(rounds):
        for text in COMMANDS:
            name = text.split()[0]
            started = time.monotonic()
            before = len(bot.api.messages_to(user_id))
            bot.api.push_update(command(chat, person, text))
            answers = await bot.messages(user_id, before + ANSWERS.get(name, 1), within=60, after=before)
            first[name].append(answers[0].at - started)
            complete[name].append(answers[-1].at - started)
            await asyncio.sleep(2.0)


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def _report(title: str, times: dict[str, list[float]]) -> None:
    everything = sorted(t for values in times.values() for t in values)
    print(f"{title}: n={len(everything)} p50={statistics.median(everything):.3f}s p95={_p95(everything):.3f}s "
          f"max={everything[-1]:.3f}s")  # fmt: skip
    for name, values in sorted(times.items()):
        print(f"  {name:<15} n={len(values):3d} p50={statistics.median(values):.3f}s p95={_p95(values):.3f}s "
              f"max={max(values):.3f}s")  # fmt: skip


async def run(chats: int, users: int, rounds: int, folder: Path) -> None:
    """Start the bot, queue the fan-out, run the users' sessions, print reply times."""
    with BotApiDouble() as api:
        bot = LiveBot(api, folder)
        await bot.start()
        queued = await asyncio.to_thread(_fan_out, bot.settings.database_url, chats)
        started = time.monotonic()
        first: dict[str, list[float]] = defaultdict(list)
        complete: dict[str, list[float]] = defaultdict(list)
        await asyncio.gather(*(_user_session(bot, 900_000 + n, rounds, first, complete) for n in range(users)))
        session_seconds = time.monotonic() - started
        delivered = sum(1 for m in api.messages if m.chat_id < 900_000)
        await bot.stop()
        floods = sum(1 for r in api.rejections if r.error_code == 429)
    print(f"fan-out queued={queued} alerts; delivered during the sessions={delivered} in {session_seconds:.0f} s; "
          f"429 answered={floods}")  # fmt: skip
    _report("reply time (first answer)", first)
    _report("complete answer", {name: complete[name] for name in ANSWERS})


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1500)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    arguments = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(arguments.chats, arguments.users, arguments.rounds, Path(folder)))


if __name__ == "__main__":
    main()
