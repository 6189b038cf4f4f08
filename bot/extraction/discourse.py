"""Kinds carried across the counts of one sentence: a list's items, "respectively" pairs, parts of a figure
("including six children", "nine of them civilians"), partitives and brackets, tallies under a heading, and counts
standing for a figure said before ("the figure could reach", "had done so")."""

from __future__ import annotations

import re

from bot.extraction.context import trapped_after
from bot.extraction.kinds import NounPhrase, is_human_plural
from bot.extraction.lexicon import Lexicon
from bot.extraction.links import (
    COMBINED,
    FLIGHT_KINDS,
    HARM_KINDS,
    HOUSE_DEGREES,
    HOUSE_KINDS,
    OTHER_THINGS,
    PARTICIPLE_KINDS,
    PLACE_WORD,
    SUBGROUP,
    SUBGROUP_IN,
    Link,
)
from bot.extraction.numbers import NumberMention
from bot.values import Group, Kind, Qualifier

# A count in brackets right after a noun naming its kind: "returnees (82,092 ind.)", "displacements (158,000)".
# The noun may be followed by a short place or time, and the count by a share: "new arrivals in Uganda since
# 2022 (30,330 from South Sudan", "the highest rate of returns (39 per cent, 54,461)".
_BRACKET_OPEN = re.compile(r"\(\s*(?:\d+(?:\.\d+)?\s*(?:per\s?cent|percent|%)\s*,\s*)?$")
_BRACKETED = re.compile(r"\(\s*\d{1,3}\s*\)")
_BRACKET_CLAUSE = re.compile(r"[().;:]")
_NOUN_TAIL_WORDS = frozenset({"in", "since", "from", "to", "during", "at", "of", "across", "for"})
_PARTITIVE_OPENING = re.compile(
    r"\b(?:of|among|amongst)\s+(?:the|those|these|all)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*,\s*$"
)
# ... or its kind word first, then where and how: "Of the 26 killed in the attack on the mosque, 19 were ..."
# (never across a verb: "Among the victims identified were U Tin Maung, 63, ..." names people, not a part)
_PARTITIVE_OPENING_LONG = re.compile(
    r"\b(?:of|among|amongst)\s+(?:the|those|these|all|our|their|its)\s+(?:[\d,.]+\s+)?"
    r"(?:(?:people|persons|civilians|individuals|residents|palestinians|israelis|ukrainians|migrants|soldiers"
    r"|citizens|nationals)\s+)?"
    r"(?:who\s+(?:were\s+|had\s+|have\s+)?)?"  # ("Of those who died in 2023, 156 were ...")
    r"(lost\s+their\s+lives|[a-z]+)\b"  # ("Of our citizens who lost their lives, 1,236 were in Hatay")
    r"(?:(?!\b(?:were|was|are|is|included?)\b)[^,;.:()]){0,80},\s*$"
)
_MAX_LIST_GAP = 140  # characters between two items of one list ("evacuated from X, ..., 23,437 by plane")
_DEFINING_BRACKET = re.compile(r"\(\s*(?:groups?|batches|convoys?|units?|teams?|cases?) of\b[^()]*$")
_AFFECTED_AFTER = re.compile(
    # (past an aside in commas or dashes: "and 7.8 million people - nearly half of the population - are affected")
    r"\)?(?:\s*,[^,;.]{1,60},|\s+[-–—]\s[^;.]{1,60}?\s[-–—])?"
    # (past where: "nearly 31 lakh people in 32 districts remained affected")
    r"(?:\s+(?:in|across|throughout)\s+(?:the\s+)?\w+(?:\s+\w+)?(?=\s+(?:were|are|remain|have|had)))?"
    r"\s*(?:were|are|was|is|have been|had been|remain|remains|remained|have remained)?\s*affected\b"
    # (or in need: "and 9.4 million people in the country need humanitarian assistance")
    r"|(?:\s+(?:in|across|throughout)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?\s+(?:still\s+)?(?:need|needs|needed|require|requires"
    r"|are in need|were in need)\b"
)
# Kinds a part keeps when its own verb says so: "9 of whom later died", "1,900 of them Ethiopians coming home".
_OWN_PART_KINDS = HARM_KINDS | {Kind.RETURNED}
_SHORT_JOIN_REACH = 40
_LONG_JOIN = re.compile(r"\b(?:bringing|taking|raising|pushing)\b")
_JOIN_REACH = 80  # characters a list's join may take: "bringing the total for the year in the two regions to"
# Items named by a cause or a place inside brackets: "Deaths: 302 (landslides 139, flash floods 61)".
_BRACKET_ITEM = re.compile(r"[(,]\s*(?:(?!(?:of|in|for|to|with|by|from|at|than|about|over)\s)[a-z][\w-]*\s+){1,3}$")
# (a hedge may come between: "four were said to be separatist fighters")
_HEDGED = r"(?:(?:said|believed|reported|thought|understood|known|confirmed)\s+to\s+(?:be|have\s+been)\s+)?"
_PART_GROUP = re.compile(
    r"\s+(?:were|are|was|included|include)\s+(?:also\s+)?" + _HEDGED + r"([a-z-]+)(?:\s+([a-z]+))?"
)
_GROUP_PREDICATE = re.compile(
    r"(?:\s+of\s+(?:them|these|those))?"  # ("At least 46 of them were children")
    r"\s+(?:were|are|was|included|include)\s+(?:also\s+)?" + _HEDGED + r"(?:[a-z-]+\s+)?([a-z]+)\b"
)
_GROUP_PREDICATE_FIRST_WORD = re.compile(
    r"(?:\s+of\s+(?:them|these|those))?\s+(?:were|are|was|included|include)\s+(?:also\s+)?" + _HEDGED + r"([a-z]+)\b"
)
# Where some of the hurt still are: "remained in intensive care", "were still under treatment".
_IN_CARE = re.compile(
    r"\s+(?:remained|remain|remains|are|were|was|is)\s+(?:still\s+)?(?:in|under|receiving)\s+(?:an?\s+|the\s+)?"
    r"(?:intensive care|critical|serious|hospital|treatment|icu)\b"
)
# Where the injured were taken for care: "Of the injured, 14 were referred to Patna Medical College Hospital".
_INTO_CARE = re.compile(
    r"\s+(?:were|are|was|is|have been|had been)\s+(?:later\s+|since\s+)?(?:admitted|referred|rushed|shifted"
    r"|transferred|hospitali[sz]ed)\b"
)
# (past the rest of its noun phrase: "2,311 surrendered insurgents and their family members, comprising ...")
_PART_OPENER = re.compile(
    r"(?:\s+(?:and|or)\s+(?:their|its|his|her)\s+[a-z]+(?:\s+[a-z]+)?)?\s*,\s*"
    r"(?:including|among them|among whom|comprising|consisting of)\s"
)
# The next part of a partitive's whole: "and seven were", "and 12 are" (a comma alone may start another clause).
_AND_BEFORE = re.compile(r"\band\s+$")
_NEXT_ITEM = re.compile(r"\s*(?:,|,?\s*and)\s*")
_PART_VERB = re.compile(r"\s+(?:were|are)\b")
_WHERE_TAIL = re.compile(
    r"\s+(?:were|was|are|is)\s+(?:recorded\s+|reported\s+|registered\s+)?(?:in|at|from|outside|inside)\b"
)
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b(?:\s+(?:were\s+|are\s+)?([a-z]+))?")
# (the figure's clause may run on: "died in the blaze, 14 of them"; the part may stand in dashes, "killed 22 civilians
# - 6 of them children -", or after who says so, "put the dead at 27, and he says eleven of them were women")
_JOINED = re.compile(
    r"[^.;:\d]{0,60}?(?:(?:,|\s[–—-])\s*"
    r"|(?:,\s*|\s+)(?:and\s+)?(?:(?:he|she|they|officials|police)\s+)?(?:says|said|adds|added)(?:\s+that)?\s+)"
)
# Counts paired item by item with what follows: "14 and 9 lives respectively".
_PAIRED = re.compile(r"\s*(?:,\s*and|,|and|&)\s*")
_RESPECTIVELY = re.compile(r"[^.;:]{0,80}?\brespectively\b")
# ... close after a list whose kind is told before it ("8,700 and 4,100 in the two provinces respectively"), not
# after a predicate of its own ("780,000 and 245,000 stayed with relatives and in evacuation centres respectively")
_RESPECTIVELY_CLOSE = re.compile(r"[^.;:]{0,30}?\brespectively\b")
_FATE_KINDS = {
    "dead": Kind.KILLED, "killed": Kind.KILLED, "injured": Kind.INJURED, "wounded": Kind.INJURED,
    "hurt": Kind.INJURED, "missing": Kind.MISSING, "destroyed": Kind.HOUSES_DESTROYED, "damaged": Kind.HOUSES_DAMAGED,
}  # fmt: skip
# (a house's fate may carry its degree: "destroyed and partially damaged")
_FATE = r"((?:(?:fully|totally|completely|partially|partly)\s+)?(?:" + "|".join(_FATE_KINDS) + r"))"
_FATES = _FATE + r"\s+(?:and|&)\s+" + _FATE  # "dead and injured"
_FATE_PAIR_BEFORE = re.compile(rf"\b{_FATES}\b[^.;\d]{{0,60}}$")
_FATE_PAIR = re.compile(rf"\s+(?:(?:were|are|have been|had been)\s+)?{_FATES},?\s+respectively\b")
# The second fate of a pair, after the first one's noun: "... fatalities and injuries, respectively".
_SECOND_FATE_KINDS = {
    "injuries": Kind.INJURED, "injured": Kind.INJURED, "wounded": Kind.INJURED, "missing": Kind.MISSING,
}  # fmt: skip
_SECOND_FATE = re.compile(r"\s+(?:and|&)\s+(injuries|injured|wounded|missing),?\s+respectively\b")
# A verb standing for the one said before: "120,000 people had done so", "1,500 more did the same".
_DID_SO = re.compile(
    r"\s+(?:(?:more|others|also|too|likewise)\s+)?(?:(?:had|have|has|did|do|does)\s+)?(?:(?:also|likewise|since)\s+)?"
    r"(?:done so|did so|do so|does so|did the same|done the same|followed suit|follow suit)\b"
)
# A plan for a number of people, with no noun: the people of the flight said before ("planning for 50,000").
_PLANNING_FOR = re.compile(
    r"\b(?:planning|plans?|prepar(?:ing|es|ed)|contingency plans?) (?:for|to (?:deal with|receive|host|respond to"
    r"|assist))\s+$"
)
# Words standing for a figure said before, then its new level or its part: "the figure could reach seven
# million", "the number is expected to rise to", "Those from Ethiopia are 1,965 individuals".
_FIGURE_ANAPHOR = re.compile(
    r"(?:\b(?:put|puts|putting|places|placed) (?:the |that |this |its |their )?(?:figure|number|toll|total|death toll"
    r"|it)"
    r"(?: at| closer to| nearer to)?"
    # a source's own count, with no noun: "while a local NGO has cited 260,000"
    r"|\b(?:has |have |had )?(?:cited|cites)"
    r"|\bit (?:could|may|might|will|would) (?:\w+ )?(?:reach|rise to|climb to|top|exceed|pass)"
    r"|\brevis(?:ed|es|ing) (?:the|its|their) (?:figure|number|toll|death toll|total|count) (?:down|up)(?:wards?)? to"
    r"|\b(?:the|its|their|this|that)\s+(?:(?:official|overall|latest|new|grim)\s+)?(?:figure|number|total|tally|count)"
    # (not a count of people affected or helped: "the number of affected residents has reached 1.9 million")
    r"\s+(?:(?!(?:affected|targeted|assisted|reached|helped|beneficiaries|in need)\b)[\w-]+\s+){0,4}?"
    r"(?:reach(?:es|ed)?|rise to|rose to|risen to"
    r"|climb(?:s|ed)? to|top(?:s|ped)?|exceed(?:s|ed)?|hit|stands? at|stood at|be|is|was)"
    r"|(?:^|[,;]\s*|\b(?:of these|of them|of those),?\s*)(?:those|these|they|the rest|the others)\b[^.;:\d]{0,40}?\b"
    r"(?:are|were|number(?:ed)?|total(?:led)?))\s+$"
)
# Another source's count of the figure just stated, with no noun: "toll hits 108, say doctors; ministry says 61".
_OTHER_SOURCE_SAYS = re.compile(
    r"(?:;|\bwhile|\bwhereas|\bbut)\s*(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:says?|counts?|gives?|reports?)\s+$"
)
# (words one of which the pattern above needs: a cheap test before its search)
_ANAPHOR_WORDS = (
    "figure", "number", "total", "tally", "count", "those", "these", "they", "rest", "others", "toll", "it ", "cite",
)  # fmt: skip
# A clause opening on a bare count that names the group of a figure stated before it: "...; at least 200 are
# unaccompanied", "..., and 40 were women".
_CLAUSE_OPEN = re.compile(r"(?:[;,:]|\band|\bwhile|\bwhereas|\bof whom|\bof which|\bof them|\bamong them)\s*$")
# A place named before its count, as the item of a tally under a heading: ": Sindh 38, Khyber Pakhtunkhwa 12".
# ("Puri - 21", "Zike, 29; Kimakpa, 11")
_NAMED_ITEM = re.compile(
    r"(?:[,;:/]|\sand)\s*(?:in\s+)?(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\.?(?:\s+[-–—]|:)?,?\s+$"
)  # (and "in Cúcuta, 15,420 people; in Ocaña, 12,800", "Guerrero: 3,290 people; Chiapas: 2,830 people")
# Labelled rows after a heading's colon, up to the label of a count: "Guerrero: 3,290 people; Chiapas: ".
_LABELLED_ROWS = re.compile(r"(?:[^:;.]{1,50}:[^:;.]{1,40};\s*)*[^:;.\d]{1,50}:\s*")
# ... or after its count, each item opening right after the colon or the item before.
_ITEM_OPENS = re.compile(r":\s*(?:[^:;.\d]{0,40}?[,;]\s*)?")
_PLACE_AFTER = re.compile(r"\s+(?:to|in|at|from|into)\s+(?:the\s+)?[A-Z]")
# A heading that only says how the list after its colon is broken down: "District-wise: Puri - 21, Khurda - 9".
_BROKEN_DOWN_COLON = re.compile(
    r"\b(?:district|province|region|county|state|zone|division)-?wise\s*:"
    r"|\b(?:distribution|breakdown)\b[^:;.\d]{0,60}:"  # ("The distribution reported by the office is as follows:")
)
# A place's name and an opening bracket, maybe a hedge: "Mellit (", "Kabkabiya (about ".
_PLACE_BRACKET = re.compile(
    r"(?:^|[\s,;:])(?:" + PLACE_WORD + r")(?:[ -](?:" + PLACE_WORD + r"|de|des|du|do|da|dos|das|del|di|la|el|al))*"
    r"(?:\s+(?:zone|region|district|province|county|state|woreda|governorate|department|municipality))?\s*\(\s*"
    r"(?:about|some|around|nearly|almost|over|more than|at least|approximately|an estimated)?\s*$"
)
# Inside a bracket, before a count: earlier items, then a place's name ("Dhubri 3, Lakhimpur ").
# ... or the last hours' share: "DEATHS: 1,162 (LAST 24 HRS: 26)".
_NAME_IN_BRACKET = re.compile(
    r"(?:[^()]*[,;]\s*)?" + PLACE_WORD + r"(?:[ -]" + PLACE_WORD + r"){0,3}\s+"
    r"|(?i:(?:in\s+the\s+)?(?:last|past)\s+\d+\s*(?:hours|hrs|days)\s*:\s*)"
)
_BRACKET_CLOSE = re.compile(r"\s*(?:individuals|ind\.?|persons|people|households|hhs?|families)?\s*\)")
# A place's name alone before a bare count, the verb left out or a verb of recording: "Poland has received 1.2
# million refugees, Romania 85,000 and Hungary over 40,000" (the hedge is the count's own), "with Chipinge recording
# 92", "; Castilla-La Mancha has recorded seven"; the item ends the clause or the list.
_ELIDED_ITEM = re.compile(
    r"(?:[,;:]|\band|\bwith|\bwhile|\bwhereas|\bfollowed\s+by)\s+(?:the\s+)?"
    + PLACE_WORD
    + r"(?:[ -](?:"
    + PLACE_WORD
    + r"|de|des|du|do|da|dos|das|del|di|la|el|al|ez|az|as|ad|an|ar|ash)){0,3}"
    r"(?:\s+(?:(?:has|have|had)\s+)?(?:recorded|recording|records|registered|registering|reported|reporting"
    r"|counted|counting))?\s+$"
)
_PAIR_JOIN = re.compile(r"\s+and\s+")
_ELIDED_ITEM_END = re.compile(r"\s*(?:[,.;)]|\band\b|$)")
# Between the figure before and the elided item, no clause of another sort: "displaced, following attacks on
# Solino and Delmas 30" names a place with a number in it ("from ... Solino, Delmas 24"); a list's "followed by" is
# no such clause ("Feni recorded 17 deaths, followed by Cumilla 14").
_ELIDED_GAP_STOP = re.compile(r"\b(?:[a-z]+ing|on|against|(?<!followed )by|near|from)\b")
# An item of a list of places "accounting for" parts of a figure: ", Sagaing for 1,012", "and Suzu for 99".
# A sentence opening on the whole its places share: "Of the fresh deaths, Myagdi accounted for five".
_OPENING_PARTITIVE = re.compile(r"\W*(?:of|among)\s+(?:the|those|these|all)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*,")
_ACCOUNTED_FOR = re.compile(r"\b(?:accounted|accounts|accounting|account)\s+for\s+$")
_FOR_ITEM = re.compile(
    r"(?:,|\band)\s+(?:(?:neighbouring|neighboring|nearby|adjacent)\s+)?"  # ("and neighbouring Suzu for 20")
    + PLACE_WORD
    + r"(?:\s+"
    + PLACE_WORD
    + r"){0,3}"
    r"(?:\s+(?:district|city|province|region|state|county|town|municipality))?\s+for\s+$"
)
# ... or its share of the figure before: "the largest numbers are in East Hararghe zone (386,000)"
_MOVING_ON = re.compile(
    r"\b(?:went|moved|fled|arrived|headed|reached|crossed|settled|sought|others|the rest"
    r"|the (?:largest|highest|biggest) (?:numbers?|concentrations?|shares?)|the bulk|most of (?:them|these|those))\b"
)
_LOWER_WORD = re.compile(r"[a-z]+")
# What a clause says of homes before a bracketed count of them.
_DAMAGE_WORD = re.compile(r"\bdamag(?:e|ed|es|ing)\b")
_DESTROYED_WORD = re.compile(r"\b(?:destroy(?:ed|s|ing)?|destruction|razed|flattened|collapsed|washed away)\b")


