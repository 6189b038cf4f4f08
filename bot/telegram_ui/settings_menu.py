"""`/settings`: one message with buttons for the chat's places, thresholds, digest time, mute, quiet hours and
language. Every tap edits that same message in place: a sub-view to choose from, then the overview again.

Button data is short and self-contained ("set:thr:killed:+"), so a tap works after a restart. Only group
administrators' taps change anything (checked where taps arrive, as for every button).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
from collections.abc import Sequence

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update

from bot.storage.chats_repo import ChatRecord, SubscriptionRecord, local_now
from bot.telegram_ui import replies
from bot.telegram_ui.context import BotContext, Services
from bot.telegram_ui.follow_commands import ensure_chat, thresholds_text
from bot.telegram_ui.guards import chat_language, reply, require_admin
from bot.telegram_ui.i18n import Lang, t
from bot.telegram_ui.place_buttons import confirmed_name
from bot.telegram_ui.quiet_hours import PRESETS

PREFIX = "set"
# Threshold steps offered by − and +: round numbers coordinators use.
STEPS = (1, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000)
DIGEST_TIMES = ("06:00", "07:00", "08:00", "09:00", "12:00", "18:00")
MUTE_CHOICES = (("1h", 1), ("8h", 8), ("1d", 24), ("1w", 168))
LANGUAGE_NAMES = {Lang.EN: "English", Lang.FR: "Français", Lang.AR: "العربية"}
_MAX_PLACE_BUTTONS = 20


def _button(text: str, *parts: object) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=":".join((PREFIX, *map(str, parts))))


def overview(record: ChatRecord, subs: Sequence[SubscriptionRecord], lang: Lang, now: dt.datetime) -> str:
    """The settings in words, one line each."""
    places = ", ".join(html.escape(confirmed_name(s.place, lang)) for s in subs) or t(lang, "settings_none")
    digest = (
        f"{record.digest_time:%H:%M} {html.escape(record.timezone)}" if record.digest_time else t(lang, "settings_off")
    )
    if not record.muted:
        state = t(lang, "settings_on")
    elif record.muted_until is not None:
        state = t(lang, "settings_muted_until", until=f"{local_now(record.muted_until, record.timezone):%d %b %H:%M}")
    else:
        state = t(lang, "settings_muted")
    quiet = (
        f"{record.quiet_start:%H:%M}–{record.quiet_end:%H:%M}"
        if record.quiet_start and record.quiet_end
        else t(lang, "settings_off")
    )
    language = LANGUAGE_NAMES[Lang(record.language)] if record.language else t(lang, "settings_language_auto")
    thresholds = thresholds_text(subs[0].thresholds, lang) if subs else ""
    lines = [
        t(lang, "settings_title"),
        t(lang, "settings_places", places=places),
        *([thresholds] if thresholds else []),
        t(lang, "settings_digest", time=digest),
        t(lang, "settings_mute", state=state),
        t(lang, "settings_quiet", hours=quiet),
        t(lang, "settings_language", language=language),
    ]
    return "\n".join(lines)


def main_keyboard(record: ChatRecord, lang: Lang) -> InlineKeyboardMarkup:
    """The overview's buttons."""
    mute = _button(t(lang, "button_unmute"), "unmute") if record.muted else _button(t(lang, "button_mute"), "v", "mute")
    return InlineKeyboardMarkup(
        [
            [_button(t(lang, "button_places"), "v", "places"), _button(t(lang, "button_thresholds"), "v", "thr")],
            [_button(t(lang, "button_digest"), "v", "digest"), mute],
            [_button(t(lang, "button_quiet"), "v", "quiet"), _button(t(lang, "button_language"), "v", "lang")],
            [_button(t(lang, "button_done"), "done")],
        ]
    )


def sub_view(
    view: str, record: ChatRecord, subs: Sequence[SubscriptionRecord], lang: Lang
) -> tuple[str, InlineKeyboardMarkup]:
    """A sub-view's prompt and buttons (each row of choices, then Back)."""
    back = [_button(t(lang, "button_back"), "v", "main")]
    rows: list[list[InlineKeyboardButton]]
    if view == "places":
        rows = [[_button("✖ " + confirmed_name(s.place, lang), "unsub", s.id)] for s in subs[:_MAX_PLACE_BUTTONS]]
        return t(lang, "settings_pick_place"), InlineKeyboardMarkup([*rows, back])
    if view == "thr":
        current = subs[0].thresholds if subs else {}
        rows = []
        for kind in replies.ALERT_KINDS:
            value = current.get(kind)
            word = t(lang, f"kind_{kind}").lstrip("\u200f")
            shown = f"{word} ≥ {value:,}" if value is not None else t(lang, "kind_off", kind=word).lstrip("\u200f")
            rows.append([_button("−", "thr", kind, "-"), _button(shown, "v", "thr"), _button("+", "thr", kind, "+")])
        return t(lang, "settings_pick_threshold"), InlineKeyboardMarkup([*rows, back])
    if view == "digest":
        times = [_button(time, "digest", time.replace(":", "")) for time in DIGEST_TIMES]
        rows = [times[:3], times[3:], [_button(t(lang, "settings_off"), "digest", "off")]]
        return t(lang, "settings_pick_digest", zone=html.escape(record.timezone)), InlineKeyboardMarkup([*rows, back])
    if view == "mute":
        rows = [[_button(label, "mute", hours) for label, hours in MUTE_CHOICES]]
        rows.append([_button(t(lang, "button_until_unmute"), "mute", 0)])
        return t(lang, "settings_pick_mute"), InlineKeyboardMarkup([*rows, back])
    if view == "quiet":
        rows = [[_button(f"{start:%H:%M}–{end:%H:%M}", "quiet", f"{start:%H%M}{end:%H%M}")] for start, end in PRESETS]
        rows.append([_button(t(lang, "settings_off"), "quiet", "off")])
        return t(lang, "settings_pick_quiet"), InlineKeyboardMarkup([*rows, back])
    rows = [[_button(name, "lang", code.value) for code, name in LANGUAGE_NAMES.items()]]
    rows.append([_button(t(lang, "settings_language_auto"), "lang", "auto")])
    return t(lang, "settings_pick_language"), InlineKeyboardMarkup([*rows, back])


