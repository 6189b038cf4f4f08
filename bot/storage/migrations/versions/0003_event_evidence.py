"""Each event's evidence: where displaced people went (figures.destination), the side and time shape each event
was grouped under, why each figure joined it, and which events each alert card told a chat about (one card may
tell killed, injured and displaced of one incident).

Revision ID: 0003_event_evidence
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TIMESTAMP = sa.DateTime(timezone=True)

revision = "0003_event_evidence"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add events.side/time_shape/disagreement, figures.destination, event_evidence and delivery_events."""
    with op.batch_alter_table("figures") as batch:
        batch.add_column(sa.Column("destination", sa.JSON))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("side", sa.String(16), nullable=False, server_default="unknown"))
        batch.add_column(sa.Column("time_shape", sa.String(16), nullable=False, server_default="incident"))
        batch.add_column(sa.Column("disagreement", sa.Text))
    op.create_table(
        "event_evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("figure_id", sa.Integer, sa.ForeignKey("figures.id", ondelete="CASCADE"), nullable=False),
        sa.Column("claim_figure_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("side", sa.String(16), nullable=False),
        sa.Column("time_shape", sa.String(16), nullable=False),
        sa.Column("speaker", sa.Text, nullable=False),
        sa.Column("event_value", sa.BigInteger),
        sa.Column("joined_at", TIMESTAMP, nullable=False),
        sa.UniqueConstraint("event_id", "figure_id", name="uq_event_evidence_event_figure"),
        sa.Index("ix_event_evidence_event", "event_id"),
    )
    op.create_table(
        "delivery_events",
        sa.Column("delivery_id", sa.Integer, sa.ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
        sa.Index("ix_delivery_events_event", "event_id"),
    )
    op.execute(
        "INSERT INTO delivery_events (delivery_id, event_id, value) SELECT id, event_id, revision FROM deliveries "
        "WHERE event_id IS NOT NULL AND purpose IN ('alert', 'update')"
    )


def downgrade() -> None:
    """Drop the evidence tables and columns."""
    op.drop_table("delivery_events")
    op.drop_table("event_evidence")
    with op.batch_alter_table("figures") as batch:
        batch.drop_column("destination")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("disagreement")
        batch.drop_column("time_shape")
        batch.drop_column("side")
