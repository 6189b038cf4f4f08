"""Starting and stopping `displacement-bot run`: clear refusals, clean exits on signals."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from tests.e2e.harness import BotProcess, console_script, wait_for, write_config
from tests.support.bot_api_double import BotApiDouble


def run_once(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `displacement-bot run` expecting it to refuse at once."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "BOT_"))}
    return subprocess.run(
        [*console_script(), "run"], env={**clean, **env}, cwd=cwd, capture_output=True, text=True, timeout=30
    )


def test_missing_token_is_refused_in_one_line(tmp_path: Path) -> None:
    """Without TELEGRAM_BOT_TOKEN the bot does not start and says so in one line on stderr."""
    config = write_config(tmp_path / "bot.toml", {})
    result = run_once({"BOT_CONFIG": str(config), "DATABASE_URL": f"sqlite:///{tmp_path / 'b.db'}"}, tmp_path)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        pytest.param('[alerts]\nmax_age_days = "soon"\n', "alerts.max_age_days", id="wrong-type"),
        pytest.param("[alerts]\ncolour = 3\n", "colour", id="unknown-key"),
        pytest.param('[[sources]]\nname = "x"\ntype = "rss"\nurl = "ftp://x"\n', "url", id="bad-url"),
    ],
)
def test_invalid_config_is_refused_naming_the_key(tmp_path: Path, extra: str, key: str) -> None:
    """A bad configuration value stops the start with one line naming the key, and never prints the token."""
    config = write_config(tmp_path / "bot.toml", {}, extra=extra)
    token = "987654:SECRET-TOKEN-VALUE"
    result = run_once({"BOT_CONFIG": str(config), "TELEGRAM_BOT_TOKEN": token}, tmp_path)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1, result.stderr
    assert key in result.stderr
    assert token not in result.stderr + result.stdout


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_stop_signals_exit_zero(tmp_path: Path, sig: int) -> None:
    """SIGTERM and SIGINT stop the polling bot cleanly with exit code 0 and a closing log line."""
    with BotApiDouble() as api:
        bot = BotProcess(api, tmp_path, write_config(tmp_path / "bot.toml", {})).start()
        assert bot.stop(sig) == 0, bot.log()
        assert "bot stopped" in bot.log()
        assert api.token not in bot.log()


def test_stop_signal_while_still_connecting_exits_zero_and_closes(tmp_path: Path) -> None:
    """SIGTERM landing during start-up's own Telegram calls (a slow API) still ends cleanly: exit 0, all closed."""
    with BotApiDouble(latency=0.4) as api:
        bot = BotProcess(api, tmp_path, write_config(tmp_path / "bot.toml", {})).start()
        assert not api.requests("getUpdates"), "polling started already: the API double was not slow enough"
        assert bot.stop(signal.SIGTERM) == 0, bot.log()
        assert "bot stopped" in bot.log()


def test_running_bot_touches_its_heartbeat_file(tmp_path: Path) -> None:
    """With BOT_HEARTBEAT_FILE set, the running bot creates that file, which the container health check reads."""
    heartbeat = tmp_path / "state" / "heartbeat"
    with BotApiDouble() as api:
        bot = BotProcess(api, tmp_path, write_config(tmp_path / "bot.toml", {}))
        bot.env["BOT_HEARTBEAT_FILE"] = str(heartbeat)
        bot.start()
        try:
            wait_for(heartbeat.exists, timeout=10, what="the heartbeat file")
        finally:
            assert bot.stop() == 0, bot.log()
