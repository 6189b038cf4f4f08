"""What `/subscribe <place>` means: the gazetteer's lookup, seen through the handlers' `Resolution`."""

from __future__ import annotations

from bot.telegram_ui.context import PlaceResolver, Resolution

MAX_SUGGESTIONS = 5


def gazetteer_resolver() -> PlaceResolver:
    """Resolve typed names with `bot.geo.lookup.lookup_place` (the gazetteer loads on first use, not here)."""

    def resolve(query: str) -> Resolution:
        from bot.geo.lookup import lookup_place  # deferred: loading the gazetteer takes a moment

        found = lookup_place(query)
        return Resolution(place=found.exact, suggestions=tuple(found.suggestions[:MAX_SUGGESTIONS]))

    return resolve
