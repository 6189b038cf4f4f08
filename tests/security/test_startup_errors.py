"""`displacement-bot run` refusing to start: one line on stderr naming the setting, exit code 2, no traceback.

Each case runs the real console script in a subprocess against loopback only (the Bot API double, a closed port).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import console_script
from tests.support.bot_api_double import BotApiDouble

CLOSED_PORT_URL = "http://127.0.0.1:9/bot"  # the discard port: nothing listens on loopback
RSS = '[[sources]]\nname = "feed"\ntype = "rss"\nurl = "http://127.0.0.1:9/feed"\n'


@pytest.fixture(scope="module")
def api() -> Iterator[BotApiDouble]:
    """A Bot API double that knows one token."""
    with BotApiDouble() as double:
        yield double


def _run(tmp_path: Path, api: BotApiDouble, toml: str = RSS, **env: str) -> tuple[int, list[str], float]:
    config = tmp_path / "bot.toml"
    config.write_text(toml, encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "BOT_", "RELIEFWEB"))}
    base |= {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_BASE_URL": api.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "BOT_CONFIG": str(config),
    }
    for key, value in env.items():
        if value == "<unset>":
            base.pop(key, None)
        else:
            base[key] = value
    started = time.monotonic()
    done = subprocess.run(
        [*console_script(), "run"], env=base, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.stdout == ""
    return done.returncode, lines, time.monotonic() - started


def _assert_one_line(code: int, lines: list[str], *needles: str) -> None:
    assert code == 2, lines
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    for needle in needles:
        assert needle in lines[0], lines


@pytest.mark.parametrize(
    ("env", "needles"),
    [
        pytest.param({"DATABASE_URL": "sqlite://"}, ("DATABASE_URL", "names no file"), id="sqlite-no-file"),
        pytest.param({"DATABASE_URL": "sqlite:///:memory:"}, ("DATABASE_URL",), id="sqlite-memory"),
        pytest.param({"DATABASE_URL": "mysql://u@127.0.0.1/db"}, ("DATABASE_URL", "mysql"), id="mysql"),
        pytest.param({"DATABASE_URL": "postgresql://u@h:port/db"}, ("DATABASE_URL",), id="pg-bad-port"),
        pytest.param({"DATABASE_URL": "postgresql://u@h:70000/db"}, ("DATABASE_URL", "70000"), id="pg-port-range"),
        pytest.param({"DATABASE_URL": "postgresql+asyncpg://u@h/db"}, ("DATABASE_URL", "asyncpg"), id="pg-driver"),
        pytest.param({"DATABASE_URL": "definitely not a url"}, ("DATABASE_URL",), id="db-garbage"),
        pytest.param({"TELEGRAM_BOT_TOKEN": "<unset>"}, ("TELEGRAM_BOT_TOKEN", "missing"), id="no-token"),
        pytest.param({"TELEGRAM_BOT_TOKEN": "not a token"}, ("TELEGRAM_BOT_TOKEN",), id="malformed-token"),
        pytest.param({"TELEGRAM_BASE_URL": "ftp://127.0.0.1/bot"}, ("TELEGRAM_BASE_URL",), id="base-url-scheme"),
        pytest.param({"BOT_CONFIG": "/nonexistent/bot.toml"}, ("/nonexistent/bot.toml", "not found"), id="no-config"),
        pytest.param({"DISPLACEMENT_BOT_POLL_SECONDS": "soon"}, ("DISPLACEMENT_BOT_POLL_SECONDS",), id="poll-env"),
    ],
)
def test_bad_environment_is_one_line(
    tmp_path: Path, api: BotApiDouble, env: dict[str, str], needles: tuple[str, ...]
) -> None:
    """Each bad environment value stops `run` at once with one line naming it."""
    code, lines, _ = _run(tmp_path, api, **env)
    _assert_one_line(code, lines, *needles)


def test_sqlite_under_missing_root_folder_creates_nothing(tmp_path: Path, api: BotApiDouble) -> None:
    """A database path under folders that do not exist is refused; no folder appears at the root."""
    missing_root = Path("/nonexistent-displacement-bot-test")
    code, lines, _ = _run(tmp_path, api, DATABASE_URL=f"sqlite:///{missing_root}/dir/bot.db")
    _assert_one_line(code, lines, "DATABASE_URL", "does not exist")
    assert not missing_root.exists()


def test_unreachable_postgresql_is_retried_then_one_line(tmp_path: Path, api: BotApiDouble) -> None:
    """Nothing listens on the port: retried with backoff, then one line naming DATABASE_URL (password hidden)."""
    code, lines, seconds = _run(tmp_path, api, DATABASE_URL="postgresql://bot:hunter2@127.0.0.1:9/bot")
    _assert_one_line(code, lines, "DATABASE_URL", "tried 4 times", "***")
    assert "hunter2" not in lines[0]
    assert seconds >= 3.0  # 0.5 + 1 + 2 seconds of backoff


def test_wrong_token_is_refused_by_the_api(tmp_path: Path, api: BotApiDouble) -> None:
    """A well-formed token the API does not know: one line naming TELEGRAM_BOT_TOKEN, the token not shown."""
    wrong = "987654321:AAWrongTokenForTestsOnly"
    code, lines, _ = _run(tmp_path, api, TELEGRAM_BOT_TOKEN=wrong)
    _assert_one_line(code, lines, "TELEGRAM_BOT_TOKEN", "refused")
    assert "987654321" not in lines[0]
    assert "wrongtoken" not in lines[0].lower()


def test_unreachable_telegram_is_retried_then_names_the_base_url(tmp_path: Path, api: BotApiDouble) -> None:
    """A closed port as TELEGRAM_BASE_URL: retried with backoff, then one line naming TELEGRAM_BASE_URL."""
    code, lines, seconds = _run(tmp_path, api, TELEGRAM_BASE_URL=CLOSED_PORT_URL)
    _assert_one_line(code, lines, "TELEGRAM_BASE_URL", "tried 4 times")
    assert api.token not in lines[0]
    assert seconds >= 3.0


def test_base_url_that_is_not_the_bot_api(tmp_path: Path, api: BotApiDouble) -> None:
    """A web server that answers but not as the Bot API (here: the double's wrong path) is named."""
    code, lines, _ = _run(tmp_path, api, TELEGRAM_BASE_URL=api.base_url.removesuffix("/bot") + "/elsewhere/")
    _assert_one_line(code, lines, "TELEGRAM_")


@pytest.mark.parametrize(
    ("toml", "needles"),
    [
        pytest.param(RSS + "poll_seconds = true\n", ("sources[0].poll_seconds", "whole number", "true"), id="bool"),
        pytest.param("[alerts]\nupdate_ratio = nan\n", ("alerts.update_ratio", "finite"), id="nan"),
        pytest.param("[fetch]\nallow_hosts = ['http://x/']\n", ("fetch.allow_hosts",), id="allow-hosts"),
    ],
)
def test_bad_toml_is_one_line_at_start(tmp_path: Path, api: BotApiDouble, toml: str, needles: tuple[str, ...]) -> None:
    """Configuration errors read through the real start-up path are one line too."""
    code, lines, _ = _run(tmp_path, api, toml)
    _assert_one_line(code, lines, *needles)
