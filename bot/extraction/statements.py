"""Figures stated in one sentence: numbers linked to what they count and to what happened to them."""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.extraction.context import clause_start, is_cumulative, is_projection, trapped_after, trapped_before
from bot.extraction.kinds import NounPhrase, Trigger, is_human_plural, left_trigger, noun_phrase, right_trigger
from bot.extraction.lexicon import Lexicon, lower_keeping_length
from bot.extraction.model import Group, Kind, Qualifier
from bot.extraction.numbers import NumberMention, find_numbers

_HOUSE_KINDS = frozenset({Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED})
_HARM_KINDS = frozenset({Kind.KILLED, Kind.INJURED, Kind.MISSING})
_MOVED_KINDS = frozenset({Kind.DISPLACED, Kind.SHELTERED})
_FLIGHT_KINDS = frozenset({Kind.DISPLACED, Kind.SHELTERED, Kind.EVACUATED, Kind.HOMELESS})
# These patterns read the lower-cased sentence (``lowered``: same offsets), so they need no case-blind matching.
# Between two counted noun phrases sharing one verb: "20 civilians, including three children, and 29 fighters".
_CHAIN = re.compile(
    # (a part after "of whom" does not lend its verb to the total: "affected 9,000, of whom 800 fled")
    r"\s*(?:,\s*(?:including|among them|and|or|plus|as well as)?\s*(?!of whom|of them|of which)"
    r"|\s+(?:and|as well as|plus|including|along with|alongside|or|comprising|representing|totall?ing)\s+"
    r"|\s*[(\[]\s*(?:including\s+)?"
    r"|\s+[-–—]\s*(?:including\s+)?)"
)
# Before a subgroup of the figure just stated: "killed 12 people, including four women".
_SUBGROUP = re.compile(r"(?:including|incl\.|among them|among whom|of whom|of them)\s*$")
# After a subgroup without a noun: "including 755,000 in 2022 alone".
_SUBGROUP_TAIL = re.compile(r"\s+(?:in|from|during|since|last|this)\b")
_AND = re.compile(r"\s*,?\s*and\s+")
_ANOTHER = re.compile(r"(?:another|a further|an additional|additional)\b")
_OTHERS = frozenset({"others", "more"})
# A count in brackets right after a noun naming its kind: "returnees (82,092 ind.)", "displacements (158,000)".
# The noun may be followed by a short place or time, and the count by a share: "new arrivals in Uganda since
# 2022 (30,330 from South Sudan", "the highest rate of returns (39 per cent, 54,461)".
_BRACKET_OPEN = re.compile(r"\(\s*(?:\d+(?:\.\d+)?\s*(?:per\s?cent|percent|%)\s*,\s*)?$")
_BRACKET_CLAUSE = re.compile(r"[().;:]")
_NOUN_TAIL_WORDS = frozenset({"in", "since", "from", "to", "during", "at", "of", "across", "for"})
_PARTITIVE_OPENING = re.compile(r"\bof\s+(?:the|those|these|all)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*,\s*$")
# ... or its kind word first, then where and how: "Of the 26 killed in the attack on the mosque, 19 were ..."
_PARTITIVE_OPENING_LONG = re.compile(
    r"\bof\s+(?:the|those|these|all)\s+(?:[\d,.]+\s+)?(?:people\s+|persons\s+)?([a-z]+)\b[^,;.:()]{0,80},\s*$"
)
_MAX_LIST_GAP = 140  # characters between two items of one list ("evacuated from X, ..., 23,437 by plane")
_DEFINING_BRACKET = re.compile(r"\(\s*(?:groups?|batches|convoys?|units?|teams?|cases?) of\b[^()]*$")
_JOIN_REACH = 80  # characters a list's join may take: "bringing the total for the year in the two regions to"
# Items named by a cause or a place inside brackets: "Deaths: 302 (landslides 139, flash floods 61)".
_BRACKET_ITEM = re.compile(r"[(,]\s*(?:(?!(?:of|in|for|to|with|by|from|at|than|about|over)\s)[a-z][\w-]*\s+){1,3}$")
# A rounded number restated exactly in brackets: "over half a million (538,241)" is one figure, the exact one.
_RESTATED = re.compile(r"\s*\(\s*(?=\d)")
_HEDGES = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT})
# A noun named before its count: "houses numbering at least 50", "casualties totalling 30".
_HEAD_BEFORE = re.compile(r"\b([a-z]+)\s+(?:numbering|totall?ing|amounting to|counting)\s+$")
# Motion words that say people moved, which armed men do without being displaced ("300 soldiers arrived").
_MOTION = re.compile(r"\s*(?:arriv|enter|head|cross|mov|made|trek|push|migrat|left)")
_MOTION_INTO = re.compile(r"\s*(?:in)?to\s")  # "30 doctors into the camps": sent there, not sheltered
_ESCAPE = re.compile(r"\s*escaped")
_MOTION_LANDED = re.compile(r"\s*land")
# An object after an active verb: the singleton before it is the doer ("a soldier killed two civilians").
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:at least|more than|some|about|over|nearly)\s+)?(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|dozens|scores|several|many|hundreds|thousands)\b)"
)
_LOST = re.compile(r"lost\b")
# An age in apposition: "The man, 34, was shot dead".
_AGE_BEFORE = re.compile(r"\b(?:([A-Z][\w'’-]+)\s+)?([A-Za-z][\w'’-]*)\s*,\s*$")
_AGE_AFTER_NAME = re.compile(r"\s*,\s*(?:was|were|had|has|is|who|died|and his|and her)\b")
_AGE_AFTER = re.compile(r"\s*(?:,|\))")
# Other people named with a singleton before their shared verb: "his wife", ", his son and a neighbour".
_PARTNERS = re.compile(
    r"(?:\s*,\s*(?:his|her|their|a|an|the)\s+[a-z-]+)*\s*,?\s+and\s+(?:his|her|their|a|an|the)\s+(?:[a-z-]+\s+)?[a-z-]+"
    r"(?=\s+(?:were|have|had|are)\b)"
)
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|being|became)\s+$")
_REPORTING = re.compile(
    r"\s*(?:,\s*)?(?:who\s+)?(?:said|says|told|tells|reported|reports|added|adds|stated|states|confirmed|confirms"
    r"|explained|noted|warned|announced)\b"
)
_CUSTODY = re.compile(
    r"\b(?:prison|prisons|jail|jails|inmates?|prisoners?|detention|custody|captivity|captors|abduct\w*|kidnap\w*"
    r"|hostages?|seized)\b"
)
# A sentence opening on a bare count that names only its group continues the figure before: "Fourteen were
# children."
_BARE_COUNT_START = r"\s*(?:\d[\d,]*|[a-z-]+)\s+(?:were|are|was|included|include)\s"
# ... or on words standing for the people of that figure: "Those from Ethiopia are 1,965 individuals".
_CONTINUING_START = re.compile(
    _BARE_COUNT_START + r"|\s*(?:those|these|they|the rest|the others|of (?:these|them|those))\b"
)
_PART_GROUP = re.compile(r"\s+(?:were|are|was|included|include)\s+(?:also\s+)?([a-z-]+)(?:\s+([a-z]+))?")
_GROUP_PREDICATE = re.compile(r"\s+(?:were|are|was|included|include)\s+(?:also\s+)?(?:[a-z-]+\s+)?([a-z]+)\b")
# A singleton listed with a counted figure: "killing 18 patients and a nurse", "A woman and her three children".
_SINGLETON_JOIN_TEXT = (
    r"\s*(?:,\s*(?:and\s+|as well as\s+|plus\s+|including\s+|among them\s+)?|\s(?:and|as well as|plus|along with"
    r"|including)\s+)(?:(?:his|her|their|the|its)\s+)?"
)
_SINGLETON_JOIN = re.compile(_SINGLETON_JOIN_TEXT)
# After a figure whose plural noun the lexicon did not know: "two nurses and a driver".
_SINGLETON_AFTER = re.compile(r"(?:\s+[a-z-]+s(?=[\s,]))?" + _SINGLETON_JOIN_TEXT)
# "hacked three farmers to death": the verb before the count, its end after the noun.
_TO_DEATH = re.compile(r"\s+to\s+death\b")
_VERB_BEFORE_TO_DEATH = re.compile(r"\b(?!sentenc|condemn)(?:[a-z]+ed|beat|beats|shot|hit|struck|stab)\s+$")
# A count naming whom other counted people belong to: "members of one family", "relatives of 12 victims".
_OWNER_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")
_OWNERS = frozenset({"groups", "group"})
# Verbs that move people by force, before their count, and where they were moved, after its noun: "sent 8,000
# refugees into Chad", "drove 600 families across the river".
_CAUSATIVE_BEFORE = re.compile(
    r"\b(?:sent|sending|sends|send|drove|driving|drives|drive|driven|pushed|pushing|pushes|push|chased|chasing"
    r"|chase|forced|forcing|forces|force)\s+$"
)
_MOVED_INTO = re.compile(r"\s+(?:into|across|over|out of)\b")
_UPROOTABLE = frozenset({
    "people", "persons", "civilians", "refugees", "residents", "villagers", "families", "households", "inhabitants",
    "children", "women", "individuals", "migrants", "seekers", "idps", "displaced",
})  # fmt: skip
# The label of a key figure ("92,338 individuals Total number of new arrivals in Uganda (...)"): its first words
# name the kind; one naming a population, a need or a target makes it no figure.
_LABEL_END = re.compile(r"[().;:\n]")
_LABEL_REACH = 80
_LABEL_WORDS = 6
_LABEL_TRAP = re.compile(
    r"\b(?:population|in need|affected|targeted|target|reached|assisted|supported|capacity|host(?:ed|ing)?"
    r"|beneficiar\w*|planned|funding|funded|requirements?|budget)\b"
)
# A possessive between a verb and its count: "injuring her 3 children", "killing his two wives".
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its)\s+$")
# Refugees moved by those who care for them are relocated, a displacement: "moved 6,412 refugees to Maban".
_MOVED_BEFORE = re.compile(r"\b(?:moved|transferred|bused|bussed|trucked|transported)\s+$")
# "lost four of their own": a toll of the speaker's side.
_OWN_AFTER = re.compile(r"\s+of\s+(?:their|its|our|his|her)\s+own\b")
# The object before "and N others" / ", N others", and how far back its verb may stand.
_JOIN_BEFORE = re.compile(r"(?:,|\band)\s*$")
_OBJECT_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_OBJECT_REACH = 50
_OBJECT_WORDS = 5
# A definite singleton joins a list only by a word that lists ("and", "as well as"), not by a comma, which as often
# opens an apposition or a new clause ("risen to 32, the state agency said").
_DEFINITE_JOIN = re.compile(r"\s*,?\s+(?:and|as well as|plus|along with|including)\s+(?:(?:his|her|their|the|its)\s+)?")
_REPORTING_NEAR = re.compile(r"(?:\s+[\w-]+){0,2}?" + _REPORTING.pattern)
# ... or as a part of the figure before: "leaving 11 guests dead, among them the bride's father".
_DEFINITE_PART = re.compile(r"\s*,\s*(?:among them|among whom|including|incl\.)\s+")
# The place a definite singleton heads: "the head of Ngouma village", "the chief of Kanoma".
_OF_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:village|town|city|district|area|community))?"
)
_WHO_CLAUSE = re.compile(r"\s*,?\s*who\b")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_HEADLINE_WORDS = 4
_HEADLINE_SHARE = 0.7
_HEADLINE_STOPS = frozenset({"over", "near", "off", "amid", "after", "during", "under", "outside", "inside"})
_HEADLINE_NOUNS = frozenset({"head", "chief"})  # roles headlines name bare ("Kill Village Head")
_DEFINITE_WORDS = ("the ", "his ", "her ", "their ", "its ")  # (a cheap test before the definite pattern's search)
_OWN_PREDICATE = re.compile(r"\s+(?:was|were|is|has|had|have|who|died|dies|survived|lost)\b")
# After a definite singleton: whom it belongs to, not a victim ("the head of the family").
_OF_AFTER = re.compile(r"\s+of\b|['’]s\b")
# "killing six of them and the driver": a list after a partitive.
_OF_THEM_AND = re.compile(r"\s+of\s+(?:them|those|whom)" + _SINGLETON_JOIN_TEXT)
# A group noun standing as the modifier of a noun of what happened: "39 civilian deaths", "child casualties".
_KIND_NOUN_AFTER = re.compile(r"\s+(deaths|fatalities|injuries|displacements|arrivals|returnees|evacuees)\b")
_MORE_NOUN = re.compile(r"\s+(?:more|other|additional|further)\s+([a-z]+)")
# "left 27 soldiers (and ...) dead": the state people were left in, after its object.
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves)\s+$")
_LEFT_STATE = re.compile(r"[^.;:,()\d]{0,60}?\b(dead|injured|wounded|homeless|missing|displaced)\b")
_STATES = {
    "dead": Kind.KILLED, "injured": Kind.INJURED, "wounded": Kind.INJURED, "homeless": Kind.HOMELESS,
    "missing": Kind.MISSING, "displaced": Kind.DISPLACED,
}  # fmt: skip
# A part named inside a figure's phrase, or right after it: "Eleven people, including six children, drowned",
# "11 people had been killed, nine of them civilians".
_SUBGROUP_IN = re.compile(r"\b(?:including|incl\.|among them|among whom|of whom)\b")
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b(?:\s+(?:were\s+|are\s+)?([a-z]+))?")
_JOINED = re.compile(r"\s*,\s*")
# Counts paired item by item with what follows: "14 and 9 lives respectively".
_PAIRED = re.compile(r"\s*(?:,\s*and|,|and|&)\s*")
_RESPECTIVELY = re.compile(r"[^.;:]{0,80}?\brespectively\b")
_ROW_UNIT = re.compile(r"\b(?:hh|hhs|households?|families)\b")
# Where a forecast about a count may still stand: up to the end of its clause.
_CLAUSE_END = re.compile(r"[,;:.()]|\s[–—-]\s")
_FORECAST_REACH = 60
# A known population, not a forecast count: "the 300 refugees will be given food".
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|his|her)\s+$")
_DEFINITE_AT = re.compile(r"(?:the|these|those|its|their|our|his|her)\s")  # a prefix the count took in
# A verb standing for the one said before: "120,000 people had done so", "1,500 more did the same".
_DID_SO = re.compile(
    r"\s+(?:(?:more|others|also|too|likewise)\s+)?(?:(?:had|have|has|did|do|does)\s+)?(?:(?:also|likewise|since)\s+)?"
    r"(?:done so|did so|do so|does so|did the same|done the same|followed suit|follow suit)\b"
)
# Words standing for a figure said before, then its new level or its part: "the figure could reach seven
# million", "the number is expected to rise to", "Those from Ethiopia are 1,965 individuals".
_FIGURE_ANAPHOR = re.compile(
    r"(?:\bput (?:the )?(?:figure|number|toll|total|death toll) at"
    r"|\bthe (?:figure|number|total|tally|count)\s+(?:[\w-]+\s+){0,4}?(?:reach(?:es|ed)?|rise to|rose to|risen to"
    r"|climb(?:s|ed)? to|top(?:s|ped)?|exceed(?:s|ed)?|hit|stands? at|stood at|be|is|was)"
    r"|(?:^|[,;]\s*|\b(?:of these|of them|of those),?\s*)(?:those|these|they|the rest|the others)\b[^.;:\d]{0,40}?\b"
    r"(?:are|were|number(?:ed)?|total(?:led)?))\s+$"
)
# (words one of which the pattern above needs: a cheap test before its search)
_ANAPHOR_WORDS = ("figure", "number", "total", "tally", "count", "those", "these", "they", "rest", "others", "toll")
# A clause opening on a bare count that names the group of a figure stated before it: "...; at least 200 are
# unaccompanied", "..., and 40 were women".
_CLAUSE_OPEN = re.compile(r"(?:[;,:]|\band|\bwhile|\bwhereas|\bof whom|\bof which|\bof them|\bamong them)\s*$")
# A share taken of a count: what happened to the share did not happen to all ("85 per cent of the 2,000 people
# who fled have returned": 2,000 fled, not 2,000 returned).
_SHARE_OF = re.compile(
    r"(?:per\s?cent|percent|%|half|third|thirds|quarter|quarters|most|majority|fraction|proportion|share|some|many"
    r"|few|several)\s+of\s+(?:(?:the|these|those|its|their)\s+)?$"
)
# A count in apposition, between commas: "a larger number, about 4,800 people, returned".
_APPOSITION_OPEN = re.compile(r",\s*$")
# A place named before its count, as the item of a tally under a heading: ": Sindh 38, Khyber Pakhtunkhwa 12".
_NAMED_ITEM = re.compile(r"(?:[,;:]|\sand)\s*(?:[A-Z][\w'’-]*\.?\s+){1,4}$")
# ... or after its count, each item opening right after the colon or the item before.
_ITEM_OPENS = re.compile(r":\s*(?:[^:;.\d]{0,40}?[,;]\s*)?")
_PLACE_AFTER = re.compile(r"\s+(?:to|in|at|from|into)\s+(?:the\s+)?[A-Z]")
# Houses damaged and destroyed counted together: the conventions label neither kind.
_COMBINED = re.compile(r"(?:damaged|affected|destroyed)\s+(?:or|and/or)\s+(?:destroyed|damaged)\b")
_COMBINED_BEFORE = re.compile(r"\b(?:damaged|affected|destroyed)\s+(?:or|and/or)\s+$")
# What a clause says of homes before a bracketed count of them.
_DAMAGE_WORD = re.compile(r"\bdamag(?:e|ed|es|ing)\b")
_DESTROYED_WORD = re.compile(r"\b(?:destroy(?:ed|s|ing)?|destruction|razed|flattened|collapsed|washed away)\b")
# A heading naming houses before a tally: "Damage to houses: 8,342 totally damaged and 50,106 partially damaged".
_HOUSE_HEADING = re.compile(r"\b(?:houses?|homes?|dwellings?|housing|shelters?)\b[^:;.\d]{0,20}:")


