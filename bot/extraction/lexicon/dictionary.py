"""English words that are whole as written, so that a lost-space repair never splits them ("overnight" is not
"over night", "firefighters" not "fire fighters", "campus" not "camp us").

The list is pyspellchecker's English frequency list, of which only words of six letters or more are kept: the
repair judges no shorter run (see `bot.text.word_lists` for how it is read and cached).
"""

from __future__ import annotations

from bot.text.word_lists import frequent_words

MIN_LENGTH = 6  # as the repair's long-word pattern: shorter runs are never judged


def english_words() -> frozenset[str]:
    """Lower-case English words of at least MIN_LENGTH letters."""
    return frequent_words("en", min_length=MIN_LENGTH)
