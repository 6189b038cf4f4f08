"""Grouping cost: N sightings (killed tolls in 500 towns of 14 areas, 30 outlets) grouped into events at once,
as a backfill would, for 1 and 10 countries.

python benchmarks/grouping.py 3000
Prints seconds and events formed. Candidate events are looked up by family, group, country and area, so the
cost grows with the events of one area, not with every event known.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.domain.containment import fallback_contains
from bot.domain.events import group_sightings
from bot.values import Location, PlaceLevel
from tests.domain.builders import sighting

COUNTRIES = ("SYR", "SDN", "COD", "SOM", "YEM", "AFG", "UKR", "MLI", "BFA", "NGA")


def run(count: int, countries: int) -> None:
    """Group ``count`` random sightings over ``countries`` countries and print the time taken."""
    rng = random.Random(1)
    towns = [
        Location(
            name=f"Town {i}",
            country_iso3=COUNTRIES[i % countries],
            admin1=f"Area {i % 14}",
            geonames_id=i,
            lat=35 + i / 1000,
            lon=36.0,
            level=PlaceLevel.TOWN,
        )
        for i in range(500)
    ]
    sightings = [
        sighting(
            rng.randint(1, 500),
            location=rng.choice(towns),
            report_id=i,
            figure_id=i,
            outlet=f"outlet {i % 30}",
            minutes=i,
            sentence="People were killed, officials said.",
        )
        for i in range(count)
    ]
    started = time.perf_counter()
    grouping = group_sightings(sightings, [], contains=fallback_contains, max_age_days=30)
    seconds = time.perf_counter() - started
    print(f"sightings={count} countries={countries} seconds={seconds:.2f} events={len(grouping.changes)}")


def main() -> None:
    """Run for each sighting count given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[3000])
    for count in parser.parse_args().counts:
        for countries in (1, 10):
            run(count, countries)


if __name__ == "__main__":
    main()