# (Named tuples, like numbers.NumberMention, for their cost.)
class Statement(NamedTuple):
    """A figure as stated in a sentence, with offsets relative to that sentence."""

    kind: Kind
    value: int | None
    value_max: int | None
    qualifier: Qualifier
    group: Group
    start: int
    end: int
    projection: bool
    cumulative: bool
    own_verb: bool  # the phrase ends with its own verb, so an "and Y injured" after it shares its hedge


class _Link(NamedTuple):
    kind: Kind
    group: Group
    start: int
    end: int
    own_verb: bool
    left: bool
    motion: bool = False  # told by a verb of motion ("arrived", "entered"), which returns also use


def _link(
    sentence: str, lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon, previous_house: bool
) -> _Link | None:
    """What one number counts and what happened, from its own words (no sharing with neighbours)."""
    if np.trap:
        return None
    if mention.qualifier is Qualifier.VAGUE and not np.has_head and mention.vague_word not in lex.vague_standalone:
        return None
    if not np.has_head and _is_age_apposition(sentence, lowered, mention, lex):
        return None
    if (
        lowered.find("of", max(0, mention.start - 8), mention.start) >= 0
        and (owner := _OWNER_OF.search(lowered, max(0, mention.start - 30), mention.start))
        and (owner.group(1) in lex.group_nouns or owner.group(1) in _OWNERS)
    ):
        return None  # "members of one family": the members are counted, not the family
    if m := lex.of_the.match(sentence, mention.end):
        kind = lex.of_the_kind_nouns[m.group("kind").lower()]
        return _Link(kind, lex.group_nouns[m.group("group").lower()], mention.start, m.end(), True, False)
    if np.has_head and np.kind is None and (kind_noun := _KIND_NOUN_AFTER.match(lowered, np.end)):
        np = np._replace(kind=lex.kind_nouns[kind_noun.group(1)], end=kind_noun.end())  # "39 civilian deaths"
    if not np.has_head and (more := _MORE_NOUN.match(lowered, mention.end)) and more.group(1) in lex.non_count_nouns:
        return None  # "the evacuation of 11 more villages"
    verb_end = mention.start  # where a verb before the count must end
    if not np.has_head and (head := _head_before(lowered, mention.start, lex)) is not None:
        np, verb_end = head
    # "destroyed 16,441 houses and damaged 150,000 others": "others" after houses are houses
    others = lowered[mention.end : np.end].strip() in _OTHERS
    house = np.house or ((not np.has_head or others or np.partitive) and previous_house)
    if not house and not np.has_head and lowered.find(":", 0, mention.start) >= 0:
        house = _HOUSE_HEADING.search(lowered, 0, mention.start) is not None
    left: Trigger | None = None
    if house:
        left = left_trigger(lowered, verb_end, lex, house=True)
    if left is None and not np.house:
        left = left_trigger(lowered, verb_end, lex, house=False)
        if left is None and (owner := _POSSESSIVE_BEFORE.search(lowered, max(0, verb_end - 7), verb_end)):
            left = left_trigger(lowered, owner.start(), lex, house=False)  # "injuring her 3 children"
            if left is not None and left.kind not in _HARM_KINDS:
                left = None
        if left is None and np.has_head and (moved := _MOVED_BEFORE.search(lowered, max(0, verb_end - 14), verb_end)):
            moved_head = lowered[max(mention.end, np.end - 24) : np.end].split()[-1:]
            if moved_head and moved_head[0] in (*lex.refugee_nouns, "idps"):  # "moved 6,412 refugees to Maban"
                left = Trigger(Kind.DISPLACED, moved.start(), moved.end())
    if (
        left is not None
        and _LOST.match(lowered, left.start)
        and (not np.has_head or np.house or np.kind)
        and not _OWN_AFTER.match(lowered, mention.end)
    ):
        left = None  # "lost 12 soldiers", "lost four of their own" are tolls; "lost 40 per cent", "300 homes" are not
    if (
        left is None
        and np.has_head
        and lowered[mention.end : np.end].strip() in _OTHERS
        and not _OWN_PREDICATE.match(lowered, np.end)
        and right_trigger(sentence, lowered, np.end, lex, house=False) is None  # ("and 30 others remain missing")
    ):
        left = _verb_before_object(lowered, mention.start, lex)  # ("and 1,663 others were injured": their own)
    if left is not None:
        if left.kind in _HOUSE_KINDS and _COMBINED_BEFORE.search(lowered, max(0, left.start - 24), left.start):
            return None  # "damaged or destroyed 1,300 homes": a combined total, which the conventions leave out
        group = np.group if np.has_head else _row_unit(lowered, left.start, left.end) or np.group
        return _Link(left.kind, group, left.start, max(np.end, mention.end), False, True)
    part = lowered.find("of", max(0, mention.start - 9), mention.start) >= 0 and bool(
        _SHARE_OF.search(lowered, max(0, mention.start - 30), mention.start)
    )
    right = right_trigger(
        sentence, lowered, max(np.end, mention.end), lex, house=house, distant=np.has_head and not others, part=part
    )
    if right is None and house and not np.house and not others:
        # a bare count after houses may still count people: "Buries 30 Homes, 11 Missing"
        right = right_trigger(sentence, lowered, max(np.end, mention.end), lex, house=False, part=part)
        if right is not None and right.kind not in _HARM_KINDS:
            right = None
    if (
        right is None
        and np.has_head
        and lowered[np.end : np.end + 1] == ","
        and _APPOSITION_OPEN.search(lowered, max(0, mention.start - 3), mention.start)
    ):
        right = right_trigger(
            sentence, lowered, np.end + 1, lex, house=house
        )  # "a larger number, about 4,800 people, returned"
    if right is not None and right.kind in _MOVED_KINDS and _moved_not_displaced(sentence, lowered, mention, right, np):
        return None
    if right is not None and right.kind in _HOUSE_KINDS and _COMBINED.match(lowered, right.start):
        return None  # "homes have been damaged or destroyed": a combined total
    if right is not None:
        if np.kind in _HARM_KINDS and right.kind is Kind.SHELTERED:
            # "60 dead in the shelters": the noun says what happened; the shelter is where
            return _Link(np.kind, np.group, mention.start, np.end, False, False)
        told = lowered[right.start : right.end]
        motion = right.kind is Kind.DISPLACED and _MOTION.match(told) is not None and "fle" not in told
        return _Link(right.kind, np.group, mention.start, right.end, True, False, motion)
    if np.has_head and np.kind is None and (state := _left_in_state(lowered, mention.start, np.end)) is not None:
        return _Link(state[0], np.group, mention.start, state[1], False, False)
    if np.has_head and (to_death := _killed_to_death(lowered, mention.start, np.end)) is not None:
        return _Link(Kind.KILLED, np.group, mention.start, to_death, False, False)
    if _is_forced_move(lowered, mention, np):
        return _Link(Kind.DISPLACED, np.group, mention.start, np.end, False, False)
    if mention.start < 4 and (label_kind := _key_figure_kind(sentence, lowered, mention, np, lex)) is not None:
        return _Link(label_kind, np.group, mention.start, max(np.end, mention.end), False, False)
    if (forecast_end := _refugee_forecast_end(lowered, mention, np, lex)) is not None:
        return _Link(Kind.DISPLACED, np.group, mention.start, forecast_end, False, False)
    if np.kind is not None and not trapped_after(sentence, np.end, lex):
        lives = np.kind is Kind.KILLED and "lives" in lowered[mention.end : np.end]
        if lives and not lex.lives_before.search(lowered, max(0, mention.start - 30), mention.start):
            return None  # "saved 300 lives" is no death toll; "claimed 12 lives" is
        return _Link(np.kind, np.group, mention.start, np.end, False, False)
    return None


