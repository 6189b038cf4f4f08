"""A SIGKILLed bot leaves no deciding worker behind (each kill used to leave two processes running for good)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.harness import wait_for

# Starts the deciding worker as the bot does, has it run one task (so it is up), then waits to be killed.
CHILD = """
import sys, time
from bot.alerting import AlertPolicy
from bot.decide_worker import DecidingProcess
deciding = DecidingProcess(sys.argv[1], AlertPolicy())
deciding._pool.submit(time.time).result()
print("ready", flush=True)
time.sleep(60)
"""


def descendants(pid: int) -> set[int]:
    """Every live process under `pid` (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z":
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    """Whether `pid` is a live (not zombie) process."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
def test_the_deciding_worker_ends_with_a_killed_bot(tmp_path: Path) -> None:
    """The worker and its forkserver go within seconds of the bot's SIGKILL."""
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, f"sqlite:///{tmp_path / 'bot.db'}"],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    ) as bot:
        try:
            assert bot.stdout is not None
            assert bot.stdout.readline().strip() == b"ready"
            left = descendants(bot.pid)
            assert len(left) >= 2, left  # the forkserver and the worker (the resource tracker may be there too)
        finally:
            bot.send_signal(signal.SIGKILL)
            bot.wait()
    wait_for(lambda: not any(alive(pid) for pid in left), timeout=10, what="the worker to end with the bot")
