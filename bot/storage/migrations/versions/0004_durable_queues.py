"""Durable hand-offs between stages: reports wait to be decided, outbox rows and sources are leased by a process.

Revision ID: 0004_durable_queues
Revises: 0006_baselines
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_durable_queues"
down_revision = "0006_baselines"
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Add reports.decided_at, delivery and source leases, and the index the decider reads.

    Plain ADD COLUMN (no batch table copy): copying `deliveries` on SQLite would cascade-delete the rows that
    reference it.
    """
    op.add_column("reports", sa.Column("decided_at", TIMESTAMP))
    op.create_index("ix_reports_decided_at", "reports", ["decided_at"])
    # Reports stored before this revision were decided right after storing: they are not queued again.
    op.execute("UPDATE reports SET decided_at = fetched_at")
    op.add_column("deliveries", sa.Column("owner", sa.String(64)))
    op.add_column("deliveries", sa.Column("lease_until", TIMESTAMP))
    op.add_column("deliveries", sa.Column("has_photo", sa.Boolean, nullable=False, server_default=sa.false()))
    op.execute("UPDATE deliveries SET has_photo = (photo IS NOT NULL)")
    op.add_column("sources", sa.Column("lease_owner", sa.String(64)))
    op.add_column("sources", sa.Column("lease_until", TIMESTAMP))
    op.add_column("sources", sa.Column("next_poll_at", TIMESTAMP))


def downgrade() -> None:
    """Drop what upgrade added."""
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("next_poll_at")
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("has_photo")
        batch.drop_column("lease_until")
        batch.drop_column("owner")
    op.drop_index("ix_reports_decided_at", "reports")
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("decided_at")
