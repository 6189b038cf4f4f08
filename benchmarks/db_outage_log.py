"""Log volume during a database outage: the bot on PostgreSQL through a loopback proxy that is cut, then restored.

python benchmarks/db_outage_log.py [--down SECONDS] [--code DIR]
Needs PostgreSQL at TEST_DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/test); a scratch
database is created and dropped. --code runs another checkout's code (e.g. /work/main) for a before/after figure.
Prints log lines and tracebacks per minute while the database is down, and the lines around the outage.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

import psycopg

from tests.e2e.harness import console_script, wait_for, write_config
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer, Route, rss, start

SCRATCH_DB = "outage_log_bench"


class CuttableProxy:
    """A TCP forwarder on loopback whose listening socket and open connections can be cut and restored."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._lock = threading.Lock()

    def up(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
            listener, self._listener = self._listener, None
        for sock in [*sockets, *([listener] if listener else [])]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pipe, args=(a, b), daemon=True).start()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--down", type=float, default=30.0, help="seconds the database stays unreachable")
    parser.add_argument("--code", help="checkout whose bot package to run (default: this one)")
    options = parser.parse_args()
    admin_url = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
    info = psycopg.conninfo.conninfo_to_dict(admin_url)
    host, port = str(info.get("host", "127.0.0.1")), int(info.get("port", 5432))
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {SCRATCH_DB}")
        admin.execute(f"CREATE DATABASE {SCRATCH_DB}")
    proxy = CuttableProxy((host, port))
    proxy.up()
    feeds = FeedServer()
    feeds.routes["/feed"] = Route(body=rss(("a", "T", "Floods displaced 300 people in Beira.")))
    stop_feeds = start(feeds)
    user = info.get("user", "postgres")
    try:
        with BotApiDouble() as api, tempfile.TemporaryDirectory() as folder:
            workdir = Path(folder)
            config = write_config(workdir / "bot.toml", {"feed": feeds.url("/feed")})
            log_path = workdir / "bot.log"
            env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "BOT_"))}
            env |= {
                "TELEGRAM_BOT_TOKEN": api.token,
                "TELEGRAM_BASE_URL": api.base_url,
                "DATABASE_URL": f"postgresql://{user}@127.0.0.1:{proxy.port}/{SCRATCH_DB}",
                "BOT_CONFIG": str(config),
                "DISPLACEMENT_BOT_POLL_SECONDS": "5",
            }
            if options.code:
                env["PYTHONPATH"] = options.code
            with log_path.open("wb") as log:
                process = subprocess.Popen([*console_script(), "run"], env=env, cwd=workdir, stdout=log, stderr=log)
            wait_for(lambda: api.requests("setMyCommands"), timeout=60, what="the bot to start")
            time.sleep(3)
            before = log_path.read_text(errors="replace").splitlines()
            proxy.down()
            time.sleep(options.down)
            during = log_path.read_text(errors="replace").splitlines()[len(before) :]
            proxy.up()
            time.sleep(8)
            after = log_path.read_text(errors="replace").splitlines()[len(before) + len(during) :]
            process.terminate()
            process.wait(timeout=30)
        minutes = options.down / 60
        tracebacks = sum(1 for line in during if line.startswith("Traceback"))
        print(f"code: {options.code or 'this checkout'}; database down {options.down:.0f} s")
        print(f"log lines while down: {len(during)} ({len(during) / minutes:.0f} a minute)")
        print(f"tracebacks while down: {tracebacks} ({tracebacks / minutes:.0f} a minute)")
        print(f"log lines in the 8 s after it came back: {len(after)}")
        for line in [*during, *after]:
            if " ERROR " in line or " WARNING " in line:
                print("  " + line[:160])
    finally:
        proxy.down()
        stop_feeds()
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {SCRATCH_DB} WITH (FORCE)")


if __name__ == "__main__":
    main()
