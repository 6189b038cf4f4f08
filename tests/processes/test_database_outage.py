"""PostgreSQL cut off in the middle of a poll (through a loopback proxy): the bot rides it out, nothing is lost.

The test keeps the outage short; ``benchmarks/database_outage.py`` holds it for the issue's 60 seconds.
"""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import sqlalchemy as sa

from tests.e2e.harness import ChatRef, wait_for
from tests.e2e.test_alerts import alerts_to
from tests.processes.kill_world import CHAT_IDS, FEEDS, KillRun, prepare
from tests.support import feed_server
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer, Hit
from tests.support.tcp_proxy import TcpProxy

OUTAGE_SECONDS = 8.0


def through(proxy: TcpProxy, url: str) -> str:
    """The same database URL, reached through the proxy."""
    return sa.make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


def outage_mid_poll(run: KillRun, server: FeedServer, proxy: TcpProxy, seconds: float, reports: int = 2) -> None:
    """Publish `reports` reports, cut the database while the bot fetches them, restore it after `seconds`."""
    polling = threading.Event()

    def notice(hit: Hit) -> None:
        if hit.path.split("?")[0] in FEEDS:
            polling.set()

    for _ in range(reports):
        run.publish_next()
    for path in FEEDS:
        server.routes[path].delay_seconds = 1.0  # the poll is in the middle of its fetch when the cut comes
    polling.clear()
    server.handler = notice  # type: ignore[assignment]
    assert polling.wait(timeout=15), "no poll started"
    proxy.cut()
    time.sleep(seconds)
    proxy.restore()
    server.handler = None
    for path in FEEDS:
        server.routes[path].delay_seconds = 0.0


def run_outage(
    tmp_path: Path, pg_url: str, seconds: float, *, reports: int = 2, counted: dict[str, int] | None = None
) -> dict[str, int]:
    """The whole scenario (`reports` in the poll the outage cuts, one more after); what the run's check counted
    (also put in `counted`, even when a check fails)."""
    host = sa.make_url(pg_url)
    with TcpProxy(host.host or "127.0.0.1", host.port or 5432) as proxy:
        url = through(proxy, pg_url)
        prepare(url)
        server = FeedServer()
        stop_server = feed_server.start(server)
        try:
            with BotApiDouble() as api:
                run = KillRun(api=api, server=server, workdir=tmp_path, url=url, rng=random.Random(60))
                run.start_feeds()
                bot = run.bot().start()
                try:
                    wait_for(run.first_polls_done, timeout=20, what="the first polls")
                    outage_mid_poll(run, server, proxy, seconds, reports)
                    run.publish_next()  # and news keeps coming after it
                    wait_for(
                        lambda: all(len(set(alerts_to(api, ChatRef(c)))) >= run.published for c in CHAT_IDS),
                        timeout=90,
                        what="every alert after the outage",
                    )
                    time.sleep(1.0)
                finally:
                    stopped = bot.stop()
                    if counted is not None:
                        counted.update(run.figures())
                    assert stopped == 0, bot.log()
                return run.check()
        finally:
            stop_server()


def test_a_database_outage_mid_poll_loses_no_report_and_no_alert(tmp_path: Path, pg_url: str) -> None:
    """Reports fetched while PostgreSQL is unreachable are stored, decided and alerted once it is back."""
    figures = run_outage(tmp_path, pg_url, OUTAGE_SECONDS)
    assert figures["published"] == 3
    assert figures["repeated"] == 0
