"""Sentence splitting copes with headlines, bullets, datelines, abbreviations, decimals and PDF damage."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.extraction.sentences import paragraphs, prepare, sentences


def _split(text: str) -> list[str]:
    prepared = prepare(text)
    return [prepared.text[s:e] for para in paragraphs(prepared.text) for s, e in sentences(prepared.text, para)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Floods Swamp Sindh Villages\nThe water rose overnight.",
            ["Floods Swamp Sindh Villages", "The water rose overnight."],
            id="headline",
        ),
        pytest.param(
            "Latest figures:\n- 12 people killed\n- 40 people injured",
            ["Latest figures:", "- 12 people killed", "- 40 people injured"],
            id="bullets",
        ),
        pytest.param(
            'KHARTOUM, 29 August 2023 – Shelling went on. "We ran," she said. Dr. Musa and the U.N. team left.',
            ["KHARTOUM, 29 August 2023 – Shelling went on.", '"We ran," she said.', "Dr. Musa and the U.N. team left."],
            id="dateline-quote-abbreviations",
        ),
        pytest.param(
            "On Jan. 5 some 2.5 million people were affected. Aid arrived.",
            ["On Jan. 5 some 2.5 million people were affected.", "Aid arrived."],
            id="month-abbreviation-decimal",
        ),
        pytest.param(
            "The floods forced 2,000 people\nto leave their homes in the\nprovince. Aid followed.",
            ["The floods forced 2,000 people\nto leave their homes in the\nprovince.", "Aid followed."],
            id="pdf-line-breaks",
        ),
    ],
)
def test_sentences_are_split_where_they_end(text: str, expected: list[str]) -> None:
    """Sentences end at final punctuation, headline lines and bullets, not at abbreviations or line wraps."""
    assert _split(text) == expected


def test_hyphenated_line_break_and_ligature_still_match() -> None:
    """'dis-\\nplaced' and the 'ﬂ' ligature are read as plain words, and the span points into the original."""
    text = "Heavy rain in Kasai dis-\nplaced 3,000 people; another 500 people had to ﬂee."
    figures = extract(text)
    assert [(f.kind.value, f.value) for f in figures] == [("displaced", 3000), ("displaced", 500)]
    assert text[figures[1].span[0] : figures[1].span[1]] == "another 500 people had to ﬂee"