def _head_word(lowered: str, mention: NumberMention, np: NounPhrase) -> str:
    """The last word of a count's noun phrase ("refugees" of "9,560 South Sudanese refugees")."""
    words = lowered[max(mention.end, np.end - 24) : np.end].split()
    return words[-1] if words else ""


def parts_inside(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None], lex: Lexicon
) -> None:
    """Counts stated as parts of a figure take its kind, whatever verb comes after them: "Eleven people,
    including six children, drowned, and two fishermen are missing", "11 killed, nine of them civilians, and 37
    wounded"."""
    for i in range(1, len(mentions)):
        mention = mentions[i]
        if nps[i].trap:
            continue  # things, not people: "1,800 of whom had sought refuge in three improvised sites"
        for j in range(i - 1, -1, -1):
            whole = links[j]
            if whole is None or whole.kind in HOUSE_KINDS:
                continue
            inside = whole.start < mention.start < whole.end and SUBGROUP_IN.search(lowered, whole.start, mention.start)
            of_them = (
                _PART_OF_THEM.match(lowered, mention.end)
                if whole.end <= mention.start and _JOINED.fullmatch(lowered, whole.end, mention.start)
                else None
            )
            own = links[i]
            if own is not None and own.kind in FLIGHT_KINDS and whole.kind in FLIGHT_KINDS:
                break  # "410,000 displaced, 68,000 of them in public shelters": a finer kind of the same flight
            if of_them and not inside and own is not None and own.own_verb and own.kind in _OWN_PART_KINDS:
                break  # "47 injured patients, 9 of whom later died": the part's own verb
            if inside or of_them:
                group = nps[i].group
                if of_them is not None and of_them.group(1):
                    group = lex.group_nouns.get(of_them.group(1)) or lex.group_adjectives.get(of_them.group(1)) or group
                end = of_them.end() if of_them is not None else max(nps[i].end, mention.end)
                links[i] = Link(whole.kind, group, mention.start, end, False, False)
            break


