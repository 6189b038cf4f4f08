"""What places and dates add to extraction: time per report with them on, and with no-op placeholders.

The placeholders give every figure no place and no date (the behaviour before places and dates existed), so
the difference is what ``locate_figures`` and ``date_figures`` cost. Reports are ~300-word windows of the seed
articles (or generated text when ../shared is absent), as in ``extraction_throughput.py``.
Run: python benchmarks/places_dates_overhead.py [--reports N] [--rounds R] [--profile]. Prints figures only.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extraction_throughput import build_reports
from bot.extraction import extract as extract_module
from bot.values import Anchor

PUBLISHED = dt.date(2020, 1, 16)


def _no_places(text: str, anchors: Sequence[Anchor]) -> list[None]:
    return [None] * len(anchors)


def _no_dates(text: str, anchors: Sequence[Anchor], published: dt.date | None) -> list[tuple[None, None]]:
    return [(None, None)] * len(anchors)


def _per_report(reports: list[str]) -> float:
    """Mean seconds of CPU per report through ``extract``."""
    start = time.process_time()
    for text in reports:
        extract_module.extract(text, PUBLISHED)
    return (time.process_time() - start) / len(reports)


def _with(places: Callable[..., Any], dates: Callable[..., Any], reports: list[str]) -> float:
    saved = extract_module.locate_figures, extract_module.date_figures
    extract_module.locate_figures, extract_module.date_figures = places, dates  # type: ignore[assignment]
    try:
        return _per_report(reports)
    finally:
        extract_module.locate_figures, extract_module.date_figures = saved


def main() -> int:
    """Print per-report time with and without places and dates, and the overhead in percent."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="also print the top functions with places+dates")
    args = parser.parse_args()
    reports = build_reports(args.reports)
    words = sum(len(r.split()) for r in reports) / len(reports)
    from bot.geo.gazetteer import get_gazetteer

    get_gazetteer()
    for text in reports[:20]:
        extract_module.extract(text, PUBLISHED)  # warm caches and the gazetteer
    real_places, real_dates = extract_module.locate_figures, extract_module.date_figures
    setups = {"alone": (_no_places, _no_dates), "places": (real_places, _no_dates),
              "dates": (_no_places, real_dates), "both": (real_places, real_dates)}  # fmt: skip
    best = dict.fromkeys(setups, float("inf"))
    for _ in range(args.rounds):  # interleaved, best of rounds: other load on the machine touches all alike
        for name, (places, dates) in setups.items():
            best[name] = min(best[name], _with(places, dates, reports))
    alone, places_only, dates_only, both = best["alone"], best["places"], best["dates"], best["both"]
    figures = sum(len(extract_module.extract(t, PUBLISHED)) for t in reports) / len(reports)
    print(f"reports: {len(reports)} (mean {words:.0f} words, {figures:.1f} figures)")
    print(f"extraction alone (no-op places/dates): {alone * 1000:.3f} ms/report")
    print(f"with places only: {places_only * 1000:.3f} ms/report (+{(places_only / alone - 1) * 100:.0f}%)")
    print(f"with dates only:  {dates_only * 1000:.3f} ms/report (+{(dates_only / alone - 1) * 100:.0f}%)")
    print(f"with both:        {both * 1000:.3f} ms/report")
    print(f"overhead of places+dates: {(both / alone - 1) * 100:.1f}%")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(_per_report, reports)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
