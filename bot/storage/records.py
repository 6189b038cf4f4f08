"""Values the storage layer takes and returns (frozen; no SQL types leak out)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRow:
    """What the database remembers about one source: its fetch state and its health."""

    name: str
    type: str
    etag: str | None = None
    last_modified: str | None = None
    cursor: str | None = None
    first_success_at: dt.datetime | None = None
    last_success_at: dt.datetime | None = None
    last_error: str | None = None
    last_error_at: dt.datetime | None = None
    consecutive_failures: int = 0
    items_seen: int = 0
    next_attempt_at: dt.datetime | None = None
    lease_owner: str | None = None
    lease_until: dt.datetime | None = None
    next_poll_at: dt.datetime | None = None

    @property
    def ever_succeeded(self) -> bool:
        """Whether the source has answered at least once (later items may alert)."""
        return self.first_success_at is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class NewReport:
    """A report about to be stored."""

    source: str
    external_id: str
    url: str | None
    title: str
    text: str
    lang: str | None
    outlet: str | None = None
    published_at: dt.datetime | None
    fetched_at: dt.datetime
    alertable: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredReport(NewReport):
    """A report as stored, with its id and content hash."""

    id: int
    content_hash: str | None
    decided_at: dt.datetime | None = None
