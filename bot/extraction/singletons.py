"""People counted without a number: "a woman was killed", "the village chief was beheaded", "Kill Priest" in a
headline, and the counts listed with them ("killed a pastor and two farmers")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.extraction.kinds import (
    NounPhrase,
    Trigger,
    is_human_singular,
    killed_to_death,
    left_trigger,
    right_trigger,
)
from bot.extraction.lexicon import AGED_ONE, Lexicon
from bot.extraction.links import (
    HARM_KINDS,
    HOUSE_DEGREES,
    HOUSE_KINDS,
    HURT_THEN_DIED,
    LOST_THEN_FOUND_DEAD,
    OBJECT_AFTER,
    OBJECT_WORD,
    OWN_PREDICATE,
    RATE_AFTER,
    REPORTING,
    SINGLETON_JOIN,
    SINGLETON_JOIN_TEXT,
    SUBGROUP_IN,
    Link,
)
from bot.extraction.numbers import NumberMention
from bot.text.cues import cue_finder
from bot.values import Group, Kind, Qualifier

# Other people named with a singleton before their shared verb: "his wife", ", his son and a neighbour", "and a
# 71-year-old woman" (up to two words before the noun, an age among them).
_PARTNERS = re.compile(
    r"(?:\s*,\s*(?:his|her|their|a|an|the)\s+[a-z-]+)*\s*,?\s+and\s+(?:his|her|their|a|an|the)\s+(?:[a-z0-9-]+\s+){0,2}[a-z-]+"
    r"(?=\s+(?:were|have|had|are)\b)"
)
# One capitalised word of a person's name.
_NAME_WORD = r"(?-i:[A-Z][a-zà-ÿ'’-]+)"
# A person's first and last name (maybe a middle one), and an age in apposition: "Sundus Shalabi, 23,".
NAMED_PERSON = re.compile(
    rf"(?<![\w'’.-])({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,|\s*\(\d{1,3}\))?"
)
# (one person: "was", not "were": "Ali (19) and Omar (23), were wounded" are the two counted before)
_AUXILIARY_GAP = re.compile(r"[\s,]*(?:(?:was|is|has been|had been|got|also|later|reportedly|who)\s+)*")
_NAMED_BEFORE = re.compile(r"\b(?:known as|called|named|dubbed|of the|by the)\s+$")
# A capitalised word and "of" before a name: the name ends an institution's ("the Ministry of Public Security").
_BODY_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
_NAME_ENDS = re.compile(r"\s*(?:[,.;]|\band\b|$)")
# Between a figure and one of its people named after it: "..., including", "..., among them".
_PART_AFTER = re.compile(
    # (the place is one phrase, not the clause of another figure: "killed in Gegharkunik and another three wounded")
    # (after a time, if one is said: "killed overnight in Belot, including a woman")
    r"(?:\s+(?:overnight|yesterday|today|tonight|(?:last|this|early|late)\s+[a-z]+))?"
    # (a verb that only records them: "Six of the fatalities were registered in Chosica, including a girl")
    r"(?:\s+(?:were|was|have been|had been)\s+(?:registered|recorded|reported|confirmed|counted|occurred))?"
    r"(?:\s+(?:occurred|happened|took place))?"  # ("Four of the deaths occurred in Colón, including a woman")
    r"(?:\s+(?:during|in|at|on|near)\s+(?:(?!\band\s+(?:another|a further|an additional)\b)[^,;.\d]){1,50})?"
    r"(?:\s+on\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}))?"  # (and a day: "in Ngaoundaye on 27 March, among them")
    # (and what they were doing: "drowned on 9 May while trying to cross the road, among them a boy")
    r"(?:\s+while\s+[^,;.\d]{1,60})?"
    r"\s*,\s*(?:including|among them|among whom"
    r"|one of them"
    r"|one of whom(?: was)?)\s+"
    r"|\s*:\s*"  # (the dead named after a colon: "two people had died: a child who was swept away, and a man ...")
)
# A source described before its reporting verb: "a local judge who visited the scene told reporters".
# ... or by whom they speak for: "a spokesman for the disaster ministry said"
_SOURCE_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:who|that)\s+[^,.;]{1,50}?"
    r"|(?:for|of|at|from|with|in|near)\s+(?:(?!\b(?:was|were|is|are|has|had|have)\b)[^,.;]){1,50}?)"
    r"\s+(?:told|said|says|tells|added|confirmed)\b"
)
# First words of place names, which no person's name opens with.
_PLACE_NAME_OPENINGS = frozenset({
    "la", "el", "los", "las", "le", "les", "al", "san", "santa", "santo", "são", "sao", "puerto", "porto", "ciudad",
    "villa", "vila", "ban", "kampung", "bandar", "ras", "bir", "wadi", "tel", "kafr", "deir", "beit", "ain",
    "mount", "mt", "lake", "cape", "barangay", "sitio", "port", "fort", "saint", "st",
})  # fmt: skip
# The comma closing a second name for one person, before that person's verb ("a fourth victim, an elderly man,
# was swept away"), not a list going on ("a woman, a child and a man were killed").
_STILL_TRAPPED = re.compile(r"\s+(?:who|that)\s+(?:remains|remained|is|was)\s+(?:still\s+)?trapped\b")
_APPOSED_ONE_AFTER = re.compile(r"\s*,\s*(?:was|is|has|had|who|died|drowned|later)\b")
# "a mother of three", "a father of five children": who a parent is.
# A kin noun's name right after it, without commas: "her son Abdelrahman", "his wife Kamla Devi".
_POSSESSIVE_OPENING = re.compile(r"(?:his|her|their|my|our)\s")
_KIN_NAME_AFTER = re.compile(rf"\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?=[\s,])")
_PARENTS = frozenset({"mother", "father", "parent", "widow", "widower", "grandmother", "grandfather"})
_CHILDREN_OF = re.compile(
    r"\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s+children)?\b"
)
# The last word of a name that is a building, a place or a body, not a person.
_INSTITUTION_WORDS = frozenset(
    {
        "hospital", "clinic", "college", "university", "school", "academy", "institute", "centre", "center", "church",
        "mosque", "temple", "cathedral", "market", "camp", "station", "road", "street", "avenue", "highway", "bridge",
        "airport", "port", "prison", "jail", "barracks", "base", "hotel", "stadium", "hall", "park", "square", "court",
        "council", "ministry", "agency", "office", "department", "authority", "commission", "committee", "police",
        "army", "force", "forces", "brigade", "command", "government", "assembly", "party", "front", "movement",
        "mission", "foundation", "society", "cross", "crescent", "bank", "company", "group", "network", "service",
        "services", "news", "times", "post", "radio", "television", "state", "district", "province", "region",
        "county", "village", "town", "city", "river", "valley", "lake", "island", "islands", "hills", "mountains",
    }
)  # fmt: skip
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|being|became)\s+$")
_REPORTING_NEAR = re.compile(r"(?:\s+[\w-]+){0,2}?" + REPORTING.pattern)
# A noun heading a title before a reporting verb: "an additional refugee relief and repatriation commissioner told".
_SOURCE_TITLE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:commissioner|official|officer|spokesperson|spokesman|spokeswoman|director|minister"
    r"|administrator|coordinator|chief|head|secretary|representative)" + REPORTING.pattern
)
# After a figure whose plural noun the lexicon did not know: "two nurses and a driver".
# (a short place may stand between: "11 people died at the scene, among them a monk")
_SINGLETON_AFTER = re.compile(
    r"(?:\s+[a-z-]+s(?=[\s,])|\s+(?:at|in|on|near|inside|outside)\s+(?:the\s+|a\s+)?[a-z'’-]+)?" + SINGLETON_JOIN_TEXT
)
# A definite singleton joins a list only by a word that lists ("and", "as well as"), not by a comma, which as often
# opens an apposition or a new clause ("risen to 32, the state agency said").
_DEFINITE_JOIN = re.compile(
    # (past the name of the one before: "killed a farmer, Hussein Abukar, and his teenage son")
    r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s*,)?"
    r"\s*,?\s+(?:and|as well as|plus|along with|including)\s+(?:(?:his|her|their|the|its)\s+)?",
    re.IGNORECASE,
)
# ... or as a part of the figure before: "leaving 11 guests dead, among them the bride's father".
_DEFINITE_PART = re.compile(r"\s*,\s*(?:among them|among whom|including|incl\.)\s+")
# The place a definite singleton heads: "the head of Ngouma village", "the chief of Kanoma".
_OF_A_VEHICLE = re.compile(
    r"\s+of\s+(?:the|a|an|one|another|his|their)\s+(?:[\w-]+\s+)?(?:bus|truck|car|vehicle|lorry|boat|ambulance"
    r"|minibus|van|tanker|train|motorbike|motorcycle|vessel|jeep|pickup|taxi|trawler)\b"
)
_OF_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s+(?:village|town|city|district|area|community))?"
)
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_HEADLINE_WORDS = 4
_HEADLINE_LENGTH = 160
_SENTENCE_ENDS = (".", "!", "?", '."', ".”", ".'", ".’")
_POSSESSIVE_ENDINGS = ("'s", "’s")
# A noun right after a word of harm, which makes it an adjective ("missing numbers"), not a verb (not a preposition).
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|at|on|after|by|near|from|since|for|during|when|as|while|and|or|but|with|off|over|along)\b)[a-z]{3,}\b"
)
_ONE_OF_THEM_AFTER = re.compile(r"\s+(?:(?:was|is)\s+)?among\s+(?:them|those)(?=\s*[,.;:\"”’)]|\s*$)")
# The verb after an aside that names one person: rescued, freed, found alive ("..., including a woman, were rescued").
_RESCUED_AFTER_ASIDE = re.compile(
    r"\s*,\s*(?:were|was|have been|had been|has been)\s+(?:[a-z]+ly\s+)?(?:rescued|freed|released|found alive"
    r"|pulled out alive|brought out alive)\b(?!\s+(?:alive\s+)?(?:with\s+(?:[a-z]+\s+)?injur|injured|wounded|hurt))"
)
# Words of harm, one of which a sentence naming a victim with "the" or a possessive holds.
_HARM_STEMS = (
    "kill", "dead", "die", "death", "slain", "murder", "shot", "gunned", "wound", "injur", "hurt", "maim", "missing",
    "unaccounted", "behead", "decapitat", "massacr", "execut", "lynch", "stabb", "drown", "perish", "martyr",
    "electrocut", "alive", "bury", "buri", "lives", "life of", "throat", "victim", "toll", "beaten", "hit by",
)  # fmt: skip
_HEADLINE_SHARE = 0.7
_HEADLINE_STOPS = frozenset({"over", "near", "off", "amid", "after", "during", "under", "outside", "inside"})
_HEADLINE_NOUNS = frozenset({"head", "chief"})  # roles headlines name bare ("Kill Village Head")
_THING_OF_BEFORE = re.compile(r"\b(?:house|home|hut|shop|car|farm|land|property|field|fields)\s+of\s+$")
_AGED_ONE = re.compile(AGED_ONE)  # "a 17-year-old was killed": the age names the person
_COMPOUND_HEAD = re.compile(
    r"\s+(?:bus|buses|minibus|train|ferry|plane|aircraft|jet|boat|vessel|car|vehicle|truck|van|lorry|convoy|station"
    r"|post|camp|hostel|hospital|school|office|house|home|market"
    # (or words said and counted: "far above the official figure", "a government statement")
    r"|figures?|toll|tally|count|estimates?|statements?|data|reports?|account|version|sources?|website)\b"
)
_SOURCE_PAIR_AFTER = re.compile(
    r"\s+and\s+(?:a|an|the|two|three|four|several|other)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:told|said|says|tells)\b"
)  # ("a health official and two residents told The Associated Press")
_SAID_NAME_BEFORE = re.compile(
    r"\b(?:said|says|told|added|recalled)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*(?:\d{1,3},\s*)?$"
)  # (and an age: 'said Bai Norhaya, 47, a mother of seven sheltering at the school')
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|explained|recalled|asked|asks|recounted)\s+$")
# An apposition naming one member of a group counted before: "One of the civilians, a motorbike rider, was hit".
_ONE_OF_BEFORE = re.compile(r"\bone of the [a-z-]+\b[^,.;]{0,30},\s*$")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z]")
_DEFINITE_WORDS = ("the ", "his ", "her ", "their ", "its ")  # (a cheap test before the definite pattern's search)
# After a definite singleton: whom it belongs to, not a victim ("the head of the family").
_OF_AFTER = re.compile(r"\s+of\b|['’]s\b")
# "killing six of them and the driver": a list after a partitive.
_OF_THEM_AND = re.compile(r"\s+of\s+(?:them|those|whom)" + SINGLETON_JOIN_TEXT)


@cache
def harm_cues() -> Any:
    """The words of harm, found in one pass in C."""
    return cue_finder(dict.fromkeys(_HARM_STEMS, 0))


_AIDES = frozenset({"aide", "aides", "assistant", "deputy", "escort"})  # (a person too: "a nurse's aide")
# A thing a person owns, named after them: "my father's shop" (not "a woman's body", which counts her).
_OWNED_THING_AFTER = re.compile(r"['’]s\s+(?!(?:body|bodies|corpse|remains|death|life|burial|funeral)\b)([a-z]+)")


# Whoever a rule or a promise is for: "for each family that lost a member", "families who have lost a relative".
_ANY_FAMILY_THAT_LOST = re.compile(
    r"(?:\b(?:each|every|any|per)\s+(?:family|household)|\bfamilies|\bhouseholds)\s+(?:that|which|who)\s+"
    r"(?:has\s+|have\s+|had\s+)?lost\s+$"
)


def singletons(
    sentence: str, lowered: str, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> list[tuple[NumberMention, Link]]:
    """ "A woman was killed", "killing a police officer", "18 patients and a nurse": one person of the noun's
    group, whose kind a verb after it, a verb right before it or a figure it is listed with says."""
    found: list[tuple[NumberMention, Link]] = []
    for found_match in lex.singleton.finditer(lowered):
        m: re.Match[str] | None = found_match
        # the modifiers are greedy: "a fisherman died after" reads "after" as the noun; then try a shorter phrase
        while (
            m is not None
            and m.group(1) not in lex.singular_nouns
            and not is_human_singular(m.group(1), lex)
            and not _AGED_ONE.fullmatch(m.group(1))
        ):
            m = lex.singleton.match(lowered, m.start(), m.start(1) - 1) if m.start(1) - 1 > m.start() else None
        if m is None:
            continue
        if (
            _AGED_ONE.fullmatch(m.group(1))
            and lowered[max(0, m.start() - 3) : m.start()].rstrip().endswith(",")
            and lowered.startswith(",", m.end())
        ):
            continue  # the age of someone named before: "The herder, a 19-year-old, was shot"
        if _COMPOUND_HEAD.match(lowered, m.end()):
            continue  # "a passenger bus", "a police station": the noun names a thing
        if (owned := _OWNED_THING_AFTER.match(lowered, m.end())) and not (
            owned.group(1) in lex.singular_nouns or owned.group(1) in _AIDES or is_human_singular(owned.group(1), lex)
        ):
            continue  # "I lost my mother's hand in the crowd": what was lost is hers, she is no victim
        if _THING_OF_BEFORE.search(lowered, max(0, m.start() - 14), m.start()):
            continue  # what was theirs befell it: "the house of her brother-in-law ... had disappeared"
        if _SOURCE_PAIR_AFTER.match(lowered, m.end()):
            continue  # "a survivor and a local official told the BBC": sources, not victims
        quoted = _SAID_BEFORE.search(lowered, max(0, m.start() - 12), m.start()) or _SAID_NAME_BEFORE.search(
            sentence, max(0, m.start() - 40), m.start()
        )  # ('said Halima, a mother of five who fled': who the speaker is)
        if (
            REPORTING.match(lowered, m.end())
            or _SOURCE_TITLE_AFTER.match(lowered, m.end())
            or _SOURCE_CLAUSE_AFTER.match(lowered, m.end())
            or (quoted and not OWN_PREDICATE.match(lowered, m.end()))
        ):
            continue  # "a health official said", "said a 61-year-old farmer at a shelter": the source, not a victim
        if RATE_AFTER.match(lowered, m.end()):
            continue  # "one child dies every two hours": a rate
        if _ONE_OF_BEFORE.search(lowered, max(0, m.start() - 45), m.start()):
            continue  # "One of the civilians, a motorbike rider in his 30s, was hit": one counted already
        if _ANY_FAMILY_THAT_LOST.search(lowered, max(0, m.start() - 50), m.start()):
            continue  # "compensation for each family that lost a member": anyone's loss, no one counted
        if lowered.endswith("according to ", 0, m.start()):
            continue  # "According to a senior police officer, 10 of the dead were ...": the source
        if m.group(1) == "couple" and lowered.startswith(" of", m.end()):
            continue  # "a couple of": a vague few
        if any(n.start < m.end() and m.start() < n.end for n, _ in taken):
            continue
        same_one = found and lowered[found[-1][0].end : m.start()].strip() == ","
        if same_one and _APPOSED_ONE_AFTER.match(lowered, m.end()):
            continue  # "A fourth victim, an elderly man, was swept away": the same one person, said again
        if lex.negation_before is not None and lex.negation_before.search(lowered, max(0, m.start() - 16), m.start()):
            continue  # "not a single person died"
        noun_end = m.end()
        if m.group(1) in _PARENTS and (of := _CHILDREN_OF.match(lowered, noun_end)):
            noun_end = of.end()  # "a mother of three was shot dead": her children are who she is, not a count
        elif _POSSESSIVE_OPENING.match(lowered, m.start()) and (named := _KIN_NAME_AFTER.match(sentence, noun_end)):
            noun_end = named.end()  # "Her son Abdelrahman was killed": the name says who he is, the verb his fate
        kind: Kind | None
        if (found_dead := _body_found(lowered, m.start(), noun_end)) is not None:
            kind, end, own_verb = Kind.KILLED, found_dead, True  # "a man's body was found in the river"
        else:
            kind, end, own_verb = _singleton_kind(sentence, lowered, m.start(), noun_end, [*taken, *found], lex)
        if kind not in HARM_KINDS:
            # one person on the move ("a 66-year-old man who arrived at the centre", "a woman fled") is a person's
            # story; in the held-out reports such singletons were false figures three times as often as labelled ones
            continue
        if _ONE_OF_THEM_AFTER.match(lowered, m.end()):
            continue  # "Nine men are still missing, my husband among them": one of those counted already
        if _RESCUED_AFTER_ASIDE.match(lowered, m.end()):
            continue  # "12 of the victims, including a 70-year-old woman, were rescued": saved, not harmed
        if kind is Kind.MISSING and _STILL_TRAPPED.match(lowered, m.end()):
            continue  # "searching for one worker who remains trapped": held, not lost
        if not own_verb and any(_restates(lowered, n, t, m.start()) for n, t in taken):
            continue  # "one (1) person injured, a 54-year-old male": who the one counted is, not another
        if (
            _COPULA_BEFORE.search(lowered, max(0, m.start() - 8), m.start())
            and left_trigger(lowered, m.start(), lex, house=False) is None
        ):
            continue  # "one of whom was a pregnant woman": who a person counted already was, not another one
        group = lex.group_nouns.get(m.group(1).lower(), Group.PEOPLE)
        value = 2 if m.group(1) == "couple" else 1  # "an elderly couple"
        mention = NumberMention(start=m.start(), end=m.end(), value=value, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, Link(kind, group, m.start(), end, own_verb, False)))
    if (
        lex.definite_singleton is not None
        and any(w in lowered for w in _DEFINITE_WORDS)
        # (one named person is counted only by a word of harm, or by their body found: "The boy's body was found")
        and (next(harm_cues().iter(lowered), None) is not None or _BODY_AFTER.search(lowered) is not None)
    ):
        found += _definite_singletons(sentence, lowered, [*taken, *found], lex)
    if _ORDINAL_PERSON_CUE.search(lowered):
        found += _ordinal_singletons(sentence, lowered, [*taken, *found], lex)
    if is_headline(sentence):
        found += _headline_singletons(lowered, [*taken, *found], lex)
    elif may_be_bare_headline(sentence) and _HEADLINE_KILLS.search(lowered):
        # a headline in sentence case: "Drone attack on Odesa kills teenager" (a known person noun only, right
        # after a verb of harm in the present)
        found += _headline_singletons(lowered, [*taken, *found], lex, sentence_case=True)
    if may_be_bare_headline(sentence):
        found += _bare_headline_singleton(sentence, lowered, [*taken, *found], lex)
    if NAMED_PERSON.search(sentence) is not None and next(harm_cues().iter(lowered), None) is not None:
        found += _named_singletons(sentence, lowered, [*taken, *found], lex)
    if names_one_house(lowered):
        found += _house_singletons(lowered, [*taken, *found])
    if "death" in lowered or "bod" in lowered or "fatalit" in lowered:
        found += _one_more_death(lowered, [*taken, *found])
    if found and ("no" in lowered or "n't" in lowered or "n’t" in lowered):
        # denied: "Nobody in Los Pinos died", "nobody lost a child", "The driver was not hurt"
        found = [
            (m, link)
            for m, link in found
            if not _NEGATIVE_SUBJECT.search(lowered, max(0, m.start - 50), m.start)
            # (a denial may say missing: "Her husband has not been seen since")
            and (link.kind is Kind.MISSING or not _DENIED_AFTER.match(lowered, m.end))
        ]
    return found


def _restates(lowered: str, mention: NumberMention, link: Link, start: int) -> bool:
    """Whether a person named at ``start`` stands in apposition to a count of one just before it."""
    return mention.value == 1 and lowered[max(mention.end, link.end) : start].strip() == ","


def names_one_house(lowered: str) -> bool:
    """Whether a sentence names one house with its fate (a cheap test first: most name no house)."""
    return ("house" in lowered or "home" in lowered) and _HOUSE_SINGLETON.search(lowered) is not None


def _house_singletons(lowered: str, taken: list[tuple[NumberMention, Link]]) -> list[tuple[NumberMention, Link]]:
    """One house named with its fate: "a private house was destroyed by a direct hit", "one home was damaged"."""
    found: list[tuple[NumberMention, Link]] = []
    for m in _HOUSE_SINGLETON.finditer(lowered):
        if any(n.start < m.end() and m.start() < n.end for n, _ in taken):
            continue
        degree = HOUSE_DEGREES.get((m.group("degree") or "").strip())  # ("completely damaged" is destroyed)
        kind = degree or (Kind.HOUSES_DAMAGED if m.group("fate") == "damaged" else Kind.HOUSES_DESTROYED)
        mention = NumberMention(m.start(), m.start("noun") + len(m.group("noun")), 1, None, Qualifier.EXACT)
        found.append((mention, Link(kind, Group.HOUSEHOLDS, m.start(), m.end(), True, False)))
    return found


_HOUSE_SINGLETON = re.compile(
    r"\b(?:a|one)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?P<noun>house|home|dwelling)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?P<degree>(?:completely|totally|fully|partially|partly|badly|severely|heavily)\s+)?"
    r"(?P<fate>destroyed|damaged|flattened|razed|gutted|burn(?:ed|t)\s+down|levelled|leveled|demolished)\b"
)


def may_be_bare_headline(sentence: str) -> bool:
    """Whether a sentence may be a headline opening on a bare noun ("Man killed in Kano attack"): short, no full
    stop (a cheap test before reading it)."""
    return len(sentence) <= _HEADLINE_LENGTH and not sentence.rstrip().endswith(_SENTENCE_ENDS)


def _bare_headline_singleton(
    sentence: str, lowered: str, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> list[tuple[NumberMention, Link]]:
    """A person opening a headline without an article, its verb of harm right after: "Man killed in Kano attack",
    "Girl, 6, dies after boat capsizes off Calais", "Elderly woman found dead"; or opening one of its parts after a
    semicolon ("Hezbollah fires 200 rockets at north; man killed in Golan")."""
    # (past a dateline's place: "Yemen: child killed in Taiz shelling")
    first = dateline.end() if (dateline := _DATELINE_PLACE.match(sentence)) else 0
    found: list[tuple[NumberMention, Link]] = []
    parts = (part.end() for part in _HEADLINE_PART.finditer(lowered, first))
    # (a part opens on its person's word itself: not "...; 1 herder killed", whose count is read elsewhere)
    for opening in (first, *(at for at in parts if _OPENING_WORD.match(lowered, at))):
        found += _bare_opening_singleton(sentence, lowered, opening, taken, lex)
    return found


_HEADLINE_PART = re.compile(r";\s*")


def _bare_opening_singleton(
    sentence: str, lowered: str, opening: int, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> list[tuple[NumberMention, Link]]:
    """The person opening a headline (or a part of it) at ``opening``, as in _bare_headline_singleton."""
    reach = min(len(lowered), opening + _BARE_OPENING_REACH)
    words = list(_OPENING_WORD.finditer(lowered, opening, reach))[:_BARE_OPENING_WORDS]
    for i, word in enumerate(words):
        noun = word.group(0)
        if noun in lex.np_stopwords or lex.trigger_word.fullmatch(noun):
            return []  # ("Gunmen kill farmer": the noun after a verb is its object, read elsewhere)
        if noun not in lex.singular_nouns and not is_human_singular(noun, lex):
            continue
        if (
            lowered[words[0].start() - 1 : words[0].start()].strip()
            or any(words[0].start() <= n.start < word.end() for n, _ in taken)
            or any(not sentence[w.start()].isupper() for w in words[1:i])  # ("Police say man ...": a clause)
        ):
            return []
        end = age.end() if (age := _AGE_APPOSITION.match(lowered, word.end())) else word.end()
        trigger = right_trigger(sentence, lowered, end, lex, house=False)
        if trigger is None or trigger.kind not in HARM_KINDS or trigger.start > end + _BARE_VERB_REACH:
            return []
        after = _OPENING_WORD.match(lowered, trigger.end + 1)
        if (
            OBJECT_AFTER.match(lowered, trigger.end)
            or lowered[trigger.start : trigger.end] in _ACTIVE_HARM
            or (after and (after.group(0) in lex.singular_nouns or is_human_singular(after.group(0), lex)))
        ):
            return []  # the doer: "Man kills neighbour", "Man killed wife"
        group = lex.group_nouns.get(noun, Group.PEOPLE)
        start = words[0].start() if i else word.start()
        mention = NumberMention(start, word.end(), 1, None, Qualifier.EXACT)
        return [(mention, Link(trigger.kind, group, start, trigger.end, True, False))]
    return []


_OWN_PARTICIPLE = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
_ACTIVE_HARM = frozenset({"kill", "kills", "shoots", "stabs", "murders", "hacks"})  # (a doer's verbs)
_OPENING_WORD = re.compile(r"[a-z][\w'’-]*")
# A verb of harm in the present, as sentence-case headlines write it, right before its object.
_HEADLINE_KILLS = re.compile(r"\b(?:kills|kill|injures|wounds|shoots|stabs)\s")
_HEADLINE_KILLS_BEFORE = re.compile(
    r"\b(?:kills|kill|injures|wounds|shoots|stabs)\s+(?:(?:elderly|young|teenage|pregnant)\s+)?$"
)
_DATELINE_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*:\s+")  # ("Yemen: ", "South Sudan: ")
_BARE_OPENING_WORDS = 3  # ("Polish soldier", "Elderly woman", "Teenage boy")
_BARE_OPENING_REACH = 40
_AGE_APPOSITION = re.compile(r"\s*,\s*(?:aged\s+)?[\w-]+\s*,")  # "Boy, four, drowned"
_BARE_VERB_REACH = 12  # ("Man, 40, is stabbed", "Woman found dead")


def _named_singletons(
    sentence: str, lowered: str, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> list[tuple[NumberMention, Link]]:
    """A person named with first and last name, maybe with an age, who a verb of harm right after says was killed
    or hurt ("Rokeya Begum, 35, was struck by lightning", "Sundus Shalabi, 23, was killed"), or whom one right
    before says was ("killing Fatoumata Guindo")."""
    found: list[tuple[NumberMention, Link]] = []
    for named in NAMED_PERSON.finditer(sentence):
        m: re.Match[str] | None = named
        first = named.group(1).split()[0].lower()
        if first in lex.singular_nouns and named.group(1).count(" ") >= 2:
            # a role before the name: "Paramedic Hussein Fakih, 29, was killed" names Hussein Fakih
            m = NAMED_PERSON.match(sentence, named.start(1) + len(first) + 1)
        if m is None:
            continue
        if m.group(1).split()[0].lower() in lex.known_words or any(
            (n.start < m.end() and m.start() < n.end) or (link.start < m.end() and m.start() < link.end)
            for n, link in taken
        ):
            continue  # ("The Red Cross", "In Gaza": words of the language, not a first name)
        if any(_restates(lowered, n, link, m.start()) for n, link in taken):
            continue  # the name of one counted right before: "a village head, Alhaji Sani Kurya, who was shot"
        if _NAMED_BEFORE.search(lowered, max(0, m.start() - 12), m.start()) or _BODY_OF.search(
            sentence, max(0, m.start() - 30), m.start()
        ):
            continue  # a group's, a place's or a body's name ("known as Forca Local", "Ministry of Public Security")
        if m.group(1).rsplit(None, 1)[-1].lower() in _INSTITUTION_WORDS:
            continue  # a place or a body, not a person ("taken to Mangu General Hospital")
        if m.group(1).split()[0].lower() in _PLACE_NAME_OPENINGS:
            continue  # a place named with its article or saint ("the road to La Grita", "in San Pedro")
        kind: Kind | None = None
        end = m.end()
        trigger = right_trigger(sentence, lowered, m.end(), lex, house=False)
        if trigger is not None and _AUXILIARY_GAP.fullmatch(lowered, m.end(), trigger.start):
            if lowered.endswith(_POSSESSIVE_ENDINGS, 0, m.end()) and _NOUN_AFTER.match(lowered, trigger.end):
                continue  # an owner, and an adjective before its noun: "Burkina Faso's missing numbers"
            if OBJECT_AFTER.match(lowered, trigger.end):
                continue  # the doer, not the victim ("Musa Bello killed two guards")
            if trigger.kind is not Kind.KILLED and " who " in lowered[m.end() - 1 : trigger.start + 1]:
                continue  # (a clause after the name tells a death; a wound told there may be how they died)
            kind, end = trigger.kind, trigger.end
        elif _NAME_ENDS.match(sentence, m.end()):
            left = left_trigger(lowered, m.start(), lex, house=False)
            kind = (
                left.kind
                if left is not None
                and not lowered[left.end : m.start()].strip()
                and not _DIGIT.search(lowered, left.start, m.start())  # ("toll reaches 105 as ... flee to Ed Damazin")
                else None
            )
        if kind is None or kind not in HARM_KINDS:
            continue
        if kind is Kind.INJURED and HURT_THEN_DIED.match(lowered, end):
            kind = Kind.KILLED  # "Abdulrahman Kali, 52, was hit by a stray bullet and died on the way to hospital"
        mention = NumberMention(start=m.start(), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, Link(kind, Group.PEOPLE, m.start(), end, True, False)))
    return found


def _spells_out_a_count(lowered: str, start: int, end: int) -> bool:
    """Whether the people listed before ``end`` name, one by one, the last count listed before them."""
    counts = list(_COUNT_WORD.finditer(lowered, start, end))
    # (matched to the text's end: the person after the comma may be the one at ``end``)
    spelled = _COUNT_SPELLED_OUT.match(lowered, counts[-1].end()) if counts else None
    return spelled is not None and spelled.end() <= end


def _singleton_kind(
    sentence: str, lowered: str, start: int, end: int, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> tuple[Kind | None, int, bool]:
    """What happened to a singleton, and where its stating phrase ends."""
    for _mention, link in taken:
        if link.start < start and end <= link.end and SUBGROUP_IN.search(lowered, link.start, start):
            return link.kind, end, False  # "Three people, including a child, died": a part of the figure
        if link.end <= start and link.kind in HARM_KINDS and _PART_AFTER.fullmatch(lowered, link.end, start):
            return link.kind, end, False  # "11 civilians were killed, including a boy who was shot": one of them
    if _AMONG_THE_DEAD_BEFORE.search(lowered, max(0, start - 40), start):
        return Kind.KILLED, end, False  # "Among the dead is a boy who was swept away": how he died, not missing
    if (listed := _LISTED_AMONG_THE_DEAD.search(lowered, max(0, start - 200), start)) and not _spells_out_a_count(
        lowered, listed.start(), start
    ):
        return Kind.KILLED, end, False  # "The dead were a woman on Mango island, a man on Nomuka and ...": the next
    if age := _AGE_AFTER.match(lowered, end):
        end = age.end()  # "a man in his 70s was found dead", "a couple in their 80s drowned"
    trigger = right_trigger(sentence, lowered, end, lex, house=False, distant=True)
    if trigger is None and (partner := _PARTNERS.match(lowered, end)):
        # "A pastor and his wife were murdered": the verb after the partners is the singleton's too
        trigger = right_trigger(sentence, lowered, partner.end(), lex, house=False)
    if trigger is not None:
        if not lowered[end : trigger.start].strip() and OBJECT_AFTER.match(lowered, trigger.end):
            return None, end, False  # the doer, not the victim
        if trigger.kind is Kind.INJURED and _died_after_all(lowered, trigger):
            return Kind.KILLED, trigger.end, True
        if trigger.kind is Kind.MISSING and LOST_THEN_FOUND_DEAD.match(lowered, trigger.end):
            return Kind.KILLED, trigger.end, True  # "a woman was swept away by the river and later found dead"
        if trigger.kind is Kind.MISSING and _BODY_OF_BEFORE.search(lowered, max(0, start - 20), start):
            return Kind.KILLED, end, False  # "the body of a farmer who had gone missing": found dead, no longer lost
        left = left_trigger(lowered, start, lex, house=False) if trigger.kind is Kind.INJURED else None
        if left is not None and left.kind is Kind.KILLED:
            return Kind.KILLED, trigger.end, True  # "the deceased were ... a man who was hit by a stray bullet"
        return trigger.kind, trigger.end, True
    left = left_trigger(lowered, start, lex, house=False)
    if left is not None:
        return left.kind, end, False
    if (to_death := killed_to_death(lowered, start, end)) is not None:
        return Kind.KILLED, to_death, False
    for mention, link in taken:
        if link.kind in HOUSE_KINDS:
            continue
        # after a figure ("killing 18 patients and a nurse") or before one with its own verb ("a woman and her
        # three children drowned")
        if link.end <= start and (join := _SINGLETON_AFTER.fullmatch(lowered, link.end, start)):
            if join.group(0).strip() == "," and _names_the_count(lowered, start, mention.value):
                return None, end, False  # "the bodies of two women, a mother and her daughter": who the two were
            return link.kind, end, False
        if mention.start >= end and link.own_verb and SINGLETON_JOIN.fullmatch(lowered, end, mention.start):
            return link.kind, end, False
    return None, end, False


def _names_the_count(lowered: str, start: int, value: int | None) -> bool:
    """Whether the people listed from ``start`` to the end of their phrase are as many as the count before them
    ("two people, a man and a woman in their 70s"): an apposition naming them, not more people."""
    if value is None or not 2 <= value <= 4:
        return False
    phrase = _APPOSITION_END.split(lowered[start : start + 120], maxsplit=1)[0]
    return len(_LIST_SPLIT.split(phrase.strip())) == value


_DIGIT = re.compile(r"\d")
_AGE_AFTER = re.compile(
    r"\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(?:\d0s|teens|twenties|thirties"
    r"|forties|fifties|sixties|seventies|eighties|nineties)\b"
    r"|\s*,\s*(?:aged\s+)?\d{1,3}\s*,(?=\s*(?:was|is|has|had|died|drowned)\b)"  # ("a woman, 67, was killed")
)
# A subject denying what the clause tells, before a person named in it: "Nobody in Los Pinos died".
_NEGATIVE_SUBJECT = re.compile(r"\b(?:nobody|no one|no-one|none)\b[^,.;:]{0,40}$")
# ... or the person's own verb denied: "The driver was not hurt".
_DENIED_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has|have|had)\s+(?:not|never)\b|(?:wasn|weren|isn|aren|hasn|haven|hadn)['’]t\b)"
)
# What opens a list of the dead: "Among the dead were", "The dead are" (who they were).
_THE_DEAD_ARE = (
    r"(?:\bamong\s+(?:the|those)\s+(?:dead|killed|victims|fatalities|deceased|bodies)\s+(?:is|are|was|were|included?)"
    r"|(?:^\s*|,\s*|\bsaid\s+)the\s+(?:dead|deceased|fatalities|victims)\s+(?:are|were|include|included)"
    # (or a count of deaths, then a colon: "has confirmed two (2) deaths: an elderly man in Portsmouth ..., and")
    r"|\b(?:deaths|fatalities)(?:\s*\(\d+\))?(?:\s+(?:have been|has been|were|are)\s+(?:confirmed|reported|recorded))?"
    r"\s*:)"
)
# ... right before a person: "Among the dead is a boy who was swept away", "The dead are a 17-year-old boy"
_AMONG_THE_DEAD_BEFORE = re.compile(_THE_DEAD_ARE + r"(?:\s+also)?\s+$")
# A small count a list of the dead may open with, in digits or words.
_SMALL_COUNT = r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten"
# ... with people already listed between ("The dead were a woman on Mango island, a man on Nomuka and").
_LISTED_AMONG_THE_DEAD = re.compile(
    _THE_DEAD_ARE
    + r"\s+(?:also\s+)?(?:a|an|one|the|his|her|their"
    # (or a count first: "Among the dead are three children from one family and a woman")
    + rf"|{_SMALL_COUNT})\s"
    + r"[^.;:]{1,160}?(?:,\s*(?:and\s+)?|\s+and\s+)$"
)
# ... unless the people after a count spell it out: "two children, a boy and his cousin", "two civilians — a".
_COUNT_WORD = re.compile(rf"\b(?:{_SMALL_COUNT})\b(?!-)")  # (not an age)
_COUNT_SPELLED_OUT = re.compile(r"\s[^.;:,—–]{1,60}[,—–]\s*(?=(?:a|an|his|her)\s)")
_BODY_OF_BEFORE = re.compile(r"\b(?:body|bodies|remains|corpses?)\s+of\s+$")
_APPOSITION_END = re.compile(r"[.;:()]|,\s+(?:who|which|were|was|in|at|on|near)\b|\s+(?:who|were|was)\b")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _ordinal_singletons(
    sentence: str, lowered: str, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> list[tuple[NumberMention, Link]]:
    """One more person after a count, named by an ordinal with no noun: "two police officers were killed and a
    third wounded", "a fourth died in hospital"."""
    found: list[tuple[NumberMention, Link]] = []
    for m in _ORDINAL_PERSON.finditer(lowered):
        if any(link.start < m.end() and m.start() < link.end for _n, link in taken) or not taken:
            continue
        trigger = right_trigger(sentence, lowered, m.end(), lex, house=False)
        if trigger is None or trigger.kind not in HARM_KINDS:
            continue
        mention = NumberMention(start=m.start(), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, Link(trigger.kind, Group.PEOPLE, m.start(), trigger.end, True, False)))
    for m in _ORDINAL_OBJECT.finditer(lowered):  # "... killed two men, while a drone killed a third"
        if any(link.start < m.end() and m.start() < link.end for _n, link in [*taken, *found]) or not taken:
            continue
        kind = Kind.KILLED if m.group(1).startswith("kill") else Kind.INJURED
        mention = NumberMention(start=m.start(2), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, Link(kind, Group.PEOPLE, m.start(), m.end(), False, True)))
    return found