def _key_figure_kind(sentence: str, lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> Kind | None:
    """The kind a key-figure panel's label names after its count: "92,338 individuals Total number of new
    arrivals since January", "1.2M IDPs", "4,100 Deaths confirmed" (a population or a target is no figure)."""
    if lowered[: mention.start].strip(" \t•*-–—") or (np.has_head and np.kind is None and np.group is None):
        return None
    pos = max(np.end, mention.end)
    while pos < len(sentence) and sentence[pos] in " \t":
        pos += 1
    if pos >= len(sentence) or not sentence[pos].isupper():
        return None  # a label starts with a capital: lower case is the sentence going on
    label = _LABEL_END.split(lowered[pos : pos + _LABEL_REACH], maxsplit=1)[0]
    if _LABEL_TRAP.search(label):
        return None
    for word in label.split()[:_LABEL_WORDS]:
        kind = lex.kind_nouns.get(word) or lex.heading_kinds.get(word)
        if kind is None and word in lex.refugee_nouns:
            kind = Kind.DISPLACED
        if kind is not None:
            return kind
    return None


def _head_word(lowered: str, mention: NumberMention, np: NounPhrase) -> str:
    """The last word of a count's noun phrase ("refugees" of "9,560 South Sudanese refugees")."""
    words = lowered[max(mention.end, np.end - 24) : np.end].split()
    return words[-1] if words else ""


def _row_unit(lowered: str, start: int, end: int) -> Group | None:
    """The unit a row's label names for its bare count: "Returnees (HH): 1,100", "Displaced families: 300"."""
    m = _ROW_UNIT.search(lowered, start, end)
    if m is None:
        return None
    return Group.FAMILIES if m.group(0).startswith("famil") else Group.HOUSEHOLDS


def _refugee_forecast_end(lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> int | None:
    """Where the statement ends when a count of refugees with no verb of what happened is forecast in its clause
    ("more than four million refugees may eventually need protection", "preparing for 100,000 refugees"): the
    conventions label such a count a displacement projection."""
    if lex.forecast is None or not np.has_head or np.kind is not None:
        return None
    head = lowered[max(mention.end, np.end - 24) : np.end].split()[-1:]
    if not head or head[0] not in lex.refugee_nouns:
        return None
    if head[0] == "seekers" and not lowered.endswith("asylum seekers", 0, np.end):
        return None
    if _DEFINITE_AT.match(lowered, mention.start) or _DEFINITE_BEFORE.search(
        lowered, max(0, mention.start - 8), mention.start
    ):
        return None
    clause_end = _CLAUSE_END.search(lowered, np.end, np.end + _FORECAST_REACH)
    stop = clause_end.start() if clause_end else min(len(lowered), np.end + _FORECAST_REACH)
    found = None
    for m in lex.forecast.finditer(lowered, clause_start(lowered, mention.start), stop):
        if not lex.past_estimate.match(lowered, m.start()):
            found = m
            break
    return None if found is None else max(np.end, found.end())


def _left_in_state(lowered: str, start: int, end: int) -> tuple[Kind, int] | None:
    """ "left 27 soldiers and an unknown number of civilians dead": the state named after the object of "left"."""
    if not _LEFT_BEFORE.search(lowered, max(0, start - 10), start):
        return None
    m = _LEFT_STATE.match(lowered, end)
    return None if m is None else (_STATES[m.group(1)], m.end())


def _killed_to_death(lowered: str, start: int, end: int) -> int | None:
    """Where "to death" ends when a verb before the count and it after the noun tell a killing ("clubbed three
    fishermen to death"; a sentence is none: "sentenced 14 men to death")."""
    m = _TO_DEATH.match(lowered, end)
    if m is None or not _VERB_BEFORE_TO_DEATH.search(lowered, max(0, start - 16), start):
        return None
    return m.end()


def _returning(link: _Link) -> _Link:
    """The same link, told as a return."""
    return _Link(Kind.RETURNED, link.group, link.start, link.end, link.own_verb, link.left, link.motion)


def _is_forced_move(lowered: str, mention: NumberMention, np: NounPhrase) -> bool:
    """ "sent 8,000 refugees into Chad", "drove 600 families across the river": people moved by force."""
    if not np.has_head or np.group is Group.FIGHTERS or not _MOVED_INTO.match(lowered, np.end):
        return False
    if lowered[np.end - 1 : np.end] != "s" and not lowered[: np.end].endswith("displaced"):
        return False
    head = lowered[max(mention.end, np.end - 20) : np.end].split()[-1:]
    if not head or (head[0] not in _UPROOTABLE and np.kind is not Kind.DISPLACED):
        return False
    return _CAUSATIVE_BEFORE.search(lowered, max(0, mention.start - 12), mention.start) is not None


def _listed_with_singletons(
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[_Link | None],
    singles: list[tuple[NumberMention, _Link]],
    pairs: list[tuple[NumberMention, _Link]],
) -> list[tuple[NumberMention, _Link]]:
    """Counted nouns listed with a singleton take its kind: right after it ("killed a pastor and two farmers"), or
    right before it when its own verb follows ("Two rangers and a porter lost their lives")."""
    found: list[tuple[NumberMention, _Link]] = []
    stated = {m.start for m, _ in pairs}
    for mention, np, link in zip(mentions, nps, links, strict=True):
        if link is not None or mention.start in stated or not np.has_head or np.trap or np.house:
            continue
        for single, single_link in (*singles, *found):
            after = single_link.end <= mention.start and _SINGLETON_JOIN.fullmatch(
                lowered, single_link.end, mention.start
            )
            before = (
                single_link.own_verb
                and single.start >= np.end
                and _SINGLETON_JOIN.fullmatch(lowered, np.end, single.start)
            )
            if after or before:
                found.append((mention, _Link(single_link.kind, np.group, mention.start, np.end, False, False)))
                break
    return found


def _verb_before_object(lowered: str, start: int, lex: Lexicon) -> Trigger | None:
    """The verb of harm before the object that "N others" is listed with: "killing himself and 12 others",
    "Bandits Kill Village Head, 8 Others"."""
    join = _JOIN_BEFORE.search(lowered, max(0, start - 8), start)
    if join is None:
        return None
    gap_start = max(0, join.start() - _OBJECT_REACH)
    words = [w.start() + gap_start for w in _OBJECT_WORD.finditer(lowered[gap_start : join.start()])]
    for pos in reversed(words[-_OBJECT_WORDS:]):
        trigger = left_trigger(lowered, pos, lex, house=False)
        if trigger is not None:
            return trigger if trigger.kind in _HARM_KINDS else None
    return None


def _is_age_apposition(sentence: str, lowered: str, mention: NumberMention, lex: Lexicon) -> bool:
    """ "The man, 34, was shot dead", "Amina Bello, 12, died": a bare number between commas after a person."""
    if mention.value is None or mention.value > 110 or not _AGE_AFTER.match(lowered, mention.end):
        return False
    m = _AGE_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
    if m is None:
        return False
    word = m.group(2)
    if word.lower() in lex.singular_nouns or _is_human_singular(word.lower(), lex):
        return True
    # a full name ("Amina Bello, 12, died"), told from a list of places by the lower-case verb after it
    return m.group(1) is not None and word[0].isupper() and _AGE_AFTER_NAME.match(sentence, mention.end) is not None


def _head_before(lowered: str, start: int, lex: Lexicon) -> tuple[NounPhrase, int] | None:
    """The noun a count follows when it is named first ("houses numbering at least 50"), and where it starts."""
    if "ing " not in lowered[max(0, start - 14) : start] and "to " not in lowered[max(0, start - 4) : start]:
        return None  # spare the regex its search
    m = _HEAD_BEFORE.search(lowered, max(0, start - 40), start)
    if m is None:
        return None
    noun, end = m.group(1), m.end(1)
    if noun in lex.house_nouns:
        return NounPhrase(end=end, has_head=True, house=True), m.start(1)
    if noun in lex.group_nouns:
        return NounPhrase(end=end, has_head=True, group=lex.group_nouns[noun]), m.start(1)
    if noun in lex.kind_nouns:
        return NounPhrase(end=end, has_head=True, kind=lex.kind_nouns[noun]), m.start(1)
    return None


def _is_human_singular(word: str, lex: Lexicon) -> bool:
    """Whether a singular noun outside the lexicon names a person, by the plural test of counted nouns."""
    if word in lex.known_words:
        return False  # "later", "other", "after": words of the language that name no one
    plural = word[:-3] + "men" if word.endswith("man") else word + "s"
    return is_human_plural(plural, lex)


def _moved_not_displaced(sentence: str, lowered: str, mention: NumberMention, trigger: Trigger, np: NounPhrase) -> bool:
    """Whether a motion verb tells of people who moved without being displaced: armed men or people named by
    their trade arriving or crossing ("5,000 rescuers arrived"), inmates escaping."""
    if (
        _MOTION.match(lowered, trigger.start)
        or _MOTION_LANDED.match(lowered, trigger.start)
        or _MOTION_INTO.match(lowered, trigger.start)
    ):
        if np.group is Group.FIGHTERS:
            return True
        if np.has_head and np.kind is None and np.group in (Group.PEOPLE, Group.CIVILIANS):
            start = max(mention.end, np.end - 24)
            words = sentence[start : np.end].split()
            head = words[-1].lower().rsplit("-", 1)[-1] if words else ""  # ("asylum-seekers": seekers)
            # (people named by where they come from have fled it: "2,380 Congolese asylum-seekers crossed")
            if head and head not in _UPROOTABLE and not any(w[:1].isupper() for w in words):
                return True
    return _ESCAPE.match(lowered, trigger.start) is not None and _CUSTODY.search(lowered) is not None


def _singletons(
    sentence: str, lowered: str, taken: list[tuple[NumberMention, _Link]], lex: Lexicon
) -> list[tuple[NumberMention, _Link]]:
    """ "A woman was killed", "killing a police officer", "18 patients and a nurse": one person of the noun's
    group, whose kind a verb after it, a verb right before it or a figure it is listed with says."""
    found: list[tuple[NumberMention, _Link]] = []
    for m in lex.singleton.finditer(lowered):
        if m.group(1) not in lex.singular_nouns and not _is_human_singular(m.group(1), lex):
            continue
        if _REPORTING.match(lowered, m.end()):
            continue  # "a health official said": the source, not a victim
        if m.group(1) == "couple" and lowered.startswith(" of", m.end()):
            continue  # "a couple of": a vague few
        if any(n.start < m.end() and m.start() < n.end for n, _ in taken):
            continue
        if lex.negation_before is not None and lex.negation_before.search(lowered, max(0, m.start() - 16), m.start()):
            continue  # "not a single person died"
        kind, end, own_verb = _singleton_kind(sentence, lowered, m.start(), m.end(), [*taken, *found], lex)
        if kind is None or kind in _HOUSE_KINDS:
            continue
        if kind not in _HARM_KINDS and _WHO_CLAUSE.match(lowered, m.end()):
            continue  # "a 66-year-old man who arrived at the centre": a person's story, not a count of flight
        if (
            _COPULA_BEFORE.search(lowered, max(0, m.start() - 8), m.start())
            and left_trigger(lowered, m.start(), lex, house=False) is None
        ):
            continue  # "one of whom was a pregnant woman": who a person counted already was, not another one
        group = lex.group_nouns.get(m.group(1).lower(), Group.PEOPLE)
        value = 2 if m.group(1) == "couple" else 1  # "an elderly couple"
        mention = NumberMention(start=m.start(), end=m.end(), value=value, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, _Link(kind, group, m.start(), end, own_verb, False)))
    if lex.definite_singleton is not None and any(w in lowered for w in _DEFINITE_WORDS):
        found += _definite_singletons(sentence, lowered, [*taken, *found], lex)
    if _is_headline(sentence):
        found += _headline_singletons(lowered, [*taken, *found], lex)
    return found


def _is_headline(sentence: str) -> bool:
    """Title case, as headlines are written: "Rebels Torch 200 Homes, Kill Priest In Eastern DR Congo"."""
    words = _TITLE_WORD.findall(sentence)
    return len(words) >= _HEADLINE_WORDS and sum(w[0].isupper() for w in words) >= _HEADLINE_SHARE * len(words)


def _headline_singletons(
    lowered: str, taken: list[tuple[NumberMention, _Link]], lex: Lexicon
) -> list[tuple[NumberMention, _Link]]:
    """A role noun without its article right after a verb of harm, as headlines drop articles: "Kill Priest",
    "Gunmen Abduct 30, Shoot Village Head"."""
    found: list[tuple[NumberMention, _Link]] = []
    words = list(_OBJECT_WORD.finditer(lowered))
    for i, word in enumerate(words):
        noun = word.group(0)
        if noun not in lex.singular_nouns and noun not in _HEADLINE_NOUNS and not _is_human_singular(noun, lex):
            continue
        for k in range(max(0, i - 2), i + 1):  # ("Kill Village Head": up to two words before the noun)
            first = words[k]
            if any(w.group(0) in lex.np_stopwords or w.group(0) in _HEADLINE_STOPS for w in words[k : i + 1]):
                continue  # "Killed In Twin Bombings": a preposition, no object
            left = left_trigger(lowered, first.start(), lex, house=False)
            if left is None or left.kind not in _HARM_KINDS or left.end > first.start():
                continue
            if any(n.start < word.end() and first.start() < n.end for n, _ in [*taken, *found]):
                break
            mention = NumberMention(first.start(), word.end(), 1, None, Qualifier.EXACT)
            found.append((mention, _Link(left.kind, Group.PEOPLE, first.start(), word.end(), False, False)))
            break
    return found


def _definite_singletons(
    sentence: str, lowered: str, taken: list[tuple[NumberMention, _Link]], lex: Lexicon
) -> list[tuple[NumberMention, _Link]]:
    """ "shot dead the deputy commissioner and his bodyguard", "Among the dead were the station commander", "the
    village chief was beheaded": one person named with "the" or a possessive counts as the object of a verb of harm,
    the next item of a list of victims, or the subject of a verb of harm (not a witness, a source or a doer)."""
    found: list[tuple[NumberMention, _Link]] = []
    for m in lex.definite_singleton.finditer(lowered):  # type: ignore[union-attr]
        noun = m.group(1)
        if noun not in lex.singular_nouns and not _is_human_singular(noun, lex):
            continue
        if noun == "couple" or _REPORTING_NEAR.match(lowered, m.end()):
            continue  # "the couple's", "the regional health official said": no victim named
        if any(n.start < m.end() and m.start() < n.end for n, _ in [*taken, *found]):
            continue
        kind = _definite_kind(sentence, lowered, m.start(), m.end(), [*taken, *found], lex)
        if kind is None:
            continue
        group = lex.group_nouns.get(noun, Group.PEOPLE)
        # (its phrase runs over the place it heads, so a list may follow: "the head of Ngouma village and his wife")
        end = of_name.end() if (of_name := _OF_NAME.match(sentence, m.end())) else m.end()
        mention = NumberMention(start=m.start(), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, _Link(kind, group, m.start(), end, False, False)))
    return found


