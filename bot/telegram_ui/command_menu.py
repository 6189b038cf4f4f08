"""The command menus Telegram shows, per language and per scope: everything in private chats and to group
administrators, only the reading commands to other group members."""

from __future__ import annotations

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeDefault,
)

from bot.telegram_ui.i18n import COMMAND_DESCRIPTIONS, READING_COMMANDS, Lang, command_description


def menus() -> list[tuple[BotCommandScope, Lang, list[BotCommand]]]:
    """Every (scope, language, commands) the bot registers."""
    everything = list(COMMAND_DESCRIPTIONS)
    found: list[tuple[BotCommandScope, Lang, list[BotCommand]]] = []
    for lang in Lang:
        for scope, names in (
            (BotCommandScopeDefault(), everything),
            (BotCommandScopeAllGroupChats(), [n for n in everything if n in READING_COMMANDS]),
            (BotCommandScopeAllChatAdministrators(), everything),
        ):
            found.append((scope, lang, [BotCommand(n, command_description(lang, n)) for n in names]))
    return found


async def register_menus(bot: Bot) -> None:
    """setMyCommands for each scope and language (English also as the fallback for every other language)."""
    for scope, lang, commands in menus():
        code = None if lang is Lang.EN else lang.value
        await bot.set_my_commands(commands, scope=scope, language_code=code)
