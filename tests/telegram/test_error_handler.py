"""The one error handler: a failing handler is logged without the token and the user gets a short apology."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from bot.cli.run_cmd import RedactSecret
from bot.telegram_ui.context import BotApplication, BotContext
from bot.telegram_ui.errors import on_error
from bot.telegram_ui.replies import ERROR_REPLY
from tests.e2e.harness import ChatRef, Person, command_update
from tests.support.bot_api_double import BotApiDouble


async def broken(update: Update, context: BotContext) -> None:
    """A handler that fails the way a bug would, with the token in its message."""
    raise RuntimeError(f"lost connection to /bot{context.bot.token}/sendMessage")


@pytest.fixture
async def application() -> AsyncIterator[tuple[BotApplication, BotApiDouble]]:
    """A real Application talking to the Bot API double, with a failing /boom and the bot's error handler."""
    with BotApiDouble() as api:
        app: BotApplication = (
            ApplicationBuilder().token(api.token).base_url(api.base_url)
            .context_types(ContextTypes(context=BotContext)).build()
        )  # fmt: skip
        app.add_handler(CommandHandler("boom", broken))
        app.add_error_handler(on_error)
        await app.initialize()
        try:
            yield app, api
        finally:
            await app.shutdown()


async def test_handler_error_is_logged_redacted_and_answered(
    application: tuple[BotApplication, BotApiDouble], caplog: pytest.LogCaptureFixture
) -> None:
    """/boom raises: the chat gets the apology, and the logged error names the failure but not the token."""
    app, api = application
    caplog.handler.addFilter(RedactSecret(api.token))
    update = Update.de_json({"update_id": 1, **command_update(ChatRef(77), Person(77), "/boom")}, app.bot)
    with caplog.at_level(logging.ERROR, logger="bot.telegram_ui.errors"):
        await app.process_update(update)
    assert [m.text for m in api.messages_to(77)] == [ERROR_REPLY]
    assert "lost connection" in caplog.text
    assert api.token not in caplog.text
