"""The bot's replies as Telegram HTML; everything a user typed or a report said is escaped here."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from bot.domain.alert_text import place_line
from bot.extraction.model import Location
from bot.storage.chats_repo import ChatRecord, SubscriptionRecord
from bot.storage.records import SourceRow
from bot.telegram_ui.i18n import COMMAND_DESCRIPTIONS, Lang, command_description, rtl, t
from bot.telegram_ui.places import typed_name

ALERT_KINDS = ("killed", "injured", "missing", "displaced")

# The command list registered with Telegram (setMyCommands) and shown by /help, in this order.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What this bot does and how to begin"),
    ("subscribe", "Follow a country, region or town"),
    ("unsubscribe", "Stop following a place, or all"),
    ("subscriptions", "Places, thresholds, digest time"),
    ("threshold", "Minimum figure that alerts, per kind"),
    ("digest", "The last 24 hours, now, with a chart"),
    ("digesttime", "Daily digest time and zone, or off"),
    ("mute", "Pause alerts and digests for this chat"),
    ("unmute", "Resume alerts and digests"),
    ("language", "Interface language: en, fr or ar"),
    ("settings", "Places, thresholds, digest, mute, language: buttons"),
    ("sources", "Health of the report sources"),
    ("why", "Reply to an alert: the evidence behind it"),
    ("help", "What this bot does"),
)

ADMINS_ONLY = "Only the group's administrators can change what this chat follows. Anyone can read."
ERROR_REPLY = "Sorry, something went wrong on my side. Please try again in a minute."


def help_text(lang: Lang = Lang.EN) -> str:
    """What the bot does and how to subscribe (/start and /help), in the chat's language."""
    if lang is not Lang.EN:
        commands = [f"/{name} — {html.escape(command_description(lang, name))}" for name in COMMAND_DESCRIPTIONS]
        return t(lang, "help_intro") + "\n\n" + rtl_lines(lang, commands) + "\n\n" + t(lang, "help_admins")
    lines = [
        "<b>Displacement alerts</b>",
        "I read humanitarian reports and news feeds, pick out how many people were killed, injured, missing or "
        "displaced, and tell this chat when something happens in the places it follows. One alert per event, "
        "never a repeat from the next outlet, and a daily digest with a chart.",
        "",
        "Start with <code>/subscribe Sudan</code> (a country, region or town), then adjust with "
        "<code>/threshold displaced 10,000</code>.",
        "",
        *(f"/{name} — {html.escape(description)}" for name, description in COMMANDS),
        "",
        "In groups, only administrators can change subscriptions, thresholds, digest time and mute.",
    ]
    return "\n".join(lines)


def rtl_lines(lang: Lang, lines: list[str]) -> str:
    """Lines joined, each marked right-to-left in Arabic."""
    text = "\n".join(lines)
    return rtl(text) if lang is Lang.AR else text


def usage(message: str) -> str:
    """A usage or validation message, escaped."""
    return html.escape(message)


def place_name(place: Location) -> str:
    """A place as shown to users, escaped: "Idlib, Syria"."""
    return html.escape(place_line(place))


def subscribed(place: Location, *, created: bool, thresholds: dict[str, int | None]) -> str:
    """Confirmation of /subscribe."""
    if not created:
        return f"This chat already follows <b>{place_name(place)}</b>."
    return (
        f"Following <b>{place_name(place)}</b>.\nAlerts at: {thresholds_line(thresholds)}\n"
        "Change them with <code>/threshold &lt;kind&gt; &lt;number&gt;</code>."
    )


def thresholds_line(thresholds: dict[str, int | None]) -> str:
    """Per-kind minimums in one line: "killed ≥ 1, injured ≥ 10, ..."."""
    parts = []
    for kind in ALERT_KINDS:
        minimum = thresholds.get(kind)
        parts.append(f"{kind} off" if minimum is None else f"{kind} ≥ {minimum:,}")
    return ", ".join(parts)