# (and "another" after a count of people: "two labourers were killed and another was injured")
_ORDINAL_PERSON_CUE = re.compile(
    r"\b(?:(?:a|an|one) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|and another (?:was|is|has))\b"
)
# ... or as the object of a verb of harm, ending its clause: "a drone attack near Nabatieh killed a third."
_ORDINAL_OBJECT = re.compile(
    r"\b(killed|killing|wounded|wounding|injured|injuring)\s+((?:a|an|one)\s+(?:second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth))\b(?=\s*(?:[.;,]|$)|\s+(?:in|on|near|at|and|when|as)\b)"
)
_ORDINAL_PERSON = re.compile(
    r"\b(?:(?:a|an|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?<=and\s)another)\b"
    r"(?=\s+(?:(?:was|is|has been|had been|later)\s+)?(?:wounded|injured|hurt|killed|died|dead|missing)\b)"
)


def _died_after_all(lowered: str, trigger: Trigger) -> bool:
    """Whether a person hurt died of it: "a woman hit by a stray bullet later died", "a boy with head injuries,
    died in the afternoon", or was shot in a sentence that counts the dead and no wounded ("among the dead are ...
    a trader and his wife, who were shot inside their car")."""
    if HURT_THEN_DIED.match(lowered, trigger.end):
        return True
    return (
        lowered.startswith("shot", trigger.start)
        and not _BODY_PART_AFTER.match(lowered, trigger.end)  # ("shot in the arm": wounded)
        and bool(_DEATH_WORD.search(lowered))
        and not _HURT_WORD.search(lowered)
    )