def _step(value: int | None, direction: str) -> int:
    """The next round threshold up or down from `value`."""
    current = value or STEPS[0]
    if direction == "+":
        return next((step for step in STEPS if step > current), STEPS[-1])
    return next((step for step in reversed(STEPS) if step < current), STEPS[0])


def apply(services: Services, chat_id: int, action: Sequence[str], now: dt.datetime) -> None:
    """Carry out one tap's change (blocking: SQL)."""
    chats = services.chats
    kind, *args = action
    if kind == "unsub" and args and args[0].isdigit():
        by_id = {s.id: s for s in chats.subscriptions(chat_id)}
        found = by_id.get(int(args[0]))
        if found is not None:
            chats.unsubscribe(chat_id, found.place_key)
    elif kind == "thr" and len(args) == 2 and args[0] in replies.ALERT_KINDS:
        subs = chats.subscriptions(chat_id)
        if subs:
            chats.set_threshold(chat_id, args[0], _step(subs[0].thresholds.get(args[0]), args[1]), None)
    elif kind == "digest" and args:
        record = chats.get(chat_id)
        zone = record.timezone if record else "UTC"
        time = None if args[0] == "off" else dt.time(int(args[0][:2]), int(args[0][2:]))
        chats.set_digest_time(chat_id, time, zone, now)
    elif kind == "mute" and args and args[0].isdigit():
        hours = int(args[0])
        chats.set_muted(chat_id, True, since=now, until=now + dt.timedelta(hours=hours) if hours else None)
    elif kind == "quiet" and args:
        if args[0] == "off":
            chats.set_quiet_hours(chat_id, None, None)
        elif len(args[0]) == 8 and args[0].isdigit():
            code = args[0]
            start, end = dt.time(int(code[:2]), int(code[2:4])), dt.time(int(code[4:6]), int(code[6:]))
            chats.set_quiet_hours(chat_id, start, end)
    elif kind == "lang" and args:
        chats.set_language(chat_id, None if args[0] == "auto" else Lang(args[0]).value)


async def settings(update: Update, context: BotContext) -> None:
    """Send the settings message (administrators only in groups)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await require_admin(update, context):
        return
    lang = await chat_language(update, context)
    text, keyboard = await asyncio.to_thread(_main, context.services, chat, lang)
    await reply(context, message, text, keyboard)


def _main(services: Services, chat: Chat, lang: Lang) -> tuple[str, InlineKeyboardMarkup]:
    record = ensure_chat(services, chat)
    subs = services.chats.subscriptions(chat.id)
    return overview(record, subs, lang, services.clock()), main_keyboard(record, lang)


async def _unmute(context: BotContext, chat: Chat, lang: Lang) -> None:
    """Unmute from the settings, and send what was held, as /unmute does."""
    from bot.telegram_ui.chat_commands import catch_up_text  # the command module imports this one's neighbours

    services = context.services
    record = await asyncio.to_thread(services.chats.get, chat.id)
    await asyncio.to_thread(services.chats.set_muted, chat.id, False)
    if record is None or not record.muted or record.muted_since is None:
        return
    text = await asyncio.to_thread(catch_up_text, services, record, services.clock(), lang)
    await services.pacer.send(
        chat.id,
        lambda: context.bot.send_message(
            chat.id,
            text,
            parse_mode="HTML",
            message_thread_id=record.thread_id,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
    )


async def on_settings_tap(update: Update, context: BotContext, data: str) -> None:
    """A tap on the settings message: change what it says, then show the overview (or the sub-view) again."""
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    assert chat is not None
    services = context.services
    parts = data.split(":")[1:]
    if parts == ["done"]:
        await query.answer()
        lang = await chat_language(update, context)
        await query.edit_message_text(t(lang, "settings_closed"))
        return
    if parts[:1] != ["v"]:
        await asyncio.to_thread(apply, services, chat.id, parts, services.clock())
    lang = await chat_language(update, context)
    if parts[0] == "unmute":
        await _unmute(context, chat, lang)  # read after the change: a language tap answers in the new one
    view = parts[1] if parts[:1] == ["v"] else {"thr": "thr", "unsub": "places"}.get(parts[0], "main")

    def render() -> tuple[str, InlineKeyboardMarkup]:
        record = ensure_chat(services, chat)
        subs = services.chats.subscriptions(chat.id)
        if view == "main":
            return overview(record, subs, lang, services.clock()), main_keyboard(record, lang)
        return sub_view(view, record, subs, lang)

    text, keyboard = await asyncio.to_thread(render)
    await query.answer()
    await query.edit_message_text(text, parse_mode="HTML", reply_markup=keyboard)
