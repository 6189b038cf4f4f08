"""`displacement-bot export --days N [--place NAME] [--out FILE]`: the CSV of `/export`, to a file or stdout."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from bot.config import DEFAULT_DATABASE_URL, ConfigError, load_settings

EXIT_USAGE = 2
EXIT_FAILED = 1


def _database_url() -> str:
    """DATABASE_URL, or the configured default when unset (an unreadable TOML is no reason to refuse)."""
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    try:
        return load_settings().database_url
    except ConfigError:
        return DEFAULT_DATABASE_URL


def run_export(args: argparse.Namespace) -> int:
    """Write the export; 2 on a bad --days or an unknown or ambiguous --place, 1 when it cannot be written."""
    from bot.export.build import MAX_DAYS

    days: int = args.days
    if not 1 <= days <= MAX_DAYS:
        print(f"displacement-bot export: --days must be between 1 and {MAX_DAYS}, not {days}", file=sys.stderr)
        return EXIT_USAGE
    places = None
    if args.place:
        from bot.telegram_ui.places import gazetteer_resolver, typed_name

        resolution = gazetteer_resolver()(args.place)
        if resolution.place is None:
            hint = "; ".join(typed_name(p) for p in resolution.suggestions)
            more = f" (did you mean: {hint}?)" if hint else ""
            print(f"displacement-bot export: no single place called {args.place!r}{more}", file=sys.stderr)
            return EXIT_USAGE
        places = [resolution.place]
    from bot.domain.containment import default_contains
    from bot.export.build import export_events
    from bot.storage import Store
    from bot.storage.history_repo import HistoryRepository

    store = Store(_database_url())
    try:
        export = export_events(
            HistoryRepository(store.engine),
            today=dt.datetime.now(dt.UTC).date(),
            days=days,
            places=places,
            contains=default_contains(),
            projections=args.projections,
        )
    finally:
        store.close()
    if args.out in (None, "-"):
        sys.stdout.buffer.write(export.csv)
        sys.stdout.buffer.flush()
    else:
        try:
            Path(args.out).write_bytes(export.csv)
        except OSError as exc:
            print(f"displacement-bot export: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILED
        print(f"{export.rows} row(s), {export.first_day} to {export.last_day}, written to {args.out}", file=sys.stderr)
    return 0