_BODY_PART_AFTER = re.compile(
    r"\s+(?:in|through) (?:the|his|her|their) (?:arms?|legs?|hands?|feet|foot|shoulders?|back|stomach|abdomen|thighs?"
    r"|knees?|hips?|buttocks?|ankles?|wrists?)\b"
)
_DEATH_WORD = re.compile(r"\b(?:dead|killed|died|deaths?|bodies|toll)\b")
_HURT_WORD = re.compile(r"\b(?:wounded|injured|injur(?:y|ies)|hurt|survived)\b")


_SOURCE_BEFORE = re.compile(r"\b(?:according to|quoting|quoted by|told|said)\s+$")


# "the head" with no word between and no "of" after: the body part ("wounds to the head").
_BODY_PART = re.compile(r"\w+\s+head")


# One more death told by its noun: "Another death was confirmed in St Vincent", "another body was pulled out".
ONE_MORE_DEATH = re.compile(
    r"\b(?:another|a further|one more|an additional|a second|a third|a fourth|a fifth)\s+"
    r"(?:death|body|fatality|corpse)\b"
)
# ... unless it is one to be prevented or feared: "to prevent another death", "the risk of a further death".
_AVERTED_BEFORE = re.compile(r"\b(?:prevent|preventing|avoid|avoiding|stop|risk of|fear of|could|would|may|might)\s+$")