def _fate_kind(fate: str) -> Kind:
    """The kind a fate word names, its degree first: "partially damaged" is damage, "totally damaged" destruction
    (the conventions' reading of a house's state)."""
    words = fate.split()
    return HOUSE_DEGREES.get(words[0]) or _FATE_KINDS[words[-1]]


def respectively(lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None]) -> None:
    """Bare counts paired with the counted one after them: "claimed 14 and 9 lives respectively", "received 4,300
    and 2,750 new IDPs respectively"."""
    for i in range(len(mentions) - 2, -1, -1):
        nxt = links[i + 1]
        linked = nxt or links[i]
        if (
            (linked is not None or not nps[i + 1].has_head)
            and not nps[i].has_head
            and _PAIRED.fullmatch(lowered, mentions[i].end, mentions[i + 1].start)
            and _RESPECTIVELY.match(lowered, mentions[i + 1].end)
            and (named := _FATE_PAIR_BEFORE.search(lowered, max(0, mentions[i].start - 80), mentions[i].start))
        ):
            # the two fates named before the pair: "The number of missing and injured people stood at 132 and
            # 361, respectively" (bare counts too: "the numbers of dead and injured in the two districts were 2
            # and 6 respectively")
            first, second = _fate_kind(named.group(1)), _fate_kind(named.group(2))
            group = linked.group if linked is not None else Group.PEOPLE
            links[i] = Link(first, group, mentions[i].start, mentions[i].end, False, False)
            end = max(nps[i + 1].end, mentions[i + 1].end)
            links[i + 1] = Link(second, nps[i + 1].group, mentions[i + 1].start, end, False, False)
            continue
        first_linked = links[i]
        if (
            first_linked is not None
            and nxt is None
            and first_linked.left
            and not nps[i].has_head
            and nps[i + 1].has_head
            and not nps[i + 1].trap
            and _PAIRED.fullmatch(lowered, mentions[i].end, mentions[i + 1].start)
            and _RESPECTIVELY.match(lowered, max(nps[i + 1].end, mentions[i + 1].end))
        ):
            # the verb before the pair: "the two villages lost 46 and 25 residents respectively"
            group = nps[i + 1].group
            links[i] = first_linked._replace(group=group)
            end = max(nps[i + 1].end, mentions[i + 1].end)
            links[i + 1] = Link(first_linked.kind, group, mentions[i + 1].start, end, False, True)
            continue
        if (
            first_linked is not None
            and nxt is not None
            and first_linked.kind is nxt.kind
            and not nps[i].has_head
            and _PAIRED.fullmatch(lowered, mentions[i].end, mentions[i + 1].start)
            and (fates := _FATE_PAIR.match(lowered, max(nps[i + 1].end, mentions[i + 1].end))) is not None
        ):
            # both counts read with the noun they share, and its two fates in order after it: "1,347 and 2,295
            # people had been killed and injured respectively"
            links[i] = first_linked._replace(kind=_fate_kind(fates.group(1)))
            links[i + 1] = nxt._replace(kind=_fate_kind(fates.group(2)))
            continue
        if links[i] is not None or nxt is None or nps[i].has_head or nps[i].trap:
            continue
        if _PAIRED.fullmatch(lowered, mentions[i].end, mentions[i + 1].start) and _RESPECTIVELY.match(
            lowered, mentions[i + 1].end
        ):
            links[i] = Link(nxt.kind, nxt.group, mentions[i].start, mentions[i].end, False, False)
            # the second fate after the noun of the first: "47,540 and 111,618 fatalities and injuries, respectively"
            if (other_fate := _SECOND_FATE.match(lowered, nps[i + 1].end)) and nps[i + 1].has_head:
                links[i + 1] = nxt._replace(kind=_SECOND_FATE_KINDS[other_fate.group(1)])
                continue
            # two fates in the same order: "leaving five and 11 soldiers dead and injured respectively"
            fates = _FATE_PAIR.match(lowered, max(nps[i + 1].end, mentions[i + 1].end))
            if fates is not None:
                first, second = _fate_kind(fates.group(1)), _fate_kind(fates.group(2))
                links[i] = links[i]._replace(kind=first)  # type: ignore[union-attr]
                links[i + 1] = nxt._replace(kind=second)


