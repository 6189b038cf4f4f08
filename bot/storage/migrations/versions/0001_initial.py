"""The first schema: sources, reports and figures, and the tables the alerting issue builds on.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create every table of the first schema."""
    op.create_table(
        "sources",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("cursor", sa.Text),
        sa.Column("first_success_at", TIMESTAMP),
        sa.Column("last_success_at", TIMESTAMP),
        sa.Column("last_error", sa.Text),
        sa.Column("last_error_at", TIMESTAMP),
        sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", TIMESTAMP),
    )

    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("external_id", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("lang", sa.String(16)),
        sa.Column("published_at", TIMESTAMP),
        sa.Column("fetched_at", TIMESTAMP, nullable=False),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("alertable", sa.Boolean, nullable=False),
        sa.UniqueConstraint("source", "external_id", name="uq_reports_source_external_id"),
    )

    op.create_table(
        "figures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("value", sa.BigInteger),
        sa.Column("value_max", sa.BigInteger),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("grp", sa.String(16), nullable=False),
        sa.Column("cumulative", sa.Boolean, nullable=False),
        sa.Column("projection", sa.Boolean, nullable=False),
        sa.Column("place_name", sa.Text),
        sa.Column("place_level", sa.String(16)),
        sa.Column("country_iso3", sa.String(3)),
        sa.Column("admin1", sa.Text),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("date", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.UniqueConstraint("report_id", "ordinal", name="uq_figures_report_ordinal"),
    )

    op.create_table(
        "chats",
        sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("muted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("paused_reason", sa.Text),
        sa.Column("digest_time", sa.String(5)),
        sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
        sa.Column("last_digest_on", sa.Date),
        sa.Column("created_at", TIMESTAMP, nullable=False),
    )

    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, sa.ForeignKey("chats.chat_id", ondelete="CASCADE"), nullable=False),
        sa.Column("place_key", sa.String(128), nullable=False),
        sa.Column("place_name", sa.Text),
        sa.Column("place_level", sa.String(16)),
        sa.Column("country_iso3", sa.String(3)),
        sa.Column("admin1", sa.Text),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("thresholds", sa.JSON, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.UniqueConstraint("chat_id", "place_key", name="uq_subscriptions_chat_place"),
    )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("grp", sa.String(16), nullable=False),
        sa.Column("place_name", sa.Text),
        sa.Column("place_level", sa.String(16)),
        sa.Column("country_iso3", sa.String(3)),
        sa.Column("admin1", sa.Text),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("date", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("cumulative", sa.Boolean, nullable=False),
        sa.Column("best_figure_id", sa.Integer, sa.ForeignKey("figures.id", ondelete="SET NULL")),
        sa.Column("best_value", sa.BigInteger),
        sa.Column("best_qualifier", sa.String(16)),
        sa.Column("corroboration", sa.Integer, nullable=False, server_default="1"),
        sa.Column("first_seen_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
    )

    op.create_table(
        "event_figures",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("figure_id", sa.Integer, sa.ForeignKey("figures.id", ondelete="CASCADE"), primary_key=True),
    )

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, sa.ForeignKey("chats.chat_id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="SET NULL")),
        sa.Column("purpose", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False, server_default="0"),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("photo", sa.LargeBinary),
        sa.Column("reply_to_delivery_id", sa.Integer, sa.ForeignKey("deliveries.id", ondelete="SET NULL")),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("not_before", TIMESTAMP),
        sa.Column("message_id", sa.BigInteger),
        sa.Column("error", sa.Text),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("sent_at", TIMESTAMP),
        sa.UniqueConstraint("chat_id", "event_id", "purpose", "revision", name="uq_deliveries_chat_event_purpose_rev"),
    )
    op.create_index("ix_reports_content_hash", "reports", ["content_hash"])
    op.create_index("ix_reports_published_at", "reports", ["published_at"])
    op.create_index("ix_figures_country_kind", "figures", ["country_iso3", "kind"])
    op.create_index("ix_events_country_kind", "events", ["country_iso3", "kind"])
    op.create_index("ix_deliveries_status_not_before", "deliveries", ["status", "not_before"])


def downgrade() -> None:
    """Drop every table of the first schema."""
    op.drop_table("deliveries")
    op.drop_table("event_figures")
    op.drop_table("events")
    op.drop_table("subscriptions")
    op.drop_table("chats")
    op.drop_table("figures")
    op.drop_table("reports")
    op.drop_table("sources")
