"""Who published each report, so corroboration counts agencies and outlets rather than feeds or hosts.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add reports.outlet (null for reports stored before: their source name stands in)."""
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("outlet", sa.Text))


def downgrade() -> None:
    """Drop reports.outlet."""
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("outlet")
