"""A PostgreSQL database of its own for each pytest-xdist worker.

Every PostgreSQL test already works in a fresh schema, but advisory locks (the grouping lock has a fixed key) and
server-wide views are per database, so two workers in one database could still wait on each other. Each worker
therefore points TEST_DATABASE_URL at ``<database>_<worker id>`` (``test_gw0``, ``test_gw1``, ...) on the same
server, created on first use and kept for later runs. It is never dropped: another suite run on the same server
may be using it at that moment, and the per-test schemas inside it are dropped by the tests themselves.
"""

from __future__ import annotations

import time

import sqlalchemy as sa

# CREATE DATABASE copies template1 and refuses while another session is connected to it; that is brief.
_CREATE_TRIES = 20


def worker_database_url(base: str, worker: str) -> str:
    """`base` with its database replaced by this worker's own (created if missing); `base` if the server is down."""
    url = sa.make_url(base)
    name = f"{url.database or 'postgres'}_{worker}"
    admin = sa.create_engine(
        url.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5}
    )
    try:
        connection = admin.connect()
    except sa.exc.OperationalError:
        admin.dispose()
        return base  # no server: the PostgreSQL tests skip (or fail, in CI) with the usual message
    try:
        with connection:
            _create_once(connection, name)
    finally:
        admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _create_once(connection: sa.Connection, name: str) -> None:
    exists = sa.text("SELECT 1 FROM pg_database WHERE datname = :name")
    for attempt in range(_CREATE_TRIES):
        if connection.execute(exists, {"name": name}).scalar() is not None:
            return
        try:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
            return
        except sa.exc.ProgrammingError as exc:  # another run created it between the check and here
            if "already exists" not in str(exc):
                raise
            return
        except sa.exc.OperationalError as exc:
            if "being accessed by other users" not in str(exc) or attempt == _CREATE_TRIES - 1:
                raise
            time.sleep(0.25)
