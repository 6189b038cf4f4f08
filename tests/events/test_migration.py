"""Migration 0003_event_evidence keeps what chats were told before it: old alerts become delivery_events rows."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from bot.storage import Store
from bot.storage.engine import MIGRATIONS_DIR, create_engine, migrate
from bot.storage.events_repo import prior_alerts

NOW = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)


def test_alerts_sent_before_the_migration_still_count_as_told(database_url: str) -> None:
    """An alert and an update stored at revision 0002 are what prior_alerts reads after upgrading."""
    engine = create_engine(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    with engine.begin() as connection:
        connection.execute(
            sa.text("INSERT INTO chats (chat_id, type, timezone, created_at) VALUES (5, 'private', 'UTC', :now)"),
            {"now": NOW},
        )
        connection.execute(
            sa.text(
                "INSERT INTO events (id, kind, grp, cumulative, corroboration, first_seen_at, updated_at) "
                "VALUES (9, 'killed', 'people', false, 1, :now, :now)"
            ),
            {"now": NOW},
        )
        for delivery_id, purpose, revision in ((1, "alert", 20), (2, "update", 30)):
            connection.execute(
                sa.text(
                    "INSERT INTO deliveries (id, chat_id, event_id, purpose, revision, text, status, attempts, "
                    "created_at) VALUES (:id, 5, 9, :purpose, :revision, 'x', 'sent', 1, :now)"
                ),
                {"id": delivery_id, "purpose": purpose, "revision": revision, "now": NOW},
            )
    migrate(engine)
    with engine.connect() as connection:
        told = prior_alerts(connection, 9)
    engine.dispose()
    assert told[5].first_delivery_id == 1
    assert told[5].notified_value == 30
    Store(database_url).close()  # the upgraded database opens as any other
