"""Who states a figure, and whether its words tell of a rising toll or of a disputed one (pure).

Outlets often relay someone else's count: "at least 20 killed, authorities said" is the authorities' figure,
"45, according to civil society groups" is civil society's. Naming who says what lets disagreeing figures be shown
side by side ("20 (authorities) – 45 (civil society)") instead of as a rise. A toll rises when the report says so
("rose to", "climbed to", "new toll") or in a later report; words that dispute a figure never make a rise.
"""

from __future__ import annotations

import re

# Who is named as the speaker, and the short name shown for them (first match in the sentence wins).
_SPEAKERS: tuple[tuple[str, str], ...] = (
    (r"civil[- ]society", "civil society"),
    (r"(?:health|interior) ministry|ministry of (?:health|interior)", "ministry"),
    (r"authorities|officials?|government|governor|ministry|minister", "authorities"),
    (r"police|army|military|spokes(?:man|woman|person) for the (?:army|military)", "security forces"),
    (r"OCHA|UNHCR|IOM|WHO|UNICEF|United Nations|UN\b", "UN"),
    (r"Red Cross|Red Crescent|ICRC|MSF|Doctors Without Borders", "aid agencies"),
    (r"hospital|medics|doctors|health workers", "medics"),
    (r"activists|monitors?|observatory|rights groups?", "monitors"),
    (r"residents|witnesses|locals|community leaders|local leaders", "residents"),
    (r"rebels?|insurgents|militants|armed group", "armed group"),
)
_SPEAKER_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<v{i}>{words})" for i, (words, _) in enumerate(_SPEAKERS)) + r")", re.IGNORECASE
)
# Only a speaker introduced as one counts: "according to", "said", "say", "reported", "told", "per".
_SAYING = re.compile(
    r"\b(?:according to|said|says|say|reported|reports|told|counted|confirmed|estimated?|figures? from|per)\b",
    re.IGNORECASE,
)
_RISE = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|mounted|reached|has reached|new toll|"
    r"updated toll|revised (?:up|toll)|toll (?:is )?now)\b",
    re.IGNORECASE,
)
_DISPUTE = re.compile(
    r"\b(?:disput\w*|contest\w*|contradict\w*|contrary to|rejects?|denied|denies|far (?:higher|more) than|"
    r"(?:higher|lower) than (?:the )?official|official (?:figure|toll|count)s? (?:is|are|was|were) (?:too|an? under))",
    re.IGNORECASE,
)


def speaker(sentence: str) -> str | None:
    """Who the sentence names as the source of its figure, in a few words, or None."""
    if not _SAYING.search(sentence):
        return None
    match = _SPEAKER_PATTERN.search(sentence)
    if match is None or match.lastgroup is None:
        return None
    return _SPEAKERS[int(match.lastgroup[1:])][1]


def tells_rise(sentence: str) -> bool:
    """Whether the sentence says a toll went up ("rose to 45", "a new toll of 45")."""
    return bool(_RISE.search(sentence))


def disputes(sentence: str) -> bool:
    """Whether the sentence disputes another count ("disputes the official figure")."""
    return bool(_DISPUTE.search(sentence))
