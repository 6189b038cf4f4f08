"""Subgroup figures that are parts of a larger count, so sums do not count the same people twice.

"65 people were killed ... among the dead were 9 children" gives two figures and, since groups never merge, two
events. Their sum is not 74: the children are among the 65. A subgroup figure (children, women) is a part when a
general figure (people, civilians) of the same kind, place and day is at least as large; a subgroup with no such
whole stands for itself and counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.values import Figure, Group

_SUBGROUPS = frozenset({Group.CHILDREN, Group.WOMEN})
_WHOLES = frozenset({Group.PEOPLE, Group.CIVILIANS})


def _place_key(figure: Figure) -> tuple[object, ...]:
    place = figure.location
    if place is None:
        return ()
    if place.geonames_id is not None:
        return ("id", place.geonames_id)
    return ("name", place.name, place.country_iso3)


def is_part_of(part: Figure, whole: Figure) -> bool:
    """Whether `part` counts people already inside `whole` (same kind, place and day; a subgroup of a whole)."""
    return (
        part.group in _SUBGROUPS
        and whole.group in _WHOLES
        and part.kind is whole.kind
        and part.date == whole.date
        and _place_key(part) == _place_key(whole)
        and part.value is not None
        and whole.value is not None
        and part.value <= whole.value
    )


def countable(figures: Sequence[Figure]) -> list[Figure]:
    """The figures to add up: every figure but the subgroups already inside another figure of the list."""
    largest_whole: dict[tuple[object, ...], int] = {}
    for figure in figures:
        if figure.group in _WHOLES and figure.value is not None:
            key = (figure.kind, figure.date, _place_key(figure))
            largest_whole[key] = max(largest_whole.get(key, 0), figure.value)

    def inside(figure: Figure) -> bool:
        if figure.group not in _SUBGROUPS or figure.value is None:
            return False
        whole = largest_whole.get((figure.kind, figure.date, _place_key(figure)))
        return whole is not None and figure.value <= whole

    return [figure for figure in figures if not inside(figure)]