def _definite_kind(
    sentence: str, lowered: str, start: int, end: int, taken: list[tuple[NumberMention, _Link]], lex: Lexicon
) -> Kind | None:
    """What happened to a definite singleton: the verb before it, the list it ends, or its own verb of harm."""
    left = left_trigger(lowered, start, lex, house=False)
    if left is not None:
        return left.kind if left.kind in _HARM_KINDS else None  # ("killed the head of Ngouma village")
    if _OF_AFTER.match(lowered, end):
        return None  # "the head of the family": whose, not who
    if not _OWN_PREDICATE.match(lowered, end):
        for _mention, link in taken:
            if link.kind not in _HARM_KINDS or link.end > start:
                continue
            if _DEFINITE_PART.fullmatch(lowered, link.end, start):
                return link.kind  # "leaving 11 guests dead, among them the bride's father"
            # (after a figure whose verb followed it, "and their commander" opens a clause of its own)
            if not link.own_verb and (
                _DEFINITE_JOIN.fullmatch(lowered, link.end, start) or _OF_THEM_AND.fullmatch(lowered, link.end, start)
            ):
                return link.kind
        return None
    trigger = right_trigger(sentence, lowered, end, lex, house=False)
    if trigger is None or trigger.kind not in _HARM_KINDS:
        return None
    if not lowered[end : trigger.start].strip() and _OBJECT_AFTER.match(lowered, trigger.end):
        return None  # "the soldier killed two civilians": the doer
    return trigger.kind


