"""Settings from the environment and the TOML configuration, validated once and frozen.

Secrets (the bot token) come only from the environment; everything else from the TOML. Every problem is
reported as one line naming the file and the key, e.g. ``config/bot.toml: sources[2].poll_seconds: must be >= 60``.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import tomllib
import zoneinfo
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from bot.redaction import register_secret

log = logging.getLogger(__name__)

DEFAULT_CONFIG_PATH = Path("config/bot.toml")
DEFAULT_DATABASE_URL = "sqlite:///data/bot.db"
DEFAULT_RELIEFWEB_URL = "https://api.reliefweb.int/v2"
MIN_POLL_SECONDS = 60
RELIEFWEB_CALLS_PER_DAY = 1000
_ISO3 = re.compile(r"^[A-Z]{3}$")
_SOURCE_TYPES = ("rss", "reliefweb", "directory")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_LABEL = r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*$")


class ConfigError(Exception):
    """The configuration cannot be used; ``str()`` is one line naming the offending key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _SourceBase(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=64)]
    poll_seconds: Annotated[int, Field(ge=MIN_POLL_SECONDS, le=7 * 86400)] = 900
    max_bytes: Annotated[int, Field(ge=1024, le=100_000_000)] = 5_000_000
    enabled: bool = True


class RssSourceConfig(_SourceBase):
    """An RSS or Atom feed."""

    type: Literal["rss"]
    url: Annotated[str, Field(pattern=r"^https?://")]


