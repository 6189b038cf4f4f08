"""Per-language word lists for extraction, compiled once into regexes the engine shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from bot.extraction.regex_dispatch import GuardedAlternation, dispatched, top_level_alternatives
from bot.extraction.regex_endings import match_endings
from bot.text.cues import cue_finder
from bot.values import Group, Kind, Qualifier

# PDF text often keeps typographic ligatures; every pattern accepts them where it says "fl"/"fi"/"ff".
_LIGATURES = {"ffi": "(?:ffi|ﬃ)", "ffl": "(?:ffl|ﬄ)", "ff": "(?:ff|ﬀ)", "fl": "(?:fl|ﬂ)", "fi": "(?:fi|ﬁ)"}
# Tried in this order at each place, longest first, as the patterns are read left to right.
_LIGATURE_SPELLINGS = re.compile("|".join(_LIGATURES))


def ligature_tolerant(pattern: str) -> str:
    """The pattern, also matching ligature characters where it spells fi, fl, ff, ffi or ffl."""
    return _LIGATURE_SPELLINGS.sub(lambda m: _LIGATURES[m.group(0)], pattern)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any run of whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _compile(pattern: str) -> re.Pattern[str]:
    """A case-blind regex in which a space stands for any run of whitespace (PDF text doubles them)."""
    return re.compile(ligature_tolerant(pattern).replace(" ", r"\s+"), re.IGNORECASE)


_ESCAPE = re.compile(r"\\.")
_BEFORE_NUMBER = r"\s+$"  # how a left trigger pattern ends: whitespace, then the number (the search's end)


def _compile_lower(pattern: str) -> re.Pattern[str]:
    """Like ``_compile``, for text already lower-cased by ``lower_keeping_length``: case-blind matching costs
    the regex engine about three times as much, and these patterns scan every candidate sentence."""
    return re.compile(ligature_tolerant(_lower_only(pattern)).replace(" ", r"\s+"))


def _lower_only(pattern: str) -> str:
    """The pattern, checked to name no capital letter (it is matched against lower-cased text)."""
    if re.search(r"[A-Z]", _ESCAPE.sub("", pattern)):
        raise ValueError(f"a pattern for lower-cased text names a capital letter: {pattern[:60]!r}")
    return pattern


def lower_keeping_length(text: str) -> str:
    """The text in lower case, offset for offset (the rare letter whose lower case is longer stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low) == 1 else char for char, low in ((c, c.lower()) for c in text))


# Flags of the number cues: a number word may follow, a vague quantity may follow.
NUMBER_WORD_CUE = 1
VAGUE_CUE = 2
_LIGATURE_CHARS = "ﬀﬁﬂﬃﬄ"


def _number_cues(number_words: list[str], vague_phrases: list[str]) -> dict[str, int]:
    """Words without which no number word or vague quantity can match: each phrase's longest word. A ligature
    character counts as both, since the patterns accept it for "fi", "fl" or "ff" inside any word."""
    cues: dict[str, int] = {}
    for word in number_words:
        cues[word] = cues.get(word, 0) | NUMBER_WORD_CUE
    for phrase in vague_phrases:
        longest = max(phrase.split(), key=len)
        cues[longest] = cues.get(longest, 0) | VAGUE_CUE
    for char in _LIGATURE_CHARS:
        cues[char] = NUMBER_WORD_CUE | VAGUE_CUE
    return cues


