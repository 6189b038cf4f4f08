"""Text typed in capitals.

Government bulletins and letterheads are often typed in capitals ("DEATHS: 19", "612 HOUSES DESTROYED"). Capitals
carry no information there, yet a reader that takes a capital to open a name or a sentence would misread them, so
such a stretch is read lower-cased (offset for offset: ``bot.extraction.lexicon.lower_keeping_length``).
"""

from __future__ import annotations

_MIN_LETTERS = 4
_HEAD = 16  # characters looked at first
_SHOUTING_SHARE = 0.85  # of the cased letters; "UNHCR, IOM and WFP" stays as typed


def is_shouting(text: str) -> bool:
    """Whether a stretch of text is typed in capitals."""
    if not text[:_HEAD].isupper():
        return False  # (most sentences show a lower-case letter at once: the count below is spared)
    upper = sum(map(str.isupper, text))
    if upper < _MIN_LETTERS:
        return False
    return upper >= _SHOUTING_SHARE * (upper + sum(map(str.islower, text)))