def respectively_as_before(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None], previous: Kind | None
) -> None:
    """A list of bare counts paired with the places or dates before them, with no verb of harm or flight of their
    own, counts what was counted last before it, in its sentence or the one before: "... have fled since March.
    Ghana, Togo and Benin have received 14,000, 12,000 and 10,000 respectively"."""
    first = 0
    while first < len(mentions) - 1:
        last = first
        while (
            last + 1 < len(mentions)
            and max(nps[last].end, mentions[last].end) == mentions[last].end
            and _PAIRED.fullmatch(lowered, mentions[last].end, mentions[last + 1].start)
        ):
            last += 1
        run = range(first, last + 1)
        # the kind counted last before the list: in its own sentence if any count comes before it, else before it
        told = links[first - 1] if first > 0 else None
        before = (told.kind if told is not None else None) if first > 0 else previous
        if (
            last > first
            and before is not None
            and before not in HOUSE_KINDS  # (houses come in degrees: "the figures stand at 1,300 and 5,900")
            and all(links[k] is None and not nps[k].trap and not nps[k].house for k in run)
            and not any(nps[k].has_head for k in range(first, last))
            and (not nps[last].has_head or nps[last].partitive)  # ("hold 300 and 400 pupils": no harm said)
            and _RESPECTIVELY_CLOSE.match(lowered, max(nps[last].end, mentions[last].end))
        ):
            for k in run:
                end = max(nps[k].end, mentions[k].end)
                links[k] = Link(before, nps[last].group, mentions[k].start, end, False, False)
        first = last + 1


