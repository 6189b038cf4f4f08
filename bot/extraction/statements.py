"""Figures stated in one sentence: numbers linked to what they count and to what happened to them."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.extraction.context import is_cumulative, is_projection, trapped_after, trapped_before
from bot.extraction.kinds import NounPhrase, Trigger, left_trigger, noun_phrase, right_trigger
from bot.extraction.lexicon import Lexicon, lower_keeping_length
from bot.extraction.model import Group, Kind, Qualifier
from bot.extraction.numbers import NumberMention, find_numbers

_HOUSE_KINDS = frozenset({Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED})
# These patterns read the lower-cased sentence (``lowered``: same offsets), so they need no case-blind matching.
# Between two counted noun phrases sharing one verb: "20 civilians, including three children, and 29 fighters".
_CHAIN = re.compile(
    r"\s*(?:,\s*(?:including|among them|of whom|of them|and|or|plus|as well as)?\s*|\s+(?:and|as well as|plus"
    r"|including|along with|alongside)\s+|\s*[(\[]\s*(?:including\s+)?|\s+[-–—]\s*(?:including\s+)?)"
)
# Before a subgroup of the figure just stated: "killed 12 people, including four women".
_SUBGROUP = re.compile(r"(?:including|among them|among whom|of whom|of them)\s*$")
# After a subgroup without a noun: "including 755,000 in 2022 alone".
_SUBGROUP_TAIL = re.compile(r"\s+(?:in|from|during|since|last|this)\b")
_AND = re.compile(r"\s*,?\s*and\s+")
_HEDGES = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT})


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
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


@dataclass(frozen=True, slots=True)
class _Link:
    kind: Kind
    group: Group
    start: int
    end: int
    own_verb: bool
    left: bool


def _link(
    sentence: str, lowered: str, mention: NumberMention, np: NounPhrase, lex: Lexicon, previous_house: bool
) -> _Link | None:
    """What one number counts and what happened, from its own words (no sharing with neighbours)."""
    if np.trap:
        return None
    if mention.qualifier is Qualifier.VAGUE and not np.has_head and mention.vague_word not in lex.vague_standalone:
        return None
    if m := lex.of_the.match(sentence, mention.end):
        kind = lex.of_the_kind_nouns[m.group("kind").lower()]
        return _Link(kind, lex.group_nouns[m.group("group").lower()], mention.start, m.end(), True, False)
    house = np.house or (not np.has_head and previous_house)
    left: Trigger | None = None
    if house:
        left = left_trigger(lowered, mention.start, lex, house=True)
    if left is None and not np.house:
        left = left_trigger(lowered, mention.start, lex, house=False)
    if left is not None:
        return _Link(left.kind, np.group, left.start, max(np.end, mention.end), False, True)
    right = right_trigger(sentence, lowered, max(np.end, mention.end), lex, house=house)
    if right is not None:
        return _Link(right.kind, np.group, mention.start, right.end, True, False)
    if np.kind is not None and not trapped_after(sentence, np.end, lex):
        lives = np.kind is Kind.KILLED and "lives" in lowered[mention.end : np.end]
        if lives and not lex.lives_before.search(lowered, max(0, mention.start - 30), mention.start):
            return None  # "saved 300 lives" is no death toll; "claimed 12 lives" is
        return _Link(np.kind, np.group, mention.start, np.end, False, False)
    return None


def _singletons(
    sentence: str, lowered: str, taken: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[NumberMention, _Link]]:
    """ "A woman was killed": one person of the noun's group."""
    found: list[tuple[NumberMention, _Link]] = []
    for m in lex.singleton.finditer(lowered):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        trigger = right_trigger(sentence, lowered, m.end(), lex, house=False)
        if trigger is None or trigger.kind in _HOUSE_KINDS:
            continue
        group = lex.group_nouns.get(m.group(1).lower(), Group.PEOPLE)
        mention = NumberMention(start=m.start(), end=m.end(), value=1, value_max=None, qualifier=Qualifier.EXACT)
        found.append((mention, _Link(trigger.kind, group, m.start(), trigger.end, True, False)))
    return found


def _link_subgroups(
    lowered: str, mentions: list[NumberMention], nps: list[NounPhrase], links: list[_Link | None]
) -> None:
    """A count after "including" with no verb of its own is a subgroup of the figure stated before it."""
    last: _Link | None = None
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        if links[i] is not None:
            last = links[i]
            continue
        if last is None or np.trap or not _SUBGROUP.search(lowered, max(0, mention.start - 20), mention.start):
            continue
        if mention.qualifier is Qualifier.VAGUE and not np.has_head:
            continue
        if np.has_head and np.house == (last.kind in _HOUSE_KINDS):
            links[i] = _Link(last.kind, np.group, mention.start, np.end, False, False)
        elif not np.has_head and _SUBGROUP_TAIL.match(lowered, mention.end):
            links[i] = _Link(last.kind, last.group, mention.start, mention.end, False, False)


def find_statements(sentence: str, lex: Lexicon) -> list[Statement]:
    """Every figure stated in a sentence, in order."""
    lowered = lower_keeping_length(sentence)
    if next(lex.cues.iter(lowered), None) is None:
        return []  # one pass of the cue automaton is far cheaper than any regex over the sentence
    mentions = find_numbers(lowered, lex)
    if not mentions and not lex.singleton.search(lowered):
        return []
    nps = [noun_phrase(sentence, m.end, lex, vague=m.qualifier is Qualifier.VAGUE) for m in mentions]
    links: list[_Link | None] = [None] * len(mentions)
    previous_house = False
    for i, (mention, np) in enumerate(zip(mentions, nps, strict=True)):
        links[i] = _link(sentence, lowered, mention, np, lex, previous_house)
        previous_house = links[i] is not None and links[i].kind in _HOUSE_KINDS  # type: ignore[union-attr]
    # A noun phrase without its own verb shares the verb of the next one it is listed with.
    for i in range(len(mentions) - 2, -1, -1):
        nxt = links[i + 1]
        if links[i] is not None or nxt is None or nxt.left or not nps[i].has_head or nps[i].trap:
            continue
        gap = _CHAIN.fullmatch(lowered, nps[i].end, mentions[i + 1].start)
        if gap and (nps[i].house == (nxt.kind in _HOUSE_KINDS)):
            links[i] = _Link(nxt.kind, nps[i].group, mentions[i].start, nps[i].end, False, False)
    _link_subgroups(lowered, mentions, nps, links)
    pairs = [(m, link) for m, link in zip(mentions, links, strict=True) if link is not None]
    for mention, link in pairs:
        if not link.left and trapped_before(lowered, mention.start, lex):
            pairs.remove((mention, link))
    pairs += _singletons(sentence, lowered, [(m.start, m.end) for m, _ in pairs], lex)
    pairs.sort(key=lambda p: p[0].start)
    cumulative = bool(pairs) and is_cumulative(lowered, lex)
    statements: list[Statement] = []
    for mention, link in pairs:
        qualifier = mention.qualifier
        if statements and qualifier is Qualifier.EXACT:
            before = statements[-1]
            if before.own_verb and before.qualifier in _HEDGES and _AND.fullmatch(lowered, before.end, mention.start):
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
    return replace(statement, qualifier=qualifier)
