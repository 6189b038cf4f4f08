"""Storage: schema, migrations and the queries the bot needs, on SQLite or PostgreSQL."""

from __future__ import annotations

from bot.storage.records import NewReport, SourceRow, StoredReport
from bot.storage.report_repo import content_hash
from bot.storage.store import Store

__all__ = ["NewReport", "SourceRow", "Store", "StoredReport", "content_hash"]
