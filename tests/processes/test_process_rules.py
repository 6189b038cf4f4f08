"""What a single `displacement-bot run` promises about other processes, stops and a revoked token."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from tests.e2e.harness import BotProcess, ChatRef, Person, command_update, wait_for, write_config
from tests.e2e.test_lifecycle import run_once
from tests.support.bot_api_double import BotApiDouble


def test_a_second_process_on_the_same_sqlite_file_refuses_in_one_line(tmp_path: Path) -> None:
    """While one bot runs on a SQLite file, a second one on that file exits 2 with one line naming the file."""
    config = write_config(tmp_path / "bot.toml", {})
    with BotApiDouble() as api:
        first = BotProcess(api, tmp_path, config).start()
        try:
            second = run_once(
                {**{k: v for k, v in first.env.items() if k.startswith(("TELEGRAM_", "DATABASE_", "BOT_"))}}, tmp_path
            )
            assert second.returncode == 2
            assert second.stderr.count("\n") == 1, second.stderr
            assert "already running" in second.stderr
            assert "bot.db" in second.stderr
            assert api.token not in second.stderr
        finally:
            assert first.stop() == 0, first.log()


def test_a_token_revoked_while_polling_exits_non_zero(tmp_path: Path) -> None:
    """Telegram answering 401 to getUpdates ends the process with exit 1, so its supervisor restarts it."""
    with BotApiDouble() as api:
        bot = BotProcess(api, tmp_path, write_config(tmp_path / "bot.toml", {})).start()
        wait_for(lambda: api.requests("getUpdates"), timeout=10, what="polling to start")
        api.fail_next("getUpdates", 401, "Unauthorized")
        api.push_update(command_update(ChatRef(5), Person(5), "/help"))  # ends the waiting long poll
        assert bot.process is not None
        assert bot.process.wait(timeout=20) == 1, bot.log()
        assert "polling Telegram ended" in bot.log()


def test_sigterm_mid_fan_out_exits_within_five_seconds_losing_nothing(tmp_path: Path) -> None:
    """SIGTERM while hundreds of alerts drain: exit 0 within 5 s; a restart sends the rest, none twice."""
    from bot.storage.engine import create_engine, migrate
    from tests.delivery.outbox_fixtures import add_chats, queue_alerts

    engine = create_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    migrate(engine)
    chat_ids = list(range(1, 201))
    add_chats(engine, chat_ids)
    queue_alerts(engine, chat_ids, per_chat=1)
    engine.dispose()
    config = write_config(tmp_path / "bot.toml", {})
    with BotApiDouble() as api:
        bot = BotProcess(api, tmp_path, config).start()
        wait_for(lambda: len(api.messages) >= 40, timeout=20, what="the fan-out to start")
        started = time.monotonic()
        assert bot.stop(signal.SIGTERM, timeout=10) == 0, bot.log()
        took = time.monotonic() - started
        assert took < 5.0, took
        sent_before = len(api.messages)
        assert sent_before < len(chat_ids), "the fan-out ended before the signal: nothing was tested"
        restarted = BotProcess(api, tmp_path, config).start()
        try:
            wait_for(lambda: len(api.messages) >= len(chat_ids), timeout=30, what="the rest after restart")
            time.sleep(1.0)
        finally:
            assert restarted.stop() == 0, restarted.log()
        texts = [m.text for m in api.messages if m.text.startswith("alert #")]
        assert sorted(texts) == sorted(f"alert #{n}" for n in range(len(chat_ids)))
