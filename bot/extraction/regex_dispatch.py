"""A long alternation rewritten to try, at each place, only the alternatives that can start with the character
there: the trigger alternations hold hundreds of phrasings, and the regex engine otherwise enters every one of
them at every word boundary it tries (each alternative opens on a capturing group, which defeats the engine's own
first-character test).

The rewritten alternation finds the same places (whether some alternative matches at a place does not depend on
their order), so it serves to test and to search; GuardedAlternation then asks the named alternation, once, which
alternative matched there. An alternative whose first character cannot be read off the pattern (a class of any
letter, a category other than spaces) is tried everywhere."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

from bot.extraction.regex_endings import parser, sre

_Items = list[tuple[Any, Any]]


@cache  # (the right triggers' phrasings are read again for the word test of all triggers)
def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters one of which starts every match of ``pattern`` (lower-cased when ``flags`` ignore case),
    or None when that cannot be read off it (a category, a negated or wide class, an empty match)."""
    found = _firsts(list(parser.parse(pattern, flags)))
    if found is None or found[1]:
        return None  # (a match that may be empty starts with whatever follows it)
    chars = found[0]
    if flags & re.IGNORECASE:
        if any(len(c.lower()) != 1 for c in chars):
            return None  # ("İ" lower-cases to two characters: no one-character guard tells it)
        return frozenset(c.lower() for c in chars)
    return frozenset(chars)


def _firsts(items: _Items) -> tuple[set[str], bool] | None:
    """The first characters of a sequence of items, and whether it may match the empty string."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: leaving its condition out only lets more characters in
        if op is sre.LITERAL:
            return chars | {chr(av)}, False
        if op is sre.IN:
            members = _class_members(av)
            return (chars | members, False) if members is not None else None
        if op is sre.BRANCH:
            parts = [_firsts(list(alternative)) for alternative in av[1]]
            if any(part is None for part in parts):
                return None
            for part_chars, _ in parts:  # type: ignore[misc]
                chars |= part_chars
            if not any(empty for _, empty in parts):  # type: ignore[misc]
                return chars, False
        elif op is sre.SUBPATTERN:
            inner = _firsts(list(av[3]))
            if inner is None:
                return None
            chars |= inner[0]
            if not inner[1]:
                return chars, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            inner = _firsts(list(sub))
            if inner is None:
                return None
            chars |= inner[0]
            if low > 0 and not inner[1]:
                return chars, False
        else:
            return None  # a back reference, any character, a negated literal: anything may start it
    return chars, True


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """The places and characters of a pattern's brackets and bars, outside classes and escapes."""
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: its brackets and bars are its members ("[]|]" too)
            i += 2 if pattern.startswith("^", i + 1) else 1
            i += 1 if pattern.startswith("]", i) else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char in "()|":
            yield i, char
        i += 1


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost alternation ("a|b(?:c|d)" gives "a" and "b(?:c|d)")."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, char in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        depth += 1 if char == "(" else -1 if char == ")" else 0
    parts.append(pattern[start:])
    return parts


_WIDEST_RANGE = 128  # "[a-z]" is read as its letters; a wider range starts too many branches to help
# What "\s" matches in a str pattern (every such character lies below U+3001).
_SPACES = frozenset(chr(code) for code in range(0x3001) if re.match(r"\s", chr(code)))


def _class_members(members: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a class: its letters, short ranges and spaces; None for a negation or another category."""
    chars: set[str] = set()
    for op, av in members:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _WIDEST_RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars |= _SPACES
        else:
            return None
    return chars


def dispatched(alternatives: list[str], flags: int = 0) -> str:
    """An alternation of ``alternatives``, its branches guarded by the characters they may start with: at each place
    only those that may start there are entered. Alternatives starting with the same characters share a branch, so
    none is repeated and their order is not kept: the result tells whether and where some alternative matches (a
    search finds the same places), not which one does (see GuardedAlternation)."""
    starts = [first_characters(alternative, flags) for alternative in alternatives]
    sharing: dict[frozenset[str] | None, list[str]] = {}
    for alternative, chars in zip(alternatives, starts, strict=True):
        sharing.setdefault(chars, []).append(alternative)
    branches: list[str] = []
    for chars, members in sharing.items():
        body = "(?:" + "|".join(members) + ")"
        if chars is None:
            branches.append(body)  # (may start anywhere)
            continue
        ordered = sorted(chars)
        guard = re.escape(ordered[0]) if len(ordered) == 1 else "[" + "".join(re.escape(c) for c in ordered) + "]"
        branches.append(f"(?={guard}){body}")
    return "|".join(branches)


class GuardedAlternation:
    """A regex of many alternatives, each a capturing group that names what matched, with a group-free copy
    dispatched on first characters that finds whether and where it matches; the named one then matches once,
    there. Matches, spans and groups are those of the named regex alone."""

    __slots__ = ("named", "pattern", "probe")

    def __init__(self, named: re.Pattern[str], probe: re.Pattern[str]) -> None:
        self.named = named
        self.probe = probe
        self.pattern = named.pattern

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.probe.match(text, pos, endpos) is None:
            return None
        return self.named.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.probe.search(text, pos, endpos)
        return None if found is None else self.named.match(text, found.start(), endpos)
