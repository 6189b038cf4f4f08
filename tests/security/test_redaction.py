"""Redaction that cannot miss: the token in any case, its id and its secret apart, in logs and stored errors."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import redaction
from bot.redaction import Redactor, RedactSecret, redact, register_secret
from bot.storage import Store

TOKEN = "7654321098:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
BOT_ID, SECRET = TOKEN.split(":")


@pytest.fixture
def registered() -> Iterator[None]:
    """The token registered process-wide for one test, then forgotten."""
    before = redaction._active
    register_secret(TOKEN)
    yield
    redaction._active = before


@pytest.mark.parametrize(
    "leak",
    [
        TOKEN,
        TOKEN.lower(),
        TOKEN.upper(),
        f"{BOT_ID}%3A{SECRET}",  # URL-encoded colon
        f"bot id {BOT_ID} said no",
        f"secret={SECRET.lower()}",
        f"https://api.telegram.org/bot{TOKEN.lower()}/sendMessage",
    ],
)
def test_every_form_of_the_token_is_replaced(leak: str) -> None:
    """Whole, re-cased, split or encoded: nothing of the token survives."""
    cleaned = Redactor((TOKEN,))(f"Bad Request: {leak}!")
    assert BOT_ID not in cleaned
    assert SECRET.lower() not in cleaned.lower()
    assert "<token>" in cleaned


def test_other_numbers_are_left_alone() -> None:
    """The id is matched as a whole number only: a longer number or a figure containing it stays."""
    text = f"chat {BOT_ID}9 and 1{BOT_ID} and 350000 people"
    assert Redactor((TOKEN,))(text) == text


def test_log_filter_redacts_lower_cased_token_in_args_and_tracebacks(registered: None) -> None:
    """python-telegram-bot's lower-cased token in a message argument or an exception is not logged."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(RedactSecret())
    logger = logging.getLogger("redaction-security-test")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("delivery refused: %s", f"Bad Request: bot{TOKEN.lower()} not found")
        try:
            raise ConnectionError(f"cannot reach /bot{BOT_ID}:{SECRET.upper()}/getMe")
        except ConnectionError:
            logger.exception("start failed")
    finally:
        logger.removeHandler(handler)
    logged = buffer.getvalue()
    assert BOT_ID not in logged
    assert SECRET.lower() not in logged.lower()
    assert "ConnectionError" in logged


def test_stored_errors_are_redacted(registered: None, tmp_path: Path) -> None:
    """deliveries.error and the sources' last_error never hold the token, whatever its case."""
    store = Store(f"sqlite:///{tmp_path / 'bot.db'}")
    try:
        now = dt.datetime(2024, 3, 4, tzinfo=dt.UTC)
        store.sources.record_failure(
            "feed", type="rss", now=now, error=f"HTTP 400 from bot{TOKEN.lower()}", next_attempt_at=None
        )
        [row] = store.sources.health()
        assert row.last_error is not None
        assert SECRET.lower() not in row.last_error.lower()
        assert BOT_ID not in row.last_error
    finally:
        store.close()


def test_nothing_registered_changes_nothing() -> None:
    """Before a token is known, redaction is the identity."""
    assert Redactor()("7654321098:AAH") == "7654321098:AAH"
    assert redact("") == ""


async def test_bad_request_quoting_the_token_is_stored_redacted(tmp_path: Path) -> None:
    """A real send refused by the Bot API double with the token lower-cased in its text: deliveries.error is clean."""
    import sqlalchemy as sa
    from telegram import Bot

    from bot.delivery.sender import Deliverer
    from bot.storage.outbox_repo import OutboxRepository
    from bot.storage.schema import deliveries
    from tests.delivery.outbox_fixtures import add_chats, outbox_database, queue_alerts
    from tests.support.bot_api_double import BotApiDouble

    engine = outbox_database(tmp_path / "bot.db")
    add_chats(engine, [42])
    queue_alerts(engine, [42], 1)
    before = redaction._active
    with BotApiDouble(token=TOKEN) as api:
        register_secret(api.token)
        try:
            api.fail_next("sendMessage", 400, f"Bad Request: can't parse url /bot{api.token.lower()}/x")
            async with Bot(api.token, base_url=api.base_url) as bot:
                await Deliverer(bot, OutboxRepository(engine)).drain_once()
        finally:
            redaction._active = before
    with engine.connect() as connection:
        [error] = connection.execute(sa.select(deliveries.c.error)).scalars().all()
    assert error is not None
    assert "can't parse url" in error.lower()
    assert SECRET.lower() not in error.lower()
    assert BOT_ID not in error
