"""Alternations dispatched on first characters match exactly what the plain alternation matches: the same places,
the same spans, the same named group, on invented sentences and on random text."""

from __future__ import annotations

import random
import re

import pytest

from bot.extraction.lexicon import lexicon_for, lower_keeping_length
from bot.extraction.regex_dispatch import GuardedAlternation, dispatched, first_characters, top_level_alternatives


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"killed", 0, {"k"}),
        (r"(?:the\s+)?returns?\s+of", 0, {"t", "r"}),
        (r"(?<=were\s)eliminated", 0, {"e"}),
        (r"^(?:also )?killed", 0, {"a", "k"}),
        (r"[a-c]ut|dropped", 0, {"a", "b", "c", "d"}),
        (r"Fled", re.IGNORECASE, {"f"}),
        (r"x*y", 0, {"x", "y"}),
    ],
)
def test_first_characters_of_a_pattern(pattern: str, flags: int, expected: set[str]) -> None:
    assert first_characters(pattern, flags) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"\w+ed", r"[^a]x", r".ed", r"(?:killed)?", r"x*"])
def test_a_pattern_that_may_start_with_anything_gives_none(pattern: str) -> None:
    assert first_characters(pattern) is None


def test_top_level_alternatives_leave_groups_and_classes_whole() -> None:
    assert top_level_alternatives(r"a|b(?:c|d)|[|)]e|\|f") == ["a", r"b(?:c|d)", r"[|)]e", r"\|f"]
    assert top_level_alternatives(r"[]|]x|y") == [r"[]|]x", "y"]


_PHRASES = ["kill(?:ed|s)?", "killing of", r"(?<=were\s)hurt", "fled", "fle(?:e|d)", r"\w+ed out", "and", "an"]


def _plain_and_guarded() -> tuple[re.Pattern[str], GuardedAlternation]:
    groups = [r"((?:kill(?:ed|s)?|killing of)\b)", r"((?:(?<=were\s)hurt|fled)\b)", r"((?:fle(?:e|d)|\w+ed out)\b)"]
    named = re.compile("|".join(groups))
    probe = re.compile(dispatched([rf"(?:{p})\b" for p in _PHRASES[:6]]))
    return named, GuardedAlternation(named, probe)


def test_a_guarded_alternation_finds_what_the_plain_one_finds_on_random_text() -> None:
    named, guarded = _plain_and_guarded()
    rng = random.Random(7)
    words = ["killed", "killing", "of", "were", "hurt", "fled", "flee", "wiped", "out", "kills", "an", "x"]
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        pos = rng.randint(0, len(text))
        for plain, fast in (
            (named.search(text, pos), guarded.search(text, pos)),
            (named.match(text, pos), guarded.match(text, pos)),
        ):
            assert (plain and (plain.span(), plain.lastindex)) == (fast and (fast.span(), fast.lastindex)), text


def test_the_lexicon_triggers_agree_with_their_plain_alternation() -> None:
    """Every place of invented sentences: the left and right triggers of the English lexicon, guarded, read the
    verb and the kind the plain alternation reads."""
    lex = lexicon_for("en")
    sentences = [
        "Gunmen killed at least 12 villagers and wounded 30 others near the market on Sunday.",
        "Some 4,000 families were forced to flee and 310 houses were washed away, officials said.",
        "The storm left 2,300 people homeless; 41 remain missing and 900 were evacuated to schools.",
        "Heavy fighting has displaced more than 15,000 residents, of whom 6,000 returned this week.",
        "Killed in the strike were 67 people, according to the health ministry's figures.",
    ]
    for sentence in sentences:
        lowered = lower_keeping_length(sentence)
        for guarded, _ in (lex.right_triggers, lex.house_right_triggers, lex.left_triggers, lex.house_left_triggers):
            named = guarded.named
            text = lowered if guarded is lex.left_triggers[0] or guarded is lex.house_left_triggers[0] else sentence
            for pos in range(len(text)):
                plain, fast = named.match(text, pos), guarded.match(text, pos)
                assert (plain and (plain.span(), plain.lastindex)) == (fast and (fast.span(), fast.lastindex))
                plain, fast = named.search(text, 0, pos), guarded.search(text, 0, pos)
                assert (plain and (plain.span(), plain.lastindex)) == (fast and (fast.span(), fast.lastindex))
