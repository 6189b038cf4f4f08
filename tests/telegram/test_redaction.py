"""The bot token never reaches the log, whether in a message, its arguments or an exception."""

from __future__ import annotations

import io
import logging

import pytest

from bot.cli.run_cmd import RedactSecret

TOKEN = "123456:AAH-very-secret"


@pytest.fixture
def captured() -> tuple[logging.Logger, io.StringIO]:
    """A logger writing through the redacting filter into a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.addFilter(RedactSecret(TOKEN))
    logger = logging.getLogger(f"redaction-test-{id(buffer)}")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    return logger, buffer


def test_token_in_arguments_is_redacted(captured: tuple[logging.Logger, io.StringIO]) -> None:
    """A URL carrying the token, passed as a %-argument, is logged with the token replaced."""
    logger, buffer = captured
    logger.info("POST %s failed", f"https://api.telegram.org/bot{TOKEN}/sendMessage")
    assert TOKEN not in buffer.getvalue()
    assert "bot<token>/sendMessage" in buffer.getvalue()


def test_token_in_exception_is_redacted(captured: tuple[logging.Logger, io.StringIO]) -> None:
    """An exception whose text holds the token is logged with its traceback, token replaced."""
    logger, buffer = captured
    try:
        raise ConnectionError(f"cannot reach /bot{TOKEN}/getMe")
    except ConnectionError:
        logger.exception("start failed")
    assert TOKEN not in buffer.getvalue()
    assert "ConnectionError" in buffer.getvalue()
