"""A long alternation rewritten to try, at each place, only the alternatives that can start with the character
there: the trigger alternations hold hundreds of phrasings, and the regex engine otherwise enters every one of
them at every word boundary it tries (each alternative opens on a capturing group, which defeats the engine's own
first-character test).

The rewrite keeps the matches exactly: at a given place the alternatives that may start there are tried in their
first order, so the first that matches is the one the plain alternation would have taken. An alternative whose
first character cannot be read off the pattern (a class of any letter, a category) is tried everywhere."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

from bot.extraction.regex_endings import parser, set_members, sre

_Items = list[tuple[Any, Any]]


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
            members = set_members(av)
            return (chars | set(members), False) if members is not None else None
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


def dispatched(alternatives: list[str], flags: int = 0) -> str:
    """The alternation of ``alternatives`` (none holding a capturing group), its branches guarded by the character
    they start with: at each place only those that may start there are tried, in their order."""
    starts = [first_characters(alternative, flags) for alternative in alternatives]
    keys = sorted({c for chars in starts if chars is not None for c in chars})
    branches: list[str] = []
    for key in keys:
        members = [alternatives[i] for i, chars in enumerate(starts) if chars is None or key in chars]
        branches.append(f"(?={re.escape(key)})(?:" + "|".join(members) + ")")
    if anywhere := [alternatives[i] for i, chars in enumerate(starts) if chars is None]:
        guard = f"(?![{''.join(re.escape(key) for key in keys)}])" if keys else ""
        branches.append(guard + "(?:" + "|".join(anywhere) + ")")
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
