"""Who may do what when several processes share one database.

* ``SessionLock``: a PostgreSQL session-level advisory lock held on its own connection. Whoever holds it is the
  only one doing that job (consuming Telegram updates, deciding alerts); when the holder dies, even by SIGKILL,
  its connection closes, the server releases the lock and another process takes over. Keys include the schema,
  so separate deployments (or tests) in one database never contend. On SQLite there is one process (see
  ``SingleProcessFile``), so the lock is always held.
* ``SingleProcessFile``: an exclusive ``flock`` beside a SQLite database, so a second process on the same file
  refuses to start instead of answering every command twice.
* ``migration_lock``: migrations run once, under a transaction-level advisory lock, however many start at once.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)

_KEY = "hashtext(current_schema() || ':' || :name)"


class SessionLock:
    """A named lock that at most one process holds at a time (blocking calls: run them in a worker thread)."""

    def __init__(self, engine: Engine, name: str) -> None:
        self._engine = engine
        self._name = name
        self._connection: Connection | None = None

    @property
    def shared(self) -> bool:
        """Whether other processes may contend for it (PostgreSQL); SQLite has only one process."""
        return self._engine.dialect.name == "postgresql"

    def try_acquire(self) -> bool:
        """Take the lock if free; True when this process holds it (checking that a held lock is still alive)."""
        if not self.shared:
            return True
        if self._connection is not None:
            if self._alive():
                return True
            self._drop()
            log.warning("lost the %s lock with its database connection", self._name)
        connection = self._engine.connect()
        try:
            taken = bool(
                connection.execute(sa.text(f"SELECT pg_try_advisory_lock({_KEY})"), {"name": self._name}).scalar()
            )
            connection.commit()
        except Exception:
            connection.close()
            raise
        if not taken:
            connection.close()
            return False
        self._connection = connection
        return True

    def release(self) -> None:
        """Let another process take the lock."""
        if self._connection is None:
            return
        try:
            self._connection.execute(sa.text(f"SELECT pg_advisory_unlock({_KEY})"), {"name": self._name})
            self._connection.commit()
        except Exception:
            log.debug("releasing %s: the connection is gone, and the lock with it", self._name)
        self._drop()

    def _alive(self) -> bool:
        assert self._connection is not None
        try:
            self._connection.execute(sa.text("SELECT 1"))
            self._connection.commit()
        except Exception:
            return False
        return True

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.invalidate()
                self._connection.close()
            except Exception:
                log.debug("closing the %s lock connection failed", self._name)
            self._connection = None


class AnotherProcessRunning(RuntimeError):
    """A second process was started on a database only one process may use."""


class SingleProcessFile:
    """Holds an exclusive lock on ``<database>.lock`` for the life of the process."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise ``AnotherProcessRunning`` naming the file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise AnotherProcessRunning(
                f"another displacement-bot is already running on {self.path.with_suffix('')}; "
                "SQLite allows one process (use PostgreSQL to run several)"
            ) from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Let another process start."""
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None


def migration_lock(connection: Connection) -> None:
    """Inside a migration transaction: wait until no other process is migrating (PostgreSQL; SQLite needs none)."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text(f"SELECT pg_advisory_xact_lock({_KEY})"), {"name": "migrations"})
