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
from urllib.parse import urlsplit

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
_TOKEN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,200}$")
_LABEL = r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(\.{_LABEL})*$")


class ConfigError(Exception):
    """The configuration cannot be used; ``str()`` is one line naming the offending key."""


class _Strict(BaseModel):
    # strict: `poll_seconds = true` or `"900"` is a type error, not 1 or 900; lists and paths are let through below
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


# TOML arrays arrive as lists and paths as strings: these fields alone convert, their items stay strict
_AS_TUPLE = Field(strict=False)


class _SourceBase(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=64)]
    poll_seconds: Annotated[int, Field(ge=MIN_POLL_SECONDS, le=7 * 86400)] = 900
    max_bytes: Annotated[int, Field(ge=1024, le=100_000_000)] = 5_000_000
    enabled: bool = True
    # the language of every report of the source; None: each report's language is detected
    lang: Literal["en", "fr", "ar"] | None = None


class RssSourceConfig(_SourceBase):
    """An RSS or Atom feed."""

    type: Literal["rss"]
    url: Annotated[str, Field(pattern=r"^https?://")]


class ReliefWebSourceConfig(_SourceBase):
    """Reports from the ReliefWeb API about some countries."""

    type: Literal["reliefweb"]
    countries: Annotated[tuple[str, ...], Field(min_length=1, strict=False)]
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
    path: Annotated[Path, Field(strict=False)]


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
    update_ratio: Annotated[float, Field(gt=0, le=100, allow_inf_nan=False)] = 0.25


class FetchConfig(_Strict):
    """Exceptions to the outbound fetch policy (pages come only from the feed's own host or a public one)."""

    allow_hosts: Annotated[tuple[str, ...], _AS_TUPLE] = ()

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

    sources: Annotated[tuple[SourceConfig, ...], _AS_TUPLE] = ()
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
        if not _TOKEN.match(token):
            raise ConfigError("TELEGRAM_BOT_TOKEN: not a bot token (BotFather gives digits, a colon, then letters)")
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
    database_url = env.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    check_database_url(database_url)
    if env.get("TELEGRAM_BASE_URL"):
        check_base_url(env["TELEGRAM_BASE_URL"])
    if env.get("BOT_HEARTBEAT_FILE"):
        _check_heartbeat(Path(env["BOT_HEARTBEAT_FILE"]))
    settings = Settings(
        config_path=config_path,
        telegram_token=SecretStr(env["TELEGRAM_BOT_TOKEN"]) if env.get("TELEGRAM_BOT_TOKEN") else None,
        telegram_base_url=env.get("TELEGRAM_BASE_URL") or None,
        database_url=database_url,
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


def check_database_url(url: str) -> None:
    """Refuse a DATABASE_URL that cannot work, in one line; the folder of a SQLite file must already exist.

    Only the last folder of a relative default (``./data``) is created; nothing is created up from the root.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    shown = hide_password(url)
    try:
        parsed = make_url(url)
        port = parsed.port
    except (ArgumentError, ValueError) as exc:
        raise ConfigError(f"DATABASE_URL: {shown!r} is not a database URL ({_first_line(exc)})") from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend in ("postgresql", "postgres"):
        if driver not in ("", "psycopg"):
            raise ConfigError(f"DATABASE_URL: {shown}: use postgresql:// (the psycopg 3 driver), not +{driver}")
        if port is not None and not 0 < port < 65536:
            raise ConfigError(f"DATABASE_URL: {shown}: port {port} is out of range")
        return
    if backend != "sqlite":
        raise ConfigError(
            f"DATABASE_URL: {backend}:// is not supported; use sqlite:///path/to/bot.db or postgresql://user@host/db"
        )
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        raise ConfigError(
            f"DATABASE_URL: {shown} names no file; use sqlite:///relative/bot.db or sqlite:////absolute/bot.db"
        )
    folder = Path(database).parent
    if not folder.is_dir() and not (folder.parent.is_dir() and not folder.is_absolute()):
        raise ConfigError(f"DATABASE_URL: {shown}: folder {folder} does not exist (create it first)")
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise ConfigError(f"DATABASE_URL: {shown}: folder {folder} is not writable")
    if Path(database).is_dir():
        raise ConfigError(f"DATABASE_URL: {shown}: {database} is a folder, not a database file")


def _check_heartbeat(path: Path) -> None:
    """The heartbeat's folder must exist, or be one missing level under one that does (as for the database)."""
    folder = path.parent
    if path.is_dir():
        raise ConfigError(f"BOT_HEARTBEAT_FILE: {path} is a folder, not a file")
    if not folder.is_dir() and not folder.parent.is_dir():
        raise ConfigError(f"BOT_HEARTBEAT_FILE: folder {folder.parent} does not exist (create it first)")


def check_base_url(url: str) -> None:
    """TELEGRAM_BASE_URL must be an http(s) URL with a host (python-telegram-bot appends the token)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError as exc:
        raise ConfigError(f"TELEGRAM_BASE_URL: {url!r} is not a URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ConfigError(f"TELEGRAM_BASE_URL: {url!r} must be an http(s) URL such as http://127.0.0.1:8081/bot")


def hide_password(url: str) -> str:
    """A database URL fit to print: its password (if any) replaced by ***."""
    return re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", url)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


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
    given = _toml(error.get("input"))
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
    if kind in _TYPE_MESSAGES:
        return f"{_TYPE_MESSAGES[kind]}, not {given}"
    if kind == "string_pattern_mismatch":
        return f"must be an http:// or https:// URL, not {given}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind == "too_short":
        return "must list at least one value"
    return str(error["msg"]).lower()


_TYPE_MESSAGES = {
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "finite_number": "must be a finite number",
    "bool_type": "must be true or false",
    "string_type": "must be text in quotes",
    "tuple_type": 'must be a list such as ["a", "b"]',
    "list_type": 'must be a list such as ["a", "b"]',
    "model_type": "must be a table",
    "model_attributes_type": "must be a table",
    "dict_type": "must be a table",
    "path_type": "must be a folder path in quotes",
    "literal_error": "is not a known value",
}


def _toml(value: object) -> str:
    """A value as it was written in TOML (true, not True; "text" in double quotes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return '"' + shown.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list | tuple):
        return "a list"
    return str(value)
