"""Migrations build the schema the code expects, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bot.storage import Store
from bot.storage.engine import current_revision, head_revision, migrate, normalize_url
from bot.storage.schema import metadata


def test_migrations_reach_the_head_revision(store: Store) -> None:
    """A new database is migrated to the newest revision shipped with the code."""
    assert current_revision(store.engine) == head_revision() is not None


def test_migrating_twice_changes_nothing(store: Store) -> None:
    """Starting the bot again on a migrated database is harmless."""
    migrate(store.engine)
    assert current_revision(store.engine) == head_revision()


def test_migrated_schema_matches_the_tables_the_code_queries(store: Store) -> None:
    """The migration scripts and ``schema.py`` describe the same tables, columns and indexes."""
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_fixed_table_names_exist_for_the_next_issue(store: Store) -> None:
    """The alerting work can rely on chats, subscriptions, events, event_figures and deliveries."""
    names = set(sa.inspect(store.engine).get_table_names())
    assert {"sources", "reports", "figures", "chats", "subscriptions", "events", "event_figures", "deliveries"} <= names


def test_postgresql_urls_use_psycopg_3() -> None:
    """A plain ``postgresql://`` DATABASE_URL is driven by psycopg 3."""
    assert normalize_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("sqlite:///x.db").drivername == "sqlite"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: object) -> None:
    """SQLite connections get WAL journaling, enforced foreign keys and a busy timeout."""
    opened = Store(f"sqlite:///{tmp_path}/db/bot.db")
    try:
        with opened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    finally:
        opened.close()