def suggestions(query: str, candidates: Sequence[Location], *, command: str = "subscribe") -> str:
    """An unknown or ambiguous place: ranked suggestions to pick from, or a hint when there are none."""
    if not candidates:
        return (
            f"I don't know a place called “{html.escape(query)}”. Try a country name or ISO3 code (SDN), "
            "a region (North Darfur) or a town (Goma)."
        )
    lines = [f"Which place do you mean by “{html.escape(query)}”?"]
    typed = [typed_name(candidate) for candidate in candidates]
    for candidate, name in zip(candidates, typed, strict=True):
        if typed.count(name) > 1 and candidate.admin1:
            name = f"{candidate.name}, {candidate.admin1}"  # two namesakes in one country: the area tells them apart
        lines.append(f"• <code>/{command} {html.escape(name)}</code> — {place_name(candidate)}")
    return "\n".join(lines)


def unsubscribed(removed: Sequence[str]) -> str:
    """Confirmation of /unsubscribe (names already escaped)."""
    if not removed:
        return "This chat did not follow that place. See /subscriptions."
    return "Stopped following " + ", ".join(f"<b>{name}</b>" for name in removed) + "."


def subscriptions_text(chat: ChatRecord | None, subs: Sequence[SubscriptionRecord]) -> str:
    """The chat's places, thresholds, digest time and mute state (/subscriptions)."""
    if subs:
        lines = ["<b>This chat follows</b>"]
        lines += [f"• <b>{place_name(s.place)}</b>: {thresholds_line(s.thresholds)}" for s in subs]
    else:
        lines = ["This chat follows no places. Use <code>/subscribe &lt;place&gt;</code> to start."]
    if chat is not None:
        lines.append("")
        lines.append(digest_time_line(chat))
        if chat.muted:
            lines.append("🔕 Muted: no alerts or scheduled digests until /unmute.")
        if chat.paused:
            lines.append("⏸ Paused: the bot was blocked or removed here.")
    return "\n".join(lines)


def digest_time_line(chat: ChatRecord) -> str:
    """The daily digest setting in words."""
    if chat.digest_time is None:
        return "Daily digest: off (set one with /digesttime 08:00)."
    return f"Daily digest: {chat.digest_time:%H:%M} {html.escape(chat.timezone)}."


def threshold_set(kind: str, minimum: int, names: Sequence[str]) -> str:
    """Confirmation of /threshold (names already escaped)."""
    where = ", ".join(f"<b>{name}</b>" for name in names)
    return f"Alerts for {kind} now start at {minimum:,} for {where}."


def sources_text(configured: Sequence[tuple[str, str]], rows: Sequence[SourceRow], now: dt.datetime) -> str:
    """Each source's health (/sources): last success, last error, items seen."""
    if not configured and not rows:
        return "No sources are configured."
    by_name = {row.name: row for row in rows}
    names = [name for name, _ in configured] + sorted(set(by_name) - {name for name, _ in configured})
    types = dict(configured)
    lines = ["<b>Sources</b>"]
    for name in names:
        row = by_name.get(name)
        kind = html.escape(row.type if row else types.get(name, "?"))
        if row is None:
            lines.append(f"• <b>{html.escape(name)}</b> ({kind}): not polled yet")
            continue
        ok = f"last success {_ago(row.last_success_at, now)}" if row.last_success_at else "never answered yet"
        # A feed that parsed with problems records its warning at the time of its success.
        warned = row.last_error_at is not None and row.last_error_at >= (row.last_success_at or row.last_error_at)
        status = "⚠️" if row.consecutive_failures > 0 or row.last_success_at is None or warned else "✅"
        line = f"{status} <b>{html.escape(name)}</b> ({kind}): {ok}; {row.items_seen:,} items seen"
        if row.last_error:
            line += f"\n    last error {_ago(row.last_error_at, now)}: {html.escape(row.last_error[:200])}"
        lines.append(line)
    return "\n".join(lines)


def _ago(moment: dt.datetime | None, now: dt.datetime) -> str:
    if moment is None:
        return "at an unknown time"
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 90:
        return f"{seconds} s ago"
    if seconds < 90 * 60:
        return f"{seconds // 60} min ago"
    if seconds < 36 * 3600:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} days ago"