def _one_more_death(lowered: str, taken: list[tuple[NumberMention, Link]]) -> list[tuple[NumberMention, Link]]:
    """One more death told by its noun, after "another", "a further", "one more": one killed."""
    found: list[tuple[NumberMention, Link]] = []
    for m in ONE_MORE_DEATH.finditer(lowered):
        if any(n.start < m.end() and m.start() < n.end for n, _ in taken):
            continue
        if _AVERTED_BEFORE.search(lowered, max(0, m.start() - 16), m.start()):
            continue
        mention = NumberMention(start=m.start(), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, Link(Kind.KILLED, Group.PEOPLE, m.start(), m.end(), False, False)))
    return found


# One person's body found: "a man's body was found", "pulled a woman's body from the rubble".
_BODY_AFTER = re.compile(r"['’]s\s+(?:body|corpse|remains)\b")
_FOUND_AFTER_BODY = re.compile(
    r"\s+(?:(?:was|were|has been|had been|have been)\s+)?(?:(?:later|eventually|also|finally)\s+)?"
    r"(?:found|recovered|retrieved|pulled|washed up|washed ashore|discovered|identified|dug out|located)\b"
)
_FOUND_BEFORE_BODY = re.compile(
    r"\b(?:found|recovered|retrieved|pulled|discovered|dug out|located|identified|pulled out)\s+(?:the\s+)?$"
)