class ReliefWebSourceConfig(_SourceBase):
    """Reports from the ReliefWeb API about some countries."""

    type: Literal["reliefweb"]
    countries: Annotated[tuple[str, ...], Field(min_length=1)]
    url: Annotated[str, Field(pattern=r"^https?://")] = DEFAULT_RELIEFWEB_URL
    page_size: Annotated[int, Field(ge=1, le=1000)] = 100
    max_pages: Annotated[int, Field(ge=1, le=50)] = 3

    @field_validator("countries")
    @classmethod
    def _iso3(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        codes = tuple(code.strip().upper() for code in value)
        for code in codes:
            if not _ISO3.match(code):
                raise ValueError(f"{code!r} is not an ISO3 country code")
        return codes


class DirectorySourceConfig(_SourceBase):
    """Report files dropped into a folder."""

    type: Literal["directory"]
    path: Path


SourceConfig = Annotated[RssSourceConfig | ReliefWebSourceConfig | DirectorySourceConfig, Field(discriminator="type")]


class Thresholds(_Strict):
    """Default per-kind minimums that new subscriptions start with."""

    killed: Annotated[int, Field(ge=0)] = 1
    injured: Annotated[int, Field(ge=0)] = 10
    missing: Annotated[int, Field(ge=0)] = 5
    displaced: Annotated[int, Field(ge=0)] = 1000


class DigestConfig(_Strict):
    """When new chats get their daily digest."""

    time: str = "08:00"
    timezone: str = "UTC"

    @field_validator("time")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        if not _HHMM.match(value):
            raise ValueError(f"{value!r} is not a time written HH:MM")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA time zone") from None
        return value


class AlertsConfig(_Strict):
    """What may alert at all."""

    max_age_days: Annotated[int, Field(ge=1, le=3650)] = 14
    update_ratio: Annotated[float, Field(gt=0, le=100)] = 0.25


class FetchConfig(_Strict):
    """Exceptions to the outbound fetch policy (pages come only from the feed's own host or a public one)."""

    allow_hosts: tuple[str, ...] = ()

    @field_validator("allow_hosts")
    @classmethod
    def _hosts(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for index, entry in enumerate(value):
            if not _allow_host_entry(entry):
                raise ValueError(
                    f"[{index}] {entry!r} is neither a host name, *.domain, an IP address nor a network like 10.0.0.0/8"
                )
        return tuple(entry.strip().lower() for entry in value)


def _allow_host_entry(entry: str) -> bool:
    text = entry.strip().lower().rstrip(".")
    try:
        ipaddress.ip_network(text.strip("[]"), strict=False)
        return True
    except ValueError:
        pass
    name = text[2:] if text.startswith("*.") else text
    return bool(_HOSTNAME.match(name)) and not name.replace(".", "").isdigit()


class FileConfig(_Strict):
    """The TOML file's shape."""

    sources: tuple[SourceConfig, ...] = ()
    thresholds: Thresholds = Thresholds()
    digest: DigestConfig = DigestConfig()
    alerts: AlertsConfig = AlertsConfig()
    fetch: FetchConfig = FetchConfig()

    @model_validator(mode="after")
    def _unique_names(self) -> FileConfig:
        seen: set[str] = set()
        for index, source in enumerate(self.sources):
            if source.name in seen:
                raise ValueError(f"sources[{index}].name: {source.name!r} is used by another source")
            seen.add(source.name)
        return self


class Settings(_Strict):
    """Everything the bot is configured with (frozen)."""

    config_path: Path
    telegram_token: SecretStr | None = None
    telegram_base_url: str | None = None
    database_url: str = DEFAULT_DATABASE_URL
    reliefweb_appname: str | None = None
    heartbeat_file: Path | None = None
    sources: tuple[SourceConfig, ...] = ()
    thresholds: Thresholds = Thresholds()
    digest: DigestConfig = DigestConfig()
    alerts: AlertsConfig = AlertsConfig()
    fetch: FetchConfig = FetchConfig()

    def require_token(self) -> str:
        """The bot token, or a ConfigError saying it is missing."""
        if self.telegram_token is None or not self.telegram_token.get_secret_value().strip():
            raise ConfigError("TELEGRAM_BOT_TOKEN: missing; set it in the environment")
        token = self.telegram_token.get_secret_value().strip()
        register_secret(token)  # from here on no log line, stored error or reply can carry it
        return token

    @property
    def enabled_sources(self) -> tuple[RssSourceConfig | ReliefWebSourceConfig | DirectorySourceConfig, ...]:
        """The sources to poll."""
        return tuple(source for source in self.sources if source.enabled)


def load_settings(env: Mapping[str, str] | None = None, path: Path | None = None) -> Settings:
    """Read and validate the environment and the TOML file; raise ConfigError with one clear line."""
    env = os.environ if env is None else env
    config_path = path or Path(env.get("BOT_CONFIG") or DEFAULT_CONFIG_PATH)
    file_config = _read_file(config_path)
    settings = Settings(
        config_path=config_path,
        telegram_token=SecretStr(env["TELEGRAM_BOT_TOKEN"]) if env.get("TELEGRAM_BOT_TOKEN") else None,
        telegram_base_url=env.get("TELEGRAM_BASE_URL") or None,
        database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        reliefweb_appname=(env.get("RELIEFWEB_APPNAME") or "").strip() or None,
        heartbeat_file=Path(env["BOT_HEARTBEAT_FILE"]) if env.get("BOT_HEARTBEAT_FILE") else None,
        sources=file_config.sources,
        thresholds=file_config.thresholds,
        digest=file_config.digest,
        alerts=file_config.alerts,
        fetch=file_config.fetch,
    )
    _check_reliefweb(settings)
    return settings


def reliefweb_calls_per_day(sources: tuple[SourceConfig, ...]) -> int:
    """The most ReliefWeb API calls a day these sources can make (every page of every poll)."""
    total = 0
    for source in sources:
        if isinstance(source, ReliefWebSourceConfig) and source.enabled:
            total += -(-86400 // source.poll_seconds) * source.max_pages
    return total


def _check_reliefweb(settings: Settings) -> None:
    for index, source in enumerate(settings.sources):
        if isinstance(source, ReliefWebSourceConfig) and source.enabled and settings.reliefweb_appname is None:
            raise ConfigError(
                f"{settings.config_path}: sources[{index}] ({source.name}): ReliefWeb needs an approved appname;"
                " set RELIEFWEB_APPNAME in the environment or disable the source"
            )
    calls = reliefweb_calls_per_day(settings.sources)
    if calls > RELIEFWEB_CALLS_PER_DAY:
        log.warning(
            "ReliefWeb sources may call the API %d times a day (limit %d); raise poll_seconds or lower max_pages",
            calls,
            RELIEFWEB_CALLS_PER_DAY,
        )


def _read_file(path: Path) -> FileConfig:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found (set BOT_CONFIG, or copy config/bot.example.toml)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    try:
        return FileConfig.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {_describe(exc)}") from None


def _describe(exc: ValidationError) -> str:
    errors = exc.errors()
    first = errors[0]
    where = _location(first["loc"])
    if first["type"].startswith("union_tag"):
        where += ".type"
    line = f"{where}: {_message(first)}" if where else _message(first)
    if len(errors) > 1:
        line += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return line


def _location(loc: tuple[int | str, ...]) -> str:
    # the discriminated union puts the source type into the path (sources, 2, "rss", "url"); users never wrote it
    items = [item for i, item in enumerate(loc) if not (i == 2 and loc[0] == "sources" and item in _SOURCE_TYPES)]
    text = ""
    for item in items:
        text += f"[{item}]" if isinstance(item, int) else (f".{item}" if text else str(item))
    return text


def _message(error: Any) -> str:
    ctx = error.get("ctx") or {}
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind == "greater_than_equal":
        return f"must be >= {ctx['ge']}"
    if kind == "less_than_equal":
        return f"must be <= {ctx['le']}"
    if kind == "greater_than":
        return f"must be > {ctx['gt']}"
    if kind == "union_tag_invalid":
        return f"must be one of {ctx.get('expected_tags', 'rss, reliefweb, directory')}"
    if kind == "union_tag_not_found":
        return "required (rss, reliefweb or directory)"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return str(error["msg"]).lower()
