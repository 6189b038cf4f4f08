"""Baseline signals already sent (one per chat, place and kind per window) and each chat's weekly summary time.

Revision ID: 0006_baselines
Revises: 0005_chat_settings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_baselines"
down_revision = "0005_chat_settings"
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create baseline_signals and weekly_summaries."""
    op.create_table(
        "baseline_signals",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, sa.ForeignKey("chats.chat_id", ondelete="CASCADE"), nullable=False),
        sa.Column("place_key", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("window_end", sa.Date, nullable=False),
        sa.Column("window_sum", sa.BigInteger, nullable=False),
        sa.Column("previous_max", sa.BigInteger, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.UniqueConstraint(
            "chat_id", "place_key", "kind", "window_end", name="uq_baseline_signals_chat_place_kind_day"
        ),
    )
    op.create_table(
        "weekly_summaries",
        sa.Column("chat_id", sa.BigInteger, sa.ForeignKey("chats.chat_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("weekday", sa.SmallInteger, nullable=False),
        sa.Column("time", sa.String(5), nullable=False),
        sa.Column("last_sent_on", sa.Date),
        sa.Column("created_at", TIMESTAMP, nullable=False),
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("weekly_summaries")
    op.drop_table("baseline_signals")