def _body_found(lowered: str, start: int, end: int) -> int | None:
    """Where the finding of a person's body ends, when the person named between ``start`` and ``end`` is told of by
    their body found ("a man's body was found"); None otherwise."""
    body = _BODY_AFTER.match(lowered, end)
    if body is None:
        return None
    if after := _FOUND_AFTER_BODY.match(lowered, body.end()):
        return after.end()
    return body.end() if _FOUND_BEFORE_BODY.search(lowered, max(0, start - 24), start) else None


def _definite_singletons(
    sentence: str, lowered: str, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> list[tuple[NumberMention, Link]]:
    """ "shot dead the deputy commissioner and his bodyguard", "Among the dead were the station commander", "the
    village chief was beheaded": one person named with "the" or a possessive counts as the object of a verb of harm,
    the next item of a list of victims, or the subject of a verb of harm (not a witness, a source or a doer)."""
    found: list[tuple[NumberMention, Link]] = []
    for m in lex.definite_singleton.finditer(lowered):  # type: ignore[union-attr]
        noun = m.group(1)
        if noun not in lex.singular_nouns and not is_human_singular(noun, lex):
            continue
        if _BODY_PART.fullmatch(lowered, m.start(), m.end()) and not _OF_AFTER.match(lowered, m.end()):
            continue  # "injuries to the head", "shot in his head": a body part, not the head of a village
        if _COMPOUND_HEAD.match(lowered, m.end()):
            continue  # "far above the official figure", "the army convoy": the noun names a thing
        if (found_dead := _body_found(lowered, m.start(), m.end())) is not None and not any(
            n.start < m.end() and m.start() < n.end for n, _ in [*taken, *found]
        ):
            # "The boy's body was found two days later", "her mother's body was pulled from the mud": one dead
            mention = NumberMention(start=m.start(), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
            group = lex.group_nouns.get(noun, Group.PEOPLE)
            found.append((mention, Link(Kind.KILLED, group, m.start(), found_dead, True, False)))
            continue
        if _THING_OF_BEFORE.search(lowered, max(0, m.start() - 14), m.start()):
            continue  # what was theirs befell it: "the house of her brother-in-law ... had disappeared"
        if noun == "couple" or _REPORTING_NEAR.match(lowered, m.end()) or lowered.startswith(("'s", "’s"), m.end()):
            continue  # "the couple's", "the regional health official said", "the governor's office": no victim named
        if _SOURCE_BEFORE.search(lowered, max(0, m.start() - 16), m.start()):
            continue  # "according to the civil surgeon office": the source, no victim
        if any(n.start < m.end() and m.start() < n.end for n, _ in [*taken, *found]):
            continue
        if _CAPITALISED.search(sentence, m.start() + 1, m.end()) and not is_headline(sentence):
            continue  # "the El Fasher livestock market": a name, not a person
        kind = _definite_kind(sentence, lowered, m.start(), m.end(), [*taken, *found], lex)
        if kind is None:
            continue
        group = lex.group_nouns.get(noun, Group.PEOPLE)
        # (its phrase runs over the place it heads, so a list may follow: "the head of Ngouma village and his wife")
        end = of_name.end() if (of_name := _OF_NAME.match(sentence, m.end())) else m.end()
        mention = NumberMention(start=m.start(), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, Link(kind, group, m.start(), end, False, False)))
    return found


def _definite_kind(
    sentence: str, lowered: str, start: int, end: int, taken: list[tuple[NumberMention, Link]], lex: Lexicon
) -> Kind | None:
    """What happened to a definite singleton: the verb before it, the list it ends, or its own verb of harm."""
    left = left_trigger(lowered, start, lex, house=False)
    if left is not None:
        return left.kind if left.kind in HARM_KINDS else None  # ("killed the head of Ngouma village")
    if vehicle := _OF_A_VEHICLE.match(lowered, end):
        end = vehicle.end()  # "the driver of the bus was also killed": who drove it, then what befell him
    elif _OF_AFTER.match(lowered, end):
        return None  # "the head of the family": whose, not who
    if not OWN_PREDICATE.match(lowered, end):
        for _mention, link in taken:
            if link.kind not in HARM_KINDS or link.end > start:
                continue
            if _DEFINITE_PART.fullmatch(lowered, link.end, start):
                return link.kind  # "leaving 11 guests dead, among them the bride's father"
            # (after a figure whose verb followed it, "and their commander" opens a clause of its own)
            if not link.own_verb and (
                _DEFINITE_JOIN.fullmatch(sentence, link.end, start) or _OF_THEM_AND.fullmatch(lowered, link.end, start)
            ):
                return link.kind
        return None
    trigger = right_trigger(sentence, lowered, end, lex, house=False)
    if trigger is None or trigger.kind not in HARM_KINDS:
        return None
    if not lowered[end : trigger.start].strip() and OBJECT_AFTER.match(lowered, trigger.end):
        return None  # "the soldier killed two civilians": the doer
    return trigger.kind


def is_headline(sentence: str) -> bool:
    """Title case, as headlines are written: "Rebels Torch 200 Homes, Kill Priest In Eastern DR Congo"."""
    if len(sentence) > _HEADLINE_LENGTH or sentence.endswith(_SENTENCE_ENDS):
        return False  # (cheap tests first: headlines are short and end without a full stop)
    words = _TITLE_WORD.findall(sentence)
    return len(words) >= _HEADLINE_WORDS and sum(w[0].isupper() for w in words) >= _HEADLINE_SHARE * len(words)


# Between two people a headline's verb harms: "kills woman and daughter", "Kill Priest And His Son".
_HEADLINE_PARTNER = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+)?")


