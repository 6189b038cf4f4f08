"""Spaces lost by PDF conversion are restored between known words, and spans still point into the original."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extraction.lexicon import lexicon_for
from bot.extraction.lexicon.dictionary import english_words
from bot.extraction.sentences import prepare
from bot.extraction.spacing import Edit, glue_and_hyphen_edits
from tests.extraction.helpers import summary


def _repaired(text: str) -> str:
    lex = lexicon_for("en")
    return prepare(text, lex.known_words, lex.number_names).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("4,400 peoplewere moved", "4,400 people were moved", id="noun-verb"),
        pytest.param("floods displacedabout 4,400", "floods displaced about 4,400", id="verb-hedge"),
        pytest.param("between159,000 and 192,000", "between 159,000 and 192,000", id="letters-digits"),
        pytest.param("conflict 13years ago", "conflict 13 years ago", id="digits-letters"),
        pytest.param("people fledShirqat", "people fled Shirqat", id="word-then-name"),
        pytest.param("Central Darfurbetween May", "Central Darfur between May", id="name-then-word"),
        pytest.param("7,000 fami-lies", "7,000 families", id="hyphen-inside-word"),
        pytest.param("thousand shomeless", "thousands homeless", id="space-one-letter-early"),
        pytest.param("Thetyphoon hit", "The typhoon hit", id="article-noun"),
    ],
)
def test_run_together_words_are_split(text: str, expected: str) -> None:
    """Two known words run together get their space back."""
    assert _repaired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Someone was killed", id="number-word-tail"),
        pytest.param("Overall the storm", id="listed-compound"),
        pytest.param("Thailand and Kandahar", id="names"),
        pytest.param("COVID19 and H5N1 cases", id="codes"),
        pytest.param("self-help groups and well-being", id="real-hyphens"),
        pytest.param("landslides buried gunmen", id="unknown-compounds"),
    ],
)
def test_ordinary_words_are_left_alone(text: str) -> None:
    """Words the list does not split into two known words stay as written."""
    assert _repaired(text) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1,240 people were accommodated overnight", id="overnight"),
        pytest.param("Firefighters and townsmen searched the campus downtown", id="compounds-of-known-words"),
        pytest.param("refugees in Kutupalong and Whitehouse Farm", id="names-ending-in-a-short-word"),
    ],
)
def test_dictionary_words_are_never_split(text: str) -> None:
    """A word of the English dictionary is whole even when two known words make it up ("over" + "night")."""
    lex = lexicon_for("en")
    assert prepare(text, lex.known_words, lex.number_names, english_words()).text == text


def test_the_dictionary_still_lets_run_together_words_split() -> None:
    """Glued words are no dictionary words: the repair still finds their space."""
    lex = lexicon_for("en")
    repaired = prepare("4,400 peoplewere moved overnight", lex.known_words, lex.number_names, english_words())
    assert repaired.text == "4,400 people were moved overnight"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Floods displacedabout 4,400 people in Aceh.", [("displaced", 4400, "about", "people")], id="displacedabout"
        ),
        pytest.param(
            "About 668,000 peoplewere evacuated in Guangdong.", [("evacuated", 668000, "about", "people")], id="were"
        ),
        pytest.param(
            "Fighting displaced between159,000 and 192,000 people.",
            [("displaced", 159000, "range", "people")],
            id="range",
        ),
        pytest.param(
            "At least 150,000 people have already fledShirqat.",
            [("displaced", 150000, "at_least", "people")],
            id="fled-name",
        ),
    ],
)
def test_repaired_text_states_its_figures(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    """Figures hidden by lost spaces are found."""
    assert summary(text) == expected


_PIECES = st.sampled_from(["people", "were", "displaced", "about", "4,400", "between", "159", "fled", "Shirqat", " "])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_offsets_map_back_into_the_original(text: str) -> None:
    """Every repaired character maps to an original offset in order, and kept characters to themselves."""
    lex = lexicon_for("en")
    prepared = prepare(text, lex.known_words, lex.number_names)
    origin = [prepared.to_original(i) for i in range(len(prepared.text))]
    assert origin == sorted(origin)
    for i, ch in enumerate(prepared.text):
        if ch != " ":
            assert text[prepared.to_original(i)] == ch


# The repairs as plain regexes over the whole text: slow, but easy to read; the fast scan must agree with them.
_GLUED_NAME = re.compile(r"\b([a-z]{2,})(?=[A-Z][a-z])")
_LETTERS_THEN_DIGIT = re.compile(r"\b([A-Za-z]{2,})(?=\d)")
_DIGIT_THEN_LETTERS = re.compile(r"(?<=\d)([A-Za-z]{3,})\b")
_HYPHENATED = re.compile(r"\b([a-z]{2,})-([a-z]{2,})\b")


def _plain_glue_edits(text: str, known: frozenset[str]) -> set[Edit]:
    edits = {(m.end(), m.end(), " ") for m in _GLUED_NAME.finditer(text) if m.group(1) in known}
    edits |= {(m.end(), m.end(), " ") for m in _LETTERS_THEN_DIGIT.finditer(text) if m.group(1).lower() in known}
    edits |= {(m.start(), m.start(), " ") for m in _DIGIT_THEN_LETTERS.finditer(text) if m.group(1).lower() in known}
    for m in _HYPHENATED.finditer(text):
        head, tail = m.group(1), m.group(2)
        if head + tail in known and not (head in known and tail in known):
            edits.add((m.end(1), m.end(1) + 1, ""))
    return edits


_GLUE_PIECES = st.sampled_from(
    ["fami-lies", "fami", "-", "lies", "fled", "Shirqat", "between", "159", "years", "X", "_", "é", " ", "ab", "\n"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_GLUE_PIECES, max_size=10).map("".join))
def test_site_scan_finds_what_plain_regexes_find(text: str) -> None:
    """Glued names, numbers and hyphens are repaired exactly where whole-text regexes would repair them."""
    known = lexicon_for("en").known_words
    assert set(glue_and_hyphen_edits(text, known)) == _plain_glue_edits(text, known)
