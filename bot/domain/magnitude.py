"""How big a figure is, read as one number: for ranking, merging and thresholds.

Vague figures carry no value. Rather than let them never alert, a documented lower bound is read from the
words of their sentence: "dozens" counts as 24, "hundreds" as 200, "thousands" as 2,000, "tens of thousands"
as 20,000, "hundreds of thousands" as 200,000, "millions" as 2,000,000 (two of the unit, the least the plural
can mean). "Several", "a few" and "scores" count as 3, 3 and 40. A vague figure whose words say nothing
countable has no magnitude and never crosses a numeric threshold.
"""

from __future__ import annotations

import re

from bot.values import Figure, Qualifier

# Longest phrases first: "tens of thousands" must win over "thousands".
_VAGUE_LOWER_BOUNDS: tuple[tuple[str, int], ...] = (
    ("hundreds of thousands", 200_000),
    ("tens of thousands", 20_000),
    ("millions", 2_000_000),
    ("thousands", 2_000),
    ("hundreds", 200),
    ("scores", 40),
    ("dozens", 24),
    ("several", 3),
    ("a few", 3),
)
_VAGUE_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(words) for words, _ in _VAGUE_LOWER_BOUNDS) + r")\b", re.IGNORECASE
)
_VAGUE_VALUES = dict(_VAGUE_LOWER_BOUNDS)

# When two figures of one event say the same number, the firmer wording wins.
_QUALIFIER_FIRMNESS: dict[Qualifier, int] = {
    Qualifier.AT_LEAST: 6,
    Qualifier.MORE_THAN: 6,
    Qualifier.EXACT: 5,
    Qualifier.RANGE: 4,
    Qualifier.ABOUT: 3,
    Qualifier.UP_TO: 2,
    Qualifier.LESS_THAN: 1,
    Qualifier.VAGUE: 0,
}


def vague_lower_bound(sentence: str) -> int | None:
    """The least number a vague quantity word in the sentence can mean, or None."""
    match = _VAGUE_PATTERN.search(sentence)
    return _VAGUE_VALUES[match.group(1).lower()] if match else None


def magnitude(figure: Figure) -> int | None:
    """The number a figure asserts at least (more than 10 → 11; vague words → their lower bound)."""
    if figure.value is None:
        return vague_lower_bound(figure.sentence)
    if figure.qualifier is Qualifier.MORE_THAN:
        return figure.value + 1
    if figure.qualifier is Qualifier.LESS_THAN:
        return max(figure.value - 1, 0)
    return figure.value


def central_value(figure: Figure) -> float | None:
    """A middle reading of the figure, used to judge whether two figures can count the same thing."""
    if figure.qualifier is Qualifier.RANGE and figure.value is not None and figure.value_max is not None:
        return float((figure.value * figure.value_max) ** 0.5)
    low = magnitude(figure)
    return float(low) if low is not None else None


def firmness(qualifier: Qualifier) -> int:
    """How firmly a qualifier states its number (higher is firmer)."""
    return _QUALIFIER_FIRMNESS[qualifier]