def _headline_singletons(
    lowered: str, taken: list[tuple[NumberMention, Link]], lex: Lexicon, *, sentence_case: bool = False
) -> list[tuple[NumberMention, Link]]:
    """A role noun without its article right after a verb of harm, as headlines drop articles: "Kill Priest",
    "Gunmen Abduct 30, Shoot Village Head". In ``sentence_case``, only a known person noun right after the verb."""
    found: list[tuple[NumberMention, Link]] = []
    words = list(OBJECT_WORD.finditer(lowered))
    for i, word in enumerate(words):
        noun = word.group(0)
        known = noun in lex.singular_nouns or noun in _HEADLINE_NOUNS
        if not known and (sentence_case or not is_human_singular(noun, lex)):
            continue
        if known and found and _HEADLINE_PARTNER.fullmatch(lowered, found[-1][0].end, word.start()):
            # the verb's second object: "Shelling kills woman and daughter in Taiz"
            mention = NumberMention(word.start(), word.end(), 1, None, Qualifier.EXACT)
            found.append((mention, Link(found[-1][1].kind, Group.PEOPLE, word.start(), word.end(), False, False)))
            continue
        if sentence_case and not _HEADLINE_KILLS_BEFORE.search(lowered, max(0, word.start() - 30), word.start()):
            continue
        for k in range(max(0, i - 2), i + 1):  # ("Kill Village Head": up to two words before the noun)
            first = words[k]
            if any(w.group(0) in lex.np_stopwords or w.group(0) in _HEADLINE_STOPS for w in words[k : i + 1]):
                continue  # "Killed In Twin Bombings": a preposition, no object
            left = left_trigger(lowered, first.start(), lex, house=False)
            if left is None or left.kind not in HARM_KINDS or left.end > first.start():
                continue
            if any(n.start < word.end() and first.start() < n.end for n, _ in [*taken, *found]):
                break
            mention = NumberMention(first.start(), word.end(), 1, None, Qualifier.EXACT)
            found.append((mention, Link(left.kind, Group.PEOPLE, first.start(), word.end(), False, False)))
            break
    return found


