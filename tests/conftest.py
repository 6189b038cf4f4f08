"""Suite-wide fixtures, and the set-up for running the suite in pytest-xdist workers (``scripts/test`` does).

Under xdist each worker gets a PostgreSQL database of its own (``tests/support/worker_database.py``) and tests are
scheduled as ``tests/support/xdist_groups.py`` says. Run without ``-n`` (or with ``-n 0``), nothing here changes
anything.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from bot import redaction
from tests.support.worker_database import worker_database_url
from tests.support.xdist_groups import SuiteScheduling, queue_position, scope_of

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


def _worker_id(config: pytest.Config) -> str | None:
    workerinput = getattr(config, "workerinput", None)
    return None if workerinput is None else str(workerinput["workerid"])


def pytest_configure(config: pytest.Config) -> None:
    """Controller: schedule the suite's way. Worker: point TEST_DATABASE_URL at the worker's own database."""
    worker = _worker_id(config)
    if worker is not None:
        base = os.environ.get("TEST_DATABASE_URL", DEFAULT_PG)
        os.environ["TEST_DATABASE_URL"] = worker_database_url(base, worker)
    elif config.pluginmanager.hasplugin("xdist") and config.getoption("dist", "no") != "no":
        config.pluginmanager.register(SuiteScheduling(), "suite-scheduling")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a worker: queue long units first (every worker sorts alike, so their collections stay identical)."""
    if _worker_id(config) is None:
        return
    rank: dict[str, int] = {}
    for item in items:
        unit = scope_of(item.nodeid)
        rank[unit] = min(rank.get(unit, 2), queue_position(item))
    items.sort(key=lambda item: rank[scope_of(item.nodeid)])  # stable: units keep their tests' order


@pytest.fixture(autouse=True)
def _forget_registered_secrets() -> Iterator[None]:
    """Tokens a test registers (loading settings does) are forgotten after it, so tests stay independent."""
    before = redaction._active
    yield
    redaction._active = before
