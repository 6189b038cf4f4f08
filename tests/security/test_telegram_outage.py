"""Telegram failing under the running bot: one line when getUpdates starts failing, one when it answers again."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.e2e.harness import BotProcess, ChatRef, Person, command_update, wait_for, write_config
from tests.support.bot_api_double import BotApiDouble

FAILURES = 2  # PTB waits 1 then 1.5 s between them


def test_polling_outage_logs_once_and_recovery_once(tmp_path: Path) -> None:
    """Two 502s from getUpdates in a row: one "failing" line, one "recovered" line, no traceback."""
    with BotApiDouble() as api:
        for _ in range(FAILURES):
            api.fail_next("getUpdates", 502, "Bad Gateway")
        bot = BotProcess(api, tmp_path, write_config(tmp_path / "bot.toml", {})).start()
        # an update waiting makes the first successful long poll return at once
        api.push_update(command_update(ChatRef(id=501), Person(id=501), "/help"))
        try:
            wait_for(lambda: "Telegram recovered" in bot.log(), timeout=30, what="the recovery line")
        finally:
            assert bot.stop(signal.SIGTERM) == 0
    log = bot.log()
    assert log.count("Telegram is failing") == 1, log
    assert log.count("Telegram recovered") == 1, log
    assert "Traceback" not in log
    assert api.token not in log
