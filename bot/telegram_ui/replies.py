"""The bot's replies as Telegram HTML; everything a user typed or a report said is escaped here."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence

from bot.domain.alert_text import place_line
from bot.i18n import formats
from bot.storage.chats_repo import ChatRecord, SubscriptionRecord, local_now
from bot.storage.records import SourceRow
from bot.telegram_ui.i18n import COMMAND_DESCRIPTIONS, Lang, command_description, rtl, t
from bot.telegram_ui.place_buttons import confirmed_name
from bot.values import Location

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
    ("export", "Events of the last days as a CSV (HXL)"),
    ("weekly", "The week against the four before; schedule"),
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


def unsubscribed(removed: Sequence[str], lang: Lang = Lang.EN) -> str:
    """Confirmation of /unsubscribe (names already escaped)."""
    if not removed:
        return t(lang, "not_followed")
    return t(lang, "stopped_following", places=", ".join(f"<b>{name}</b>" for name in removed))


def subscriptions_text(chat: ChatRecord | None, subs: Sequence[SubscriptionRecord], lang: Lang = Lang.EN) -> str:
    """The chat's places, thresholds, digest time and mute state (/subscriptions), in the chat's language."""
    if subs:
        lines = [t(lang, "follows_title")]
        lines += [f"• <b>{html.escape(confirmed_name(s.place, lang))}</b>: {kind_minimums(s.thresholds, lang)}"
                  for s in subs]  # fmt: skip
    else:
        lines = [t(lang, "follows_none")]
    if chat is not None:
        lines.append("")
        lines.append(digest_time_line(chat, lang))
        if chat.muted:
            until = f"{local_now(chat.muted_until, chat.timezone):%d %b %H:%M}" if chat.muted_until else "/unmute"
            lines.append(t(lang, "muted_line", until=until))
        if chat.paused:
            lines.append(t(lang, "paused_line"))
    return "\n".join(lines)


def kind_minimums(thresholds: dict[str, int | None], lang: Lang) -> str:
    """Per-kind minimums in one line: "killed ≥ 1, injured ≥ 10, ..." (in the chat's language)."""
    if lang is Lang.EN:
        return thresholds_line(thresholds)
    parts = []
    for kind in ALERT_KINDS:
        minimum, word = thresholds.get(kind), t(lang, f"kind_{kind}").lstrip("\u200f")
        parts.append(t(lang, "kind_off", kind=word).lstrip("\u200f") if minimum is None else f"{word} ≥ {minimum:,}")
    return ("، " if lang is Lang.AR else ", ").join(parts)


def digest_time_line(chat: ChatRecord, lang: Lang = Lang.EN) -> str:
    """The daily digest setting in words."""
    if chat.digest_time is None:
        return t(lang, "digest_line_off")
    return t(lang, "digest_line", time=f"{chat.digest_time:%H:%M} {html.escape(chat.timezone)}")


def threshold_set(kind: str, minimum: int, names: Sequence[str], lang: Lang = Lang.EN) -> str:
    """Confirmation of /threshold (names already escaped)."""
    where = ", ".join(f"<b>{name}</b>" for name in names)
    word = kind if lang is Lang.EN else t(lang, f"kind_{kind}").lstrip("\u200f")
    return t(lang, "threshold_set", kind=word, minimum=f"{minimum:,}", places=where)


def sources_text(
    configured: Sequence[tuple[str, str]],
    rows: Sequence[SourceRow],
    now: dt.datetime,
    unread: Mapping[str, int] | None = None,
    lang: Lang = Lang.EN,
) -> str:
    """Each source's health (/sources): last success, last error, items seen (and how many of them are in a
    language the bot does not read), in `lang`."""
    if not configured and not rows:
        return t(lang, "sources_none")
    by_name = {row.name: row for row in rows}
    names = [name for name, _ in configured] + sorted(set(by_name) - {name for name, _ in configured})
    types = dict(configured)
    lines = [t(lang, "sources_title")]
    for name in names:
        row = by_name.get(name)
        kind = html.escape(row.type if row else types.get(name, "?"))
        if row is None:
            lines.append(t(lang, "sources_not_polled", name=html.escape(name), kind=kind))
            continue
        if row.last_success_at:
            ok = t(lang, "sources_last_success", ago=_ago(row.last_success_at, now, lang))
        else:
            ok = t(lang, "sources_never")
        # A feed that parsed with problems records its warning at the time of its success.
        warned = row.last_error_at is not None and row.last_error_at >= (row.last_success_at or row.last_error_at)
        status = "⚠️" if row.consecutive_failures > 0 or row.last_success_at is None or warned else "✅"
        items = formats.number(row.items_seen, lang)
        line = t(lang, "sources_line", status=status, name=html.escape(name), kind=kind, ok=ok, items=items)
        if unread and unread.get(name):
            line += t(lang, "sources_unread", count=formats.number(unread[name], lang))
        if row.last_error:
            ago = _ago(row.last_error_at, now, lang)
            line += "\n" + t(lang, "sources_last_error", ago=ago, error=html.escape(row.last_error[:200]))
        lines.append(line)
    return "\n".join(lines)


def _ago(moment: dt.datetime | None, now: dt.datetime, lang: Lang) -> str:
    if moment is None:
        return t(lang, "sources_unknown_time")
    return formats.ago(max(dt.timedelta(0), now - moment), lang)
