"""What `/subscribe <place>` means: the gazetteer's lookup, plus picking one of its suggestions by name.

The gazetteer answers "Tripoli" with suggestions (Libya's, Lebanon's, ...). Each suggestion is shown as a
command to type, "Tripoli, Lebanon": the part after the last comma names the country (name or ISO3 code) or
first-level area, and selects among the lookup's candidates for the part before it.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import pycountry

from bot.geo.names import country_display_name
from bot.telegram_ui.context import PlaceResolver, Resolution
from bot.values import Location, PlaceLevel

MAX_SUGGESTIONS = 5
REMEMBERED_QUERIES = 4096  # a few hundred kilobytes of answers: the names a deployment's users actually type
Lookup = Callable[[str], tuple[Location | None, tuple[Location, ...]]]


def country_name(iso3: str | None) -> str | None:
    """A country's everyday English name from its ISO3 code."""
    if not iso3 or pycountry.countries.get(alpha_3=iso3) is None:
        return None
    return country_display_name(iso3)


def typed_name(place: Location) -> str:
    """What to type after /subscribe to get exactly this place: "Tripoli, Lebanon"; a country by its name."""
    if place.level is PlaceLevel.COUNTRY:
        return place.name
    return f"{place.name}, {country_name(place.country_iso3) or place.country_iso3 or place.admin1 or ''}".rstrip(", ")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _qualifies(place: Location, qualifier: str) -> bool:
    wanted = _fold(qualifier)
    names = [place.country_iso3, country_name(place.country_iso3), place.admin1]
    return any(name and _fold(name) == wanted for name in names)


def resolve_with(lookup: Lookup, query: str) -> Resolution:
    """Resolve `query` with `lookup`, letting "name, country-or-area" pick one candidate of "name"."""
    exact, suggestions = lookup(query)
    if exact is not None:
        return Resolution(place=exact)
    name, comma, qualifier = query.rpartition(",")
    if comma and name.strip() and qualifier.strip():
        base_exact, base_suggestions = lookup(name)
        candidates = ([base_exact] if base_exact else []) + list(base_suggestions)
        chosen = [place for place in candidates if _qualifies(place, qualifier)]
        if len(chosen) == 1:
            return Resolution(place=chosen[0])
        suggestions = tuple(chosen) or suggestions or tuple(candidates)
    return Resolution(place=None, suggestions=suggestions[:MAX_SUGGESTIONS])


def gazetteer_resolver() -> PlaceResolver:
    """Resolve typed names with the gazetteer (it loads on first use, not here), remembering the answers."""

    def lookup(query: str) -> tuple[Location | None, tuple[Location, ...]]:
        from bot.geo.lookup import lookup_place  # deferred: loading the gazetteer takes a moment

        found = lookup_place(query)
        return found.exact, tuple(found.suggestions)

    return remembering(lambda query: resolve_with(lookup, query))


def remembering(resolve: PlaceResolver, size: int = REMEMBERED_QUERIES) -> PlaceResolver:
    """`resolve`, one call at a time and remembering its answers (called from worker threads).

    The gazetteer does not change while the bot runs, so an answer holds for the process's life. A near miss
    costs tens of milliseconds of fuzzy matching that holds the interpreter (slowing the event loop and every
    other command): one lookup at a time costs no throughput under the interpreter lock, and a name several
    users type at once ("Kharotum" in a team) is worked out once, then read from memory.
    """
    remembered = lru_cache(maxsize=size)(resolve)
    one_at_a_time = threading.Lock()

    def resolved(query: str) -> Resolution:
        with one_at_a_time:
            return remembered(query.strip())

    return resolved
