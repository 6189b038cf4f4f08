"""Hostile inputs of issue 16, tried against the bot's real parts on loopback; prints what happens to each.

python benchmarks/hostile_probes.py [--skip-startup]
Feeds and pages are served on 127.0.0.1 (the feed) and 127.0.0.2 (an "internal" host); Telegram is the Bot API
double; start-up probes run `displacement-bot run` in a subprocess. Prints a Markdown table: probe, what happens.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import io
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import Bot

from bot.config import ConfigError, load_settings
from bot.delivery.sender import Deliverer
from bot.domain.alert_text import alert_text
from bot.domain.containment import fallback_contains
from bot.domain.events import group_sightings
from bot.domain.thresholds import Purpose
from bot.pipeline import poll_source
from bot.redaction import RedactSecret, register_secret
from bot.sources import DirectorySource, FetchPolicy, RssSource, SourceError, SourceState, http, make_client
from bot.storage import Store
from bot.storage.engine import create_engine, migrate
from bot.storage.outbox_repo import OutboxRepository
from bot.telegram_ui import args as parse
from bot.telegram_ui import jobs
from bot.telegram_ui.places import gazetteer_resolver
from tests.delivery.outbox_fixtures import add_chats, queue_alerts
from tests.domain.builders import sighting
from tests.e2e.harness import console_script
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer, Route, rss, start

SECRET_PAGE = "INTERNAL admin console, password hunter2. " + " ".join(
    f"Line {n} of the internal page." for n in range(40)
)
TOKEN = "7654321098:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
Probe = Callable[[], Awaitable[str]]


class Lab:
    """The loopback servers and client every probe shares."""

    def __init__(self) -> None:
        self.feed = FeedServer()
        self.internal = FeedServer(host="127.0.0.2")
        self.internal.routes["/internal"] = Route(
            body=f"<html><body><article><p>{SECRET_PAGE}</p></article></body></html>".encode(),
            content_type="text/html",
        )
        self._stops = [start(self.feed), start(self.internal)]
        self.client = make_client(timeout_seconds=2.0)
        self.tmp = Path(tempfile.mkdtemp(prefix="hostile-"))

    async def close(self) -> None:
        await self.client.aclose()
        for stop in self._stops:
            stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def teaser_linking(self, link: str, path: str = "/feed") -> RssSource:
        body = rss(("s1", "Floods", "Short teaser.")).replace(b"http://127.0.0.1/a/s1", link.encode())
        self.feed.routes[path] = Route(body=body)
        return RssSource(name="probe", url=self.feed.url(path), client=self.client)

    async def complete(self, source: RssSource) -> str:
        before = len(self.internal.hits)
        [item] = (await source.fetch(SourceState())).items
        try:
            text = (await source.complete(item)).text
        except SourceError as exc:
            return f"refused: {_short(str(exc))}; internal host hit {len(self.internal.hits) - before} time(s)"
        what = "internal text stored" if "hunter2" in text else "page text"
        return f"fetched ({what}); internal hits {len(self.internal.hits) - before}"


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def ssrf_probes(lab: Lab) -> list[tuple[str, Probe]]:
    internal = lab.internal.url("/internal")
    port = lab.internal.port

    async def redirect_hop() -> str:
        lab.feed.routes["/hop"] = Route(status=302, location=internal)
        return await lab.complete(lab.teaser_linking(lab.feed.url("/hop")))

    async def feed_redirect() -> str:
        lab.feed.routes["/moved"] = Route(status=301, location=internal)
        try:
            await RssSource(name="p", url=lab.feed.url("/moved"), client=lab.client).fetch(SourceState())
        except SourceError as exc:
            return f"poll fails: {_short(str(exc))}"
        return "feed read from the internal host"

    async def allowed() -> str:
        source = lab.teaser_linking(internal)
        source = RssSource(name="p", url=source.url, client=lab.client, policy=FetchPolicy(["127.0.0.2"]))
        return "with allow_hosts = ['127.0.0.2']: " + await lab.complete(source)

    async def rebinding() -> str:
        answers = iter([["127.0.0.2"], ["127.0.0.1"]])

        async def resolver(host: str, port: int) -> list[str]:
            return next(answers)

        policy = FetchPolicy(["127.0.0.2/32"], resolver=resolver)
        page = await http.fetch(lab.client, f"http://rebind.test:{port}/internal", admit=policy.admitter("http://x/"))
        host = lab.internal.hits[-1].headers.get("host")
        return f"resolved once, connected to the checked 127.0.0.2 (Host: {host}), {len(page.body)} bytes"

    async def health() -> str:
        store = Store(f"sqlite:///{lab.tmp / 'health.db'}")
        try:
            source = lab.teaser_linking(internal)
            now = dt.datetime.now(dt.UTC)
            await poll_source(source, store, now=now, extractor=lambda text, day: [])
            [row] = store.sources.health()
            return f"/sources shows: {_short(row.last_error or '')}"
        finally:
            store.close()

    def link(url: str) -> Probe:
        return lambda: lab.complete(lab.teaser_linking(url))

    return [
        ("item link to the internal page on 127.0.0.2", link(internal)),
        ("item link to localhost by name", link(f"http://localhost:{lab.feed.port}/feed")),
        ("item link http://2130706434/ (127.0.0.2 as one number)", link(f"http://2130706434:{port}/internal")),
        ("item link http://[::ffff:127.0.0.2]/", link(f"http://[::ffff:127.0.0.2]:{port}/internal")),
        ("item link to cloud metadata 169.254.169.254", link("http://169.254.169.254/latest/meta-data/")),
        ("item link file:///etc/passwd", link("file:///etc/passwd")),
        ("item link gopher://127.0.0.1:6379/_FLUSHALL", link("gopher://127.0.0.1:6379/_FLUSHALL")),
        ("item link on the feed's host, another port", link(f"http://127.0.0.1:{port}/internal")),
        ("item link on the feed's host redirecting to 127.0.0.2", redirect_hop),
        ("feed itself redirecting to 127.0.0.2", feed_redirect),
        ("item link to 127.0.0.2, operator allowlist", allowed),
        ("DNS rebinding (first answer allowed, second not)", rebinding),
        ("refused page in a real poll", health),
    ]


def link_probes() -> list[tuple[str, Probe]]:
    def alert_with(url: str) -> Probe:
        async def probe() -> str:
            seen = dataclasses.replace(
                sighting(23, sentence="Strikes killed 23 civilians.", outlet="Outlet A"), url=url
            )
            change = group_sightings([seen], [], contains=fallback_contains, max_age_days=30).changes[0]
            text = alert_text(change.after, purpose=Purpose.ALERT)
            hrefs = re.findall(r'href="([^"]*)"', text)
            kept = "text kept" if "Strikes killed 23 civilians." in text and "Outlet A" in text else "text lost"
            return f"links in alert: {hrefs or 'none'}; {kept}"

        return probe

    return [
        (f"alert for a report linked {url!r}", alert_with(url))
        for url in ("javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "java\tscript:x")
    ]


def input_probes() -> list[tuple[str, Probe]]:
    resolve = gazetteer_resolver()

    def subscribe(typed: str) -> Probe:
        async def probe() -> str:
            try:
                query = parse.parse_place([typed])
            except parse.UsageError as exc:
                return f"usage: {exc}"
            found = resolve(query)
            if found.place is not None:
                return f"follows {found.place.name}, {found.place.country_iso3}"
            names = ", ".join(f"{p.name} ({p.country_iso3})" for p in found.suggestions[:3])
            return f"suggestions: {names or 'none'}"

        return probe

    async def threshold() -> str:
        parsed = parse.parse_threshold(["kil\u200bled", "10\u00a0000"])
        return f"kind {parsed.kind.value}, minimum {parsed.minimum:,}"

    return [
        ("/subscribe Id<U+200B>lib", subscribe("Id\u200blib")),
        ("/subscribe Id<U+200C>lib", subscribe("Id\u200clib")),
        ("/subscribe Id<soft hyphen>lib", subscribe("Id\u00adlib")),
        ("/subscribe Go<U+200B>ma", subscribe("Go\u200bma")),
        ("/subscribe North<NBSP>Darfur", subscribe("North\u00a0Darfur")),
        ("/subscribe <U+200B> alone", subscribe("\u200b")),
        ("/threshold kil<U+200B>led 10<NBSP>000", threshold),
    ]


def secret_probes(lab: Lab) -> list[tuple[str, Probe]]:
    bot_id, secret = TOKEN.split(":")

    def logged(text: str) -> Probe:
        async def probe() -> str:
            buffer = io.StringIO()
            handler = logging.StreamHandler(buffer)
            handler.addFilter(RedactSecret())
            logger = logging.getLogger(f"probe-{id(buffer)}")
            logger.addHandler(handler)
            logger.propagate = False
            logger.setLevel(logging.INFO)
            logger.warning("%s", text)
            out = buffer.getvalue().strip()
            leaked = bot_id in out or secret.lower() in out.lower()
            return f"logged as {out!r}{' (LEAK)' if leaked else ''}"

        return probe

    async def stored() -> str:
        engine = create_engine(f"sqlite:///{lab.tmp / 'outbox.db'}")
        migrate(engine)
        add_chats(engine, [42])
        queue_alerts(engine, [42], 1)
        with BotApiDouble(token=TOKEN) as api:
            api.fail_next("sendMessage", 400, f"Bad Request: can't parse url /bot{TOKEN.lower()}/x")
            async with Bot(api.token, base_url=api.base_url) as bot:
                await Deliverer(bot, OutboxRepository(engine)).drain_once()
        with engine.connect() as connection:
            error = connection.exec_driver_sql("SELECT error FROM deliveries").scalar_one()
        return f"deliveries.error = {error!r}"

    return [
        ("token lower-cased in a log line", logged(f"Bad Request: bot{TOKEN.lower()}/sendMessage")),
        ("token with URL-encoded colon in a log line", logged(f"/bot{bot_id}%3A{secret}/getMe")),
        ("bot id alone in a log line", logged(f"bot {bot_id} blocked")),
        ("refused send quoting the lower-cased token", stored),
    ]


def encoding_probes(lab: Lab) -> list[tuple[str, Probe]]:
    def undeclared(title: str, text: str, encoding: str) -> Probe:
        async def probe() -> str:
            body = rss(("e1", title, text), encoding=encoding, declared="X").replace(b' encoding="X"', b"")
            lab.feed.routes["/enc"] = Route(body=body, content_type="application/rss+xml")
            [item] = (await RssSource(name="p", url=lab.feed.url("/enc"), client=lab.client).fetch(SourceState())).items
            return f"title read as {item.title!r} ({'right' if item.title == title else 'WRONG'})"

        return probe

    return [
        ("undeclared cp1251 feed titled Идлиб", undeclared("Идлиб", "Идлиб", "cp1251")),
        ("undeclared cp1251 feed, a sentence", undeclared("Идлиб", "Обстрелы в Идлибе: 12 погибших.", "cp1251")),
        ("undeclared cp1256 feed (Arabic)", undeclared("إدلب: نزوح الآلاف", "نزح أكثر من خمسة آلاف شخص.", "cp1256")),
        ("undeclared latin-1 feed (French)", undeclared("Déplacés à Goma", "Près de 3 000 déplacés.", "latin-1")),
    ]


def feed_probes(lab: Lab) -> list[tuple[str, Probe]]:
    async def big_feed() -> str:
        items = [(f"g{n}", f"Item {n}", f"Report number {n} about floods.") for n in range(10_000)]
        lab.feed.routes["/big"] = Route(body=rss(*items))
        source = RssSource(name="p", url=lab.feed.url("/big"), client=lab.client, max_bytes=50_000_000)
        worst = 0.0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal worst
            while not done.is_set():
                before = time.perf_counter()
                await asyncio.sleep(0.01)
                worst = max(worst, time.perf_counter() - before - 0.01)

        tick = asyncio.create_task(ticker())
        started = time.perf_counter()
        result = await source.fetch(SourceState())
        took = time.perf_counter() - started
        done.set()
        await tick
        return f"{len(result.items)} items in {took:.1f} s; event loop stalled at most {worst * 1000:.0f} ms"

    async def duplicates() -> str:
        lab.feed.routes["/dup"] = Route(body=rss(("g1", "A", "First text."), ("g1", "A", "Other text.")))
        result = await RssSource(name="p", url=lab.feed.url("/dup"), client=lab.client).fetch(SourceState())
        warning = _short(result.warnings[0]) if result.warnings else "none"
        return f"kept {[i.text for i in result.items]}; warning: {warning}"

    async def billion_laughs() -> str:
        entities = '<!ENTITY a "lol">' + "".join(
            f'<!ENTITY {c} "&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};">'
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        body = f'<?xml version="1.0"?><!DOCTYPE r [{entities}]><rss version="2.0"><channel><title>&i;</title>'
        body += "<item><title>t</title><description>&i;</description></item></channel></rss>"
        lab.feed.routes["/laughs"] = Route(body=body.encode())
        return await _poll_text(lab, "/laughs")

    async def xxe() -> str:
        body = (
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0">'
            "<channel><title>t</title><item><title>t</title><description>&x;</description></item></channel></rss>"
        )
        lab.feed.routes["/xxe"] = Route(body=body.encode())
        return await _poll_text(lab, "/xxe")

    async def redirect_loop() -> str:
        lab.feed.routes["/l1"] = Route(status=302, location=lab.feed.url("/l2"))
        lab.feed.routes["/l2"] = Route(status=302, location=lab.feed.url("/l1"))
        return await _poll_text(lab, "/l1")

    async def huge() -> str:
        lab.feed.routes["/huge"] = Route(stream=lambda: iter([b"x" * 65536] * 800))
        return await _poll_text(lab, "/huge")

    return [
        ("10,000-item feed", big_feed),
        ("one guid twice with different text", duplicates),
        ("billion laughs", billion_laughs),
        ("XXE reading file:///etc/passwd", xxe),
        ("redirect loop", redirect_loop),
        ("50 MB body (cap 5 MB)", huge),
    ]


async def _poll_text(lab: Lab, path: str) -> str:
    try:
        result = await RssSource(name="p", url=lab.feed.url(path), client=lab.client).fetch(SourceState())
    except SourceError as exc:
        return f"poll fails: {_short(str(exc))}"
    texts = [item.text[:40] for item in result.items]
    leaked = any("root:" in item.text for item in result.items)
    return f"{len(result.items)} item(s) {texts}{' (LEAK)' if leaked else ''}"


def folder_probes(lab: Lab) -> list[tuple[str, Probe]]:
    def folder(name: str, body: bytes) -> Probe:
        async def probe() -> str:
            path = lab.tmp / f"folder-{name}"
            path.mkdir()
            (path / name).write_bytes(body)
            items, warnings = DirectorySource(name="d", path=path)._scan()
            return f"{len(items)} item(s); warning: {_short(warnings[0]) if warnings else 'none'}"

        return probe

    return [
        ("folder: JSON nested 100,000 deep", folder("bomb.json", b"[" * 100_000 + b"]" * 100_000)),
        ("folder: published 0001-01-01T00:00+01:00",
         folder("old.json", b'{"text": "x", "published": "0001-01-01T00:00:00+01:00"}')),
    ]  # fmt: skip


def outage_probes(lab: Lab) -> list[tuple[str, Probe]]:
    async def database_outage() -> str:
        folder = lab.tmp / "db"
        folder.mkdir()
        engine = create_engine(f"sqlite:///{folder / 'bot.db'}")
        migrate(engine)
        records: list[logging.LogRecord] = []
        handler = logging.Handler()
        handler.emit = records.append  # type: ignore[method-assign]
        jobs.log.addHandler(handler)
        jobs.log.propagate = False
        jobs.log.setLevel(logging.INFO)
        try:
            with BotApiDouble() as api:
                async with Bot(api.token, base_url=api.base_url) as bot:
                    deliverer = Deliverer(bot, OutboxRepository(engine))
                    context = cast(Any, SimpleNamespace(services=SimpleNamespace(deliverer=deliverer)))
                    engine.dispose()
                    shutil.move(folder, lab.tmp / "gone")
                    for _ in range(200):
                        await jobs.deliver(context)
                    shutil.move(lab.tmp / "gone", folder)
                    await jobs.deliver(context)
        finally:
            jobs.log.removeHandler(handler)
            jobs.log.propagate = True
        traced = sum(1 for record in records if record.exc_info)
        said = "; ".join(_short(record.getMessage(), 70) for record in records)
        runs = "200 failed runs in a row (100 s at the job's 0.5 s interval)"
        return f"{runs}: {len(records)} log records, {traced} with a traceback: {said}"

    return [("database gone under the delivery job, then back", database_outage)]


def config_probes() -> list[tuple[str, Probe]]:
    def loaded(toml: str, env: dict[str, str] | None = None) -> Probe:
        async def probe() -> str:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "bot.toml"
                path.write_text(toml, encoding="utf-8")
                try:
                    load_settings(env or {}, path)
                except ConfigError as exc:
                    return str(exc).replace(str(path), "bot.toml")
            return "accepted"

        return probe

    rss_source = '[[sources]]\nname = "f"\ntype = "rss"\nurl = "https://e.org/f"\n'
    return [
        ("poll_seconds = true", loaded(rss_source + "poll_seconds = true\n")),
        ("update_ratio = nan", loaded("[alerts]\nupdate_ratio = nan\n")),
        ('url = "file:///etc/passwd"', loaded(rss_source.replace("https://e.org/f", "file:///etc/passwd"))),
        ("allow_hosts = ['http://intranet/']", loaded("[fetch]\nallow_hosts = ['http://intranet/']\n")),
    ]


def startup_probes(lab: Lab) -> list[tuple[str, Probe]]:
    def run(**env: str) -> Probe:
        async def probe() -> str:
            config = lab.tmp / "run.toml"
            config.write_text('[[sources]]\nname = "f"\ntype = "rss"\nurl = "http://127.0.0.1:9/f"\n')
            with BotApiDouble() as api:
                base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "BOT_"))}
                base |= {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_BASE_URL": api.base_url, "BOT_CONFIG": str(config),
                         "DATABASE_URL": f"sqlite:///{lab.tmp / 'run.db'}"} | env  # fmt: skip
                started = time.monotonic()
                done = await asyncio.to_thread(
                    subprocess.run, [*console_script(), "run"], env=base, cwd=lab.tmp, capture_output=True, text=True,
                    timeout=60, check=False,
                )  # fmt: skip
            lines = [line for line in done.stderr.splitlines() if line.strip()]
            seconds = time.monotonic() - started
            first = _short(lines[0] if lines else "", 150)
            return f"exit {done.returncode}, {len(lines)} line(s) in {seconds:.1f} s: {first}"

        return probe

    return [
        ("DATABASE_URL=sqlite://", run(DATABASE_URL="sqlite://")),
        ("DATABASE_URL=mysql://u@127.0.0.1/db", run(DATABASE_URL="mysql://u@127.0.0.1/db")),
        ("DATABASE_URL=sqlite:////nonexistent/dir/bot.db", run(DATABASE_URL="sqlite:////nonexistent/dir/bot.db")),
        ("DATABASE_URL=postgresql://u:pw@h:port/db", run(DATABASE_URL="postgresql://u:pw@h:port/db")),
        ("DATABASE_URL=postgresql://bot:pw@127.0.0.1:9/bot (nothing listening)",
         run(DATABASE_URL="postgresql://bot:pw@127.0.0.1:9/bot")),
        ("TELEGRAM_BOT_TOKEN=not a token", run(TELEGRAM_BOT_TOKEN="not a token")),
        ("TELEGRAM_BOT_TOKEN the API does not know", run(TELEGRAM_BOT_TOKEN="987654321:AAWrongTokenForProbes")),
        ("TELEGRAM_BASE_URL on a closed port", run(TELEGRAM_BASE_URL="http://127.0.0.1:9/bot")),
    ]  # fmt: skip


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-startup", action="store_true", help="leave out the subprocess start-up probes")
    options = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    register_secret(TOKEN)
    lab = Lab()
    groups = [
        ssrf_probes(lab), link_probes(), input_probes(), secret_probes(lab), encoding_probes(lab), feed_probes(lab),
        folder_probes(lab), outage_probes(lab), config_probes(),
    ]  # fmt: skip
    if not options.skip_startup:
        groups.append(startup_probes(lab))
    print("| # | hostile input | what happens now |")
    print("|---|---|---|")
    number = 0
    try:
        for group in groups:
            for name, probe in group:
                number += 1
                try:
                    outcome = await probe()
                except Exception as exc:  # a probe that crashes is itself a finding
                    outcome = f"CRASH {type(exc).__name__}: {_short(str(exc))}"
                print(f"| {number} | {name} | {outcome.replace('|', '/')} |", flush=True)
    finally:
        await lab.close()


if __name__ == "__main__":
    asyncio.run(main())