def carry_over(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None], lex: Lexicon
) -> None:
    """A count with no verb of its own that stands as the next item of a list after a stated figure takes that
    figure's kind: subgroups ("killed 12 people, including four women"), distributions ("1,832 were in the South,
    137 in the Nippes"), pairs ("the return of 5,000 and 4,000 in April and May respectively"), parts ("619 people,
    of which 508 in Campeche, were evacuated") and equivalents ("3,285 people representing 365 families")."""
    last: Link | None = None
    last_end = 0
    partitive: Kind | None = None  # the kind a partitive opening gave the last figure ("Of the dead, 21 were ...")
    dropped = -1  # the last part left out as a part of a count that is no figure
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is not None:
            partitive = None
            whole = last
            last = links[i]
            # the gap to the next item starts after this one's own words (its verb, when it follows)
            next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(lowered)
            own_end = max(mention.end, np.end)
            # (a list inside an aside of this figure starts at its own words)
            last_end = own_end if next_start < last.end else max(own_end, last.end)  # type: ignore[union-attr]
            if whole is not None and whole.start < mention.start < whole.end <= next_start:
                # a part inside the figure before: the next item follows the whole's words ("17 civilians,
                # including three aid workers, were killed, along with 12 soldiers")
                last_end = max(last_end, whole.end)
            continue
        if np.trap or (mention.qualifier is Qualifier.VAGUE and not np.has_head):
            continue
        if last is not None and last.start < mention.start < last.end and _BRACKETED.match(lowered, mention.start - 1):
            continue  # an age inside the figure's own words: "Two volunteers, Lalminthang (34) and ..., were shot dead"
        if np.house:
            bracket_kind = _house_kind_before_bracket(lowered, mention.start, lex)
        else:
            bracket_kind = _kind_before_bracket(lowered, mention.start, lex)
        if bracket_kind is None and not np.house:
            bracket_kind = kind_of_partitive(lowered, mention.start, lex)
            if (
                bracket_kind is not None
                and bracket_kind is not Kind.KILLED
                and not _is_part_tail(lowered, max(np.end, mention.end), lex)
                and not (bracket_kind is Kind.INJURED and _INTO_CARE.match(lowered, max(np.end, mention.end)))
            ):
                # a predicate of its own: "Of the 130 missing, 88 have been found alive"; the dead stay dead
                # whatever is said of them ("Of those killed, nine have not been identified")
                bracket_kind = None
        if (
            bracket_kind is None
            and partitive is not None
            and not np.has_head
            and _AND_BEFORE.search(lowered, max(0, mention.start - 6), mention.start)
            and _PART_VERB.match(lowered, mention.end)
        ):
            bracket_kind = partitive  # the next part of the same whole: "... and seven were suspected gang members"
        if bracket_kind is not None:
            end = max(np.end, mention.end)
            named = None if np.has_head else _named_group_span(lowered, end, lex)
            group = named[0] if named else np.group
            # (over the predicate that names the group, so that what follows it follows the figure: "four were
            # civilians, among them an elderly man")
            links[i] = last = Link(bracket_kind, group, mention.start, named[1] if named else end, False, False)
            last_end = last.end
            partitive = bracket_kind
            continue
        if last is None:
            continue
        if (
            i > 0
            and dropped == i - 1
            and _NEXT_ITEM.fullmatch(lowered, max(nps[i - 1].end, mentions[i - 1].end), mention.start)
        ):
            dropped = i
            continue  # the next part of the same list: "..., comprising 406 adult males, 712 adult females and ..."
        if (
            i > 0
            and links[i - 1] is None
            and nps[i - 1].has_head
            and not nps[i - 1].trap  # (things are no whole of people: "7,480 displaced at nine locations, among them")
            and mentions[i - 1].start >= last_end
            and _PART_OPENER.match(lowered, max(nps[i - 1].end, mentions[i - 1].end))
            # (not whose members the figure counts: "killing five members of one family, including three children")
            and not lowered.endswith(" of ", 0, mentions[i - 1].start)
        ):
            dropped = i
            continue  # a part of the count right before, which is no figure: "1.2 million people, including 540,000
            # children, have been affected"
        if not np.has_head and _SPEAKER_BEFORE.search(lowered, max(0, mention.start - 60), mention.start):
            continue  # the speaker's age: '"About 200 of us have fled," said a schoolteacher, Mercy Ngwa, 34.'
        if not _is_list_item(lowered, last_end, mention, np, lex) or _AFFECTED_AFTER.match(
            lowered, max(np.end, mention.end)
        ):
            continue  # ("1,140 households (6,840 people) were affected": no figure, though listed)
        if "|" in lowered[last_end : mention.start]:
            continue  # another cell of a row, labelled on its own: "Persons homeless: 174 | Rural roads (km): 42"
        if _CAPTIVE_AFTER.match(lowered, max(np.end, mention.end)):
            continue  # taken, not harmed: "..., and 27 people were reported as deprived of liberty"
        if last.kind in FLIGHT_KINDS and np.has_head and trapped_after(lowered, max(np.end, mention.end), lex):
            continue  # who they are, not more of the figure: "..., and a further 60,000 refugees live in camps"
        if np.has_head and not np.partitive and np.house != (last.kind in HOUSE_KINDS):
            continue
        if last.kind in HARM_KINDS and np.has_head and np.group in _UNITS and last.group not in _UNITS:
            continue  # families after a toll of people are no part of it: "2 deaths, 5,340 families"
        if last.kind in HOUSE_KINDS and OTHER_THINGS.match(lowered, mention.end):
            continue  # ("3,000 homes and some 500 other structures")
        # (a bare count's predicate may name its group: "12 were women, 9 were children")
        group = np.group if np.has_head else _named_group(lowered, mention.end, lex) or last.group
        kind = last.kind
        if kind is Kind.RETURNED and np.has_head and _head_word(lowered, mention, np) in lex.refugee_nouns:
            kind = Kind.DISPLACED  # "2,310 Ethiopian returnees and 9,560 South Sudanese refugees"
        links[i] = Link(kind, group, mention.start, max(np.end, mention.end), False, False)
        last_end = max(np.end, mention.end)


