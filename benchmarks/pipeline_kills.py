"""The whole pipeline under SIGKILL: 40 kills at random moments while reports are polled, decided and delivered.

python benchmarks/pipeline_kills.py [--kills 40] [--postgres URL]      (SQLite unless --postgres is given)
Feeds on loopback publish a new report every few kills; the bot is killed and restarted each time; at the end
one bot runs until every chat has every alert. Prints reports published, alerts expected and delivered (distinct,
and messages in all), alerts repeated (allowed only for sends a kill caught in flight), reports left undecided and
the check's verdict (FAIL with the reason, and exit status 1); the checks are the test suite's (tests/processes).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.e2e.harness import wait_for
from tests.processes.kill_world import TOWNS, KillRun, prepare
from tests.support import feed_server
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer


def main() -> None:
    """Run the kills and print the outcome."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--postgres", help="a PostgreSQL URL (its schema should be empty)")
    parser.add_argument("--seed", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.postgres or f"sqlite:///{Path(folder) / 'bot.db'}"
        prepare(url)
        server = FeedServer()
        stop_server = feed_server.start(server)
        started = time.monotonic()
        verdict = "pass"
        try:
            with BotApiDouble() as api:
                run = KillRun(api=api, server=server, workdir=Path(folder), url=url, rng=random.Random(args.seed))
                try:
                    run.start_feeds()
                    first = run.bot().start()
                    wait_for(run.first_polls_done, timeout=30, what="the first polls")
                    run.kill(first)
                    run.kill_cycle(args.kills, publish_every=max(1, -(-args.kills // len(TOWNS))))
                    run.settle(timeout=180)
                    run.check()
                except AssertionError as exc:
                    verdict = f"FAIL ({str(exc).splitlines()[0] if str(exc) else 'a check failed'})"
                figures = run.figures()
        finally:
            stop_server()
    backend = "postgresql" if args.postgres else "sqlite"
    print(
        f"backend={backend} kills={args.kills} reports={figures['published']} alerts={figures['expected']} "
        f"delivered={figures['delivered']} messages={figures['messages']} repeated={figures['repeated']} "
        f"caught_in_flight={figures['in_flight']} undecided={figures['undecided']} verdict={verdict} "
        f"seconds={time.monotonic() - started:.0f}"
    )
    if verdict != "pass":
        sys.exit(1)


if __name__ == "__main__":
    main()
