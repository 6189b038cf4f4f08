"""The alert engine in a worker process, so its CPU work never holds the event loop's interpreter lock.

A 10,000-chat decision is about a second of Python; in a thread it made the event loop wait for the GIL, in bursts
of 100-300 ms on a busy machine. In a process of its own the loop never waits for it. The worker keeps one engine
per database URL and loads the gazetteer once (``warm_up``). It runs at a lower CPU priority: on a machine with
few cores a decision would otherwise take the core the event loop needs (a late alert is better than a late
answer to a command, and Telegram's pace makes a fan-out last minutes anyway).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import select
import threading
import time

from sqlalchemy.engine import Engine

from bot.alerting import AlertPolicy, decide_alerts
from bot.geo.containment import contains
from bot.storage.engine import create_engine

_engines: dict[str, Engine] = {}
# added to the worker's nice value (0 normal, 19 lowest): below the bot's loop, not starved by it
NICENESS = 10


class DecidingProcess:
    """The worker process, started again if it dies (a broken pool would otherwise refuse every decision)."""

    def __init__(self, database_url: str, policy: AlertPolicy) -> None:
        self._url = database_url
        self._policy = policy
        self._pool = _start()

    def warm_up(self) -> None:
        """Blocking: load the gazetteer in the worker."""
        self._pool.submit(warm_up).result()

    def __call__(self, report_ids: list[int]) -> int:
        """Blocking: decide these reports in the worker; the number of deliveries queued."""
        try:
            return self._pool.submit(decide, self._url, report_ids, self._policy).result()
        except concurrent.futures.process.BrokenProcessPool:
            self._pool = _start()  # the reports stay undecided; the decider tries again
            raise

    def niceness(self) -> int:
        """Blocking: the worker's nice value."""
        return self._pool.submit(niceness).result()

    def close(self) -> None:
        """Blocking: stop the worker."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _start() -> concurrent.futures.ProcessPoolExecutor:
    # forked from a clean server process, never from this threaded one
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=_in_worker,
        initargs=(os.getpid(),),
    )


def _in_worker(parent: int) -> None:
    os.nice(NICENESS)
    exit_with(parent)


def exit_with(parent: int) -> None:
    """In the worker: end it when the bot process ends, however it ends.

    A SIGKILLed bot closes nothing the worker waits on (the worker holds its own task queue's write end, and the
    forkserver lives while the worker does), so each kill left both running for good, ~145 MB, and the worker
    would still commit a decision the killed process had handed it. Exiting abandons that transaction instead: the
    reports stay undecided for the next decider.
    """
    threading.Thread(target=_wait_then_exit, args=(parent,), name="exit-with-bot", daemon=True).start()


def _wait_then_exit(parent: int) -> None:
    try:
        handle = os.pidfd_open(parent)  # Linux: readable once the process has ended, no polling
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        while _alive(parent):  # elsewhere: look every second
            time.sleep(1.0)
    else:
        select.select([handle], [], [])
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def niceness() -> int:
    """This process's nice value (asked of the worker to check its priority)."""
    return os.nice(0)


def warm_up() -> None:
    """Load the gazetteer in the worker before the first decision needs it."""
    from bot.geo.gazetteer import get_gazetteer

    get_gazetteer()


def decide(database_url: str, report_ids: list[int], policy: AlertPolicy) -> int:
    """Run the alert engine on these reports in the worker; the number of deliveries it queued."""
    engine = _engines.get(database_url)
    if engine is None:
        engine = _engines[database_url] = create_engine(database_url)
    return decide_alerts(engine, report_ids, policy=policy, contains=contains).deliveries_queued