def _singleton_kind(
    sentence: str, lowered: str, start: int, end: int, taken: list[tuple[NumberMention, _Link]], lex: Lexicon
) -> tuple[Kind | None, int, bool]:
    """What happened to a singleton, and where its stating phrase ends."""
    for _mention, link in taken:
        if link.start < start and end <= link.end and _SUBGROUP_IN.search(lowered, link.start, start):
            return link.kind, end, False  # "Three people, including a child, died": a part of the figure
    trigger = right_trigger(sentence, lowered, end, lex, house=False, distant=True)
    if trigger is None and (partner := _PARTNERS.match(lowered, end)):
        # "A pastor and his wife were murdered": the verb after the partners is the singleton's too
        trigger = right_trigger(sentence, lowered, partner.end(), lex, house=False)
    if trigger is not None:
        if not lowered[end : trigger.start].strip() and _OBJECT_AFTER.match(lowered, trigger.end):
            return None, end, False  # the doer, not the victim
        return trigger.kind, trigger.end, True
    left = left_trigger(lowered, start, lex, house=False)
    if left is not None:
        return left.kind, end, False
    if (to_death := _killed_to_death(lowered, start, end)) is not None:
        return Kind.KILLED, to_death, False
    for mention, link in taken:
        if link.kind in _HOUSE_KINDS:
            continue
        # after a figure ("killing 18 patients and a nurse") or before one with its own verb ("a woman and her
        # three children drowned")
        if link.end <= start and _SINGLETON_AFTER.fullmatch(lowered, link.end, start):
            return link.kind, end, False
        if mention.start >= end and link.own_verb and _SINGLETON_JOIN.fullmatch(lowered, end, mention.start):
            return link.kind, end, False
    return None, end, False


