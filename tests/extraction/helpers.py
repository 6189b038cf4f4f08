"""Shared shorthand for extraction tests: figures as comparable tuples."""

from __future__ import annotations

from bot.extraction.extract import extract


def summary(text: str) -> list[tuple[str, int | None, str, str]]:
    """(kind, value, qualifier, group) of every figure in a text, in order."""
    return [(f.kind.value, f.value, f.qualifier.value, f.group.value) for f in extract(text)]
