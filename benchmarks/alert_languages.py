"""Deciding one alert for N chats speaking English, French and Arabic: how long the decision takes and how many
distinct texts it queued (one per language, however many chats).

python benchmarks/alert_languages.py 1000 10000
N chats (a third each en, fr, ar by /language; one in ten a group) follow Sudan; one report with a figure in El
Fasher is stored; decide_alerts runs (timed). Prints the decision time, alerts queued and distinct texts.
Runs on SQLite in a temporary folder; nothing is delivered (benchmarks/fanout.py measures delivery).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.fanout import _store_report, _subscribe_all
from bot.alerting import AlertPolicy, decide_alerts
from bot.domain.thresholds import Thresholds
from bot.storage.schema import chats, deliveries
from bot.storage.store import Store
from tests.delivery.outbox_fixtures import add_chats

_LANGUAGES = ("en", "fr", "ar")


def decide(count: int, folder: Path) -> None:
    """Queue one alert for each of `count` chats in three languages; print the figures."""
    store = Store(f"sqlite:///{folder / f'languages-{count}.db'}")
    engine = store.engine
    chat_ids = [n if n % 10 else -n for n in range(1, count + 1)]
    add_chats(engine, chat_ids)
    with engine.begin() as connection:
        for index, language in enumerate(_LANGUAGES):
            chosen = [c for i, c in enumerate(chat_ids) if i % len(_LANGUAGES) == index]
            connection.execute(sa.update(chats).where(chats.c.chat_id.in_(chosen)).values(language=language))
    _subscribe_all(store, chat_ids)
    report_id = _store_report(store)
    policy = AlertPolicy(defaults=Thresholds(killed=1, injured=10, missing=5, displaced=1000))
    started = time.perf_counter()
    queued = decide_alerts(engine, [report_id], policy=policy).deliveries_queued
    seconds = time.perf_counter() - started
    with engine.connect() as connection:
        texts = connection.execute(sa.select(sa.func.count(sa.distinct(deliveries.c.text)))).scalar_one()
    print(f"chats={count} decide_seconds={seconds:.2f} queued={queued} distinct_texts={texts}")
    store.close()


def main() -> None:
    """Run the decision for each chat count given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chats", nargs="*", type=int, default=[1000, 10000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for count in args.chats:
            decide(count, Path(folder))


if __name__ == "__main__":
    main()