def _parts_inside(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[_Link | None], lex: Lexicon
) -> None:
    """Counts stated as parts of a figure take its kind, whatever verb comes after them: "Eleven people,
    including six children, drowned, and two fishermen are missing", "11 killed, nine of them civilians, and 37
    wounded"."""
    for i in range(1, len(mentions)):
        mention = mentions[i]
        for j in range(i - 1, -1, -1):
            whole = links[j]
            if whole is None or whole.kind in _HOUSE_KINDS:
                continue
            inside = whole.start < mention.start < whole.end and _SUBGROUP_IN.search(
                lowered, whole.start, mention.start
            )
            of_them = (
                _PART_OF_THEM.match(lowered, mention.end)
                if whole.end <= mention.start and _JOINED.fullmatch(lowered, whole.end, mention.start)
                else None
            )
            own = links[i]
            if own is not None and own.kind in _FLIGHT_KINDS and whole.kind in _FLIGHT_KINDS:
                break  # "410,000 displaced, 68,000 of them in public shelters": a finer kind of the same flight
            if inside or of_them:
                group = nps[i].group
                if of_them is not None and of_them.group(1):
                    group = lex.group_nouns.get(of_them.group(1)) or lex.group_adjectives.get(of_them.group(1)) or group
                end = of_them.end() if of_them is not None else max(nps[i].end, mention.end)
                links[i] = _Link(whole.kind, group, mention.start, end, False, False)
            break


def _respectively(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[_Link | None]
) -> None:
    """Bare counts paired with the counted one after them: "claimed 14 and 9 lives respectively", "received 4,300
    and 2,750 new IDPs respectively"."""
    for i in range(len(mentions) - 2, -1, -1):
        nxt = links[i + 1]
        if links[i] is not None or nxt is None or nps[i].has_head or nps[i].trap:
            continue
        if _PAIRED.fullmatch(lowered, mentions[i].end, mentions[i + 1].start) and _RESPECTIVELY.match(
            lowered, mentions[i + 1].end
        ):
            links[i] = _Link(nxt.kind, nxt.group, mentions[i].start, mentions[i].end, False, False)


def _carry_over(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[_Link | None], lex: Lexicon
) -> None:
    """A count with no verb of its own that stands as the next item of a list after a stated figure takes that
    figure's kind: subgroups ("killed 12 people, including four women"), distributions ("1,832 were in the South,
    137 in the Nippes"), pairs ("the return of 5,000 and 4,000 in April and May respectively"), parts ("619 people,
    of which 508 in Campeche, were evacuated") and equivalents ("3,285 people representing 365 families")."""
    last: _Link | None = None
    last_end = 0
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is not None:
            last = links[i]
            # the gap to the next item starts after this one's own words (its verb, when it follows)
            next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(lowered)
            own_end = max(mention.end, np.end)
            # (a list inside an aside of this figure starts at its own words)
            last_end = own_end if next_start < last.end else max(own_end, last.end)  # type: ignore[union-attr]
            continue
        if np.trap or (mention.qualifier is Qualifier.VAGUE and not np.has_head):
            continue
        if np.house:
            bracket_kind = _house_kind_before_bracket(lowered, mention.start, lex)
        else:
            bracket_kind = _kind_before_bracket(lowered, mention.start, lex)
        if bracket_kind is None and not np.house:
            bracket_kind = _kind_of_partitive(lowered, mention.start, lex)
            if bracket_kind is not None and not _is_part_tail(lowered, max(np.end, mention.end), lex):
                bracket_kind = None  # a predicate of its own: "Of the 130 missing, 88 have been found alive"
        if bracket_kind is not None:
            group = np.group if np.has_head else _named_group(lowered, max(np.end, mention.end), lex) or np.group
            links[i] = last = _Link(bracket_kind, group, mention.start, max(np.end, mention.end), False, False)
            last_end = last.end
            continue
        if last is None:
            continue
        if not _is_list_item(lowered, last_end, mention, np, lex):
            continue
        if np.has_head and not np.partitive and np.house != (last.kind in _HOUSE_KINDS):
            continue
        group = np.group if np.has_head else last.group
        kind = last.kind
        if kind is Kind.RETURNED and np.has_head and _head_word(lowered, mention, np) in lex.refugee_nouns:
            kind = Kind.DISPLACED  # "2,310 Ethiopian returnees and 9,560 South Sudanese refugees"
        links[i] = _Link(kind, group, mention.start, max(np.end, mention.end), False, False)
        last_end = max(np.end, mention.end)


