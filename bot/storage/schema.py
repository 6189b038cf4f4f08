"""The tables as the code queries them; Alembic migrations under ``migrations/`` create them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect


class UtcDateTime(sa.TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone, so values are stored as UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; pass an aware one")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


metadata = sa.MetaData()


def _place_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("place_name", sa.Text),
        sa.Column("place_level", sa.String(16)),
        sa.Column("country_iso3", sa.String(3)),
        sa.Column("admin1", sa.Text),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
    ]


sources = sa.Table(
    "sources",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("cursor", sa.Text),
    sa.Column("first_success_at", UtcDateTime),
    sa.Column("last_success_at", UtcDateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("last_error_at", UtcDateTime),
    sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", UtcDateTime),
    # one process polls a source at a time (lease), and once per period across processes (next_poll_at)
    sa.Column("lease_owner", sa.String(64)),
    sa.Column("lease_until", UtcDateTime),
    sa.Column("next_poll_at", UtcDateTime),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.String(64), nullable=False),
    sa.Column("external_id", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("lang", sa.String(16)),
    sa.Column("outlet", sa.Text),
    sa.Column("published_at", UtcDateTime),
    sa.Column("fetched_at", UtcDateTime, nullable=False),
    sa.Column("content_hash", sa.String(64)),
    sa.Column("alertable", sa.Boolean, nullable=False),
    # null until the alert engine has grouped the report's figures: the decider's queue
    sa.Column("decided_at", UtcDateTime),
    sa.UniqueConstraint("source", "external_id", name="uq_reports_source_external_id"),
    sa.Index("ix_reports_content_hash", "content_hash"),
    sa.Index("ix_reports_published_at", "published_at"),
    sa.Index("ix_reports_decided_at", "decided_at"),
)

figures = sa.Table(
    "figures",
    metadata,
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
    *_place_columns(),
    sa.Column("date", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("span_start", sa.Integer, nullable=False),
    sa.Column("span_end", sa.Integer, nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
    # where displaced people went, when stated: a place in the figure-JSON form with its level
    sa.Column("destination", sa.JSON),
    sa.UniqueConstraint("report_id", "ordinal", name="uq_figures_report_ordinal"),
    sa.Index("ix_figures_country_kind", "country_iso3", "kind"),
)

chats = sa.Table(
    "chats",
    metadata,
    sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("muted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("paused_reason", sa.Text),
    sa.Column("digest_time", sa.String(5)),
    sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
    sa.Column("last_digest_on", sa.Date),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("language", sa.String(8)),
    sa.Column("muted_since", UtcDateTime),
    sa.Column("muted_until", UtcDateTime),
    sa.Column("thread_id", sa.BigInteger),
    sa.Column("quiet_start", sa.String(5)),
    sa.Column("quiet_end", sa.String(5)),
)

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("chat_id", sa.BigInteger, sa.ForeignKey("chats.chat_id", ondelete="CASCADE"), nullable=False),
    sa.Column("place_key", sa.String(128), nullable=False),
    *_place_columns(),
    sa.Column("thresholds", sa.JSON, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.UniqueConstraint("chat_id", "place_key", name="uq_subscriptions_chat_place"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("grp", sa.String(16), nullable=False),
    *_place_columns(),
    sa.Column("date", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("cumulative", sa.Boolean, nullable=False),
    sa.Column("best_figure_id", sa.Integer, sa.ForeignKey("figures.id", ondelete="SET NULL")),
    sa.Column("best_value", sa.BigInteger),
    sa.Column("best_qualifier", sa.String(16)),
    sa.Column("corroboration", sa.Integer, nullable=False, server_default="1"),
    sa.Column("side", sa.String(16), nullable=False, server_default="unknown"),
    sa.Column("time_shape", sa.String(16), nullable=False, server_default="incident"),
    # who says what when outlets disagree: "20 (authorities) – 45 (civil society)"
    sa.Column("disagreement", sa.Text),
    sa.Column("first_seen_at", UtcDateTime, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Index("ix_events_country_kind", "country_iso3", "kind"),
)

event_figures = sa.Table(
    "event_figures",
    metadata,
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("figure_id", sa.Integer, sa.ForeignKey("figures.id", ondelete="CASCADE"), primary_key=True),
)

deliveries = sa.Table(
    "deliveries",
    metadata,
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
    sa.Column("not_before", UtcDateTime),
    sa.Column("message_id", sa.BigInteger),
    sa.Column("error", sa.Text),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("sent_at", UtcDateTime),
    # the process sending the row, and until when its claim holds
    sa.Column("owner", sa.String(64)),
    sa.Column("lease_until", UtcDateTime),
    # lets the delivery loop read rows without their image; the image is read only when the row is sent
    sa.Column("has_photo", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("chat_id", "event_id", "purpose", "revision", name="uq_deliveries_chat_event_purpose_rev"),
    sa.Index("ix_deliveries_status_not_before", "status", "not_before"),
)

# Why each figure joined its event, in the order it joined: the event's history, read by /why.
event_evidence = sa.Table(
    "event_evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("figure_id", sa.Integer, sa.ForeignKey("figures.id", ondelete="CASCADE"), nullable=False),
    # the claim's own figure: restatements in one report share it
    sa.Column("claim_figure_id", sa.Integer, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("side", sa.String(16), nullable=False),
    sa.Column("time_shape", sa.String(16), nullable=False),
    sa.Column("speaker", sa.Text, nullable=False),
    # the event's accepted toll once this figure had joined
    sa.Column("event_value", sa.BigInteger),
    sa.Column("joined_at", UtcDateTime, nullable=False),
    sa.UniqueConstraint("event_id", "figure_id", name="uq_event_evidence_event_figure"),
    sa.Index("ix_event_evidence_event", "event_id"),
)

# Every event an alert or update told its chat about, with the value told (one card can carry several events).
delivery_events = sa.Table(
    "delivery_events",
    metadata,
    sa.Column("delivery_id", sa.Integer, sa.ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
    sa.Index("ix_delivery_events_event", "event_id"),
)

# A baseline signal sent to a chat: at most one per place and kind per cooldown (checked by the window's end day).
baseline_signals = sa.Table(
    "baseline_signals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("chat_id", sa.BigInteger, sa.ForeignKey("chats.chat_id", ondelete="CASCADE"), nullable=False),
    sa.Column("place_key", sa.String(128), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("window_end", sa.Date, nullable=False),
    sa.Column("window_sum", sa.BigInteger, nullable=False),
    sa.Column("previous_max", sa.BigInteger, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.UniqueConstraint("chat_id", "place_key", "kind", "window_end", name="uq_baseline_signals_chat_place_kind_day"),
)

# When a chat wants its weekly summary: a weekday (0 = Monday) and a local HH:MM in the chat's time zone.
weekly_summaries = sa.Table(
    "weekly_summaries",
    metadata,
    sa.Column("chat_id", sa.BigInteger, sa.ForeignKey("chats.chat_id", ondelete="CASCADE"), primary_key=True),
    sa.Column("weekday", sa.SmallInteger, nullable=False),
    sa.Column("time", sa.String(5), nullable=False),
    sa.Column("last_sent_on", sa.Date),
    sa.Column("created_at", UtcDateTime, nullable=False),
)
