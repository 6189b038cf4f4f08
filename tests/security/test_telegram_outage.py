"""Telegram failing under the running bot: one line when getUpdates starts failing, one when it answers again."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.e2e.harness import BotProcess, wait_for, write_config
from tests.support.bot_api_double import BotApiDouble

FAILURES = 3  # PTB waits 1, 1.5 and 2.25 s between them


def test_polling_outage_logs_once_and_recovery_once(tmp_path: Path) -> None:
    """Three 502s from getUpdates in a row: one "failing" line, one "recovered" line, no traceback."""
    with BotApiDouble() as api:
        for _ in range(FAILURES):
            api.fail_next("getUpdates", 502, "Bad Gateway")
        bot = BotProcess(api, tmp_path, write_config(tmp_path / "bot.toml", {})).start()
        try:
            wait_for(lambda: "Telegram recovered" in bot.log(), timeout=30, what="the recovery line")
        finally:
            assert bot.stop(signal.SIGTERM) == 0
    log = bot.log()
    assert log.count("Telegram is failing") == 1, log
    assert log.count("Telegram recovered") == 1, log
    assert "Traceback" not in log
    assert api.token not in log
