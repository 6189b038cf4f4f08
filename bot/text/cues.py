"""Finding many words at once: an Aho-Corasick automaton over stems, one pass in C over lower-cased text."""

from __future__ import annotations

from typing import Any


def cue_finder(stems: dict[str, int]) -> Any:
    """An automaton over stems (each with its flags): ``.iter(text)`` yields (end, flags) for every stem found."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for stem, flags in stems.items():
        automaton.add_word(stem, flags)
    automaton.make_automaton()
    return automaton