def _tally_rows(
    sentence: str,
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[_Link | None],
    lex: Lexicon,
) -> None:
    """Counts after place names under a heading that names their kind: "Province-wise deaths (last 24 hours):
    Sindh 38, Khyber Pakhtunkhwa 12, Balochistan 7"."""
    # each heading's colon, to its kind: an item belongs to the heading whose colon is the last before it
    kinds = {m.end() - 1: lex.heading_kinds[m.group(1)] for m in lex.heading.finditer(lowered)}  # type: ignore[union-attr]
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is not None or np.trap or np.has_head:
            continue
        colon = lowered.rfind(":", 0, mention.start)
        if colon not in kinds:
            continue
        named_before = _NAMED_ITEM.search(sentence, max(colon, mention.start - 60), mention.start)
        # "Returns continued: 3,100 to Raqqa city, 9,000 to Manbij": the place after the count
        named_after = _ITEM_OPENS.fullmatch(lowered, colon, mention.start) and _PLACE_AFTER.match(sentence, mention.end)
        if named_before or named_after:
            links[i] = _Link(kinds[colon], Group.PEOPLE, mention.start, mention.end, False, False)


def _group_predicate(lowered: str, mention: NumberMention, previous: Kind, lex: Lexicon) -> _Link | None:
    """ "Fourteen were children.", "...; at least 200 are unaccompanied": a sentence or clause opening on a bare
    count that names only the group of a figure stated before it."""
    if lowered[: mention.start].strip() and not _CLAUSE_OPEN.search(lowered, max(0, mention.start - 12), mention.start):
        return None
    m = _GROUP_PREDICATE.match(lowered, mention.end)
    if m is None or previous in _HOUSE_KINDS:
        return None
    group = lex.group_nouns.get(m.group(1)) or lex.group_adjectives.get(m.group(1))
    if group is None:
        return None
    return _Link(previous, group, mention.start, m.end(), False, False)


def _stand_ins(
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[_Link | None],
    previous: Kind | None,
    recent: Kind | None,
    lex: Lexicon,
) -> None:
    """Counts whose verb stands for one said before ("had done so"), that a word standing for a figure said
    before introduces ("the figure could reach seven million", "Those from Ethiopia are 1,965"), or that name
    only the group of a figure said before them ("; at least 200 are unaccompanied") take that figure's kind."""
    before = previous  # the kind of the last figure before each count
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is not None:
            before = links[i].kind  # type: ignore[union-attr]
            continue
        if np.trap:
            continue
        link: _Link | None = None
        if m := _DID_SO.match(lowered, max(np.end, mention.end)):
            if before or recent:
                link = _Link(before or recent, np.group, mention.start, m.end(), True, False)  # type: ignore[arg-type]
        elif (said := before or (recent if i == 0 else None)) is None or said in _HOUSE_KINDS:
            continue
        elif _has_figure_anaphor(lowered, mention.start):
            # (told before the count, like a verb: "reach" here is no aid target; a sentence opening on the
            # anaphor may speak of the last figure of an earlier paragraph: "Those from Ethiopia are 1,965")
            link = _Link(said, np.group, mention.start, max(np.end, mention.end), False, True)
        elif before is not None and i > 0 and not np.has_head:
            link = _group_predicate(lowered, mention, before, lex)
        if link is not None:
            links[i] = link
            before = link.kind


def _has_figure_anaphor(lowered: str, start: int) -> bool:
    """Whether words standing for a figure said before lead to the count at ``start``."""
    window = lowered[max(0, start - 70) : start]
    # (searched in the sentence, where "^" is its start, not the window's)
    return any(word in window for word in _ANAPHOR_WORDS) and bool(
        _FIGURE_ANAPHOR.search(lowered, max(0, start - 70), start)
    )


def _is_part_tail(lowered: str, end: int, lex: Lexicon) -> bool:
    """Whether what follows a count names only where, when or who ("14 were children"), not what happened."""
    if lex.list_item_tail is not None and lex.list_item_tail.match(lowered, end):
        return True
    m = _PART_GROUP.match(lowered, end)
    return m is not None and any(
        w in lex.group_nouns or w in lex.group_adjectives or is_human_plural(w, lex) for w in m.groups() if w
    )


def _named_group(lowered: str, end: int, lex: Lexicon) -> Group | None:
    """The group a predicate names after a bare count: "4,000 were children", "200 are unaccompanied"."""
    m = _PART_GROUP.match(lowered, end)
    if m is None:
        return None
    for word in m.groups():
        if word and (group := lex.group_nouns.get(word) or lex.group_adjectives.get(word)):
            return group
    return None


def _kind_of_partitive(lowered: str, start: int, lex: Lexicon) -> Kind | None:
    """The kind named by a partitive opening the clause: "Of those killed, 14 were children", "Of the deaths, 19
    were reported in Sindh"."""
    if "," not in lowered[max(0, start - 4) : start]:
        return None  # the partitive ends with a comma right before the count
    m = _PARTITIVE_OPENING.search(lowered, max(0, start - 60), start) or _PARTITIVE_OPENING_LONG.search(
        lowered, max(0, start - 120), start
    )
    if m is None:
        return None
    noun = m.group(1)
    return lex.kind_nouns.get(noun) or lex.of_the_kind_nouns.get(noun)


def _kind_before_bracket(lowered: str, start: int, lex: Lexicon) -> Kind | None:
    """The kind a noun names when a count opens brackets right after it (or after its place or time)."""
    if "(" not in lowered[max(0, start - 20) : start]:
        return None  # spare the regex its search
    bracket = _BRACKET_OPEN.search(lowered, max(0, start - 20), start)
    if bracket is None:
        return None
    words = _BRACKET_CLAUSE.split(lowered[max(0, bracket.start() - 70) : bracket.start()])[-1].split()
    for k in range(len(words) - 1, -1, -1):
        if words[k] in lex.kind_nouns and (k == len(words) - 1 or words[k + 1] in _NOUN_TAIL_WORDS):
            return lex.kind_nouns[words[k]]
    return None


def _house_kind_before_bracket(lowered: str, start: int, lex: Lexicon) -> Kind | None:
    """The kind of a house count in brackets after the homes its clause says were damaged or destroyed: "people
    whose homes suffered only partial damage (more than 83,000 buildings)"."""
    if "(" not in lowered[max(0, start - 20) : start]:
        return None
    bracket = _BRACKET_OPEN.search(lowered, max(0, start - 20), start)
    if bracket is None:
        return None
    clause = _BRACKET_CLAUSE.split(lowered[max(0, bracket.start() - 90) : bracket.start()])[-1]
    if not any(word in lex.house_nouns for word in clause.split()):
        return None
    damaged = _DAMAGE_WORD.search(clause) is not None
    destroyed = _DESTROYED_WORD.search(clause) is not None
    if damaged == destroyed or _COMBINED.search(clause):
        return None  # neither, or both: a combined count the conventions leave out
    return Kind.HOUSES_DAMAGED if damaged else Kind.HOUSES_DESTROYED


