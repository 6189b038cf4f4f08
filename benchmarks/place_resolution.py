"""What 40 names coordinators type resolve to with /subscribe: typos, transliterations, French, Arabic, regions.

Prints one row per name: the name, "exact" with the place (level, country) or "choose" with the buttons offered
(best first), and the lookup time. Run: `python benchmarks/place_resolution.py` (builds the index first).
"""

from __future__ import annotations

import time

from bot.geo.lookup import lookup_place, warm_lookup
from bot.telegram_ui.i18n import Lang
from bot.telegram_ui.place_buttons import place_label
from bot.values import Location

NAMES = (
    # countries: names, codes, acronyms, French, Arabic
    "Sudan", "SDN", "DRC", "RDC", "Burkina", "Soudan", "Syrie", "السودان", "سوريا", "Centrafrique",
    # first-level areas: spellings, French, Arabic, qualifiers
    "North Darfur", "Nord-Kivu", "Kivu du Sud", "Idleb", "إدلب", "حلب", "Aleppo governorate", "Cabo Delgado",
    "Borno State", "Extrême-Nord",
    # typos and transliterations
    "Kharotum", "Khartum", "Mekelle", "Maarat al-Numan", "Hodeida", "Tigrai", "Gedarif", "Goma", "El Geneina",
    "Maiduguri",
    # regions and ambiguous names
    "Darfur", "Darfour", "Kivu", "Kurdistan Region", "Sahel", "Lake Chad", "Western Tigray", "Gaza", "Tripoli",
    "Kurdistan",
)  # fmt: skip


def describe(place: Location) -> str:
    """As its button names it: 'North Kivu (province, DR Congo)'."""
    return place_label(place, Lang.EN, with_area=place.level.value == "town")


def main() -> None:
    """Print the table."""
    started = time.perf_counter()
    warm_lookup()
    print(f"index ready in {time.perf_counter() - started:.2f} s")
    print("| typed | outcome | resolves to / offered | ms |")
    print("|---|---|---|---|")
    times = []
    for name in NAMES:
        started = time.perf_counter()
        found = lookup_place(name)
        elapsed = (time.perf_counter() - started) * 1000
        times.append(elapsed)
        if found.exact is not None:
            outcome, what = "exact", describe(found.exact)
        elif found.suggestions:
            outcome, what = "choose", "; ".join(describe(p) for p in found.suggestions)
        else:
            outcome, what = "unknown", "-"
        print(f"| {name} | {outcome} | {what} | {elapsed:.1f} |")
    times.sort()
    print(f"lookups: {len(times)}, median {times[len(times) // 2]:.1f} ms, max {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
