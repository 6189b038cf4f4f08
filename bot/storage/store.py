"""The one object the rest of the bot holds for its database."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from bot.storage.engine import create_engine, migrate
from bot.storage.report_repo import ReportRepository
from bot.storage.source_repo import SourceRepository


class Store:
    """A migrated database (from DATABASE_URL) with its repositories; create once at start, ``close()`` at the end."""

    def __init__(self, url: str, *, run_migrations: bool = True) -> None:
        self.engine: Engine = create_engine(url)
        if run_migrations:
            migrate(self.engine)
        self.sources = SourceRepository(self.engine)
        self.reports = ReportRepository(self.engine)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
