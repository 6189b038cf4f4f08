"""Taps on the bot's inline buttons: pick a suggested place, confirm or cancel `/unsubscribe all`, undo it, and
the `/settings` message's buttons.

Each tap is answered (answerCallbackQuery, so the client stops its spinner) and the message with the buttons is
edited in place to say what happened. In groups only administrators' taps change anything.
"""

from __future__ import annotations

import asyncio
import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.telegram_ui import settings_menu
from bot.telegram_ui.context import BotContext
from bot.telegram_ui.follow_commands import UNDO, UNSUBSCRIBE_ALL, UNSUBSCRIBE_CANCEL, follow
from bot.telegram_ui.guards import chat_language, is_admin
from bot.telegram_ui.i18n import Lang, t
from bot.telegram_ui.place_buttons import confirmed_name, parse_pick, place_label


async def on_button(update: Update, context: BotContext) -> None:
    """Route a button tap by its data."""
    query = update.callback_query
    chat = update.effective_chat
    if query is None or chat is None or query.data is None:
        return
    lang = await chat_language(update, context)
    if not await is_admin(update, context):
        await query.answer(t(lang, "admins_only"), show_alert=True)
        return
    data = query.data
    if data.startswith(settings_menu.PREFIX + ":"):
        await settings_menu.on_settings_tap(update, context, data)
    elif (pick := parse_pick(data)) is not None:
        await _pick(update, context, lang, *pick)
    elif data == UNSUBSCRIBE_ALL:
        await _unsubscribe_all(update, context, lang)
    elif data == UNSUBSCRIBE_CANCEL:
        await query.answer()
        await query.edit_message_text(t(lang, "kept"), parse_mode="HTML")
    elif data.startswith(UNDO + ":"):
        await _undo(update, context, lang, data.removeprefix(UNDO + ":"))
    else:
        await query.answer()


async def _pick(update: Update, context: BotContext, lang: Lang, rank: int, token: str) -> None:
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    assert chat is not None
    services = context.services
    typed = services.pending.query(token)
    resolution = await asyncio.to_thread(services.resolve_place, typed) if typed else None
    if resolution is None or rank >= len(resolution.suggestions):
        await query.answer(t(lang, "choice_expired"), show_alert=True)
        return
    place = resolution.suggestions[rank]
    text = await follow(services, chat, None, place, lang)
    await query.answer(place_label(place, lang)[:200])
    await query.edit_message_text(text, parse_mode="HTML")


async def _unsubscribe_all(update: Update, context: BotContext, lang: Lang) -> None:
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    assert chat is not None
    chats = context.services.chats
    subs = await asyncio.to_thread(chats.subscriptions, chat.id)
    await asyncio.to_thread(chats.unsubscribe, chat.id, None)
    token = context.services.undo.put(chat.id, subs)
    names = ", ".join(f"<b>{html.escape(confirmed_name(s.place, lang))}</b>" for s in subs)
    undo = InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "button_undo"), callback_data=f"{UNDO}:{token}")]])
    await query.answer()
    await query.edit_message_text(t(lang, "unsubscribed_all", places=names), parse_mode="HTML", reply_markup=undo)


async def _undo(update: Update, context: BotContext, lang: Lang, token: str) -> None:
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    assert chat is not None
    services = context.services
    removed = services.undo.take(chat.id, token)
    if removed is None:
        await query.answer(t(lang, "choice_expired"), show_alert=True)
        return
    await asyncio.to_thread(services.chats.restore, chat.id, removed, services.clock())
    names = ", ".join(f"<b>{html.escape(confirmed_name(s.place, lang))}</b>" for s in removed)
    await query.answer()
    await query.edit_message_text(t(lang, "restored", places=names), parse_mode="HTML")
