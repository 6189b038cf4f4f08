"""Every handler of the bot, in the order they are tried."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, ChatMemberHandler, CommandHandler, MessageHandler, filters

from bot.telegram_ui import (
    callbacks,
    chat_commands,
    errors,
    export_commands,
    follow_commands,
    guards,
    membership,
    settings_menu,
    why,
)
from bot.telegram_ui.context import BotApplication, BotContext
from bot.telegram_ui.guards import chat_language, reply
from bot.telegram_ui.i18n import t


async def unknown_command(update: Update, context: BotContext) -> None:
    """Point a private chat's unknown command at /help."""
    if update.effective_message is not None:
        await reply(context, update.effective_message, t(await chat_language(update, context), "unknown_command"))


def register(application: BotApplication) -> None:
    """Add the handlers and the error handler to `application`."""
    # Group -1 runs first: a command over the user's rate limit stops here and reaches no handler.
    application.add_handler(MessageHandler(filters.COMMAND, guards.rate_limit), group=-1)

    # Reading: anyone in the chat may use these.
    application.add_handler(CommandHandler(["start", "help"], chat_commands.start))
    application.add_handler(CommandHandler("subscriptions", follow_commands.subscriptions))
    application.add_handler(CommandHandler("digest", chat_commands.digest))
    application.add_handler(CommandHandler("sources", chat_commands.sources))
    application.add_handler(CommandHandler("why", why.why))
    application.add_handler(CommandHandler("export", export_commands.export))
    application.add_handler(CommandHandler("weekly", export_commands.weekly))  # scheduling checks admins inside

    # Changing what the chat follows and when: group administrators only (checked inside each handler).
    application.add_handler(CommandHandler("subscribe", follow_commands.subscribe))
    application.add_handler(CommandHandler("unsubscribe", follow_commands.unsubscribe))
    application.add_handler(CommandHandler("threshold", follow_commands.threshold))
    application.add_handler(CommandHandler("digesttime", chat_commands.digest_time))
    application.add_handler(CommandHandler("mute", chat_commands.mute))
    application.add_handler(CommandHandler("unmute", chat_commands.unmute))
    application.add_handler(CommandHandler("language", chat_commands.language))
    application.add_handler(CommandHandler("settings", settings_menu.settings))

    # Taps on inline buttons: suggested places, confirming or undoing /unsubscribe all.
    application.add_handler(CallbackQueryHandler(callbacks.on_button))

    # Anything else that looks like a command, in a private chat only (in groups it may be for another bot).
    application.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, unknown_command))

    # The bot itself blocked, kicked, or added back: pause or resume the chat.
    application.add_handler(ChatMemberHandler(membership.bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER))

    # One place for every handler and job error.
    application.add_error_handler(errors.on_error)
