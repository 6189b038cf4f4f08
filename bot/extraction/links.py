"""What a count is linked to, shared by the readers of one sentence: the kind and group a number was given and
where its phrase lies, the families of kinds, and clause patterns the count and singleton readers both use."""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.values import Group, Kind

# A capitalised word of a place's name ("Mellit", "Port-au-Prince", "St."), for the readers of lists of places.
PLACE_WORD = r"[A-ZÀ-ÞĀ-ž][\w'’.-]*"  # (Latin Extended-A too: "Şanlıurfa", "Łódź", "Čačak")

HOUSE_KINDS = frozenset({Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED})
# The degree before "damaged" or "destroyed" says which, by the conventions: "totally damaged" is destruction,
# "partly destroyed" damage.
HOUSE_DEGREES = {
    "totally": Kind.HOUSES_DESTROYED, "fully": Kind.HOUSES_DESTROYED, "completely": Kind.HOUSES_DESTROYED,
    "partially": Kind.HOUSES_DAMAGED, "partly": Kind.HOUSES_DAMAGED,
}  # fmt: skip
HARM_KINDS = frozenset({Kind.KILLED, Kind.INJURED, Kind.MISSING})
MOVED_KINDS = frozenset({Kind.DISPLACED, Kind.SHELTERED})
FLIGHT_KINDS = frozenset({Kind.DISPLACED, Kind.SHELTERED, Kind.EVACUATED, Kind.HOMELESS})
# Participles naming what happened, where a noun would stand: "to 2,060 the number injured", "Of those who died,",
# a key figure's label "150K - people arrived in Tawila".
PARTICIPLE_KINDS = {
    "killed": Kind.KILLED, "died": Kind.KILLED, "perished": Kind.KILLED, "drowned": Kind.KILLED,
    "injured": Kind.INJURED, "wounded": Kind.INJURED, "missing": Kind.MISSING,
    "displaced": Kind.DISPLACED, "forced": Kind.DISPLACED, "uprooted": Kind.DISPLACED, "fled": Kind.DISPLACED,
    "arrived": Kind.DISPLACED, "relocated": Kind.EVACUATED, "evacuated": Kind.EVACUATED, "returned": Kind.RETURNED,
    "lost their lives": Kind.KILLED,
}  # fmt: skip


# (Named tuples, like numbers.NumberMention, for their cost.)
class Link(NamedTuple):
    """What one number (or one person named without a number) counts, what happened, and where it is said."""

    kind: Kind
    group: Group
    start: int
    end: int
    own_verb: bool
    left: bool
    motion: bool = False  # told by a verb of motion ("arrived", "entered"), which returns also use


# A word of lower-cased text, as a verb's object is read word by word ("Kill Village Head, 8 Others").
OBJECT_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
# A predicate of its own after a noun ("and their commander was captured"): what happened to it is its own.
OWN_PREDICATE = re.compile(r"\s+(?:was|were|is|has|had|have|who|died|dies|drowned|perished|survived|lost)\b")

# A part named inside a figure's phrase, or right after it: "Eleven people, including six children, drowned",
# "11 people had been killed, nine of them civilians".
SUBGROUP_IN = re.compile(r"\b(?:including|incl\.|among them|among whom|of whom|comprising|consisting of)\b")

# A singleton listed with a counted figure: "killing 18 patients and a nurse", "A woman and her three children".
SINGLETON_JOIN_TEXT = (
    r"\s*(?:,\s*(?:and\s+|as well as\s+|plus\s+|including\s+|among them\s+)?|\s(?:and|as well as|plus|along with"
    r"|including)\s+)(?:(?:his|her|their|the|its)\s+)?"
)
SINGLETON_JOIN = re.compile(SINGLETON_JOIN_TEXT)
# A reporting verb after a person: the source, not a victim ("a health official said").
REPORTING = re.compile(
    r"\s*(?:,\s*)?(?:who\s+)?(?:(?:there|here|on duty|on the scene|at the (?:scene|hospital))\s+)?"
    r"(?:(?:has|have|had)\s+)?"  # ("..., a local official has told Radio Tamazuj")
    r"(?:said|says|told|tells|reported|reports|added|adds|stated|states|confirmed|confirms"
    r"|explained|noted|warned|announced)\b"
)

