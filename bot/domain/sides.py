"""Which side of a conflict a figure's people were on, read from the words that state it (pure).

Sides: state forces (soldiers, police, "regime fighters"), non-state groups (rebels, militants,
"anti-government fighters"), civilians, or unknown. Opposing sides are different people, so figures of known
different sides never describe one event. The stating phrase is read first ("29 regime fighters were killed"),
then the figure's group (civilians, children and women are civilians); nothing else is guessed.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.values import Group


class Side(StrEnum):
    """Whose people a figure counts."""

    STATE = "state"
    NON_STATE = "non_state"
    CIVILIAN = "civilian"
    UNKNOWN = "unknown"


# Longest, most specific words first, so "anti-government" is read before "government".
_SIDE_WORDS: tuple[tuple[str, Side], ...] = (
    (r"anti[- ]?(?:government|regime)", Side.NON_STATE),
    (r"pro[- ]?(?:government|regime)", Side.STATE),
    (r"opposition", Side.NON_STATE),
    (
        r"rebels?|insurgents?|militants?|jihadists?|militia(?:men|s)?|gunmen|armed groups?|guerrill(?:a|as)",
        Side.NON_STATE,
    ),
    (r"(?:islamic state|is|isis|al[- ]shabaa?b|boko haram|m23|rsf|hts) (?:fighters|militants|members)", Side.NON_STATE),
    (r"paramilitar(?:y|ies)", Side.NON_STATE),
    (r"soldiers?|troops|servicem[ae]n|army|military|police(?:men|officers)?|gendarmes?|security forces", Side.STATE),
    (r"government forces|state forces|armed forces|regime (?:fighters|forces|soldiers|troops)", Side.STATE),
    (r"civilians?|residents|villagers|passers-by|worshippers|students|patients|displaced people", Side.CIVILIAN),
)
_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<s{i}>{words})" for i, (words, _) in enumerate(_SIDE_WORDS)) + r")\b", re.IGNORECASE
)
_CIVILIAN_GROUPS = frozenset({Group.CIVILIANS, Group.CHILDREN, Group.WOMEN})


def side_of(phrase: str, group: Group) -> Side:
    """The side the phrase's people belong to; the group decides when the phrase names none."""
    match = _PATTERN.search(phrase)
    if match is not None and match.lastgroup is not None:
        return _SIDE_WORDS[int(match.lastgroup[1:])][1]
    if group in _CIVILIAN_GROUPS:
        return Side.CIVILIAN
    return Side.UNKNOWN


def sides_conflict(a: Side, b: Side) -> bool:
    """Whether two sides are known and different (an unknown side conflicts with nothing)."""
    return a is not Side.UNKNOWN and b is not Side.UNKNOWN and a is not b
