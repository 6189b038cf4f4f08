"""The one error handler: sees handler and job errors, logs them without secrets, answers the user briefly."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError

from bot.outage_log import OutageLog
from bot.telegram_ui.context import BotContext
from bot.telegram_ui.replies import ERROR_REPLY

log = logging.getLogger(__name__)
telegram_outages = OutageLog(log)
# one name for Telegram's outages: polling failures open it here, the getUpdates request closes it
TELEGRAM = "Telegram"


async def on_error(update: object, context: BotContext) -> None:
    """Log the error (the token is redacted by the log filter) and tell the user something went wrong."""
    error = context.error
    where = f"job {context.job.name!r}" if context.job else "update handler"
    if isinstance(error, NetworkError) and not isinstance(error, Forbidden):
        # Connection trouble with Telegram is routine and retried; one line, no trace, at most once a minute.
        telegram_outages.failed(TELEGRAM, error)
        return
    log.error("error in %s", where, exc_info=error)
    if not isinstance(update, Update) or update.effective_message is None or isinstance(error, Forbidden):
        return
    try:
        await update.effective_message.reply_text(ERROR_REPLY, do_quote=False)
    except Exception as exc:  # the apology itself failed: nothing more to do than note it
        log.warning("could not tell chat %s about the error: %s", update.effective_message.chat_id, exc)