# Between one person harmed and the kin harmed with them: "a woman was killed with her five children" (one who
# travelled with them is a person's story: "she arrived with her four children" counts no one).
_KIN_ALONG = re.compile(r"\s+(?:together\s+)?with\s+(?:his|her|their)\s+")


def listed_with_singletons(
    lowered: str,
    mentions: list[NumberMention],
    nps: list[NounPhrase],
    links: list[Link | None],
    singles: list[tuple[NumberMention, Link]],
    pairs: list[tuple[NumberMention, Link]],
) -> list[tuple[NumberMention, Link]]:
    """Counted nouns listed with a singleton take its kind: right after it ("killed a pastor and two farmers"), or
    right before it when its own verb follows ("Two rangers and a porter lost their lives")."""
    found: list[tuple[NumberMention, Link]] = []
    stated = {m.start for m, _ in pairs}
    for mention, np, link in zip(mentions, nps, links, strict=True):
        if link is not None or mention.start in stated or not np.has_head or np.trap or np.house:
            continue
        for single, single_link in (*singles, *found):
            joined = SINGLETON_JOIN.fullmatch(lowered, single_link.end, mention.start) or (
                single_link.kind in HARM_KINDS and _KIN_ALONG.fullmatch(lowered, single_link.end, mention.start)
            )
            after = (
                single_link.end <= mention.start
                and joined
                # (a clause of its own: "a fisherman was killed and two women were abducted", "nurse killed,
                # twelve passengers abducted")
                and not (
                    single_link.own_verb
                    and (OWN_PREDICATE.match(lowered, np.end) or _OWN_PARTICIPLE.match(lowered, np.end))
                )
            )
            before = (
                single_link.own_verb
                and single.start >= np.end
                and SINGLETON_JOIN.fullmatch(lowered, np.end, single.start)
            )
            if after or before:
                found.append((mention, Link(single_link.kind, np.group, mention.start, np.end, False, False)))
                break
    return found
