"""What every match of a regex ends with, read from the pattern itself: a test in C that rules most places out
before a search that would try dozens of alternatives at every word (the left triggers, searched before each
number)."""

from __future__ import annotations

import importlib
from typing import Any

# The standard library's own regex parser reads the patterns exactly as `re` compiles them (its modules are
# private and have no type stubs, hence Any).
parser: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

_MAX_CHOICES = 12  # a character set larger than this ends the reading there (what was read still holds)
_Items = list[tuple[Any, Any]]


def match_endings(pattern: str, length: int = 3) -> tuple[str, ...] | None:
    """Strings of at most ``length`` characters, one of which ends every match of ``pattern``; None when some
    match may end on nothing the pattern pins down (a class of any letter, a category, an empty match)."""
    parsed = parser.parse(pattern)
    if parsed.state.flags & sre.SRE_FLAG_IGNORECASE:
        return None  # the endings would need every case
    found = _endings(list(parsed), "", length)
    if "" in found:
        return None
    return tuple(sorted(found))


def _endings(items: _Items, tail: str, length: int) -> set[str]:
    """The endings of ``items`` followed by ``tail``, read from the last item backwards until ``length``
    characters are known, the items run out, or an item cannot be read (what is known so far is then returned:
    a shorter ending is a weaker but still true condition)."""
    for i in range(len(items) - 1, -1, -1):
        if len(tail) >= length:
            break
        op, av = items[i]
        before = items[:i]
        if op is sre.LITERAL:
            tail = chr(av) + tail
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: leaving its condition out only lets more endings through
        elif op is sre.IN:
            chars = set_members(av)
            if chars is None:
                break
            return _union(_endings(before, char + tail, length) for char in chars)
        elif op is sre.BRANCH:
            return _union(_endings(before + list(alternative), tail, length) for alternative in av[1])
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
            return _endings(before + list(av[3]), tail, length)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, sub = av
            options: list[set[str]] = []
            if low == 0:
                options.append(_endings(before, tail, length))  # repeated no time
            if high == 1:
                options.append(_endings(before + list(sub), tail, length))
            elif high > 1:
                options.append(_endings(list(sub), tail, length))  # its last time; what came before is unknown
            return _union(options)
        else:
            break
    return {tail[-length:]}


def set_members(members: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a set, when it names few enough of them one by one or in a short range."""
    chars: list[str] = []
    for op, av in members:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CHOICES:
            chars.extend(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None  # a negation, a category or a wide range
    return chars if len(chars) <= _MAX_CHOICES else None


def _union(parts: Any) -> set[str]:
    out: set[str] = set()
    for part in parts:
        out |= part
    return out