def _pair_before(
    lowered: str, mentions: list[NumberMention], links: list[Link | None], i: int
) -> tuple[Kind, Kind] | None:
    """The kinds of a pair of figures of two kinds joined by "and" last before count ``i`` ("31 deaths and 27
    injuries"), which the elided pairs after it repeat."""
    linked = [j for j in range(i) if links[j] is not None]
    if len(linked) < 2:
        return None
    first, second = links[linked[-2]], links[linked[-1]]
    if first is None or second is None or first.kind == second.kind:
        return None
    if not _PAIR_JOIN.fullmatch(lowered, first.end, mentions[linked[-1]].start):
        return None
    return first.kind, second.kind


_UNITS = frozenset({Group.FAMILIES, Group.HOUSEHOLDS})
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|added|recalled)\s+[^.;:\d]{3,50},\s*$")
_CAPTIVE_AFTER = re.compile(
    r"\s+(?:were|was|have been|had been)\s+(?:reported\s+(?:as\s+)?)?(?:abducted|kidnapped|seized|taken hostage"
    r"|detained|arrested|deprived of (?:their )?liberty)\b"
)
_CASES_BEFORE = re.compile(r"\b(?:cases|infections|patients|consultations|admissions)\b")


def places_listed(
    sentence: str,
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[Link | None],
    previous: Kind | None,
    lex: Lexicon,
) -> None:
    """Counts listed after place names spread a figure over the places. In brackets: "registered 21,900 arrivals,
    mainly in Tawila (12,400) and Mellit (9,100)", "Arrivals were recorded in Pétion-Ville (9,300) and Delmas (2,100)";
    the kind is that of the last figure before in the sentence, else the kind a noun of the sentence names, else, when
    the sentence tells people moving on ("Others went north to Mellit (9,100)"), that of the sentence before. Inside a
    count's bracket: "8 (Dhubri 3, Lakhimpur 3)". After "for": "Mandalay accounted for 2,000 of the dead, Sagaing for
    1,012", the kind of the figure before; so too after the name alone: "..., Romania 85,000 and Hungary 40,000"."""
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is not None or np.trap or np.house or (np.has_head and np.kind is not None):
            continue
        if _CASES_BEFORE.search(lowered, 0, mention.start) and not any(links[:i]):
            return  # "the highest number of suspected cases are Amanat Al Asimah (27,410), ...": a disease's cases
        if (
            i == 0
            and not np.has_head
            and (opening := _OPENING_PARTITIVE.match(lowered)) is not None
            and _ACCOUNTED_FOR.search(lowered, max(0, mention.start - 30), mention.start)
        ):
            # "Of the fresh deaths, Myagdi accounted for five, Sindhupalchok four": the opening names the kind
            noun = opening.group(1)
            kind = lex.kind_nouns.get(noun) or lex.of_the_kind_nouns.get(noun)
            if kind is not None and kind not in HOUSE_KINDS:
                links[i] = Link(kind, np.group, mention.start, mention.end, False, False)
            continue
        if " for " in lowered[max(0, mention.start - 6) : mention.start] and _FOR_ITEM.search(
            sentence, max(0, mention.start - 60), mention.start
        ):
            # "Mandalay accounted for 2,000 of the dead, Sagaing for 1,012 and Nay Pyi Taw for 349"
            kind = next((link.kind for link in reversed(links[:i]) if link is not None), None)
            if kind is not None and kind not in HOUSE_KINDS:
                links[i] = Link(kind, np.group, mention.start, max(np.end, mention.end), False, False)
            continue
        if (
            not np.has_head
            and mention.qualifier is not Qualifier.VAGUE
            and (item := _ELIDED_ITEM.search(sentence, max(0, mention.start - 60), mention.start))
            and _ELIDED_ITEM_END.match(lowered, mention.end)
        ):
            # "..., Romania 85,000 and Hungary over 40,000": the verb of the figure before, left out
            last = next((link for link in reversed(links[:i]) if link is not None), None)
            if (
                last is not None
                and last.kind not in HOUSE_KINDS
                and last.end <= mention.start
                and not _ELIDED_GAP_STOP.search(sentence, last.end, item.start())
            ):
                pair = _pair_before(lowered, mentions, links, i)
                links[i] = Link(pair[0] if pair else last.kind, np.group, mention.start, mention.end, False, False)
                if pair and i + 1 < len(mentions) and _PAIR_JOIN.fullmatch(lowered, mention.end, mentions[i + 1].start):
                    # "31 deaths and 27 injuries; Sindh 6 and 5": the elided pair in the same order
                    links[i + 1] = Link(
                        pair[1], nps[i + 1].group, mentions[i + 1].start, mentions[i + 1].end, False, False
                    )
            continue
        if "(" not in lowered[max(0, mention.start - 40) : mention.start]:
            continue  # spare the regex its search (a name may be long: "(Hiroshima Pref. 30")
        if any(link is not None and link.start < mention.start < link.end for link in links[:i]):
            continue  # an age inside a figure's own words: "Two volunteers, Lalminthang (34) and ..., were shot dead"
        if not _PLACE_BRACKET.search(sentence, max(0, mention.start - 60), mention.start):
            parent = _bracket_parent(sentence, lowered, mention, mentions[:i], links[:i])
            if parent is not None:  # "8 (Dhubri 3, Lakhimpur 3, Nalbari 2)": parts of the count before the bracket
                links[i] = Link(parent.kind, parent.group, mention.start, mention.end, False, False)
            continue
        if not _BRACKET_CLOSE.match(lowered, max(np.end, mention.end)):
            continue
        kind = next((link.kind for link in reversed(links[:i]) if link is not None), None)
        if kind is None:
            kind = _kind_named(lowered[: mention.start], lex)
        if kind is None and previous is not None and _MOVING_ON.search(lowered, 0, mention.start):
            kind = previous
        if kind is None or kind in HOUSE_KINDS:
            continue
        links[i] = Link(kind, np.group, mention.start, max(np.end, mention.end), False, False)


