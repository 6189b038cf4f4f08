"""A fresh PostgreSQL schema for tests that run several bot processes on one database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.storage.conftest import postgres_schema_url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose connections use a schema nobody else uses (dropped afterwards)."""
    yield from postgres_schema_url()
