"""Endings read from a pattern hold for every match (or are None), and the left triggers' test before their search
never rules out a place where the search finds a verb."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.extraction.kinds import left_trigger
from bot.extraction.lexicon import lexicon_for, lower_keeping_length
from bot.extraction.regex_endings import match_endings

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"killed", ("led",)),
        (r"kill(?:s|ed|ing)?", ("ill", "led", "lls", "ing")),
        (r"\bneutrali[sz](?:es|ed)", ("ses", "sed", "zes", "zed")),
        (r"(?:deaths|missing)\s*:", (":", "hs:", "ng:")),
        (r"toll\b[^.;]{0,40}?\b(?:to|at)", ("at", "to", "lat", "lto")),
        (r"(?:the\s+)?returns?\s+of", ("of",)),
        (r"[a-z]+(?:ed|ing) to death", ("ath",)),
    ],
)
def test_endings_of_a_pattern(pattern: str, expected: tuple[str, ...]) -> None:
    assert match_endings(pattern) == tuple(sorted(expected))


@pytest.mark.parametrize("pattern", [r"[a-z]+", r"\w+ed\b\s", r"(?i)killed", r"(?:killed)?", r"x|\d+"])
def test_a_pattern_whose_matches_may_end_on_anything_gives_none(pattern: str) -> None:
    assert match_endings(pattern) is None


@pytest.mark.parametrize("pattern", [r"kill(?:s|ed|ing)?", r"toll\b[^.;]{0,40}?\b(?:to|at)", r"(?:a|an) ﬁre"])
def test_every_match_ends_with_one_of_the_endings(pattern: str) -> None:
    endings = match_endings(pattern)
    assert endings is not None
    text = "kill kills killed killing the toll rose to 40 and the toll at noon a ﬁre an ﬁre"
    matches = [m.group(0) for m in re.finditer(pattern, text)]
    assert matches
    assert all(match.endswith(endings) for match in matches)


def _sentences() -> list[str]:
    out: list[str] = []
    for path in (DATA / "dev_reports.jsonl", DATA / "news_items.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.extend(re.split(r"(?<=[.!?])\s+", json.loads(line)["text"]))
    return out


_LONG = re.compile(r"\b(?:number of|toll|total number|total of)\b")


def test_left_triggers_are_found_wherever_their_search_finds_them() -> None:
    """Before every number and every word of our development and news sets, with and without houses."""
    lex = lexicon_for("en")
    found = 0
    for sentence in _sentences():
        lowered = lower_keeping_length(sentence)
        for start in (m.start() for m in re.finditer(r"(?<=\s)\S", lowered)):
            for house, (pattern, _kinds) in ((False, lex.left_triggers), (True, lex.house_left_triggers)):
                searched = pattern.search(lowered, max(0, start - 110), start)
                if searched is None and start > 110 and _LONG.search(lowered, start - 200, start - 60):
                    searched = pattern.search(lowered, start - 200, start)  # (a toll's noun named long before)
                trigger = left_trigger(lowered, start, lex, house=house)
                assert (trigger is None) == (searched is None), (sentence, start)
                if trigger is not None and searched is not None:
                    assert (trigger.start, trigger.end) == searched.span()
                    found += 1
    assert found > 300  # the sets do state figures after verbs
