"""Where reports come from: one module per source type behind the ``Source`` Protocol."""

from __future__ import annotations

import httpx

from bot.config import DirectorySourceConfig, ReliefWebSourceConfig, RssSourceConfig, Settings
from bot.sources.base import FetchResult, Item, Source, SourceError, SourceState
from bot.sources.directory import DirectorySource
from bot.sources.fetch_policy import FetchPolicy, FetchRefused
from bot.sources.http import make_client
from bot.sources.language import DeclaredLanguage
from bot.sources.reliefweb import ReliefWebSource
from bot.sources.rss import RssSource

__all__ = [
    "DirectorySource",
    "FetchPolicy",
    "FetchRefused",
    "FetchResult",
    "Item",
    "ReliefWebSource",
    "RssSource",
    "Source",
    "SourceError",
    "SourceState",
    "build_sources",
    "make_client",
]


def build_sources(settings: Settings, client: httpx.AsyncClient) -> list[Source]:
    """One source object per enabled configured source, sharing one HTTP client."""
    built: list[Source] = []
    policy = FetchPolicy(settings.fetch.allow_hosts)
    for config in settings.enabled_sources:
        if isinstance(config, RssSourceConfig):
            built.append(
                RssSource(
                    name=config.name,
                    url=config.url,
                    client=client,
                    poll_seconds=config.poll_seconds,
                    max_bytes=config.max_bytes,
                    policy=policy,
                )
            )
        elif isinstance(config, ReliefWebSourceConfig):
            # load_settings refuses a ReliefWeb source without an appname, so one is here
            assert settings.reliefweb_appname is not None
            built.append(
                ReliefWebSource(
                    name=config.name,
                    countries=config.countries,
                    appname=settings.reliefweb_appname,
                    client=client,
                    base_url=config.url,
                    poll_seconds=config.poll_seconds,
                    page_size=config.page_size,
                    max_pages=config.max_pages,
                    max_bytes=config.max_bytes,
                )
            )
        elif isinstance(config, DirectorySourceConfig):
            built.append(
                DirectorySource(
                    name=config.name, path=config.path, poll_seconds=config.poll_seconds, max_bytes=config.max_bytes
                )
            )
        if config.lang:  # the TOML declares the language of every report of this source
            built[-1] = DeclaredLanguage(built[-1], config.lang)
    return built