def _is_list_item(lowered: str, gap_start: int, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> bool:
    """Whether a count is the next item of a list begun before ``gap_start``: joined to it by a list word, and
    followed by no verb of its own (a place, a means, a time, or the list's end)."""
    if lex.list_joins is None or lex.list_item_tail is None:
        return _SUBGROUP.search(lowered, max(0, mention.start - 20), mention.start) is not None
    if mention.start - gap_start > _MAX_LIST_GAP or gap_start > mention.start:
        return False
    if _DEFINING_BRACKET.search(lowered, gap_start, mention.start):
        return False  # "(groups of more than 50 people or more than 10 families)": a definition, no figure
    window = max(gap_start, mention.start - _JOIN_REACH)
    if not lex.list_joins.search(lowered, window, mention.start) and not (
        not np.has_head
        and _BRACKET_ITEM.search(lowered, window, mention.start)
        and lowered.rfind("(", 0, mention.start) > lowered.rfind(")", 0, mention.start)
    ):
        return False
    if lex.trigger_word.search(lowered, gap_start, mention.start) and not _SUBGROUP.search(
        lowered, max(0, mention.start - 20), mention.start
    ):
        return False  # another statement stands between them
    return _is_part_tail(lowered, max(np.end, mention.end), lex)  # ("and seven were members of the guard")


def _denied(lowered: str, mention: NumberMention, lex: Lexicon) -> bool:
    """Whether a count is denied ("no one was killed", "not a single house") or names one member of a group
    counted elsewhere ("one of the victims")."""
    if lex.negation_before is not None and lex.negation_before.search(
        lowered, max(0, mention.start - 16), mention.start
    ):
        return True
    is_word_one = mention.value == 1 and not lowered[mention.start : mention.end].strip()[-1:].isdigit()
    return is_word_one and lex.member_of is not None and lex.member_of.match(lowered, mention.end) is not None


def _restated(lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], i: int) -> bool:
    """Whether a number with no noun of its own is restated exactly in the brackets right after it."""
    if nps[i].has_head or i + 1 >= len(mentions):
        return False
    m = _RESTATED.match(lowered, mentions[i].end)
    if m is None or m.end() != mentions[i + 1].start:
        return False
    # (a count of another unit is no restatement: "9,612 (57,672 individuals)" counts households, then people)
    rounded, exact = mentions[i].value, mentions[i + 1].value
    return not nps[i + 1].has_head or (bool(rounded) and bool(exact) and 0.5 <= exact / rounded <= 2)  # type: ignore[operator]


def find_statements(
    sentence: str, lex: Lexicon, previous: Kind | None = None, recent: Kind | None = None
) -> list[Statement]:
    """Every figure stated in a sentence, in order; ``previous`` is the kind of the first figure of the sentence
    before (same paragraph), which a sentence opening on an anaphor continues ("An increase of 3,293 since..."),
    and ``recent`` the kind of the last figure before the sentence anywhere in the text, which a verb standing
    for another takes ("453,982 people had done so")."""
    lowered = lower_keeping_length(sentence)
    anaphor = lex.anaphor_start.match(lowered) if previous is not None and lex.anaphor_start is not None else None
    bare_start = previous is not None and anaphor is None and _CONTINUING_START.match(lowered) is not None
    if anaphor is None and not bare_start and next(lex.cues.iter(lowered), None) is None:
        return []  # one pass of the cue automaton is far cheaper than any regex over the sentence
    mentions = find_numbers(lowered, lex)
    if (
        not mentions
        and not lex.singleton.search(lowered)
        and (lex.definite_singleton is None or not lex.definite_singleton.search(lowered))
        and not _is_headline(sentence)
    ):
        return []
    nps = [noun_phrase(sentence, m.end, lex, vague=m.qualifier is Qualifier.VAGUE) for m in mentions]
    links: list[_Link | None] = [None] * len(mentions)
    previous_house = False
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        # "Ninety-five of them were completely destroyed": a part of the houses the sentence before counted
        house_context = previous_house or (np.partitive and previous in _HOUSE_KINDS and not any(links[:i]))
        links[i] = _link(sentence, lowered, mention, np, lex, house_context)
        if links[i] is not None:  # the last figure stated, not merely the last number, says what is counted
            previous_house = links[i].kind in _HOUSE_KINDS  # type: ignore[union-attr]
    # A noun phrase without its own verb shares the verb of the next one it is listed with.
    for i in range(len(mentions) - 2, -1, -1):
        nxt = links[i + 1]
        if links[i] is not None or nxt is None or nxt.left or not nps[i].has_head or nps[i].trap:
            continue
        if any(links[:i]) and _SUBGROUP.search(lowered, max(0, mentions[i].start - 20), mentions[i].start):
            continue  # "7 people drowned, including 3 children, and ... were displaced": a part of the figure before
        gap = _CHAIN.fullmatch(lowered, nps[i].end, mentions[i + 1].start)
        if gap and (nps[i].house == (nxt.kind in _HOUSE_KINDS)):
            links[i] = _Link(nxt.kind, nps[i].group, mentions[i].start, nps[i].end, False, False)
    if "respectively" in lowered:
        _respectively(lowered, mentions, nps, links)
    if anaphor is not None and mentions and links[0] is None and mentions[0].start <= anaphor.end() + 1:
        links[0] = _Link(previous, nps[0].group, mentions[0].start, max(nps[0].end, mentions[0].end), False, False)  # type: ignore[arg-type]
    elif previous is not None and mentions and links[0] is None and not nps[0].has_head:
        links[0] = _group_predicate(lowered, mentions[0], previous, lex)
    _parts_inside(lowered, mentions, nps, links, lex)
    _stand_ins(lowered, mentions, nps, links, previous, recent, lex)
    if ":" in lowered and lex.heading is not None:
        _tally_rows(sentence, lowered, mentions, nps, links, lex)
    if (previous or recent) is Kind.RETURNED:
        # people arriving or entering, told right after returns, are returning too
        links = [_returning(link) if link is not None and link.motion else link for link in links]
    _carry_over(lowered, mentions, nps, links, lex)
    pairs = [
        (m, link)
        for i, (m, link) in enumerate(zip(mentions, links, strict=True))
        if link is not None
        and m.value != 0  # "zero deaths": no figure
        and not _denied(lowered, m, lex)
        and not _restated(lowered, mentions, nps, i)
    ]
    for mention, link in pairs:
        if not link.left and trapped_before(lowered, mention.start, lex):
            pairs.remove((mention, link))
    singles = _singletons(sentence, lowered, pairs, lex)
    if singles:  # (the counts alone are in text order already)
        listed = _listed_with_singletons(lowered, mentions, nps, links, singles, pairs)
        # a singleton listed after those counts: "the commander, four officers and a teenage boy"
        more = _singletons(sentence, lowered, pairs + singles + listed, lex) if listed else []
        pairs += singles + listed + more
        pairs.sort(key=lambda p: p[0].start)
    cumulative = bool(pairs) and is_cumulative(lowered, lex)
    statements: list[Statement] = []
    for mention, link in pairs:
        qualifier = mention.qualifier
        if statements and qualifier is Qualifier.EXACT:
            before = statements[-1]
            if (
                before.own_verb
                and before.qualifier in _HEDGES
                and (before.kind in _HOUSE_KINDS) == (link.kind in _HOUSE_KINDS)  # (houses, then people: another count)
                and not _ANOTHER.match(lowered, mention.start)  # ("and another 900 were damaged": a count of its own)
                and _AND.fullmatch(lowered, before.end, mention.start)
            ):
                qualifier = before.qualifier  # "at least 6 killed and 15 injured": the hedge covers both
        statements.append(
            Statement(
                kind=link.kind,
                value=mention.value,
                value_max=mention.value_max,
                qualifier=qualifier,
                group=link.group if link.kind not in _HOUSE_KINDS else Group.HOUSEHOLDS,
                start=link.start,
                end=link.end,
                projection=is_projection(lowered, min(link.start, mention.start), link.end, lex),
                cumulative=cumulative,
                own_verb=link.own_verb,
            )
        )
    return statements


def with_qualifier(statement: Statement, qualifier: Qualifier) -> Statement:
    """A copy of a statement with another qualifier."""
    return statement._replace(qualifier=qualifier)