def _bracket_parent(
    sentence: str, lowered: str, mention: NumberMention, before: list[NumberMention], links: list[Link | None]
) -> Link | None:
    """The figure whose count a bracket opens right after, when this count follows a place's name inside it."""
    opening = lowered.rfind("(", max(0, mention.start - 80), mention.start)
    if opening < 0 or ")" in lowered[opening : mention.start]:
        return None
    if not _NAME_IN_BRACKET.fullmatch(sentence, opening + 1, mention.start):
        return None
    for other, link in zip(reversed(before), reversed(links), strict=True):
        if link is not None and other.end <= opening and not lowered[max(other.end, link.end) : opening].strip():
            return link
        if other.end <= opening:
            return None  # the count before the bracket is no figure
    return None


def _kind_named(lowered: str, lex: Lexicon) -> Kind | None:
    """The kind the last kind noun of a stretch of text names ("Arrivals by commune were recorded in")."""
    kind: Kind | None = None
    for word in _LOWER_WORD.findall(lowered):
        kind = lex.kind_nouns.get(word) or kind
    return kind


def tally_rows(
    sentence: str,
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[Link | None],
    previous: Kind | None,
    lex: Lexicon,
) -> None:
    """Counts after place names under a heading that names their kind: "Province-wise deaths (last 24 hours):
    Sindh 38, Khyber Pakhtunkhwa 12, Balochistan 7", or that only says how the figure of the sentence before is
    broken down ("Death of 41 persons has been reported. District-wise: Puri - 21, Khurda - 9")."""
    # each heading's colon, to its kind: an item belongs to the heading whose colon is the last before it
    kinds = {m.end() - 1: lex.heading_kinds[m.group(1)] for m in lex.heading.finditer(lowered)}  # type: ignore[union-attr]
    if previous is not None and previous not in HOUSE_KINDS:
        for m in _BROKEN_DOWN_COLON.finditer(lowered):  # (a heading naming its own kind keeps it)
            kinds.setdefault(m.end() - 1, previous)
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is not None or np.trap or (np.has_head and (np.house or np.kind is not None)):
            continue
        colon = lowered.rfind(":", 0, mention.start)
        if colon not in kinds:
            # (the colon of a row's own label, under the heading's: "by state: Guerrero: 3,290 people; Chiapas: ...")
            heading = max((c for c in kinds if c < colon), default=None)
            if heading is None or not _LABELLED_ROWS.fullmatch(lowered, heading + 1, mention.start):
                continue
            colon = heading
        named_before = _NAMED_ITEM.search(sentence, max(colon, mention.start - 60), mention.start)
        # "Returns continued: 3,100 to Raqqa city, 9,000 to Manbij": the place after the count
        named_after = _ITEM_OPENS.fullmatch(lowered, colon, mention.start) and _PLACE_AFTER.match(sentence, mention.end)
        if named_before or named_after:
            links[i] = Link(kinds[colon], np.group, mention.start, max(mention.end, np.end), False, False)


# A line of places and their counts, with no heading of its own: "Wajima City 101 / Suzu City 99 / Noto Town 8".
_PLACE_COUNT = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3}\s*[-–—:]?\s*\d[\d,.]*"
_PLACE_COUNT_LINE = re.compile(rf"\s*{_PLACE_COUNT}(?:\s*[/,;|]\s*{_PLACE_COUNT})+\s*[.;]?\s*$")
_PLACE_BEFORE_COUNT = re.compile(r"[A-Z][\w'’-]*\.?\s*[-–—:]?\s*$")


def is_place_count_line(sentence: str) -> bool:
    """Whether a sentence only lists places and their counts ("Wajima City 101 / Suzu City 99")."""
    return sentence[:1].isupper() and _PLACE_COUNT_LINE.match(sentence) is not None


def place_count_line(
    sentence: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[Link | None], previous: Kind
) -> None:
    """The counts of a line that lists places and their counts only, under a line that names their kind ("Deaths by
    municipality:" above "Wajima City 101 / Suzu City 99"), take that kind; set in ``links``."""
    if previous in HOUSE_KINDS or not is_place_count_line(sentence):
        return
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is None and not np.has_head and _PLACE_BEFORE_COUNT.search(sentence, 0, mention.start):
            links[i] = Link(previous, np.group, mention.start, mention.end, False, False)


def group_predicate(
    lowered: str, mention: NumberMention, previous: Kind, lex: Lexicon, *, first_word: bool = False
) -> Link | None:
    """ "Fourteen were children.", "...; at least 200 are unaccompanied": a sentence or clause opening on a bare
    count that names only the group of a figure stated before it. With ``first_word``, the word right after the
    verb is tried first ("Of the 32, 31 were civilians and one was a soldier"; elsewhere a list of such parts is
    left whole to `carry_over`)."""
    if lowered[: mention.start].strip() and not _CLAUSE_OPEN.search(lowered, max(0, mention.start - 12), mention.start):
        return None
    if previous in HOUSE_KINDS:
        return None
    # (the word after the verb, or the one after it: "were young children", "were civilians and one was")
    for pattern in (_GROUP_PREDICATE_FIRST_WORD, _GROUP_PREDICATE) if first_word else (_GROUP_PREDICATE,):
        m = pattern.match(lowered, mention.end)
        group = (lex.group_nouns.get(m.group(1)) or lex.group_adjectives.get(m.group(1))) if m else None
        if m is not None and group is not None:
            return Link(previous, group, mention.start, m.end(), False, False)
    return None


