"""How the words around a place name tie it to a figure: the preposition before it, and what the figure's
people did (stayed, moved, came back), which decides what "from" means.

"in", "at", "near", "fled" attach a place to what happens there; "to", "into", "for" name a destination;
"from" names an origin, which is a figure's place only for people who moved ("fled from Nyala"), and only the
actors' origin for a toll ("rescue teams from Egypt"). A figure's motion is read from its own words in one
Aho-Corasick pass: a word starting "return", "came back", ... means coming back, one starting "fled",
"displac", "cross", "arriv", ... moving (" cross" only at a word's start, so "across" is no crossing).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.text.cues import cue_finder

TOWARDS, NEUTRAL, AT = 0, 1, 2
FROM = 3  # ranks as AT for people who moved, as NEUTRAL otherwise
STRENGTH = {TOWARDS: 0, NEUTRAL: 1, AT: 2, FROM: 2}  # an attachment's weight whatever the figure
STAY, MOVE, RETURN = 0, 1, 2  # what a figure's people did: stayed (killed, injured, ...), moved, came back
# How each attachment ranks for a figure of each motion.
WEIGHTS = {
    motion: {TOWARDS: TOWARDS, NEUTRAL: NEUTRAL, AT: AT, FROM: AT if motion == MOVE else NEUTRAL}
    for motion in (STAY, MOVE, RETURN)
}

_RETURN_WORDS = (" return", " repatriat", " came back", " come back", " coming back", " went back",
                 " retour", " rentr", " rapatri", " revenu", " عاد", " وعاد", " عود", " عائد", " العائد")  # fmt: skip
_MOVE_WORDS = (" fled", " flee", " flight", " displac", " refuge", " asylum", " cross", " arriv", " uproot",
               " evacuat", " relocat", " escap", " exodus", " driven", " forced", " left", " leav",
               " homeless", " fui", " fuy", " déplac", " réfugi", " évacu", " quitt", " exode", " sans-abri",
               " نزح", " ونزح", " نازح", " النازح", " فر", " وفر", " فرار", " هرب", " لجأ", " لاجئ", " اللاجئ",
               " عبر", " إجلاء", " تهجير", " تشريد")  # fmt: skip
RETURN_WORD = re.compile("|".join(word.strip() for word in _RETURN_WORDS), re.IGNORECASE)

_ATTACHING = frozenset(
    {"in", "near", "at", "across", "throughout", "inside", "outside", "around", "within", "fled", "flee",
     "flees", "fleeing", "left", "leaving", "escaped", "escaping", "evacuated",
     "à", "au", "aux", "dans", "près", "en", "sur", "في", "قرب", "بالقرب", "داخل", "ب", "وفي"}
)  # fmt: skip
_DESTINATIONS = frozenset({"to", "towards", "toward", "into", "for", "vers", "إلى", "الى", "نحو"})
# Words between a preposition and its place: "in the besieged opposition area of East Ghouta".
_LEAD_WORDS = 6
_LOOK_BACK = 60


def attachment(text: str, start: int) -> int:
    """How the words before the place at ``start`` tie it to what happens: AT, FROM, NEUTRAL or TOWARDS."""
    for word in reversed(text[max(0, start - _LOOK_BACK) : start].split()[-_LEAD_WORDS:]):
        lowered = word.lower()
        if lowered in ("from", "depuis", "من"):
            return FROM
        if lowered in _ATTACHING:
            return AT
        if lowered in _DESTINATIONS:
            return TOWARDS
        if not lowered.isalpha() and not lowered.replace("-", "").replace("'", "").replace("’", "").isalpha():
            break  # punctuation ends the phrase the place belongs to ("Haiti's" does not)
    return NEUTRAL


@cache
def _motion_words() -> Any:
    return cue_finder({**dict.fromkeys(_MOVE_WORDS, MOVE), **dict.fromkeys(_RETURN_WORDS, RETURN)})


def motion(text: str, span: tuple[int, int]) -> int:
    """Whether the figure's own words at ``span`` say its people came back, moved, or neither (STAY)."""
    found_motion = STAY
    # Lower-casing the figure's words alone is cheaper than reading the report's lower-cased text.
    for _end, found in _motion_words().iter(" " + text[span[0] : span[1]].lower()):
        if found == RETURN:
            return RETURN
        found_motion = MOVE
    return found_motion
