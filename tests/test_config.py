"""Settings: the example file loads, bad values and unknown keys fail with one line naming the key."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import ConfigError, ReliefWebSourceConfig, load_settings

EXAMPLE = Path(__file__).resolve().parents[1] / "config" / "bot.example.toml"
RSS = '[[sources]]\nname = "feed"\ntype = "rss"\nurl = "https://example.org/feed"\n'


def test_example_configuration_is_valid() -> None:
    """The shipped example loads as it is, with every source type present."""
    settings = load_settings({}, EXAMPLE)
    assert {source.type for source in settings.sources} == {"rss", "reliefweb", "directory"}
    assert all(source.type != "reliefweb" for source in settings.enabled_sources)


def test_environment_supplies_secrets_and_urls(tmp_path: Path) -> None:
    """Token, base URL, database and appname come from the environment; BOT_CONFIG finds the file."""
    path = tmp_path / "custom.toml"
    path.write_text(RSS, encoding="utf-8")
    env = {
        "BOT_CONFIG": str(path),
        "TELEGRAM_BOT_TOKEN": "123:secret-token",
        "TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot",
        "DATABASE_URL": "postgresql://u@h/db",
        "RELIEFWEB_APPNAME": "app",
    }
    settings = load_settings(env)
    assert settings.config_path == path
    assert settings.require_token() == "123:secret-token"
    assert (settings.telegram_base_url, settings.database_url) == ("http://127.0.0.1:8081/bot", "postgresql://u@h/db")
    assert "secret-token" not in repr(settings)
    assert "secret-token" not in str(settings)


def test_defaults_apply_without_environment(tmp_path: Path) -> None:
    """No DATABASE_URL means a SQLite file under ./data; no token is only an error when asked for."""
    settings = load_settings({}, _write(tmp_path, RSS))
    assert settings.database_url.startswith("sqlite:///data/")
    assert settings.sources[0].poll_seconds == 900
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        settings.require_token()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bot.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(RSS + RSS.replace("feed", "other").replace("rss", "rss") + "poll_seconds = 10\n",
                     "sources[1].poll_seconds: must be >= 60", id="poll-too-fast"),
        pytest.param(RSS + "colour = 'red'\n", "sources[0].colour: unknown key", id="unknown-source-key"),
        pytest.param("[thresholds]\nkiled = 3\n", "thresholds.kiled: unknown key", id="misspelt-threshold"),
        pytest.param("[thresholds]\nkilled = -1\n", "thresholds.killed: must be >= 0", id="negative-threshold"),
        pytest.param('[digest]\ntimezone = "Mars/Olympus"\n', "digest.timezone: 'Mars/Olympus' is not an IANA",
                     id="bad-zone"),
        pytest.param('[digest]\ntime = "25:00"\n', "digest.time: '25:00' is not a time", id="bad-time"),
        pytest.param('[[sources]]\nname = "x"\ntype = "ftp"\n', "sources[0].type: must be one of", id="bad-type"),
        pytest.param('[[sources]]\nname = "x"\ntype = "rss"\n', "sources[0].url: required key is missing",
                     id="missing-url"),
        pytest.param('[[sources]]\nname = "x"\ntype = "rss"\nurl = "ftp://x"\n', "sources[0].url:", id="bad-url"),
        pytest.param(RSS + RSS, "sources[1].name: 'feed' is used by another source", id="duplicate-name"),
        pytest.param('[[sources]]\nname = "r"\ntype = "reliefweb"\ncountries = ["Sudan"]\n',
                     "sources[0].countries: Value error, 'SUDAN' is not an ISO3", id="bad-iso3"),
        pytest.param("[alerts]\nupdate_ratio = 0\n", "alerts.update_ratio: must be > 0", id="zero-ratio"),
        pytest.param("mystery = 1\n", "mystery: unknown key", id="unknown-top-level"),
        pytest.param("[digest\n", "invalid TOML", id="broken-toml"),
    ],
)  # fmt: skip
def test_bad_configuration_fails_with_one_line_naming_the_key(tmp_path: Path, text: str, message: str) -> None:
    """The error is a single line that starts with the file and names the key."""
    with pytest.raises(ConfigError) as caught:
        load_settings({"RELIEFWEB_APPNAME": "app"}, _write(tmp_path, text))
    line = str(caught.value)
    assert "\n" not in line
    assert line.startswith(f"{tmp_path / 'bot.toml'}: ")
    assert message.replace("Value error, ", "") in line


def test_reliefweb_without_appname_refuses_to_start(tmp_path: Path) -> None:
    """An enabled ReliefWeb source needs RELIEFWEB_APPNAME."""
    text = '[[sources]]\nname = "rw"\ntype = "reliefweb"\ncountries = ["SDN"]\n'
    with pytest.raises(ConfigError, match=r"sources\[0\] \(rw\): .*RELIEFWEB_APPNAME"):
        load_settings({}, _write(tmp_path, text))
    settings = load_settings({"RELIEFWEB_APPNAME": "app"}, _write(tmp_path, text))
    assert isinstance(settings.sources[0], ReliefWebSourceConfig)
    assert settings.sources[0].countries == ("SDN",)


def test_reliefweb_call_budget_is_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Polling every minute with three pages could pass 1000 calls a day, so a warning says so."""
    text = '[[sources]]\nname = "rw"\ntype = "reliefweb"\ncountries = ["SDN"]\npoll_seconds = 60\n'
    with caplog.at_level(logging.WARNING, logger="bot.config"):
        load_settings({"RELIEFWEB_APPNAME": "app"}, _write(tmp_path, text))
    assert "4320 times a day" in caplog.text


def test_missing_file_says_how_to_fix_it(tmp_path: Path) -> None:
    """No configuration file points at the example."""
    with pytest.raises(ConfigError, match=r"file not found .*bot\.example\.toml"):
        load_settings({}, tmp_path / "absent.toml")


def test_settings_are_frozen(tmp_path: Path) -> None:
    """Settings cannot be changed once loaded."""
    settings = load_settings({}, _write(tmp_path, RSS))
    with pytest.raises(Exception, match="frozen"):
        settings.database_url = "sqlite:///other.db"  # type: ignore[misc]


def test_heartbeat_file_comes_from_the_environment(tmp_path: Path) -> None:
    """BOT_HEARTBEAT_FILE names the file the scheduler touches; unset, there is none."""
    config = tmp_path / "bot.toml"
    config.write_text("", encoding="utf-8")
    assert load_settings(env={}, path=config).heartbeat_file is None
    assert load_settings(env={"BOT_HEARTBEAT_FILE": "/data/heartbeat"}, path=config).heartbeat_file == Path(
        "/data/heartbeat"
    )