def stand_ins(
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[Link | None],
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
        link: Link | None = None
        if m := _DID_SO.match(lowered, max(np.end, mention.end)):
            if before or recent:
                link = Link(before or recent, np.group, mention.start, m.end(), True, False)  # type: ignore[arg-type]
        elif (said := before or (recent if i == 0 else None)) is None or said in HOUSE_KINDS:
            continue
        elif _has_figure_anaphor(lowered, mention.start) and not (
            i == 0 and (mention.value or 0) < 120 and _AGES_AFTER.match(lowered, mention.end)
        ):
            # (told before the count, like a verb: "reach" here is no aid target; a sentence opening on the
            # anaphor may speak of the last figure of an earlier paragraph: "Those from Ethiopia are 1,965")
            link = Link(said, np.group, mention.start, max(np.end, mention.end), False, True)
        elif (
            not np.has_head
            and said in FLIGHT_KINDS
            and _PLANNING_FOR.search(lowered, max(0, mention.start - 40), mention.start)
        ):
            # "UNHCR is planning to deal with up to four million": the people of the flight said before, forecast
            link = Link(said, np.group, mention.start, mention.end, False, True)
        elif (
            i == 0
            and not np.has_head
            and said in HARM_KINDS
            and _PLACE_CONFIRMED.search(lowered, 0, mention.start)
            and _COUNT_ENDS.match(lowered, mention.end)
        ):
            # a place's count of the figure said before: "... reported 95 deaths. South Carolina has confirmed 36,
            # Georgia 30"
            link = Link(said, np.group, mention.start, mention.end, False, True)
        elif (
            i > 0
            and not np.has_head
            and any(links[:i])  # (the figure it counts again is in this sentence)
            and _OTHER_SOURCE_SAYS.search(lowered, max(0, mention.start - 40), mention.start)
        ):
            # ("...; residents say two were bystanders": a part of it, named by its group)
            link = (
                Link(said, np.group, mention.start, mention.end, False, True)
                if _COUNT_ENDS.match(lowered, mention.end)
                else group_predicate(lowered, mention, said, lex)
            )
        elif (
            before is not None
            and i > 0
            and not np.has_head
            and kind_of_partitive(lowered, mentions[0].start, lex) in (None, before)
        ):  # (not after a part of another kind: "[30 wounded.] Of the dead, 13 were fighters and four were ...")
            link = group_predicate(lowered, mention, before, lex)
        if link is not None:
            links[i] = link
            before = link.kind


# The counts after "They were" are their ages when small ones end the sentence joined or a unit of age follows:
# "They were 19 and 23.", "They were 7, 9 and 12 years old".
_AGES_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,2})*\s*,?\s+and\s+\d{1,2}(?:\s+years?(?:\s+old|\s+of\s+age)?)?\s*[.;]?\s*$"
    r"|(?:\s*,\s*\d{1,2})*(?:\s*,?\s+and\s+\d{1,2})?\s+years?\s+(?:old|of\s+age)\b"
)
_PLACE_CONFIRMED = re.compile(
    r"^\W*(?:[a-z][\w'’-]*\s+){1,3}(?:has|have|had)\s+(?:so far\s+)?(?:confirmed|reported|recorded|counted"
    r"|registered)\s+$"
)
_COUNT_ENDS = re.compile(r"\s*(?:[,;.]|$|\s+(?:and|while)\b)")


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
    if _IN_CARE.match(lowered, end) or _WHERE_TAIL.match(lowered, end):
        return True  # "Of the wounded, 16 remained in intensive care", "Of the deaths, nine were in Dhaka hospitals"
    m = _PART_GROUP.match(lowered, end)
    return m is not None and any(
        w in lex.group_nouns or w in lex.group_adjectives or is_human_plural(w, lex) for w in m.groups() if w
    )


def _named_group(lowered: str, end: int, lex: Lexicon) -> Group | None:
    """The group a predicate names after a bare count: "4,000 were children", "200 are unaccompanied"."""
    named = _named_group_span(lowered, end, lex)
    return named[0] if named else None


def _named_group_span(lowered: str, end: int, lex: Lexicon) -> tuple[Group, int] | None:
    """The group a predicate names after a bare count, and where the word naming it ends."""
    m = _PART_GROUP.match(lowered, end)
    if m is None:
        return None
    for i, word in enumerate(m.groups(), start=1):
        if word and (group := lex.group_nouns.get(word) or lex.group_adjectives.get(word)):
            return group, m.end(i)
    return None


def kind_of_partitive(lowered: str, start: int, lex: Lexicon) -> Kind | None:
    """The kind named by a partitive opening the clause: "Of those killed, 14 were children", "Of the deaths, 19
    were reported in Sindh"."""
    if "," not in lowered[max(0, start - 4) : start]:
        return None  # the partitive ends with a comma right before the count
    # (the short opening's last word may be a time, "Of those killed yesterday,": then the kind word first)
    for m in (
        _PARTITIVE_OPENING.search(lowered, max(0, start - 60), start),
        _PARTITIVE_OPENING_LONG.search(lowered, max(0, start - 120), start),
    ):
        if m is not None:
            noun = " ".join(m.group(1).split())
            kind = lex.kind_nouns.get(noun) or lex.of_the_kind_nouns.get(noun) or PARTICIPLE_KINDS.get(noun)
            if kind is not None:
                return kind
    return None


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
    if damaged == destroyed or COMBINED.search(clause):
        return None  # neither, or both: a combined count the conventions leave out
    return Kind.HOUSES_DAMAGED if damaged else Kind.HOUSES_DESTROYED


# People speaking after a count: "two health officials said", "three witnesses and a nurse told AFP" (not a
# speaker named after a comma: "... and five children, said the coordinator").
_SOURCES_AFTER = re.compile(
    r"(?:\s+and\s+(?:a|an|the|one|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
    r"(?:said|say|says|told|tell|tells|reported|confirmed|added|recounted|described)\b"
)


def _is_list_item(lowered: str, gap_start: int, mention: NumberMention, np: NounPhrase, lex: Lexicon) -> bool:
    """Whether a count is the next item of a list begun before ``gap_start``: joined to it by a list word, and
    followed by no verb of its own (a place, a means, a time, or the list's end)."""
    if lex.list_joins is None or lex.list_item_tail is None:
        return SUBGROUP.search(lowered, max(0, mention.start - 20), mention.start) is not None
    if mention.start - gap_start > _MAX_LIST_GAP or gap_start > mention.start:
        return False
    if _DEFINING_BRACKET.search(lowered, gap_start, mention.start):
        return False  # "(groups of more than 50 people or more than 10 families)": a definition, no figure
    if _SOURCES_AFTER.match(lowered, max(np.end, mention.end)):
        return False  # "... wounded 55 others, two health officials and a resident said": who tells, not who was hurt
    window = max(gap_start, mention.start - _JOIN_REACH)
    if _LONG_JOIN.search(lowered, window, mention.start) is None:
        window = max(window, mention.start - _SHORT_JOIN_REACH)  # (most joins are a word or two)
    if not lex.list_joins.search(lowered, window, mention.start) and not (
        not np.has_head
        and _BRACKET_ITEM.search(lowered, window, mention.start)
        and lowered.rfind("(", 0, mention.start) > lowered.rfind(")", 0, mention.start)
    ):
        return False
    # (for a bare count, past the last semicolon: the words before it describe the item before, "five in Santo
    # Domingo Este, where a wall collapsed onto vehicles; two in San Cristobal")
    semicolon = lowered.rfind(";", gap_start, mention.start)
    past = semicolon >= 0 and not np.has_head and ":" not in lowered[semicolon : mention.start]  # ("; bridges: 243")
    if lex.trigger_word.search(lowered, semicolon if past else gap_start, mention.start) and not SUBGROUP.search(
        lowered, max(0, mention.start - 20), mention.start
    ):
        return False  # another statement stands between them
    return _is_part_tail(lowered, max(np.end, mention.end), lex)  # ("and seven were members of the guard")
