"""Chat settings for the interface: language, timed mute (and when it began, for the catch-up), forum topic.

Revision ID: 0005_chat_settings
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.schema import UtcDateTime

revision = "0005_chat_settings"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add chats.language, muted_since, muted_until and thread_id (all null: English by the user, no timer)."""
    with op.batch_alter_table("chats") as batch:
        batch.add_column(sa.Column("language", sa.String(8)))
        batch.add_column(sa.Column("muted_since", UtcDateTime))
        batch.add_column(sa.Column("muted_until", UtcDateTime))
        batch.add_column(sa.Column("thread_id", sa.BigInteger))


def downgrade() -> None:
    """Drop the columns again."""
    with op.batch_alter_table("chats") as batch:
        for name in ("thread_id", "muted_until", "muted_since", "language"):
            batch.drop_column(name)
