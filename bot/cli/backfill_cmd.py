"""`displacement-bot backfill --since YYYY-MM-DD [--source NAME]`: sources' archives into history, never alerting."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys

from bot.config import ConfigError, Settings, load_settings

EXIT_USAGE = 2
EXIT_FAILED = 1


def _since(text: str, today: dt.date) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--since {text!r} is not a date (YYYY-MM-DD)") from None
    if day > today:
        raise ConfigError(f"--since {text} is in the future")
    return day


def run_backfill(args: argparse.Namespace) -> int:
    """Backfill every enabled source (or one); 2 on bad arguments or configuration, 1 when a source failed."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    now = dt.datetime.now(dt.UTC)
    try:
        since = _since(args.since, now.date())
        settings = load_settings()
        names = [source.name for source in settings.enabled_sources]
        if args.source is not None and args.source not in names:
            known = ", ".join(names) or "none"
            raise ConfigError(f"--source {args.source!r} is not an enabled source (configured: {known})")
    except ConfigError as exc:
        print(f"displacement-bot backfill: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return asyncio.run(_backfill(settings, since, args.source, now))


async def _backfill(settings: Settings, since: dt.date, only: str | None, now: dt.datetime) -> int:
    from bot.app import alert_policy
    from bot.backfill.run import backfill_source
    from bot.domain.containment import default_contains
    from bot.sources import SourceError, build_sources, make_client
    from bot.storage import Store

    store = await asyncio.to_thread(Store, settings.database_url)
    status = 0
    try:
        async with make_client() as client:
            for source in build_sources(settings, client):
                if only is not None and source.name != only:
                    continue
                try:
                    outcome = await backfill_source(
                        source, store, since=since, now=now, policy=alert_policy(settings), contains=default_contains()
                    )
                except SourceError as exc:
                    print(f"displacement-bot backfill: {source.name}: {exc}", file=sys.stderr)
                    status = EXIT_FAILED
                    continue
                print(
                    f"{outcome.source}: {outcome.read} read since {since}, {outcome.already_known} already known, "
                    f"{outcome.stored} stored, {outcome.duplicates} duplicates, {outcome.figures} figures, "
                    f"{outcome.events_changed} events grouped, {outcome.alerts_queued} alerts, "
                    f"{outcome.seconds:.1f} s"
                )
                for warning in outcome.warnings:
                    print(f"  warning: {warning}", file=sys.stderr)
    finally:
        store.close()
    return status
