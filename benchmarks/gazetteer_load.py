"""Gazetteer cost: build time (cold cache), load time (warm cache) and per-report matching time.

Run: python benchmarks/gazetteer_load.py [--rebuild]. Prints figures; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORT = (
    "Fighting in El Fasher, North Darfur, forced 12,000 people from their homes on Wednesday, Sudanese aid groups "
    "said. In Nyala, at least 40 civilians were killed when shells struck a market, and 300 families fled toward "
    "Chad. The UN said more than 2 million people have been displaced across Sudan since April 2023. "
) * 6  # about 300 words, like a short news report


def _timed_subprocess(code: str, env_cache: str | None) -> float:
    env = {"DISPLACEMENT_BOT_CACHE": env_cache} if env_cache else {}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env={**_base_env(), **env})
    return time.perf_counter() - start


def _base_env() -> dict[str, str]:
    import os

    return dict(os.environ)


def main() -> int:
    """Print build, load and matching figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rebuild", action="store_true", help="also time a build into an empty cache")
    args = parser.parse_args()
    load = "from bot.geo.gazetteer import get_gazetteer; get_gazetteer()"
    if args.rebuild:
        with tempfile.TemporaryDirectory() as empty:
            print(f"build into empty cache: {_timed_subprocess(load, empty):.2f} s")
    _timed_subprocess(load, None)  # make sure the default cache exists
    bare = _timed_subprocess("import bot.extraction.places", None)
    warm = min(_timed_subprocess(load, None) for _ in range(3))
    print(f"python + import only: {bare:.3f} s; python + gazetteer load (warm cache): {warm:.3f} s")
    print(f"gazetteer load alone: {warm - bare:.3f} s")

    from bot.extraction.places import locate_figures
    from bot.geo.gazetteer import cache_path, get_gazetteer
    from bot.geo.matching import find_mentions
    from bot.values import Anchor

    get_gazetteer()
    print(f"cache file: {cache_path()} ({cache_path().stat().st_size / 1e6:.1f} MB)")
    anchors = [Anchor(span=(i, i + 5), sentence=(max(0, i - 80), i + 80), paragraph=(0, len(REPORT))) for i in
               range(100, len(REPORT), 400)]  # fmt: skip
    rounds = 300
    start = time.perf_counter()
    for _ in range(rounds):
        find_mentions(REPORT)
    per_match = (time.perf_counter() - start) / rounds
    start = time.perf_counter()
    for _ in range(rounds):
        locate_figures(REPORT, anchors)
    per_locate = (time.perf_counter() - start) / rounds
    print(f"report: {len(REPORT.split())} words, {len(anchors)} figures")
    print(f"find_mentions: {per_match * 1000:.2f} ms/report; locate_figures: {per_locate * 1000:.2f} ms/report")
    print(json.dumps({"load_s": round(warm - bare, 3), "locate_ms": round(per_locate * 1000, 3)}))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
