"""A fresh, migrated Store on SQLite and on PostgreSQL for every storage test."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.storage import Store

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"


def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections live in a brand-new schema, dropped afterwards."""
    base = os.environ.get("TEST_DATABASE_URL", DEFAULT_PG)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with admin.begin() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at {base} is unreachable in CI: {exc}")
        pytest.skip(f"PostgreSQL at {base} is unreachable: {type(exc).__name__}")
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL nobody else uses: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.db'}"
    else:
        yield from postgres_schema_url()


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """A migrated store on each backend."""
    opened = Store(database_url)
    try:
        yield opened
    finally:
        opened.close()