def _last_words(phrases: list[str]) -> tuple[str, ...]:
    """The last word of each phrase: what text before a number must end with for any phrase to end there."""
    ends = {phrase.split()[-1] for phrase in phrases}
    if any(pair in end for end in ends for pair in ("fi", "fl", "ff")):
        raise ValueError("a hedge ending that a ligature could spell needs its ligature forms too")
    return tuple(sorted(ends))


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """One language's words, compiled: what the extraction engine matches against."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    dozen: str
    qualifiers: dict[str, Qualifier]
    hedges: tuple[tuple[str, Qualifier], ...]  # " hedge " padded for whole-word tests, longest first
    group_nouns: dict[str, Group]
    house_nouns: frozenset[str]
    kind_nouns: dict[str, Kind]
    trap_nouns: frozenset[str]
    singular_nouns: frozenset[str]
    np_stopwords: frozenset[str]
    vague_standalone: frozenset[str]
    of_the_kind_nouns: dict[str, Kind]
    # Patterns marked "lower" are matched against ``lower_keeping_length`` text; the others against the text itself.
    number_words: re.Pattern[str]  # lower
    number_word_start: re.Pattern[str]  # the same, any case: "is a number word starting here?"
    cue_stems: tuple[str, ...]
    cues: Any  # an Aho-Corasick automaton of the cue stems, for lower-cased text
    number_cues: Any  # an Aho-Corasick automaton: NUMBER_WORD_CUE / VAGUE_CUE flags, for lower-cased text
    qualifier_before: re.Pattern[str]  # lower
    hedge_ends: tuple[str, ...]  # last words of the hedges and neutral prefixes
    vague: re.Pattern[str]  # lower
    aux: re.Pattern[str]  # lower
    house_aux: re.Pattern[str]  # lower
    right_triggers: tuple[GuardedAlternation, tuple[Kind, ...]]  # group i+1 matched: kind i
    house_right_triggers: tuple[GuardedAlternation, tuple[Kind, ...]]
    trigger_word: re.Pattern[str]  # whether and where any trigger matches (not which: see regex_dispatch)
    left_triggers: tuple[GuardedAlternation, tuple[Kind, ...]]  # lower; ends in whitespace right before the number
    house_left_triggers: tuple[GuardedAlternation, tuple[Kind, ...]]  # lower; ends as left_triggers does
    # What every match of those ends with before its whitespace (None: no such test): most numbers follow no verb.
    left_endings: tuple[str, ...] | None
    house_left_endings: tuple[str, ...] | None
    lives_before: re.Pattern[str]  # lower
    of_the: re.Pattern[str]
    singleton: re.Pattern[str]  # lower
    definite_singleton: re.Pattern[str] | None  # lower: "the driver", "his bodyguard" (kept only after a verb or list)
    projection: re.Pattern[str]  # lower
    past_estimate: re.Pattern[str]  # lower
    cumulative: re.Pattern[str]  # lower
    trap_before: re.Pattern[str]  # lower
    trap_after: re.Pattern[str]
    known_words: frozenset[str]
    misspelt_groups: dict[str, str]
    number_names: frozenset[str]
    # Generic reading (optional per language; a language without them simply does not use the mechanism):
    human_plural: re.Pattern[str] | None  # lower, fullmatch: a plural naming people, outside the group nouns
    not_human_plurals: frozenset[str]
    non_count_nouns: frozenset[str]  # nouns a count stops at ("the two camps")
    prenominal_kinds: dict[str, Kind]  # "6,000 destroyed houses"
    group_adjectives: dict[str, Group]  # "200 are unaccompanied": a group named by an adjective
    non_residential: frozenset[str]  # "government buildings": buildings that are no homes
    heading_kinds: dict[str, Kind]
    heading: re.Pattern[str] | None  # lower: a noun heading a tally of places, up to its colon
    negation_before: re.Pattern[str] | None  # lower, searched in a window ending at the number
    member_of: re.Pattern[str] | None  # lower: after "one", "one of the victims" is no count
    list_joins: re.Pattern[str] | None  # lower, searched in the gap between two list items
    list_item_tail: re.Pattern[str] | None  # lower, matched after a list item
    anaphor_start: re.Pattern[str] | None  # lower, matched at a sentence start that continues the one before
    refugee_nouns: frozenset[str]  # heads whose count, forecast, is a displacement projection ("4 million refugees")
    forecast: re.Pattern[str] | None  # lower: words that forecast a count (narrower than ``projection``)


def _known_words(mod: ModuleType) -> frozenset[str]:
    """Every plain word the lexicon names, plus its list of common words: what a lost space may split into."""
    phrases = [
        *mod.UNITS, *mod.TENS, *mod.SCALES, mod.DOZEN, *mod.QUALIFIERS, *mod.NEUTRAL_PREFIXES, *mod.VAGUE,
        *mod.GROUP_NOUNS, *mod.SINGULAR_NOUNS, *mod.TRAP_NOUNS, *mod.HOUSE_NOUNS, *mod.KIND_NOUNS,
        *mod.NP_STOPWORDS, *mod.AUX_WORDS, *mod.KNOWN_WORDS.split(),
    ]  # fmt: skip
    words = {w for phrase in phrases for w in re.findall(r"[a-z]+", phrase.lower())}
    return frozenset(w for w in words if len(w) > 1 or w == "a")


def _misspelt_groups(mod: ModuleType, known: frozenset[str]) -> dict[str, str]:
    """Long counted nouns with one letter dropped ("familis"), as OCR and PDF text leave them, to the noun."""
    out: dict[str, str] = {}
    for noun in mod.GROUP_NOUNS:
        if " " in noun or len(noun) < 7:
            continue
        for i in range(1, len(noun)):  # the first letter is kept: "amilies" is too far from anything
            variant = noun[:i] + noun[i + 1 :]
            if variant not in known and variant not in mod.GROUP_NOUNS:
                out.setdefault(variant, noun)
    return out


def _build(mod: ModuleType) -> Lexicon:
    words = [*mod.UNITS, *mod.TENS, *(s for s in mod.SCALES if len(s) > 2), mod.DOZEN]
    word = f"(?:{_alternation(words)})"
    after_scale = "(?:(?<=hundred)|(?<=thousand)|(?<=million))"
    a_scale = (
        # "a million", "half a million", "a quarter of a million", "three-quarters of a million"
        r"(?:(?:half\s+|(?:a|one|three)[\s-]quarters?\s+of\s+)?an?\s+(?=(?:hundred|thousand|million|lakh|crore|dozen)\b))"
    )
    number_words = rf"\b{a_scale}?{word}(?:(?:[\s-]+|{after_scale}\s+and\s+){word})*\b"
    prefixes = [*mod.QUALIFIERS, *mod.NEUTRAL_PREFIXES]
    qualifier_before = rf"(?:\b(?:{_alternation(prefixes)})\s+)+$"
    aux_words = _alternation(mod.AUX_WORDS)
    # (nor "fatally", which makes the verb after it a killing: "were fatally shot")
    months = r"(?!(?:july|family|italy|assembly|supply|early|daily|only|rally|fly|fatally)\b)"
    aux = rf"(?:[\s,]*(?:\b(?:{aux_words})\b|\b{months}[a-z-]+ly\b))*\s*"
    # Before "damaged", these adverbs tell destroyed from damaged: the house patterns read them, not the aux.
    degree = r"(?!(?:totally|completely|fully|entirely|partially|partly|severely|badly|heavily|moderately|slightly)\b)"
    # (and "as": an assessment's classes, "listed 1,555 houses as completely destroyed and 452 as partially damaged")
    house_aux_words = _alternation((*mod.AUX_WORDS, "as"))
    house_aux = rf"(?:[\s,]*(?:\b(?:{house_aux_words})\b|\b{months}{degree}[a-z-]+ly\b))*\s*"
    singular = _alternation(_singulars(mod))
    vague_lead = ["several", "a few", "a couple of", "many", "some"]  # before hundreds, thousands, dozens
    vague_counted = ["hundreds", "hundred", "thousands", "thousand", "dozens", "dozen"]

    def alternatives(pairs: tuple[tuple[str, Kind], ...], suffix: str) -> str:
        """The patterns as one alternation in their order of precedence; group i+1 tells pair i matched."""
        return "|".join(f"((?:{p}){suffix})" for p, _ in pairs)

    def probe(pairs: tuple[tuple[str, Kind], ...], suffix: str, flags: int) -> str:
        """The same alternation without its groups, each phrasing on its own, dispatched on first characters."""
        phrasings = [f"(?:{phrasing}){suffix}" for p, _ in pairs for phrasing in top_level_alternatives(p)]
        return dispatched([ligature_tolerant(p).replace(" ", r"\s+") for p in phrasings], flags)

    def one_group_per_pair(compiled: re.Pattern[str], pairs: tuple[tuple[str, Kind], ...]) -> re.Pattern[str]:
        # (checked on the compiled alternation: compiling each pattern on its own doubles the start-up cost)
        if compiled.groups != len(pairs):
            raise ValueError("a trigger pattern has a capturing group: write (?:...) so groups name the pairs")
        return compiled

    def triggers(pairs: tuple[tuple[str, Kind], ...]) -> tuple[GuardedAlternation, tuple[Kind, ...]]:
        """One regex for all words that say what happened, tried at one place: the first pair that matches wins."""
        named = one_group_per_pair(_compile(alternatives(pairs, r"\b")), pairs)
        return GuardedAlternation(named, re.compile(probe(pairs, r"\b", re.IGNORECASE), re.IGNORECASE)), tuple(
            k for _, k in pairs
        )

    def left(pairs: tuple[tuple[str, Kind], ...]) -> tuple[GuardedAlternation, tuple[Kind, ...]]:
        """One regex for all verbs that end right before a number."""
        named = one_group_per_pair(_compile_lower(rf"\b(?:{alternatives(pairs, '')}){_BEFORE_NUMBER}"), pairs)
        guarded = re.compile(_lower_only(rf"\b(?:{probe(pairs, '', 0)}){_BEFORE_NUMBER}"))
        return GuardedAlternation(named, guarded), tuple(k for _, k in pairs)

    def endings(pairs: tuple[tuple[str, Kind], ...]) -> tuple[str, ...] | None:
        plain = "|".join(f"(?:{p})" for p, _ in pairs)  # (what ends a match does not depend on the dispatch)
        return match_endings(ligature_tolerant(rf"\b(?:{plain})").replace(" ", r"\s+"))

    left_pairs = (*mod.LEFT_TRIGGERS, *mod.HOUSE_ROW_TRIGGERS)

    return Lexicon(
        units=mod.UNITS,
        tens=mod.TENS,
        scales=mod.SCALES,
        dozen=mod.DOZEN,
        qualifiers=mod.QUALIFIERS,
        hedges=tuple((f" {h} ", q) for h, q in sorted(mod.QUALIFIERS.items(), key=lambda kv: -len(kv[0]))),
        group_nouns=mod.GROUP_NOUNS,
        house_nouns=frozenset(mod.HOUSE_NOUNS),
        kind_nouns=mod.KIND_NOUNS,
        trap_nouns=frozenset(mod.TRAP_NOUNS),
        singular_nouns=frozenset(_singulars(mod)),
        np_stopwords=frozenset(mod.NP_STOPWORDS),
        vague_standalone=frozenset(mod.VAGUE_STANDALONE),
        of_the_kind_nouns=mod.OF_THE_KIND_NOUNS,
        number_words=_compile_lower(number_words),
        number_word_start=_compile(number_words),
        cue_stems=tuple(mod.CUE_STEMS),
        cues=cue_finder(dict.fromkeys(mod.CUE_STEMS, 0)),
        number_cues=cue_finder(_number_cues(words, [*vague_counted, *mod.VAGUE])),  # the lead words need these
        qualifier_before=_compile_lower(qualifier_before),
        hedge_ends=_last_words(prefixes),
        vague=_compile_lower(
            rf"\b(?:(?:{_alternation(vague_lead)})\s+(?:{_alternation(vague_counted)})(?:\s+of\s+thousands)?"
            rf"|{_alternation(mod.VAGUE)})\b"
        ),
        aux=_compile_lower(aux),
        house_aux=_compile_lower(house_aux),
        right_triggers=triggers(mod.RIGHT_TRIGGERS),
        house_right_triggers=triggers(mod.HOUSE_RIGHT_TRIGGERS),
        trigger_word=re.compile(probe((*mod.RIGHT_TRIGGERS, *mod.HOUSE_RIGHT_TRIGGERS), r"\b", re.I), re.I),
        left_triggers=left(left_pairs),
        house_left_triggers=left(mod.HOUSE_LEFT_TRIGGERS),
        left_endings=endings(left_pairs),
        house_left_endings=endings(mod.HOUSE_LEFT_TRIGGERS),
        lives_before=_compile_lower(rf"\b(?:{mod.LIVES_VERBS})\s+(?:the\s+)?$"),
        of_the=_compile(
            rf"\s+of\s+(?:the|those)\s+(?P<kind>{_alternation(tuple(mod.OF_THE_KIND_NOUNS))})\s+(?:are|were|was|is"
            rf"|included|include|have been)\s+(?:[\w-]+\s+){{0,2}}?(?P<group>{_alternation(tuple(mod.GROUP_NOUNS))})\b"
        ),
        singleton=_compile_lower(
            # (no "and" among the modifiers: "a baby and three women" is no person called "three")
            # (nor an intensifier, which only a comparative follows: "a much slower pace")
            rf"\b(?:(?:a|an|one|another|(?<!\d\s)1)\s+(?:(?!(?:and|or|of|much|far|even|slightly)\s)[\w-]+(?:\s*/\s*[\w-]+)?\s+){{0,2}}"
            rf"{_kin_after_possessive(mod)})"
            # (an age alone names the person only when no noun of a person follows: "a 17-year-old was killed")
            rf"({singular}|{_HUMAN_SINGULAR}|{AGED_ONE}(?!\s+(?:{singular}|{_HUMAN_SINGULAR})\b))\b"
        ),
        definite_singleton=_compile_lower(
            rf"\b(?:{_alternation(('the', *mod.POSSESSIVES))})\s+(?:(?!(?:and|or|of|in|at|to)\s)[\w'’-]+\s+){{0,2}}"
            rf"({singular}|{_alternation(getattr(mod, 'DEFINITE_SINGULARS', ()))}|{_HUMAN_SINGULAR})\b"
        )
        if getattr(mod, "POSSESSIVES", None)
        else None,
        projection=_compile_lower(rf"\b(?:{mod.PROJECTION_CUES})\b"),  # (whole words: "mayor" is no "may")
        past_estimate=_compile_lower(rf"\b{mod.PAST_ESTIMATE}\b"),
        cumulative=_compile_lower(rf"\b(?:{mod.CUMULATIVE_CUES})\b"),
        trap_before=_compile_lower(mod.TRAP_BEFORE),
        trap_after=_compile(mod.TRAP_AFTER),
        known_words=(known := _known_words(mod)),
        misspelt_groups=_misspelt_groups(mod, known),
        number_names=frozenset([*mod.UNITS, *mod.TENS, "hundred", "thousand", "million", "billion", mod.DOZEN]),
        human_plural=_optional_lower(mod, "HUMAN_PLURAL"),
        not_human_plurals=frozenset(getattr(mod, "NOT_HUMAN_PLURALS", "").split()),
        non_count_nouns=frozenset(getattr(mod, "NON_COUNT_NOUNS", "").split()),
        prenominal_kinds=dict(getattr(mod, "PRENOMINAL_KINDS", {})),
        group_adjectives=dict(getattr(mod, "GROUP_ADJECTIVES", {})),
        non_residential=frozenset(getattr(mod, "NON_RESIDENTIAL", "").split()),
        heading_kinds=dict(getattr(mod, "HEADING_KINDS", {})),
        heading=_compile_lower(rf"\b({_alternation(tuple(mod.HEADING_KINDS))})\b[^:;.]{{0,60}}:")
        if getattr(mod, "HEADING_KINDS", None)
        else None,
        negation_before=_optional_lower(mod, "NEGATION_BEFORE"),
        member_of=_optional_lower(mod, "MEMBER_OF"),
        list_joins=_optional_lower(mod, "LIST_JOINS"),
        list_item_tail=_optional_lower(mod, "LIST_ITEM_TAIL"),
        anaphor_start=_optional_lower(mod, "ANAPHOR_START"),
        refugee_nouns=frozenset(getattr(mod, "REFUGEE_NOUNS", ())),
        forecast=_optional_lower(mod, "FORECAST_CUES"),
    )


# A singular noun that may name a person ("a shopkeeper", "a protester"); the engine keeps it only when its plural
# passes the language's human-plural test.
_HUMAN_SINGULAR = r"[a-z][a-z-]{2,}(?:er|or|ist|ian|man|ant|ent|ee)"
# A person named by their age alone: "a 17-year-old was killed", "an eight-month-old died".
AGED_ONE = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)-old"


def _singulars(mod: ModuleType) -> list[str]:
    """The singular nouns of the language, with the singular of each plural counted noun ("protesters")."""
    out = set(mod.SINGULAR_NOUNS)
    for noun in getattr(mod, "HUMAN_PLURALS_UNMARKED", "").split():
        if not noun.endswith("s") and not noun.endswith("men"):
            continue
        # "midwives" -> "midwife", "deputies" -> "deputy", "tribesmen" -> "tribesman", "nurses" -> "nurse"
        if noun.endswith("ives"):
            out.add(noun[:-3] + "fe")
        elif noun.endswith("ies"):
            out.add(noun[:-3] + "y")
        elif noun.endswith("men"):
            out.add(noun[:-3] + "man")
        else:
            out.add(noun[:-1])
    for noun in mod.GROUP_NOUNS:
        if noun.endswith("men"):
            out.add(noun[:-3] + "man")
        elif (
            noun.endswith("s")
            and not noun.endswith("ss")
            and noun not in ("others", "ind", "inds", "pers", "households")
        ):
            out.add(noun[:-1])
    return sorted(out)


def _kin_after_possessive(mod: ModuleType) -> str:
    """A possessive before a kin noun, as another opening of a singleton: "her husband and three of their children
    were killed" (empty when the language lists no kin)."""
    kin = getattr(mod, "KIN_SINGULARS", "").split()
    if not kin:
        return ""
    # (a name's possessive too: "Roselène's sister was wounded", "a neighbour's daughter")
    return rf"|(?:{_alternation(mod.POSSESSIVES)}|[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?=(?:{_alternation(kin)})\b)"


def _optional_lower(mod: ModuleType, name: str) -> re.Pattern[str] | None:
    """A pattern a language module may leave out, compiled for lower-cased text."""
    pattern = getattr(mod, name, None)
    return _compile_lower(pattern) if pattern else None


@cache
def lexicon_for(lang: str) -> Lexicon:
    """The compiled lexicon of a language code ("en"); unknown codes raise ValueError."""
    if lang == "en":
        from bot.extraction.lexicon import en

        return _build(en)
    raise ValueError(f"no extraction lexicon for language {lang!r}")
