"""The configuration loader: every bad value is one line naming the key, with a message about its real problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

RSS = '[[sources]]\nname = "feed"\ntype = "rss"\nurl = "https://example.org/feed"\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(RSS + "poll_seconds = true\n", "sources[0].poll_seconds: must be a whole number, not true",
                     id="poll-bool"),
        pytest.param(RSS + 'poll_seconds = "900"\n', 'sources[0].poll_seconds: must be a whole number, not "900"',
                     id="poll-string"),
        pytest.param(RSS + "poll_seconds = 90.5\n", "sources[0].poll_seconds: must be a whole number, not 90.5",
                     id="poll-float"),
        pytest.param(RSS + "poll_seconds = 59\n", "sources[0].poll_seconds: must be >= 60", id="poll-small"),
        pytest.param("[alerts]\nupdate_ratio = nan\n", "alerts.update_ratio: must be a finite number, not nan",
                     id="ratio-nan"),
        pytest.param("[alerts]\nupdate_ratio = inf\n", "alerts.update_ratio: must be a finite number", id="ratio-inf"),
        pytest.param("[alerts]\nupdate_ratio = -0.5\n", "alerts.update_ratio: must be > 0", id="ratio-negative"),
        pytest.param("[alerts]\nupdate_ratio = true\n", "alerts.update_ratio: must be a number, not true",
                     id="ratio-bool"),
        pytest.param("[alerts]\nmax_age_days = 0\n", "alerts.max_age_days: must be >= 1", id="age-zero"),
        pytest.param(RSS + 'enabled = "yes"\n', 'sources[0].enabled: must be true or false, not "yes"',
                     id="enabled-string"),
        pytest.param(RSS + "max_bytes = 10\n", "sources[0].max_bytes: must be >= 1024", id="max-bytes"),
        pytest.param('[[sources]]\nname = ""\ntype = "rss"\nurl = "https://e.org/f"\n',
                     "sources[0].name: must not be empty", id="empty-name"),
        pytest.param('[[sources]]\nname = 5\ntype = "rss"\nurl = "https://e.org/f"\n',
                     "sources[0].name: must be text in quotes, not 5", id="name-number"),
        pytest.param('[[sources]]\nname = "x"\ntype = "rss"\nurl = "file:///etc/passwd"\n',
                     'sources[0].url: must be an http:// or https:// URL, not "file:///etc/passwd"', id="url-file"),
        pytest.param('[[sources]]\nname = "x"\ntype = "rss"\nurl = "javascript:alert(1)"\n',
                     "sources[0].url: must be an http", id="url-javascript"),
        pytest.param('[[sources]]\nname = "x"\n', "sources[0].type: required", id="type-missing"),
        pytest.param('[[sources]]\nname = "r"\ntype = "reliefweb"\ncountries = "SDN"\n',
                     "sources[0].countries: must be a list", id="countries-string"),
        pytest.param('[[sources]]\nname = "r"\ntype = "reliefweb"\ncountries = []\n',
                     "sources[0].countries: must list at least one value", id="countries-empty"),
        pytest.param('[[sources]]\nname = "d"\ntype = "directory"\npath = 3\n', "sources[0].path:", id="path-number"),
        pytest.param("thresholds = 5\n", "thresholds: must be a table, not 5", id="thresholds-not-table"),
        pytest.param("[thresholds]\ndisplaced = 1e3\n", "thresholds.displaced: must be a whole number, not 1000.0",
                     id="threshold-float"),
        pytest.param('[digest]\ntime = 800\n', "digest.time: must be text in quotes, not 800", id="time-number"),
        pytest.param("[fetch]\nallow_hosts = ['http://intranet/']\n",
                     "fetch.allow_hosts: [0] 'http://intranet/' is neither", id="allow-url"),
        pytest.param("[fetch]\nallow_hosts = 'intranet'\n", "fetch.allow_hosts: must be a list", id="allow-string"),
        pytest.param("[fetch]\nallow = ['x']\n", "fetch.allow: unknown key", id="fetch-unknown"),
        pytest.param("sources = 1\n", "sources: must be a list", id="sources-not-list"),
    ],
)  # fmt: skip
def test_bad_value_is_one_line_with_its_key(tmp_path: Path, text: str, message: str) -> None:
    """The error is one line that starts with the file and carries the expected key and message."""
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings({}, path)
    line = str(caught.value)
    assert "\n" not in line
    assert line.startswith(f"{path}: ")
    assert message in line, line


def test_file_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    """A configuration saved in another encoding is named, not a UnicodeDecodeError traceback."""
    path = tmp_path / "bot.toml"
    path.write_bytes('name = "Déplacés"\n'.encode("latin-1"))
    with pytest.raises(ConfigError, match="cannot be read"):
        load_settings({}, path)


def test_allowlist_entries_are_kept_lower_cased(tmp_path: Path) -> None:
    """Host names, wildcards, addresses and networks are accepted."""
    path = tmp_path / "bot.toml"
    path.write_text("[fetch]\nallow_hosts = ['Intranet.Example.org', '*.corp.example', '10.0.0.0/8', '::1']\n")
    settings = load_settings({}, path)
    assert settings.fetch.allow_hosts == ("intranet.example.org", "*.corp.example", "10.0.0.0/8", "::1")


@pytest.mark.parametrize(
    ("env", "key"),
    [
        ({"DATABASE_URL": "sqlite://"}, "DATABASE_URL"),
        ({"DATABASE_URL": "mysql://u@h/db"}, "DATABASE_URL"),
        ({"DATABASE_URL": "sqlite:////nonexistent/dir/bot.db"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://u:pw@h:abc/db"}, "DATABASE_URL"),
        ({"TELEGRAM_BASE_URL": "127.0.0.1:8081/bot"}, "TELEGRAM_BASE_URL"),
        ({"TELEGRAM_BASE_URL": "http://[::1/bot"}, "TELEGRAM_BASE_URL"),
        ({"BOT_HEARTBEAT_FILE": "/nonexistent/deeper/heartbeat"}, "BOT_HEARTBEAT_FILE"),
        ({"BOT_HEARTBEAT_FILE": "/tmp"}, "BOT_HEARTBEAT_FILE"),
    ],
)
def test_bad_environment_is_named(tmp_path: Path, env: dict[str, str], key: str) -> None:
    """Environment values are checked when the settings are loaded (password never shown)."""
    path = tmp_path / "bot.toml"
    path.write_text(RSS, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(env, path)
    assert str(caught.value).startswith(f"{key}: ")
    assert "pw@" not in str(caught.value)
    assert not Path("/nonexistent").exists()


@pytest.mark.parametrize("token", ["not a token", "123456", ":abc", "123:abc def", "123:abc/def"])
def test_malformed_token_is_refused(tmp_path: Path, token: str) -> None:
    """A token that cannot be a bot token is refused before any network call, without echoing it."""
    path = tmp_path / "bot.toml"
    path.write_text(RSS, encoding="utf-8")
    settings = load_settings({"TELEGRAM_BOT_TOKEN": token}, path)
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN") as caught:
        settings.require_token()
    assert token.strip() not in str(caught.value)
