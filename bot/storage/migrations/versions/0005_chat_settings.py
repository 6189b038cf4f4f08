"""Chat settings for the interface: language, timed mute (and when it began, for the catch-up), forum topic,
daily quiet hours.

Revision ID: 0005_chat_settings
Revises: 0003_event_evidence
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bot.storage.schema import UtcDateTime

revision = "0005_chat_settings"
down_revision = "0003_event_evidence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add chats.language, muted_since, muted_until, thread_id, quiet_start/end (null: the defaults)."""
    with op.batch_alter_table("chats") as batch:
        batch.add_column(sa.Column("language", sa.String(8)))
        batch.add_column(sa.Column("muted_since", UtcDateTime))
        batch.add_column(sa.Column("muted_until", UtcDateTime))
        batch.add_column(sa.Column("thread_id", sa.BigInteger))
        batch.add_column(sa.Column("quiet_start", sa.String(5)))
        batch.add_column(sa.Column("quiet_end", sa.String(5)))


def downgrade() -> None:
    """Drop the columns again."""
    with op.batch_alter_table("chats") as batch:
        for name in ("quiet_end", "quiet_start", "thread_id", "muted_until", "muted_since", "language"):
            batch.drop_column(name)