# An object after an active verb: the singleton before it is the doer ("a soldier killed two civilians").
OBJECT_AFTER = re.compile(
    r"\s+(?:(?:at least|more than|less than|fewer than|some|about|around|almost|roughly|approximately|close to"
    r"|up to|over|nearly|an estimated)\s+)?(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|scores|several|many"
    r"|hundreds|thousands)\b)"
)
# Before a subgroup of the figure just stated: "killed 12 people, including four women".
SUBGROUP = re.compile(
    r"(?:including|incl\.|among them|among whom|of whom|of them|comprising|consisting of)\s*(?:those\s+of\s+)?$"
)  # ("Eleven bodies, including those of six children")
# Houses damaged and destroyed counted together: the conventions label neither kind.
COMBINED = re.compile(
    # (a degree may open it: "1,045 houses were heavily damaged or destroyed")
    r"(?:(?:severely|badly|heavily|moderately|lightly|slightly|partially|partly|completely|totally|fully)\s+)?"
    r"(?:damaged|affected|destroyed|submerged|flooded|inundated)\s+(?:or|and/or)\s+(?:(?:so|severely|badly|heavily"
    r"|partially|partly|completely"
    r"|totally|fully)\s+){0,2}(?:destroyed|damaged)\b"
    # (a way of destruction or damage: "washed away or badly damaged"; not "burned or destroyed", both destruction)
    r"|(?:washed away|swept away|flattened|burn(?:ed|t)|collapsed)\s+(?:or|and/or)\s+(?:(?:were|was|are|is|been)\s+)?"
    r"(?:(?:so|severely|badly|heavily|partially|partly)\s+){0,2}damaged\b"
    # (the degrees joined after the verb: "another 2,600 collapsed totally or partially")
    r"|(?:collapsed|destroyed|damaged)\s+(?:totally|completely|fully|partially|partly)\s+(?:or|and/or)\s+"
    r"(?:totally|completely|fully|partially|partly)\b"
    # (the degrees joined: "partially or totally destroyed")
    r"|(?:partially|partly|totally|fully|completely)\s+(?:or|and/or)\s+(?:partially|partly|totally|fully|completely)"
    r"\s+(?:destroyed|damaged)\b"
)
# A verb of dying right after a verb of hurt, in the same clause: "nine of the wounded, all with severe burns, had
# died", "a woman hit by a stray bullet later died" (not "12 were injured, two of whom later died": a part, counted).
# Lost, then found dead: "was swept away by the river and later found dead", "...; their bodies were recovered".
LOST_THEN_FOUND_DEAD = re.compile(
    r"(?:(?!\b(?:while|but|whereas|others?|one|two|three)\b)[^.;\d]){0,80}?"
    r"(?:\band\s+(?:(?:was|were|had been|have been|has been)\s+)?(?:(?:later|subsequently|eventually)\s+)?found dead\b"
    r"|[;,]\s+(?:his|her|their)\s+bod(?:y|ies)\s+(?:was|were|has been|have been|had been)\s+(?:later\s+)?"
    r"(?:found|recovered|retrieved|pulled out)\b)"
)
HURT_THEN_DIED = re.compile(
    r"(?:(?!\b(?:and|while|but|whereas|whom|them|which|one|two|three)\b)[^.;\d]){0,60}?\b(?:had |have |has )?"
    r"(?:later |subsequently |since |eventually )?(?:died|succumbed)\b"
    # the same one hurt, then dead: "was hit by a stray bullet and died on the way to the hospital"
    # (past where and when, or what the one hurt was doing: "... in Barangay Baguindan on Tuesday and died", "...
    # while tending his rice field in Barangay Kitango and died")
    r"|(?:(?!\b(?:and|but|whereas|whom|them|which|one|two|three|others?)\b|\bwhile\s+(?![a-z]+ing\b))[^.;,\d]){0,60}?"
    r"\s+and\s+"
    r"(?:later |subsequently |eventually )?(?:died|succumbed)\b"
)
# People taken, not lost: the conventions label no one abducted, detained or arrested ("gunmen abducted 30 villagers",
# "2,700 Yazidis abducted by ISIL are still unaccounted for").
CAPTURED = r"(?:abducted|kidnapped|detained|arrested|captured|seized|taken hostage|held hostage)"
# Things listed after homes that are no homes: "razing 3,000 homes and some 500 other structures".
OTHER_THINGS = re.compile(r"\s+other\s+(?!houses|homes|dwellings|huts|shelters)[a-z]+")
# A rate, not a count: "one child dies every two hours" (a daily count is a figure: "2,000 cross every day").
RATE_AFTER = re.compile(r"[^.;]{0,30}?\bevery (?:(?:\w+ )?(?:hours?|minutes?|seconds?)|other (?:day|night|week))\b")
