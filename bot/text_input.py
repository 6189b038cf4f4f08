"""What a user typed, made fit for matching: invisible characters gone, odd spaces made plain, forms unified.

`Id<U+200B>lib` (a zero-width space pasted from a web page) must find Idlib, not "Lib"; a soft hyphen, a
non-breaking space or a right-to-left mark must not change what a name means. Every user-typed name and command
argument passes through here before it is parsed or looked up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# the combining grapheme joiner and Hangul fillers are not Cf but are as invisible
_INVISIBLE = frozenset("\u034f\u115f\u1160\u3164\uffa0")


def clean_typed(text: str) -> str:
    """`text` in NFKC with format characters (Cf) and controls removed and every kind of space made one space."""
    kept: list[str] = []
    for ch in unicodedata.normalize("NFKC", text):
        category = unicodedata.category(ch)
        if ch.isspace() or category in ("Zs", "Zl", "Zp"):
            kept.append(" ")
        elif category in ("Cf", "Cc", "Cs", "Co", "Cn") or ch in _INVISIBLE:
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def clean_words(words: Iterable[str]) -> list[str]:
    """Command arguments cleaned one by one and split again where a cleaned word held an odd space."""
    return [word for raw in words for word in clean_typed(raw).split()]
