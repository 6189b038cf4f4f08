"""Arabic text folded for matching, with a map back to the original offsets.

Spelling varies freely in Arabic news: hamza on the alef or not (أ إ آ ٱ → ا), final ya written as alef maqsura
(ى → ي), ta marbuta as ha (ة → ه), short vowels and shadda written or not, tatweel stretching words. Matching
folds all of these away; Eastern Arabic and Persian digits become ASCII digits and the Arabic thousands and
decimal signs become "," and ".", so one number reader serves every script.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "٬": ",", "٫": ".", "،": ",", "؛": ";", "؟": "?", "٪": "%",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)  # fmt: skip
# Short vowels, tanwin, shadda, sukun, dagger alef, Quranic marks, and tatweel: dropped.
_DROPPED = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
# Character by character, for name folding (``bot.geo.folding``): hamza forms, ya, ta marbuta; marks dropped.
ARABIC_CHAR_FOLD: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "\u0640": "",
    **{chr(code): "" for code in (*range(0x064B, 0x0660), 0x0670)},
}  # fmt: skip


def has_arabic(text: str) -> bool:
    """Whether a text holds Arabic script."""
    return ARABIC_LETTER.search(text) is not None


def fold_arabic(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when characters were dropped, the original offset of each folded character (plus
    one entry past the end); None when the offsets are unchanged."""
    folded = text.translate(_FOLD)
    if _DROPPED.search(folded) is None:
        return folded, None
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for m in _DROPPED.finditer(folded):
        pieces.append(folded[at : m.start()])
        origin.extend(range(at, m.start()))
        at = m.end()
    pieces.append(folded[at:])
    origin.extend(range(at, len(folded)))
    origin.append(len(text))
    return "".join(pieces), origin


def fold_arabic_name(name: str) -> str:
    """A place name folded the way report text is, for gazetteer keys."""
    return fold_arabic(name)[0]


ARABIC_NAME_TABLE = str.maketrans(ARABIC_CHAR_FOLD)
