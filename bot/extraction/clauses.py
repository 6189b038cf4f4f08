"""Figures in one sentence read by clause: each number, its counted noun, and the nearest word of its clause
that says what happened.

This is the engine for languages whose lexicon lists cue words rather than an English-style phrase grammar
(French, Arabic): it knows no words itself, only how numbers, nouns and cues stand to each other. Word order
differs ("ont été tués 30 personnes" / "قتل 30 شخصا" / "30 personnes tuées"), so the cue may stand on either
side of the number; the one nearest to it in its stretch of the sentence (up to the neighbouring numbers) wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from types import ModuleType
from typing import Any

from bot.extraction.lexicon import lower_keeping_length
from bot.extraction.links import HARM_KINDS
from bot.extraction.statements import Statement
from bot.values import Group, Kind, Qualifier

_HOUSE_KINDS = frozenset({Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED})
_STATES = frozenset({Kind.DISPLACED, Kind.RETURNED, Kind.INJURED, Kind.MISSING})  # what people are, not an end
_ON_THE_MOVE = frozenset({Kind.DISPLACED, Kind.EVACUATED, Kind.SHELTERED, Kind.RETURNED})
_HEDGES = frozenset({Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT})
# (the first: a zero that OCR read as the letter O, "230O", lower-cased)
_DIGITS = r"\d(?=[\do]{2})\d*o[o\d]*(?!\w)|\d{1,3}(?:[ \u00a0\u202f\u2009.,']\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
_SEPARATOR = re.compile(r"[ \u00a0\u202f\u2009.,']")
# a comma then four or more digits: no decimal that counts people, but a thousands separator one place off
_MISPLACED = re.compile(r"\d{1,3},\d{4,6}")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_A_NUMBER = re.compile(r"(?<!\w)\d(?:[\d ,.]*\d)?(?!\w)")
_TOKEN = re.compile(r"\s*(?:(\w')|(\w+(?:-\w+)*)|([«»\"“”]))")
_RIGHT_REACH = 90  # characters after the noun where a cue still speaks of the number
_LEFT_REACH = 90
_BARE_RIGHT = 30  # a number with no noun: its cue must stand close
_BARE_LEFT = 45
_CHAIN_REACH = 70
_ASIDE_REACH = 110  # characters of an aside between a figure and its subgroup marker ("في الضفه الغربيه, بما فيها")
_CUE_LENGTH = 40  # room for a long cue starting within reach
_BESIDE = 3  # characters between a lone quantity and its cue: a space, or a space and a proclitic
_CLAUSE_COST = 40  # a cue across a clause boundary counts as this much farther
_CLAUSE_BREAK = re.compile(r"[;:]|,\s|\s[–—-]\s")
_CLAUSE_COMMA = re.compile(r"[,،;؛]")  # a comma or a semicolon, in either script
_COUNT_BEFORE = re.compile(r"[\d٠-٩](?:[\d٠-٩.,٫٬]*[\d٠-٩])?\s+$")  # digits right before a word
_ROW_COLON = re.compile(r"\s*(?::|\.{3,}|…+)\s*$|\s[—–]\s*$")  # (or dot leaders: "Sahel ........ 582 102"; or a dash)
_ROW_BULLET = re.compile(r"\s*[-–•*▪]\s*")  # an item of a list a heading opens: "- 6 مواطنين في مدينه معره النعمان"
_ROW_STARTS = ("\n", ".", ";", "(", "•", "-", ",", "،", ":")  # (rows run on: "القتلي: 42، الجرحي: 97")
_AT_END = r"\s*$"  # (how a subgroup marker's pattern ends: right before the count)
_COMPLEMENT_WORDS = 3  # words completing a figure's noun before a subgroup marker ("من ابناء القريه، بينهم")
_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_ROW_LABEL = 60  # characters: a longer stretch before a colon is a sentence, not a row's label
_ITEM_NUMBER = re.compile(r"[-–.)]\s")  # (attached: "12 - قتلى" may be a count)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # including the hedge
    end: int
    value: int | None
    value_max: int | None
    qualifier: Qualifier
    group: Group | None = None  # a dual noun ("شخصين") names its group and maybe its kind
    kind: Kind | None = None
    year_like: bool = False
    scale: int = 0  # the scale word written after digits ("30 ألف": 1000)
    one_word: bool = False  # "un", "une": a number only before a counted noun


@dataclass(frozen=True, slots=True)
class _Noun:
    end: int
    group: Group = Group.PEOPLE
    kind: Kind | None = None
    weak: bool = False  # the noun's kind yields to a cue ("refugees ... returned")
    house: bool = False
    bare: bool = True  # no counted noun at all


@dataclass(frozen=True, slots=True)
class _Link:
    kind: Kind
    group: Group
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseLexicon:
    """One language's words for the clause engine, compiled."""

    lang: str
    units: dict[str, int]
    hundred: frozenset[str]
    scales: dict[str, int]
    digit_scales: dict[str, int]
    approximate: dict[str, int]
    self_counting: dict[str, int]
    duals: dict[str, tuple[Group, Kind | None]]
    number: re.Pattern[str]
    number_nouns: re.Pattern[str]  # ``number`` with counted nouns written before their number
    noun_first: re.Pattern[str]  # a number word written after its noun: the sentence needs ``number_nouns``
    qualifiers: dict[str, Qualifier]
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    range_before: re.Pattern[str]
    range_join: re.Pattern[str]
    group_nouns: dict[str, Group]
    kind_nouns: dict[str, Kind]
    weak_kind_nouns: dict[str, Kind]
    house_nouns: frozenset[str]
    modifiers: frozenset[str]
    demonym: re.Pattern[str]
    not_counted: re.Pattern[str]
    not_counted_before: re.Pattern[str]
    bare_followers: re.Pattern[str]
    cues: re.Pattern[str]
    cue_kinds: tuple[Kind | None, ...]
    house_cues: re.Pattern[str]
    house_cue_kinds: tuple[Kind | None, ...]
    chain: re.Pattern[str]
    subgroup: re.Pattern[str]
    toll_before: re.Pattern[str]
    projection: re.Pattern[str]
    past_estimate: re.Pattern[str]
    cumulative: re.Pattern[str]
    trap_before: re.Pattern[str]
    old_value_before: re.Pattern[str]  # an older value set beside the new one: no figure, whatever it counts
    trap_after: re.Pattern[str]
    apostrophes: dict[int, str]
    proclitic: str
    clause_words: re.Pattern[str]
    singulars: dict[str, Group]
    subject_verb: re.Pattern[str]
    singular_word: re.Pattern[str]
    change_before: re.Pattern[str]
    subgroup_word: re.Pattern[str]  # a subgroup marker anywhere ("dont", "بينهم"), not only right before a count
    additive: re.Pattern[str]
    human_noun: re.Pattern[str] | None  # a noun naming people by role, outside the group nouns
    not_human: frozenset[str]
    possessive_kin: re.Pattern[str] | None  # "son frère": one person
    not_house_after: re.Pattern[str] | None  # "bâtiments publics": no homes
    of_before: re.Pattern[str] | None  # "un parent d'un membre": the second "un" is no count
    dual_not_counted_before: re.Pattern[str] | None  # "بين عايلتين": a dual naming two sides, not a count
    lone_kind_noun: re.Pattern[str] | None  # "قتيل و9 جرحى": one person named by what befell him (group "one")
    definite_one: re.Pattern[str] | None  # "Le chauffeur a été tué": one person by role, then its own passive
    one_of: re.Pattern[str] | None  # "اصيب احد المسعفين": one of many, by its noun in the plural
    one_of_denied: re.Pattern[str] | None  # before its cue, a denial: "دون ان يصاب احد" (no one)
    one_age: re.Pattern[str] | None  # one person's age right after it: "طفل يبلغ من العمر 11 عاما"
    one_of_hit: re.Pattern[str] | None  # a strike's verb before "one of": what it hit may be a thing ("اصابت")
    definite_before: re.Pattern[str] | None  # a definite word right before another, which qualifies it
    event_time_after: re.Pattern[str] | None  # a time told by another event: "avant l'arrivée du cyclone"
    number_of_after: re.Pattern[str] | None  # "the number of" after a count: "12 000 le nombre de réfugiés"
    number_of_before: re.Pattern[str] | None  # ... before the noun of a bare count far after: "le nombre de PDI ... à"
    share_aside: re.Pattern[str] | None  # a share of a count set off before its verb: ", soit 75 % de la population,"
    part_of_whole_gap: re.Pattern[str] | None  # between a count and the whole it is part of: "2 000 des 6 000"
    part_of_whole: re.Pattern[str] | None  # that gap and the whole's count, right after a part
    whole_with_its_clause: re.Pattern[str] | None  # the whole's own relative clause: "... des 26 500 personnes qui"
    uncounted_parts_open: re.Pattern[str] | None  # an aside naming some with no count: ", dont des blessés"
    range_between_before: re.Pattern[str] | None  # "between" before a run of number words holding a range's ends
    restated_aside: re.Pattern[str] | None  # the same people in other units, set off: ", soit 345 ménages,"
    restating_before: re.Pattern[str] | None  # right before such a restating count: ", soit "
    of_these: re.Pattern[str] | None  # a part of those named before: "neuf de ces décès"
    of_them: re.Pattern[str] | None  # a partitive pronoun after a vague count: "d'entre eux", "منهم"
    one_part_after: re.Pattern[str] | None  # "dont un grièvement": how badly, after one of the hurt
    illness: re.Pattern[str] | None  # an illness named in the sentence: its cases are no hurt
    complementizer: re.Pattern[str] | None  # "ان": what was said begins; a cue before it is the saying's
    aux_before_cue: re.Pattern[str] | None  # "... ont été" right before a cue: the count's own verb
    event_of: re.Pattern[str] | None  # an event's noun and "de" right before a count: "l'évacuation de"
    family_of_count: re.Pattern[str] | None  # between one family and how many it was: "une famille de sept"
    row_item_rest: re.Pattern[str] | None  # after a list item's noun, a place or a part only ("à Kalehe", "بينهم")
    subordinate: re.Pattern[str] | None  # a word opening a subordinate clause ("alors qu'il")
    relative_open: re.Pattern[str] | None  # "qui" right after the counted noun: a relative clause says who they were
    returns_join: re.Pattern[str] | None  # from one count of returns to the next listed with it ("et d'environ")
    main_verb_end: re.Pattern[str] | None  # an auxiliary, then the cue that ends there: a clause's main verb
    main_auxiliary: re.Pattern[str] | None  # "ont été" ending right before a cue: the main verb after a relative
    harmed_died: re.Pattern[str] | None  # after the hurt or the missing, that they died: "ayant succombé"
    wounds: re.Pattern[str] | None  # words that say wounds, not cases of an illness
    definite_groups: dict[str, Group]
    one_among: re.Pattern[str] | None  # "Parmi les victimes figure le chef de village": one person among them
    uncounted: frozenset[str]  # vague words reported never ("de nombreux")
    vague_pair: re.Pattern[str] | None  # "des centaines de blessés et de disparus"
    percent: re.Pattern[str] | None  # "pour cent": no hundred
    registered: re.Pattern[str] | None  # "570 000 déjà enregistrées": counted in a register
    date_after: re.Pattern[str] | None  # "الي 89 يوم الثلاثاء": a day named after a bare count
    place_list_opening: re.Pattern[str] | None  # "dans les communes de Ngaliema (": where a list of places opens
    house_part_opening: re.Pattern[str] | None  # "Parmi ces logements,": the bare counts after it are of houses
    part_opening: re.Pattern[str] | None  # "Parmi elles,", "Sur ce nombre,": the counts after it are parts of the last
    part_verb_after: re.Pattern[str] | None  # after such a part, a verb of its own ("ont été installés")
    by_place_opening: re.Pattern[str] | None  # "علي النحو التالي:": a figure's spread over places follows
    as_follows_tail: re.Pattern[str] | None  # a heading's closing words "(s'établit) comme suit :"
    yielding: re.Pattern[str] | None  # adjectives saying no figure that yield to a verb after them
    singular_gap: re.Pattern[str] | None  # what may stand between one person and the verb of which it is subject
    dual_scales: dict[str, int]  # a scale word that is two of it before a noun ("الفا اسره": 2000 families)
    not_injury_after: re.Pattern[str] | None  # after a count of the injured, an illness: cases, not wounds
    coordinator: re.Pattern[str] | None  # a cue joined by it right after a count opens another clause ("وأصيب")
    definite: re.Pattern[str] | None  # a cue with the article is a noun ("مواقع النزوح"), not what happened
    joined_one: re.Pattern[str] | None  # one person listed after a figure ("4 اطفال وامراه")
    child_kin: re.Pattern[str] | None  # one's own kin who is a child ("وطفلتها")
    article: str  # the definite article written onto a word ("ال"), or ""
    another: frozenset[str]  # one named as another than those counted before ("اخر"): one only after a figure
    one_subject_cue: re.Pattern[str] | None  # right after one person, a death that is his ("لقي طفل حتفه")
    agents: re.Pattern[str] | None  # those who did it, between a verb and the one it befell ("قتل مسلحون مزارعا")
    shelter_place: re.Pattern[str] | None  # where displaced people are sheltered, after them ("dans des écoles")
    breakdown_heading: re.Pattern[str] | None  # a list's heading that only says how a figure is broken down
    minutes_before: re.Pattern[str] | None  # a time's hour, right before its minutes ("18 h 30")
    apposition_open: re.Pattern[str] | None  # after the counted noun, an aside on who they were (", toutes des")
    capacity_before: re.Pattern[str] | None  # room for so many, before the count ("لا تتسع لاكثر من")
    kin_along_before: re.Pattern[str] | None  # before kin who came along on a move ("avec ses")
    resumptive: re.Pattern[str] | None  # the event's pronoun between a verb and its count ("قتل فيه 5")
    number_join: re.Pattern[str] | None  # between two numbers sharing the noun after the second ("249 et 173 morts")
    # "the number of those in shelters reached", right before a count: it counts the sheltered
    shelter_frame_before: re.Pattern[str] | None
    restated_as: re.Pattern[str] | None  # "، أي ما يعادل" right before a count: the count before, in other units
    clause_and: re.Pattern[str] | None  # " et " alone between a verb and a count: the count opens a new clause
    population_nouns: frozenset[str]  # "سكان", "habitants": people counted as a population, never a figure
    count_of: re.Pattern[str] | None  # "عدد", "nombre de" opening a table's header: the unit counted follows
    comprising: re.Pattern[str] | None  # between families and their members: "تضم", "comptant"
    host_verb: re.Pattern[str] | None  # "يستضيف", "accueille": a site's population, a country's standing total
    host_adverbs: frozenset[str]  # "still", "now" between a host verb and its subject or count ("لا تزال", "toujours")
    manner_words: frozenset[str]  # "in a ... way" before a degree of damage ("بشكل جزئي")
    thing_row_heads: frozenset[str]  # a table row's first word that counts things: "| Sites de déplacement | 11 |"
    relative_pronouns: frozenset[str]  # "الذي", "qui": a hosting recalled as background
    written_conjunctions: tuple[str, ...]  # "و", "ف" written onto the next word ("وسوريا"); none in French
    row_participle: re.Pattern[str] | None  # a participle in a row's label: things done, not a place ("distribués")
    apposition_close: re.Pattern[str] | None  # ", soit 1 460 personnes," : its closing comma, which binds nothing
    source_before: re.Pattern[str] | None  # a verb of saying before one person: the source ("a confié un agent")
    subject_gap: re.Pattern[str] | None  # between one person and its own verb after it ("طفلا ما زال مفقودا")
    month: re.Pattern[str] | None  # a month's name, after which only a year is no count
    day_month: re.Pattern[str] | None  # a month's name after a day's number ("منذ 7 تشرين الاول")
    addition: re.Pattern[str] | None  # one more part listed after a subgroup ("بينهم 3760 طفلا، اضافه الي 2326 سيده")
    of_them_after: re.Pattern[str] | None  # a part named by "of them" after its count ("سته منهم اطفال")


def _alternation(words: object) -> str:
    ordered = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _spaced(pattern: str) -> str:
    return pattern.replace(" ", r"\s+")


def _build(mod: ModuleType) -> ClauseLexicon:
    proclitic = getattr(mod, "PROCLITIC", "")
    enclitic = getattr(mod, "ENCLITIC", "")
    start = rf"(?<!\w)(?:{proclitic})?" if proclitic else r"(?<!\w)"
    # before a number word, a proclitic but no article: "الاثنين" is Monday, not two
    number_start = rf"(?<!\w)(?:{mod.NUMBER_PROCLITIC})?" if proclitic else r"(?<!\w)"
    end = rf"{enclitic}(?:(?<=')|(?!\w))"
    hundred = tuple(mod.HUNDRED)
    word = _alternation([*mod.UNITS, *hundred, *mod.SCALES])
    joiners = _alternation(mod.JOINERS)
    if joined_next := getattr(mod, "JOINED_NEXT", ()):
        joiners = rf"(?:{joiners})(?=[\s-]*(?:{_alternation(joined_next)})(?!\w))"
    if joined_after := getattr(mod, "JOINED_AFTER", ()):
        joiners = "(?:" + "|".join(rf"(?<={re.escape(ten)}[\s-])" for ten in joined_after) + rf"){joiners}"
    if unjoined := getattr(mod, "UNJOINED_UNITS", ()):
        # (not between two units: the joiner may follow any word but a unit, or precede any word but a unit)
        behind = "".join(rf"(?<!{re.escape(w)}\s)" for w in unjoined)
        joiners = rf"(?:{behind}(?:{joiners})|(?:{joiners})(?!(?:{_alternation(unjoined)})(?!\w)))"
    number_words = rf"(?:{word})(?:(?:[\s-]+(?:(?:{joiners})[\s-]*)?|\s+(?:{joiners}))(?:{word}))*"
    self_counting = {**mod.APPROXIMATE, **mod.SELF_COUNTING}
    duals = mod.DUALS if hasattr(mod, "DUALS") else {}
    scales = _alternation(mod.DIGIT_SCALES)
    one_nouns = _alternation(_one_nouns(mod)) or "(?!)"
    article = getattr(mod, "ARTICLE", "") or "(?!)"
    postposed = _alternation(getattr(mod, "POSTPOSED_UNITS", ())) or "(?!)"
    one_after = getattr(mod, "ONE_AFTER", "(?!)")
    head = (
        rf"(?P<self>{start}(?:{_alternation(self_counting) or '(?!)'}){end})"
        rf"|(?P<dual>{start}(?:{_alternation(duals) or '(?!)'}){end})"
    )
    # a counted noun before its number ("اطفالهما الثلاثه", "اسره واحده"): a long list of nouns, tried only in
    # sentences where ``noun_first`` finds such a number word
    noun_first = (
        rf"|(?P<post>{start}(?:{one_nouns}){enclitic}\s+(?:{article})(?:{postposed})(?!\w))"
        rf"|(?P<single>{start}(?:{one_nouns})\s+(?:{one_after}){end})"
    )
    tail = (
        rf"|(?P<digits>(?<![\d.,/:a-zA-Z])(?:{_DIGITS}))(?:\s?(?P<scale>(?:{scales}))(?!\w))?"
        rf"|(?P<vague>{start}(?:{_alternation(mod.VAGUE)}){end})"
        rf"|(?P<words>{number_start}{number_words}{end})"
    )
    never = "|(?P<post>(?!))|(?P<single>(?!))"  # the same groups, so that every match answers for them

    # a cue denied is none: "où aucun décès n'a été signalé", "aucun blessé n'est à déplorer parmi les 1 500 pompiers"
    # (a whole word: "ومفقودون واجلاء" holds no "دون")
    negated = "".join(f"(?<!\\s{re.escape(w)})(?<!^{re.escape(w)})" for w in getattr(mod, "NEGATED_BEFORE", ()))

    def cue_pattern(pairs: tuple[tuple[str, Kind | None], ...]) -> tuple[re.Pattern[str], tuple[Kind | None, ...]]:
        # what makes a number no figure is tried first: "مقتل واصابه" is one cue, not "مقتل" then "واصابه"
        pairs = tuple(sorted(pairs, key=lambda pair: pair[1] is not None))
        # (a denial of what makes a number no figure is no figure either: "لم تحصل علي اي مواد ايواء")
        alternatives = "|".join(f"({negated if k else ''}{start}(?:{_spaced(p)}){end})" for p, k in pairs)
        return re.compile(alternatives), tuple(k for _, k in pairs)

    cues, cue_kinds = cue_pattern(mod.CUES)
    house_cues, house_cue_kinds = cue_pattern(mod.HOUSE_CUES)
    qualifier_words = _alternation(mod.QUALIFIERS)
    return ClauseLexicon(
        lang=mod.__name__.rsplit(".", 1)[-1],
        units=mod.UNITS,
        hundred=frozenset(hundred),
        scales=mod.SCALES,
        digit_scales=mod.DIGIT_SCALES,
        approximate=mod.APPROXIMATE,
        self_counting=self_counting,
        duals=duals,
        number=re.compile(head + never + tail),
        number_nouns=re.compile(head + noun_first + tail),
        noun_first=re.compile(rf"\s(?:(?:{article})(?:{postposed})|(?:{one_after}))(?!\w)"),
        qualifiers={" ".join(k.split()): v for k, v in mod.QUALIFIERS.items()},
        qualifier_before=re.compile(rf"{start}(?:{qualifier_words})\s*$"),
        qualifier_after=re.compile(rf"\s*(?:{_alternation(mod.QUALIFIERS_AFTER)})(?!\w)"),
        range_before=re.compile(rf"(?<!\w)(?:{mod.RANGE_BEFORE})(?:(?<=')\s*|\s+)(?:[«\"“]\s*)?$"),
        range_join=re.compile(rf"\s*(?:{mod.RANGE_JOIN})\s*"),
        group_nouns=mod.GROUP_NOUNS,
        kind_nouns=mod.KIND_NOUNS,
        weak_kind_nouns=mod.WEAK_KIND_NOUNS,
        house_nouns=frozenset(mod.HOUSE_NOUNS),
        modifiers=frozenset(mod.MODIFIERS),
        demonym=re.compile(rf"(?:{mod.DEMONYM})$"),
        not_counted=re.compile(rf"\s*(?:-\s*)?(?:{mod.NOT_COUNTED})(?!\w)"),
        not_counted_before=re.compile(mod.NOT_COUNTED_BEFORE),
        bare_followers=re.compile(rf"\s*(?:{mod.BARE_FOLLOWERS})(?!\w)"),
        cues=cues,
        cue_kinds=cue_kinds,
        house_cues=house_cues,
        house_cue_kinds=house_cue_kinds,
        chain=re.compile(mod.CHAIN),
        subgroup=re.compile(mod.SUBGROUP),
        toll_before=re.compile(mod.TOLL_BEFORE),
        projection=re.compile(rf"{start}(?:{_spaced(mod.PROJECTION)}){end}"),
        past_estimate=re.compile(_spaced(mod.PAST_ESTIMATE)),
        cumulative=re.compile(rf"{start}(?:{_spaced(mod.CUMULATIVE)})"),
        trap_before=re.compile(f"(?:{mod.TRAP_BEFORE})|(?:{mod.OLD_VALUE_BEFORE})"),
        old_value_before=re.compile(mod.OLD_VALUE_BEFORE),
        trap_after=re.compile(mod.TRAP_AFTER),
        apostrophes=str.maketrans(dict.fromkeys(mod.APOSTROPHES, "'")),
        proclitic=proclitic,
        clause_words=re.compile(mod.CLAUSE_WORDS),
        singulars=mod.SINGULARS,
        singular_word=re.compile(rf"(?<!\w)(?:ال)?(?:{_alternation(mod.SINGULARS) or '(?!)'})(?!\w)"),
        subject_verb=re.compile(rf"\s+(?:{mod.SUBJECT_VERBS})(?!\w)"),
        change_before=re.compile(rf"(?:{mod.CHANGE_BEFORE})\s+$"),
        subgroup_word=re.compile(rf"(?<!\w)(?:{_spaced(mod.SUBGROUP.removesuffix(_AT_END))})(?!\w)"),
        additive=re.compile(mod.ADDITIVE),
        human_noun=_optional(mod, "HUMAN_NOUN"),
        not_human=frozenset(getattr(mod, "NOT_HUMAN", "").split()),
        possessive_kin=_optional(mod, "POSSESSIVE_KIN", (rf"{start}(?:", r")(?!\w)")),
        not_house_after=_optional(mod, "NOT_HOUSE_AFTER"),
        of_before=_optional(mod, "OF_BEFORE"),
        dual_not_counted_before=_optional(mod, "DUAL_NOT_COUNTED_BEFORE"),
        lone_kind_noun=_optional(mod, "LONE_KIND_NOUN"),
        definite_one=_optional(mod, "DEFINITE_ONE"),
        one_of=_optional(mod, "ONE_OF"),
        one_of_denied=_optional(mod, "ONE_OF_DENIED", ("(?:", r")\s+$")),
        one_age=_optional(mod, "ONE_AGE"),
        one_of_hit=_optional(mod, "ONE_OF_HIT"),
        definite_before=_optional(mod, "DEFINITE_BEFORE"),
        event_time_after=_optional(mod, "EVENT_TIME_AFTER"),
        number_of_after=_optional(mod, "NUMBER_OF_AFTER"),
        number_of_before=_optional(mod, "NUMBER_OF_BEFORE"),
        share_aside=_optional(mod, "SHARE_ASIDE"),
        part_of_whole_gap=_optional(mod, "PART_OF_WHOLE_GAP"),
        part_of_whole=_optional(mod, "PART_OF_WHOLE"),
        whole_with_its_clause=_optional(mod, "WHOLE_WITH_ITS_CLAUSE"),
        uncounted_parts_open=_optional(mod, "UNCOUNTED_PARTS_OPEN", ("(?:", ")$")),
        range_between_before=_optional(mod, "RANGE_BETWEEN_BEFORE", ("(?:", r")\s*$")),
        restated_aside=_optional(mod, "RESTATED_ASIDE"),
        restating_before=_optional(mod, "RESTATING_BEFORE", ("(?:", ")$")),
        of_these=_optional(mod, "OF_THESE"),
        of_them=_optional(mod, "OF_THEM"),
        one_part_after=_optional(mod, "ONE_PART_AFTER"),
        illness=_optional(mod, "ILLNESS"),
        complementizer=_optional(mod, "COMPLEMENTIZER"),
        aux_before_cue=_optional(mod, "AUX_BEFORE_CUE"),
        event_of=_optional(mod, "EVENT_OF", ("(?:", ")$")),
        family_of_count=_optional(mod, "FAMILY_OF_COUNT"),
        row_item_rest=_optional(mod, "ROW_ITEM_REST", (r"\s*(?:[,(;:.]|$|", ")")),
        subordinate=_optional(mod, "SUBORDINATE"),
        relative_open=_optional(mod, "RELATIVE_OPEN"),
        returns_join=_optional(mod, "RETURNS_JOIN"),
        main_auxiliary=_optional(mod, "MAIN_AUXILIARY", ("", "$")),
        main_verb_end=_optional(mod, "MAIN_AUXILIARY", ("", r"\S+(?: \S+)?$")),
        harmed_died=_optional(mod, "HARMED_DIED"),
        wounds=_optional(mod, "WOUNDS"),
        definite_groups=getattr(mod, "DEFINITE_GROUPS", {}),
        one_among=_optional(mod, "ONE_AMONG"),
        uncounted=frozenset(getattr(mod, "UNCOUNTED_VAGUE", ())),
        vague_pair=_optional(mod, "VAGUE_PAIR"),
        percent=_optional(mod, "PERCENT", ("", "$")),
        registered=_optional(mod, "REGISTERED", (r"\s+(?:", r")(?!\w)")),
        date_after=_optional(mod, "DATE_AFTER", (r"\s+(?:", r")(?!\w)")),
        place_list_opening=_optional(
            mod, "PLACE_LIST_OPENING", (r"(?:", r")(?:[^\s\d(),;:.]+\s+){0,3}?[^\s\d(),;:.]+\s*\($")
        ),
        house_part_opening=_optional(mod, "HOUSE_PART_OPENING", (r"\W*(?:", r")(?!\w)")),
        part_opening=_optional(mod, "PART_OPENING", (r"\W*(?:", r")(?!\w)\s*,?")),
        part_verb_after=_optional(mod, "PART_VERB_AFTER"),
        by_place_opening=_optional(mod, "BY_PLACE_OPENING", (r"(?:", r")\s*:")),
        as_follows_tail=_optional(mod, "BY_PLACE_OPENING", (r"\s(?:", r")\s*:?\s*$")),
        yielding=_optional(mod, "YIELDING"),
        singular_gap=_optional(mod, "SINGULAR_GAP"),
        dual_scales=getattr(mod, "DUAL_SCALES", {}),
        not_injury_after=_optional(mod, "NOT_INJURY_AFTER"),
        shelter_place=_optional(mod, "SHELTER_PLACE"),
        breakdown_heading=_optional(mod, "BREAKDOWN_HEADING"),
        minutes_before=_optional(mod, "MINUTES_BEFORE"),
        apposition_open=_optional(mod, "APPOSITION_OPEN"),
        capacity_before=_optional(mod, "CAPACITY_BEFORE"),
        kin_along_before=_optional(mod, "KIN_ALONG_BEFORE"),
        number_join=_optional(mod, "NUMBER_JOIN"),
        resumptive=_optional(mod, "RESUMPTIVE", (r"\s*(?:", r")\s*")),
        shelter_frame_before=_optional(mod, "SHELTER_FRAME_BEFORE", ("(?:", ")$")),
        restated_as=_optional(mod, "RESTATED_AS", (r"[,،]\s*(?:", r")\s*$")),
        apposition_close=_optional(mod, "APPOSITION_CLOSE"),
        comprising=_optional(mod, "COMPRISING", (r"\s*,?\s*(?:", r")\s*")),
        host_verb=_optional(mod, "HOST_VERB", ("(?:", r")(?!\w)")),
        written_conjunctions=tuple(getattr(mod, "WRITTEN_CONJUNCTIONS", ())),
        host_adverbs=frozenset(getattr(mod, "HOST_ADVERBS", ())),
        manner_words=frozenset(getattr(mod, "MANNER_WORDS", ())),
        thing_row_heads=frozenset(getattr(mod, "THING_ROW_HEADS", ())),
        relative_pronouns=frozenset(getattr(mod, "RELATIVE_PRONOUNS", ())),
        row_participle=_optional(mod, "ROW_PARTICIPLE"),
        count_of=_optional(mod, "COUNT_OF", ("(?:", r")\s+")),
        population_nouns=frozenset(getattr(mod, "POPULATION_NOUNS", ())),
        clause_and=_optional(mod, "CLAUSE_AND"),
        source_before=_optional(mod, "SOURCE_BEFORE"),
        subject_gap=_optional(mod, "SUBJECT_GAP"),
        month=_optional(mod, "MONTHS"),
        day_month=_optional(mod, "DAY_MONTHS") or _optional(mod, "MONTHS"),
        addition=_optional(mod, "ADDITION"),
        of_them_after=_optional(mod, "OF_THEM_AFTER"),
        coordinator=_optional(mod, "COORDINATOR"),
        definite=_optional(mod, "DEFINITE"),
        joined_one=_joined_one(mod),
        child_kin=_optional(mod, "CHILD_KIN"),
        article=getattr(mod, "ARTICLE", ""),
        another=frozenset(getattr(mod, "ANOTHER", ())),
        one_subject_cue=_optional(mod, "ONE_SUBJECT_CUE", (r"\s+(?:", r")(?!\w)")),
        agents=_optional(mod, "AGENTS", (r"(?:\s+(?:", r")(?!\w)){1,3}")),  # (matched from the cue's end)
    )


def _joined_one(mod: ModuleType) -> re.Pattern[str] | None:
    """One person named after a figure by the language's "and": right after it, or past a short aside that ends in a
    comma ("مقتل 15 عنصرا من القوات في قصف, وصحافي"); the group ``one`` is the noun."""
    joiner = getattr(mod, "JOINED_ONE", None)
    if not joiner or not mod.SINGULARS:
        return None
    kin = getattr(mod, "POSSESSIVE_KIN", "")
    ones = _alternation(mod.SINGULARS) + (f"|{kin}" if kin else "")
    return re.compile(rf"(?:[^\d.;:!?()\[\]]{{0,60}}?,\s*|\s+)(?:{joiner})(?P<one>{ones})(?!\w)")


def _one_nouns(mod: ModuleType) -> list[str]:
    """Counted nouns that "one" may follow ("اسره واحده"): written without the article, in one word."""
    if not hasattr(mod, "ONE_AFTER"):
        return []
    nouns = [*mod.GROUP_NOUNS, *mod.KIND_NOUNS, *mod.HOUSE_NOUNS]
    return [n for n in nouns if " " not in n and not n.startswith("ال")]


def _optional(mod: ModuleType, name: str, frame: tuple[str, str] = ("", "")) -> re.Pattern[str] | None:
    """A pattern a language module may leave out, between the two halves of a frame."""
    pattern = getattr(mod, name, None)
    return re.compile(frame[0] + _spaced(pattern) + frame[1]) if pattern else None


def _folded(mod: ModuleType, fold: Callable[[str], str]) -> ModuleType:
    """A copy of a lexicon module with every string folded as report text is (a word written with "ى" or "أ" in
    the lexicon must still meet the folded text)."""

    def folded(value: Any) -> Any:
        if type(value) is str:  # not the kinds and groups, which are str enums
            return fold(value)
        if isinstance(value, dict):
            return {folded(k): folded(v) for k, v in value.items()}
        if isinstance(value, tuple):
            return tuple(folded(v) for v in value)
        return value

    copy = ModuleType(mod.__name__)
    for name, value in vars(mod).items():
        if name.isupper():
            setattr(copy, name, folded(value))
    return copy


@cache
def clause_lexicon(lang: str) -> ClauseLexicon:
    """The compiled clause lexicon of a language ("fr", "ar"); other codes raise ValueError."""
    if lang == "fr":
        from bot.extraction.lexicon import fr

        return _build(fr)
    if lang == "ar":
        from bot.extraction.lexicon import ar
        from bot.text.arabic import fold_arabic

        return _build(_folded(ar, lambda text: fold_arabic(text)[0]))
    raise ValueError(f"no clause lexicon for language {lang!r}")


# --- numbers -------------------------------------------------------------------------------------------------


def _digit_value(digits: str, scale: str | None, lex: ClauseLexicon) -> float | None:
    digits = digits.replace("o", "0")
    groups = _SEPARATOR.split(digits)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and not (scale and len(groups) == 2):
        plain = "".join(groups)  # thousands separators ("5.000", "1 902 150", "12,000")
    else:
        plain = digits.replace(",", ".").replace(" ", "")  # a decimal ("2,4 millions", "1.5 مليون")
    try:
        value = float(plain)
    except ValueError:
        return None
    return value * lex.digit_scales[scale] if scale else value


def _word_value(text: str, lex: ClauseLexicon) -> int | None:
    total = current = 0
    previous = ""
    for token in re.split(r"[\s-]+", text):
        token = token.removeprefix("و") if token not in lex.units and token[1:] in lex.units else token
        if not token or token in ("et", "و"):
            continue
        if token in lex.units:
            value = lex.units[token]
            current = current - 4 + 80 if value == 20 and previous == "quatre" else current + value
        elif token in lex.hundred:
            current = (current or 1) * 100
        elif token in lex.scales:
            total += (current or 1) * lex.scales[token]
            current = 0
        else:
            return None
        previous = token
    return total + current


def _qualifier(text: str, start: int, lex: ClauseLexicon) -> tuple[int, Qualifier]:
    m = lex.qualifier_before.search(text, max(0, start - 30), start)
    if m is None:
        return start, Qualifier.EXACT
    phrase = " ".join(m.group(0).split())
    for hedge, qualifier in sorted(lex.qualifiers.items(), key=lambda kv: -len(kv[0])):
        if phrase.endswith(hedge):
            return m.start(), qualifier
    return start, Qualifier.EXACT


_A_DATE = re.compile(r"(?<![\d.,])\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d\d(?!\d)")


def _in_a_date(text: str, start: int, end: int) -> bool:
    """Whether the digits at [start, end) are part of a date written with dashes, slashes or dots."""
    return any(d.start() <= start and end <= d.end() for d in _A_DATE.finditer(text, max(0, start - 6), end + 8))


_ELIDED_OF = re.compile(r"^d['’]")
# A toll's own word, which names no fate of its own: "bilan", "حصيله".
_TOLL_WORD = re.compile(r"\s*(?:le |un |l')?(?:bilan|حصيله|الحصيله)\s*")
# Weekdays before a number: a date's, unless the number counts a noun ("يوم الجمعه 16 جثه").
_WEEKDAY = re.compile(r"(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)")
# A finite verb of return, the main verb after a relative clause of flight ("ممن نزحوا ... عادوا"), and a
# negation right before it ("ولم يعودوا": they have not).
_RETURN_VERB = re.compile(r"و?(?:عاد|عادوا|عادت|رجع|رجعوا|رجعت)")
_NEGATION_BEFORE = re.compile(r"(?<!\w)و?(?:لم|لا|لن|ما)\s+$")
# A teen's first word with the article, before its "ten": "الثماني عشره" (the eighteen, of a noun before it).
_TEEN_WITH_ARTICLE = re.compile(
    r"(?<!\w)ال(?:احد|احدي|اثنا|اثني|اثنتا|اثنتي|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني|ثمانيه"
    r"|تسع|تسعه)\s+$"
)


def _worded_range(text: str, m: re.Match[str], lex: ClauseLexicon) -> tuple[_Mention, _Mention] | None:
    """The two ends of a range after "between" that a run of number words holds, as two counts."""
    if lex.range_between_before is None or not lex.range_between_before.search(text, max(0, m.start() - 10), m.start()):
        return None
    words = _strip_proclitic(m.group("words"), lex)
    split = _worded_range_split(words, lex)
    if split is None:
        return None
    at, low, high = split
    cut = m.end("words") - len(words) + at  # (the proclitic stripped from the run's start, if any)
    return (
        _Mention(m.start(), cut, low, None, Qualifier.EXACT),
        _Mention(cut + 1, m.end(), high, None, Qualifier.EXACT),
    )


def _worded_range_split(words: str, lex: ClauseLexicon) -> tuple[int, int, int] | None:
    """Where a run of number words after "between" splits into a range's two ends, and their values, if it does.
    Of the places where "و" joins two parts, the range's is the one whose two sides are closest, the high end's
    scale carried to the low one ("مئه وخمسين ومئتي": 150 to 200; "مئتين وخمسين وثلاثمئه الف": 250,000 to
    300,000); never between a unit and its tens, which Arabic writes first ("خمسه وعشرين" is 25)."""
    parts = [p.start() for p in re.finditer(r"\S+(?:\s+(?!و)\S+)*", words)]
    ends = [*parts[1:], len(words)]
    values = [_word_value(words[a:b].strip().removeprefix("و"), lex) for a, b in zip(parts, ends, strict=True)]
    best: tuple[float, int, int, int] | None = None
    for k in range(1, len(parts)):
        before, after = values[k - 1], values[k]
        if before is None or after is None or (before < 10 and after < 100 and after % 10 == 0):
            continue
        low = _word_value(words[: parts[k]].strip(), lex)
        high = _word_value(words[parts[k] :].strip().removeprefix("و"), lex)
        if not low or not high:
            continue
        ratio = high / (low * _carried_scale(low, high))
        if 1 < ratio < 10 and (best is None or ratio < best[0]):
            best = (ratio, parts[k] - 1, low, high)
    return best[1:] if best is not None else None


def _carried_scale(low: float, high: float) -> int:
    """The scale of a range's high end that its low end shares: "entre 2 et 3 millions", "مئتين وخمسين وثلاثمئه
    الف" (1 when the low end is written at full size)."""
    return next((s for s in (10**9, 10**6, 10**3) if high >= s > low), 1)


# The "of" between a vague quantity and its noun: "des centaines de", "عشرات من" (or nothing: "عشرات الرؤوس").
_VAGUE_OF = re.compile(r"(?:\s+(?:de|d'|des|du|من))?")


def _cores(text: str, lex: ClauseLexicon) -> list[_Mention]:
    cores: list[_Mention] = []
    pattern = lex.number_nouns if lex.noun_first.search(text) else lex.number
    for m in pattern.finditer(text):
        kind = m.lastgroup
        one = False
        year_like = False
        group: Group | None = None
        dual_kind: Kind | None = None
        if m.group("self") is not None:
            word = _bare_word(m.group("self"), lex.self_counting)
            value: float | None = lex.self_counting[word]
            qualifier = Qualifier.ABOUT if word in lex.approximate else Qualifier.EXACT
        elif m.group("dual") is not None:
            group, dual_kind = lex.duals[_bare_word(m.group("dual"), lex.duals)]
            value, qualifier = 2, Qualifier.EXACT
        elif m.group("post") is not None:
            noun_word, _, number_word = m.group("post").rpartition(" ")
            found = _lookup_noun(_noun_stem(noun_word.strip(), lex), lex)
            if found is None or _post_number_not_a_count(text, m.start(), lex):
                continue
            value = lex.units[number_word.removeprefix(lex.article)]  # "اطفالهما الثلاثه": three children
            group, dual_kind, qualifier = found.group, found.kind, Qualifier.EXACT
        elif m.group("single") is not None:
            found = _lookup_noun(_strip_proclitic_word(m.group("single").split()[0], lex), lex)
            if found is None:
                continue
            group = Group.HOUSEHOLDS if found.house else found.group
            dual_kind, value, qualifier, one = found.kind, 1, Qualifier.EXACT, True  # "اسره واحده"
        elif m.group("digits") is not None:
            beside = text[m.end() : m.end() + 1] + text[max(0, m.start() - 1) : m.start()]
            if beside and beside.strip("-/.") != beside and _in_a_date(text, m.start(), m.end()):
                continue  # "دير البلح 10-8-2024 وفا-", "le 12/03/2024": a date's day, month or year
            if lex.minutes_before is not None and lex.minutes_before.search(text, max(0, m.start() - 6), m.start()):
                continue  # "MISE À JOUR, 18 h 30 –": the minutes of a time
            value = _digit_value(m.group("digits"), m.group("scale"), lex)
            if (
                value is not None
                and not m.group("scale")
                and not value.is_integer()
                and not lex.range_join.match(text, m.end())  # "entre 1,5 et 2 millions"
            ):
                if not _MISPLACED.fullmatch(m.group("digits")):
                    continue  # "magnitude 6,8", "2,5 km": no count of people has a fraction
                value = float(m.group("digits").replace(",", ""))  # "68,7235": a separator slipped one place
            qualifier = Qualifier.EXACT
            year_like = m.group("scale") is None and bool(_YEAR.match(m.group("digits")))
        elif kind == "vague":
            value, qualifier = None, Qualifier.VAGUE
            of = _VAGUE_OF.match(text, m.end())
            if lex.not_counted.match(text, of.end() if of else m.end()):
                continue  # what counts no one: "des centaines de têtes de bétail"
        elif lex.percent is not None and lex.percent.search(text, max(0, m.start() - 8), m.end()):
            continue  # "40 pour cent": the hundred of a percentage
        else:
            word_value = _word_value(_strip_proclitic(m.group("words"), lex), lex)
            value = float(word_value) if word_value is not None else None
            if word_value == 10 and _TEEN_WITH_ARTICLE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "ولايات البلاد الثماني عشره": the eighteen, a teen after the article, no count of ten
            qualifier = Qualifier.EXACT
            if value is None:
                continue
            if (split := _worded_range(text, m, lex)) is not None:
                # "ما بين مئه وخمسين ومئتي مفقود": a range's two ends written as one run of words; the range
                # reading after this loop joins them
                cores.extend(split)
                continue
            if word_value == 1:
                group = None
                one = True
            elif (
                (dual := lex.dual_scales.get(_strip_proclitic(m.group("words"), lex).strip()))
                and (following := _TOKEN.match(text, m.end())) is not None
                and following.lastindex == 2
                and _lookup_noun(following.group(2), lex) is not None
            ):
                value = float(dual)  # "الفا اسره": two thousand families, not one thousand
        if qualifier is not Qualifier.VAGUE and value is None:
            continue
        rounded = round(value) if value is not None else None
        previous = cores[-1] if cores else None
        if (
            previous is not None
            and previous.value is not None
            and rounded is not None
            and rounded > previous.value
            and lex.part_of_whole_gap is not None
            and lex.part_of_whole_gap.fullmatch(text, previous.end, m.start())
            and not (lex.whole_with_its_clause is not None and lex.whole_with_its_clause.match(text, m.end()))
        ):
            # "quelque 2 000 des 6 000 résidents", "un des deux pompiers", "358 des 1113 bâtiments": the whole the
            # count is a part of, no figure of its own (unless a clause tells its own: "19 000 des 26 500 personnes
            # qui avaient été accueillies")
            continue
        if (
            rounded == 2
            and previous is not None
            and previous.group is not None
            and previous.value == 2
            and not text[previous.end : m.start()].strip()
            # (another dual joined by "and" is two more: "وفاتان ومفقودان"; not "جثتي طفلين", the same two)
            and not (m.group("dual") is not None and m.group(0).lstrip().startswith("و"))
        ):
            continue  # "جنديين اثنين": the dual's own "two", said again

        if m.group("digits") is not None:
            scale = lex.digit_scales.get(m.group("scale") or "", 0)
        elif m.group("words") is not None:
            scale = max((lex.scales.get(w, 0) for w in m.group("words").split()), default=0)
        elif m.group("self") is not None and rounded is not None and rounded >= 1000:
            scale = next(s for s in (10**9, 10**6, 10**3) if rounded >= s)  # "الفين وخمسمئه": 2,500
        else:
            scale = 0
        scale_word = m.group("words").strip() if m.group("words") is not None else ""
        if (
            scale_word in lex.scales  # (with no joiner before it: "ما بين 800 والف" is a range's other end)
            and previous is not None
            and previous.value
            and previous.value < 1000
            and not previous.scale
            and previous.group is None
            and not text[previous.end : m.start()].strip()
            and not any(c.isdigit() for c in text[previous.start : previous.end])
        ):
            # a number that counts itself, then its scale: "اثني عشر الف" is 12,000
            scale = lex.scales[scale_word]
            cores[-1] = _Mention(previous.start, m.end(), previous.value * scale, None, previous.qualifier, scale=scale)
            continue
        if (
            previous is not None
            and previous.scale
            and rounded is not None
            and previous.value is not None
            and rounded < previous.scale
            and (
                lex.additive.fullmatch(text, previous.end, m.start())
                # (the joiner written onto the next part, which the match took in: "الفين وخمسمئه")
                or lex.additive.fullmatch(text, previous.end, m.start() + 1) is not None
            )
        ):
            # "113 mille 582", "5 آلاف و278", "ستة ملايين و29 الفا و705": one number written in parts
            merged = previous.value + rounded
            cores[-1] = _Mention(
                previous.start, m.end(), merged, None, previous.qualifier, scale=scale or previous.scale
            )
            continue
        cores.append(_Mention(m.start(), m.end(), rounded, None, qualifier, group, dual_kind, year_like, scale, one))
    return cores


def _post_number_not_a_count(text: str, start: int, lex: ClauseLexicon) -> bool:
    """Whether a number after its noun counts no one: the things the noun belongs to ("مخيمات اللاجيين الثمانيه",
    the eight refugee camps)."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1] in lex.thing_row_heads


def _bare_word(found: str, table: dict[str, object] | dict[str, int] | dict[str, tuple[Group, Kind | None]]) -> str:
    """The table's key a match stands for, once its proclitic and spacing are set aside."""
    folded = " ".join(found.split())
    for key in sorted(table, key=len, reverse=True):
        if folded.endswith(key) or key in folded:
            return key
    return folded


def _noun_stem(word: str, lex: ClauseLexicon) -> str:
    """A counted noun without what is written onto it before (and, the article) and after (a pronoun):
    "واطفالهما" is "اطفال"."""
    for candidate in (word, word.removeprefix("و"), word.removeprefix("ف")):
        for stem in (candidate, candidate.removeprefix(lex.article)):
            for end in range(len(stem), 1, -1):
                if _lookup_noun(stem[:end], lex) is not None:
                    return stem[:end]
    return word


def _strip_proclitic_word(word: str, lex: ClauseLexicon) -> str:
    """A noun without the conjunction or preposition written onto it ("واسره" is "اسره")."""
    if not lex.proclitic or _lookup_noun(word, lex) is not None:
        return word
    for prefix in ("و", "ف", "ب", "ل", "وب", "ول"):
        stem = word.removeprefix(prefix)
        if stem != word and _lookup_noun(stem, lex) is not None:
            return stem
    return word


def _strip_proclitic(found: str, lex: ClauseLexicon) -> str:
    if not lex.proclitic:
        return found
    first, _, rest = found.partition(" ")
    for prefix in ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ف", "ل"):
        stem = first.removeprefix(prefix)
        if stem != first and (stem in lex.units or stem in lex.scales):
            return f"{stem} {rest}".strip()
    return found


def _mentions(text: str, lex: ClauseLexicon) -> list[_Mention]:
    """Every quantity of a sentence with its hedge; ranges merged; dates, ages, money and units dropped."""
    cores = _cores(text, lex)
    out: list[_Mention] = []
    i = 0
    while i < len(cores):
        core = cores[i]
        i += 1
        if (
            i < len(cores)
            and cores[i].value == core.value
            and _BRACKET_OPEN.fullmatch(text, core.end, cores[i].start)
            and (close := _BRACKET_CLOSE.match(text, cores[i].end))
        ):
            # "douze (12) soldats": the number restated in digits, as communiqués write it, is one count
            core = replace(core, end=close.end(), one_word=False)  # ("d'un (01) décès" counts: no article)
            i += 1
        high: _Mention | None = None
        if i < len(cores) and core.value is not None and cores[i].value is not None:
            nxt = cores[i]
            # (the joiner may be written onto a number word: "ما بين 800 وألف")
            joined = lex.range_join.fullmatch(text, core.end, nxt.start)
            written_on = lex.coordinator.match(text, nxt.start) if lex.coordinator is not None else None
            if joined is None and written_on is not None:
                joined = lex.range_join.fullmatch(text, core.end, written_on.end())
            word = joined.group(0).strip() if joined is not None else ""
            # (two close numbers joined by "à" are a range with no "de" before them: "pourrait atteindre 18 000 à
            # 20 000 morts")
            low, high_value = core.value, nxt.value
            close_pair = word == "à" and high_value is not None and low < high_value <= 3 * low
            # (a dash joins a range only upward: "4 septembre 2022 – Dix-sept personnes" is a date, then a count)
            dash = word in ("-", "–") and high_value is not None and high_value > low
            if joined and (dash or close_pair or lex.range_before.search(text, 0, core.start)):
                high = nxt
                i += 1
        end = high.end if high is not None else core.end
        if high is None and not text[: core.start].strip() and _ITEM_NUMBER.match(text, core.end):
            continue  # "5- وفاة طفلين", "2) Trois morts": the number of an item of a list, no count
        if core.start >= 2 and text[core.start - 1] == "-" and text[core.start - 2].isalpha():
            continue  # part of a name: "AK-47", "Point-Zéro"
        if not text[core.start].isdigit() and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
            continue  # a number word opening a name: "Sept-Îles", "Trois-Rivières"
        before = lex.not_counted_before.search(text, max(0, core.start - 25), core.start)
        if (
            before is not None
            and _WEEKDAY.fullmatch(before.group(0).strip())
            and lex.day_month is not None
            and (noun_after := _TOKEN.match(text, end)) is not None
            and not lex.day_month.match(text, noun_after.start(noun_after.lastindex or 1))
            and _lookup_noun(noun_after.group(noun_after.lastindex or 1), lex) is not None
        ):
            before = None  # a weekday, then a count of its own noun: "انتشلت صباح اليوم الجمعه 16 جثه"
        if before is not None and lex.month is not None and lex.month.fullmatch(before.group(0).strip()):
            # after a month, a year ("en juillet 2023"); any other number counts ("a recensé en juillet 219 civils
            # tués")
            before = before if core.year_like or high is not None else None
        if before is not None or (
            lex.not_counted.match(text, end) and not (lex.date_after is not None and lex.date_after.match(text, end))
        ):
            continue  # (a count of days is none; a day named after the count is when: "الي 89 يوم الثلاثاء")
        start = core.start
        if high is not None and (rb := lex.range_before.search(text, max(0, core.start - 10), core.start)):
            start = rb.start()
            if lex.change_before.search(text, max(0, start - 40), start):
                # "le bilan est passé de 10 à 25": the old toll is no figure, the new one is
                core, start = high, high.start
                high = None
        qstart, qualifier = (
            _qualifier(text, start, lex) if core.qualifier is Qualifier.EXACT else (start, core.qualifier)
        )
        if core.qualifier is Qualifier.ABOUT:
            qstart = _qualifier(text, start, lex)[0]
        value, value_max = core.value, None
        if high is not None and value is not None and high.value is not None:
            # "entre 2 et 3 millions": the scale of the high end belongs to the low end too
            scale = _carried_scale(value, high.value)
            value = value * scale if value * scale <= high.value else value
            value_max, qualifier = high.value, Qualifier.RANGE
        if text.startswith("+", end) and high is None and qualifier is Qualifier.EXACT:
            end += 1  # "6 700+ maisons effondrées": more than that
            qualifier = Qualifier.MORE_THAN
        if (after := lex.qualifier_after.match(text, end)) and qualifier is Qualifier.EXACT:
            qualifier = next(q for h, q in lex.qualifiers.items() if " ".join(after.group(0).split()) == h)
        out.append(
            _Mention(
                qstart,
                end,
                value,
                value_max,
                qualifier,
                core.group,
                core.kind,
                core.year_like,
                0,
                core.one_word and high is None,  # "d'un à trois millions" is a range, not "un"
            )
        )
    if lex.possessive_kin is not None:
        kin = [
            _Mention(
                m.start(),
                m.end(),
                1,
                None,
                Qualifier.EXACT,
                _kin_group(m.group(0), lex),
                one_word=True,
            )
            for m in lex.possessive_kin.finditer(text)
        ]
        if kin:  # "blessé son frère": one person
            out = sorted([*out, *kin], key=lambda mention: mention.start)
    return out


def _kin_group(words: str, lex: ClauseLexicon) -> Group:
    """The group of one's own kin: "son fils" by its noun, "وطفلتها" a child, anyone else people."""
    group = lex.group_nouns.get(words.split()[-1])
    if group is None and lex.child_kin is not None and lex.child_kin.search(words):
        group = Group.CHILDREN
    return group or Group.PEOPLE


# --- nouns, cues, links --------------------------------------------------------------------------------------


def _lookup_noun(phrase: str, lex: ClauseLexicon) -> _Noun | None:
    for candidate in (phrase, *_without_article(phrase, lex)):
        if candidate in lex.kind_nouns:
            return _Noun(0, kind=lex.kind_nouns[candidate], bare=False)
        if candidate in lex.weak_kind_nouns:
            group = lex.group_nouns.get(candidate, Group.PEOPLE)
            return _Noun(0, group=group, kind=lex.weak_kind_nouns[candidate], weak=True, bare=False)
        if candidate in lex.group_nouns:
            return _Noun(0, group=lex.group_nouns[candidate], bare=False)
        if candidate in lex.house_nouns:
            return _Noun(0, group=Group.HOUSEHOLDS, house=True, bare=False)
    return None


def _row_label(text: str, mention: _Mention, lex: ClauseLexicon) -> _Noun | None:
    """The noun a row's label names for the bare number after its colon: "Maisons détruites : 864" (houses, whose
    cue is in the label), "Pertes en vies humaines : 217" (the dead), "الجرحى: 43"."""
    colon = _ROW_COLON.search(text, max(0, mention.start - 4), mention.start)
    if colon is not None:
        start, end = max(text.rfind(stop, 0, colon.start()) for stop in _ROW_STARTS) + 1, colon.start()
    elif _CELL_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        # a table's row: its first cell is the label ("| Maisons détruites | 300 |", "| Personnes | 334 000 | 3 000 |")
        if (cell := _first_cell(text, mention.start)) is None:
            return None
        start, end = cell
    else:
        return None
    if end - start > _ROW_LABEL:
        return None
    words = [m.group(m.lastindex or 1) for m in _TOKEN.finditer(text, start, end)]
    for i in range(len(words)):  # (the label's first noun is its head: "Familles hébergées dans les abris")
        for size in (3, 2, 1):
            found = _lookup_noun(" ".join(words[i : i + size]).replace("' ", "'"), lex)
            if found is None:
                continue
            if found.house or found.kind is not None:
                return _Noun(mention.end, found.group, found.kind, found.weak, found.house, bare=not found.kind)
            return None  # people the label names without saying what befell them: the cues decide
    return None


def _without_article(word: str, lex: ClauseLexicon) -> tuple[str, ...]:
    """The noun without its article ("النازحين"); a noun joined by "و" or "ب" is another item, not the counted one."""
    if not lex.proclitic or not word.startswith("ال"):
        return ()
    return (word[2:],)


def _noun(text: str, mention: _Mention, lex: ClauseLexicon) -> _Noun | None:
    """The counted noun after a number; a bare number when none stands there; None when the number counts
    something else (villages, rockets)."""
    if mention.group is not None:
        house = mention.group is Group.HOUSEHOLDS
        return _Noun(mention.end, group=mention.group, kind=mention.kind, house=house, bare=False)
    if lex.date_after is not None and lex.date_after.match(text, mention.end):
        return _Noun(mention.end)  # a bare count, then when
    tokens: list[tuple[str, int]] = []
    pos = mention.end
    if lex.part_of_whole is not None and (whole := lex.part_of_whole.match(text, pos)) is not None:
        pos = whole.end()  # "2 000 des 6 000 résidents": the part counts what the whole's noun names
    elif lex.of_these is not None and (these := lex.of_these.match(text, pos)) is not None:
        pos = these.end()  # "neuf de ces décès": a part of those named before, counted by their noun
    after: int | None = pos  # the end of the adjectives read past
    while len(tokens) < 5:
        m = _TOKEN.match(text, pos)
        if m is None or "\n" in text[pos : m.start(m.lastindex or 1)]:
            break  # (a row's count ends its line: the next line's label counts nothing of it)
        tokens.append((m.group(m.lastindex or 1), m.end()))
        pos = m.end()
    for i in range(min(len(tokens), 4)):
        for size in (3, 2, 1):
            if i + size > len(tokens):
                continue
            phrase = " ".join(t for t, _ in tokens[i : i + size]).replace("' ", "'")
            if (found := _lookup_noun(phrase, lex)) is not None:
                end = tokens[i + size - 1][1]
                if found.house and lex.not_house_after is not None and lex.not_house_after.match(text, end):
                    return None  # "bâtiments publics": buildings that are no homes
                if found.kind is Kind.INJURED and _ill(text, end, lex):
                    return None  # "220 اصابه بالكوليرا": cases of an illness
                return _Noun(end, found.group, found.kind, found.weak, found.house, False)
        word = tokens[i][0]
        is_cue = (i == 0 or lex.human_noun is not None) and lex.cues.match(text, tokens[i][1] - len(word)) is not None
        if i == 0 and (is_cue or lex.house_cues.match(text, tokens[0][1] - len(word))):
            return _Noun(mention.end)  # "22 حتفهم", "30 tués", "640 détruites": the cue itself follows
        if (
            lex.human_noun is not None
            and not is_cue
            and lex.human_noun.fullmatch(word)
            and word.rstrip("s") not in lex.not_human
        ):
            return _Noun(tokens[i][1], bare=False)  # "onze pêcheurs", "un commerçant": people by their role
        if lex.demonym.fullmatch(word) and i <= 2 and word not in lex.modifiers:
            return _Noun(tokens[i][1], bare=False)
        if word not in lex.modifiers:
            break
        if after is not None:  # past adjectives only ("cinq jeunes ont été tués"), not "de", "des"
            after = tokens[i][1] if len(word) > 3 else None
    if lex.bare_followers.match(text, mention.end) or not tokens:
        return _Noun(mention.end)
    if after is not None and after > mention.end and lex.bare_followers.match(text, after):
        return _Noun(after)
    if lex.registered is not None and lex.registered.match(text, mention.end):
        return _Noun(mention.end)  # "570 000 déjà enregistrées"
    return None


def _coordinated(text: str, cue: tuple[Kind | None, int, int], lex: ClauseLexicon) -> bool:
    """Whether a cue opens with "and" joined onto its verb ("وأصيب"): another clause begins there."""
    if lex.coordinator is None or (joined := lex.coordinator.match(text, cue[1])) is None:
        return False
    # the rest alone must still be the cue: not a cue that merely starts with the letter ("وفاه")
    rest = text[joined.end() : cue[2]]
    return lex.cues.fullmatch(rest) is not None or lex.house_cues.fullmatch(rest) is not None


def _event_cue(text: str, lo: int, hi: int, wanted: Kind, lex: ClauseLexicon) -> tuple[Kind | None, int, int] | None:
    """The first cue in [lo, hi), passing over cues of another kind that carry the article: nouns naming a place
    or a topic ("مواقع النزوح"), not what happened."""
    for m in lex.cues.finditer(text, lo):
        if m.end() > hi:
            break
        kind = lex.cue_kinds[(m.lastindex or 1) - 1]
        if kind is not wanted and lex.definite is not None and lex.definite.match(text, m.start()):
            continue
        return kind, m.start(), m.end()
    return None


def _ill(text: str, pos: int, lex: ClauseLexicon) -> bool:
    """Whether an illness is named right after a count of the injured: cases, not wounds."""
    return lex.not_injury_after is not None and lex.not_injury_after.match(text, pos) is not None


def _nearest_cue(
    text: str, lo: int, hi: int, pattern: re.Pattern[str], kinds: tuple[Kind | None, ...], *, last: bool
) -> tuple[Kind | None, int, int] | None:
    """The first (or last) cue lying within [lo, hi). The text is read whole, so a cue's look-ahead sees past
    ``hi`` ("فقد" followed by "حياتهم" is no disappearance)."""
    found: tuple[Kind | None, int, int] | None = None
    for m in pattern.finditer(text, lo):
        if m.end() > hi:
            break
        found = (kinds[(m.lastindex or 1) - 1], m.start(), m.end())
        if not last:
            return found
    return found


def _theirs(text: str, end: int, right: tuple[Kind | None, int, int], lex: ClauseLexicon) -> bool:
    """Whether the cue after a bare count is the count's own verb or participle, not a shared one."""
    if lex.subject_verb.match(text, end) is not None:
        return True
    between = text[end : right[1]]
    gap = between.replace(",", " ").split()
    # (an apposition closes with its own comma: "et 15 autres, blessés, ont été évacués")
    closed = "," not in between or text[right[2] : right[2] + 1] in (",", ".", ";", "")
    return bool(gap) and all(word in lex.modifiers for word in gap) and closed


def _link(text: str, mention: _Mention, noun: _Noun, lo: int, hi: int, lex: ClauseLexicon) -> _Link | bool | None:
    """What one number counts and what happened to it; False when a cue says it is no figure (kidnapped,
    hosted, in need); None when nothing says."""
    pattern, kinds = (lex.house_cues, lex.house_cue_kinds) if noun.house else (lex.cues, lex.cue_kinds)
    if noun.kind is not None and not noun.weak:
        if noun.kind in _STATES:
            # "بوفاه ثمانيه نازحين": a verb right before names what happened to displaced people; the wounded or
            # the missing change kind only by dying ("وفاه 4 جرحي")
            # (a cue may be long: "a coûté la vie à 14 déplacés")
            adjacent = _nearest_cue(text, max(lo, mention.start - 24), mention.start, pattern, kinds, last=True)
            if (
                noun.kind is Kind.RETURNED
                and adjacent
                and adjacent[0] is None
                and not text[adjacent[2] : mention.start].strip()
            ):
                return False  # people held as they came back: "اعتقال ما لا يقل عن 26 من العائدين"
            if (
                adjacent
                and adjacent[0] is not None
                and (noun.kind in (Kind.DISPLACED, Kind.RETURNED) or adjacent[0] is Kind.KILLED)
                # (or past the pronoun of the event it befell them in: "هجوم ... قتل فيه 5 نازحين")
                and (
                    not text[adjacent[2] : mention.start].strip()
                    or (lex.resumptive is not None and lex.resumptive.fullmatch(text, adjacent[2], mention.start))
                )
                # (not another count's noun it is listed after: "قتيل ومفقودان" is one dead and two missing)
                and not (
                    lex.coordinator is not None
                    and lex.coordinator.match(text, mention.start)
                    and _strip_proclitic(text[adjacent[1] : adjacent[2]], lex) in lex.kind_nouns
                )
            ):
                return _Link(adjacent[0], noun.group, adjacent[1], noun.end)
            if (
                noun.kind is Kind.INJURED
                and adjacent
                and adjacent[0] is Kind.KILLED
                and lex.event_of is not None
                and lex.event_of.match(text, adjacent[1], mention.start) is not None
            ):
                return _Link(Kind.KILLED, noun.group, adjacent[1], noun.end)  # "le décès de trois blessés"
            if (
                noun.kind in (Kind.INJURED, Kind.MISSING)
                and lex.harmed_died is not None
                and (died_after := lex.harmed_died.match(text, noun.end)) is not None
            ):
                # "six blessés ayant succombé à leurs blessures", "deux des disparus retrouvés sans vie"
                return _Link(Kind.KILLED, noun.group, mention.start, died_after.end())
            if noun.kind is Kind.INJURED and (auxiliary := lex.subject_verb.match(text, noun.end)) is not None:
                # "quatre blessés sont morts", "جرحي توفوا": the hurt who died are dead
                after = auxiliary.end()
                died = _nearest_cue(text, after, min(hi, after + _BARE_RIGHT), pattern, kinds, last=False)
                if died and died[0] is Kind.KILLED and not text[after : died[1]].strip():
                    return _Link(Kind.KILLED, noun.group, mention.start, died[2])
            if noun.kind in (Kind.DISPLACED, Kind.RETURNED):
                # "58 déplacés tués": displaced people killed are dead (a harm right after them, or after its
                # auxiliary)
                harm = _nearest_cue(
                    text, noun.end, min(hi, noun.end + _BARE_RIGHT + _CUE_LENGTH), pattern, kinds, last=False
                )
                if (
                    harm is not None
                    and harm[0] in (Kind.KILLED, Kind.INJURED)
                    and (
                        not text[noun.end : harm[1]].strip()
                        or (lex.main_auxiliary is not None and lex.main_auxiliary.search(text, noun.end, harm[1]))
                    )
                ):
                    return _Link(harm[0], noun.group, mention.start, harm[2])
            if noun.kind in (Kind.DISPLACED, Kind.EVACUATED):
                # "3 000 déplacés ont regagné leurs foyers": displaced people who went home are returns; "2,880 عائله
                # نازحه باتت بلا ماوي": displaced people left without a roof are homeless; "3 400 déplacés ont été
                # installés sous des tentes": sheltered; so are evacuees ("les 400 résidents évacués ont pu rentrer")
                # (past the same people in other units, set off: "..., soit 345 ménages, ont regagné leurs foyers")
                restated = lex.restated_aside.match(text, noun.end) if lex.restated_aside is not None else None
                past = restated.end() if restated is not None else noun.end
                later = _event_cue(text, past, min(hi, past + _RIGHT_REACH), Kind.RETURNED, lex)
                # (or inside a relative clause that opens on them: "des déplacés qui sont rentrés", "النازحين
                # الذين عادوا" are returns)
                who = lex.relative_open.match(text, noun.end) if lex.relative_open is not None else None
                if later and (
                    (
                        later[0] in (Kind.RETURNED, Kind.HOMELESS, Kind.SHELTERED)
                        and not lex.clause_words.search(text, past, later[1])
                        # (not past a comma: "وصل ... 570 الف لاجئ منذ ابريل، يعيش كثير منهم في مخيمات" arrived)
                        and not _CLAUSE_COMMA.search(text, past, later[1])
                    )
                    or (
                        later[0] is Kind.RETURNED
                        and who is not None
                        and not lex.clause_words.search(text, who.end(), later[1])
                        and not _CLAUSE_COMMA.search(text, who.end(), later[1])
                    )
                ):
                    return _Link(later[0], noun.group, mention.start, later[2])
        return _Link(noun.kind, noun.group, mention.start, noun.end)
    right_reach = _BARE_RIGHT if noun.bare else _RIGHT_REACH
    left_reach = _BARE_LEFT if noun.bare else _LEFT_REACH
    toll = lex.toll_before.search(text, max(0, mention.start - 30), mention.start) is not None
    if toll or (
        noun.bare
        and lex.number_of_before is not None
        and lex.number_of_before.search(text, max(0, mention.start - _LEFT_REACH), mention.start) is not None
    ):
        left_reach = _LEFT_REACH  # (the noun "the number of" names may stand far before its count)
    # (past a share of the count set off between it and its verb: "1,7 million de Gazaouis, soit 75 % de la
    # population, ont été déplacés")
    share = lex.share_aside.match(text, noun.end) if lex.share_aside is not None else None
    right_from = share.end() if share is not None else noun.end
    right = _nearest_cue(text, right_from, min(hi, right_from + right_reach + _CUE_LENGTH), pattern, kinds, last=False)
    if right is not None and right[1] - right_from > right_reach:
        right = None  # a cue may run past the reach ("ont traversé les frontières"); it must start within it
    elif right is not None and "\n" in text[noun.end : right[1]]:
        right = None  # a row's count ends its line: "المنازل المدمره كليا: 6" above "المنازل المتضرره جزييا: 23"
    if (
        right is not None
        and right[0] is None
        and lex.yielding is not None
        and lex.yielding.fullmatch(text, right[1], right[2])
        and not text[noun.end : right[1]].strip()
    ):
        # an adjective saying no figure, then a verb saying one: "1 500 familles sinistrées ont été relogées"
        verb = _nearest_cue(text, right[2], min(hi, right[2] + right_reach + _CUE_LENGTH), pattern, kinds, last=False)
        if verb and verb[0] is not None and verb[1] - right[2] <= right_reach:
            # (not a word inside a bracket after it: "350 000 sinistrés depuis juin (bilan officiel)")
            aside = "(" in text[right[2] : verb[1]]
            right = right if aside or lex.clause_words.search(text, right[2], verb[1]) else verb
    elif (
        right is not None
        and right[0] in (Kind.DISPLACED, Kind.RETURNED, Kind.EVACUATED, Kind.SHELTERED)
        and (
            not text[noun.end : right[1]].strip()
            # (or "the number of" between: "portant à 12 000 le nombre de réfugiés rapatriés")
            or (lex.number_of_after is not None and lex.number_of_after.fullmatch(text, noun.end, right[1]) is not None)
        )
    ):
        # "1 200 ménages déplacés ont regagné leurs villages": displaced people who went home are returns
        back = _nearest_cue(text, right[2], min(hi, right[2] + right_reach + _CUE_LENGTH), pattern, kinds, last=False)
        if (
            back
            # ("عائله نازحه باتت بلا ماوي", "310 اسر عايده بلا ماوي": left without a roof; "طفلين لاجيين غرقا":
            # refugees who drowned are dead)
            and back[0]
            in (
                (Kind.RETURNED, Kind.HOMELESS, Kind.KILLED, Kind.INJURED, Kind.MISSING)
                if right[0] is Kind.DISPLACED
                # (the evacuated or the sheltered who went home: "420 personnes évacuées en mars sont retournées à
                # Petelkolé", "2 300 personnes hébergées dans les écoles ont regagné leur domicile")
                else (Kind.RETURNED,)
                if right[0] in (Kind.EVACUATED, Kind.SHELTERED)
                else (Kind.HOMELESS,)
            )
            and not lex.clause_words.search(text, right[2], back[1])
        ):
            right = (back[0], right[1], back[2])
    elif (
        right is not None
        and right[0] in (Kind.INJURED, Kind.MISSING)
        and lex.harmed_died is not None
        and (passed := lex.harmed_died.match(text, right[2])) is not None
        and len(text[noun.end : right[1]].split()) <= 3
        and not lex.clause_words.search(text, noun.end, right[1])
    ):
        right = (Kind.KILLED, right[1], passed.end())  # "ثلاثه من اقاربهم الجرحي توفوا": the hurt who died are dead
    if (
        right is not None
        and right[0] not in HARM_KINDS
        and lex.relative_open is not None
        # (or a participle right after them: "deux agriculteurs revenus à Nizi ont été tués")
        and (lex.relative_open.match(text, noun.end) or (lex.main_auxiliary and not text[noun.end : right[1]].strip()))
    ):
        # "deux hommes qui tentaient de regagner leur maison ont été tués": the relative clause says who they
        # were, the auxiliary after it opens what befell them; so for those who had fled and then went home
        # ("6 000 personnes qui avaient fui en 2022 ont regagné leurs villages"). With no auxiliary (Arabic), a
        # return after the flight the clause tells, in the same clause: "1.3 مليون شخص ممن نزحوا ... عادوا"
        main = _nearest_cue(text, right[2], min(hi, right[2] + _RIGHT_REACH + _CUE_LENGTH), pattern, kinds, last=False)
        # (or after losing their homes, in a clause of its own: "96 000 personnes ayant perdu leur logement sont
        # hébergées"; not "2 714 ménages sans abri, dont une partie est hébergée")
        after_flight = (
            main is not None
            and main[0] in _AFTER_FLIGHT
            and (
                right[0] is Kind.DISPLACED
                or (
                    right[0] is Kind.HOMELESS
                    and (
                        lex.relative_open.match(text, noun.end) is not None
                        or not _CLAUSE_COMMA.search(text, right[2], main[1])
                    )
                )
            )
        )
        if (
            main is not None
            and (main[0] in HARM_KINDS or after_flight)
            and (
                lex.main_auxiliary.search(text, right[2], main[1])
                if lex.main_auxiliary is not None
                else after_flight
                and main[0] is Kind.RETURNED
                and _RETURN_VERB.fullmatch(text, main[1], main[2]) is not None
                and not _NEGATION_BEFORE.search(text, max(0, main[1] - 6), main[1])
                and not lex.clause_words.search(text, right[2], main[1])
                and not _CLAUSE_COMMA.search(text, right[2], main[1])
            )
        ):
            right = main
    if (
        right is not None
        and right[0] not in HARM_KINDS
        and lex.apposition_open is not None
        and lex.apposition_open.fullmatch(text, noun.end, right[1])
        and (
            main := _verb_after_aside(
                text, right[2], hi, lex, (*HARM_KINDS, Kind.RETURNED), _dash_opening(text, noun.end, right[1])
            )
        )
        is not None
    ):
        right = main  # "Trois personnes, toutes des réfugiés, ont été tuées": who they were, then what befell them
    elif (
        right is not None
        and lex.uncounted_parts_open is not None
        and lex.uncounted_parts_open.fullmatch(text, noun.end, right[1])
        and (main := _verb_after_aside(text, right[2], hi, lex, (*HARM_KINDS, *_AFTER_FLIGHT, Kind.DISPLACED)))
        is not None
    ):
        # "1 000 personnes, dont des malades et des blessés graves, ont été évacuées": the aside names some of
        # them with no count; the verb after it says what befell them all
        right = main
    elif (
        right is not None
        and right[0] is Kind.MISSING
        and (main := _verb_after_aside(text, right[2], hi, lex, (Kind.KILLED,))) is not None
    ):
        right = main  # "Un pêcheur, porté disparu depuis le 3 septembre, a été retrouvé mort": found dead
    # inside brackets, the reach is counted from the bracket: "sont retournés ... à Kobé (40 %, soit 12 000 personnes)"
    bracket = text.rfind("(", lo, mention.start)
    anchor = bracket if bracket >= 0 and ")" not in text[bracket : mention.start] else mention.start
    # (nor across a semicolon, which closes the item before: "3 920 maisons effondrées ; 18 400 sinistrés")
    left_from = max(lo, anchor - left_reach, text.rfind(";", 0, mention.start) + 1)
    left = _nearest_cue(text, left_from, mention.start, pattern, kinds, last=True)
    if mention.one_word and lex.singular_gap is not None:
        # one person ("un habitant", "son frère") is counted only by the verb of which it is the subject or object:
        # "un soldat a été tué", "a tué un commerçant", not "un habitant a raconté que ... ont tué 5 personnes"
        left = left if left is not None and mention.start - left[2] <= _BESIDE else None
        beside = right is not None and lex.singular_gap.fullmatch(text, noun.end, right[1]) is not None
        right = right if beside and right is not None and not _coordinated(text, right, lex) else None
    chosen: tuple[Kind | None, int, int] | None
    if (
        right is not None
        and left is not None
        and left[0] is not None
        and (
            right[0] is None
            or (lex.relative_open is not None and lex.relative_open.match(text, noun.end))
            # (nor a time told by another event: "l'évacuation préventive de 8 300 personnes avant l'arrivée du")
            or (lex.event_time_after is not None and lex.event_time_after.match(text, noun.end) is not None)
        )
        and _event_of(text, mention, lex)
        and left[1] >= mention.start - 60
    ):
        # (nor a relative clause's verb: "le retour de 1 250 personnes qui avaient quitté Seytenga" returned)
        # "l'évacuation de 64 familles vivant au pied de la falaise": the number completes the event's noun; what
        # follows says who they were, not that they are no figure
        right = None
    if right and left:
        across = lex.clause_words.search(text, noun.end, right[1]) is not None and not _part_aside(
            text[noun.end : right[1]], lex
        )  # (a part told between commas is no clause of its own: "29 مهاجرا, بينهم 5 اطفال, فقدوا")
        right_gap = right[1] - noun.end + _CLAUSE_COST * bool(across or _coordinated(text, right, lex))
        left_gap = (
            mention.start
            - left[2]
            + _CLAUSE_COST * bool(lex.clause_words.search(text, left[2], mention.start))
            + _CLAUSE_COST
            * bool(lex.complementizer is not None and lex.complementizer.search(text, left[2], mention.start))
            # (a verb that ends its clause right before "and": "sont mortes et 6 000 personnes se retrouvent sans
            # abri" opens a clause of the count's own)
            + _CLAUSE_COST
            * bool(
                not noun.bare and lex.clause_and is not None and lex.clause_and.fullmatch(text, left[2], mention.start)
            )
        )
        # "huit sont portées disparues"; "deux autres enlevés": a participle after "autres" is theirs
        subject = (noun.bare and _theirs(text, noun.end, right, lex)) or (
            lex.aux_before_cue is not None
            and bool(text[left[2] : mention.start].strip())  # (not the object of the cue before: "ont tué 61 ...")
            and lex.aux_before_cue.fullmatch(text, noun.end, right[1]) is not None
        )
        chosen = left if toll or (left_gap <= right_gap and not subject) else right
        if (
            noun.house
            and chosen is left
            and left[0] is Kind.HOUSES_DESTROYED
            and right[0] is Kind.HOUSES_DAMAGED
            and all(word in lex.manner_words for word in text[noun.end : right[1]].split())
            # (not the next clause's verb: "... سكنية وتضررت نحو 20 ألف", "منزل وإتلاف 259 ألف هكتار")
            and not (lex.coordinator is not None and lex.coordinator.match(text, right[1]))
        ):
            # the degree after the homes says which: "انهيار 34,576 منزلا انهيارا جزئيا", "تدمير 500 منزل بشكل جزئي"
            chosen = right
        if (
            chosen is left
            and left[0] is Kind.DISPLACED
            and right[0] in (Kind.HOMELESS, Kind.SHELTERED, Kind.RETURNED)
            and len(text[noun.end : right[1]].split()) <= 1
            and not _CLAUSE_COMMA.search(text, noun.end, right[1])
            and not lex.clause_words.search(text, noun.end, right[1])
        ):
            # the finer kind the people's own verb tells: "تشريد نحو 1,200 شخص باتوا في العراء" are left in the open;
            # "مغادره نحو 4 الاف لبناني عايدين الي بلادهم" leave to go home
            chosen = right
    else:
        chosen = right or left
    if chosen is None:
        if noun.kind is not None:
            return _Link(noun.kind, noun.group, mention.start, noun.end)
        return None
    kind, c_start, c_end = chosen
    if kind is Kind.KILLED and noun.kind not in (None, Kind.KILLED) and _TOLL_WORD.fullmatch(text, c_start, c_end):
        # a toll's word only frames what its count's own noun names: "selon un premier bilan, quelque 12 000
        # réfugiés, dont ..., se retrouvent sans abri" are refugees, not dead
        kind = noun.kind
    if kind is None or (kind is Kind.INJURED and _ill(text, noun.end, lex)):
        return False  # "اصيب 220 شخصا بالكوليرا": cases of an illness
    if noun.weak and noun.kind is Kind.RETURNED and kind is Kind.DISPLACED:
        kind = Kind.RETURNED  # "350 rapatriés sont arrivés": returnees arriving are returns
    return _Link(kind, noun.group, min(mention.start, c_start), max(noun.end, c_end))


def _dash_opening(text: str, start: int, end: int) -> str | None:
    """The dash that opens an aside between ``start`` and ``end``, if one does ("personnes – pour la plupart")."""
    return next((dash for dash in "–—" if dash in text[start:end]), None)


def _verb_after_aside(
    text: str, pos: int, hi: int, lex: ClauseLexicon, wanted: tuple[Kind, ...], dash: str | None = None
) -> tuple[Kind | None, int, int] | None:
    """The main verb of one of the ``wanted`` kinds after the comma that closes an aside ending near ``pos``, with
    its auxiliary right after that comma ("..., toutes des réfugiés, ont été tuées"); an aside a dash opens runs
    to the next dash, over its own commas ("– pour la plupart des commerçants revenus du marché, ... – ont été")."""
    if lex.main_auxiliary is None:
        return None
    close = text.find(dash, pos, pos + _DASH_ASIDE_REST) if dash else text.find(",", pos, pos + _ASIDE_REST)
    if close < 0:
        return None
    main = _nearest_cue(text, close, min(hi, close + _BARE_RIGHT + _CUE_LENGTH), lex.cues, lex.cue_kinds, last=False)
    if main is None or main[0] not in wanted:
        return None
    verb_start = main[1] - len(text[close + 1 : main[1]].lstrip())
    # (a participle may stand between: "a été retrouvé mort")
    participle = text.rfind(" ", verb_start, main[1] - 1) + 1
    ends = (main[1], participle) if participle > verb_start else (main[1],)
    return main if any(lex.main_auxiliary.fullmatch(text, verb_start, end) for end in ends) else None


_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(و|et\s)?\s*")  # one more item of a list: "اطفال وست نساء", "enfants et trois"
# What befalls those who had fled, told by a main verb after the relative clause saying they had.
_AFTER_FLIGHT = (Kind.RETURNED, Kind.EVACUATED, Kind.SHELTERED)
_ASIDE_REST = 30  # characters an aside may run on after its cue before the comma that closes it
_DASH_ASIDE_REST = 160  # ... and before the dash that closes it, over its own commas


def _registered(
    text: str, mention: _Mention, noun: _Noun, earlier: list[_Link | None], lex: ClauseLexicon
) -> _Link | None:
    """ "aux 283 726 enregistrées en octobre": people counted in a register are of the kind the sentence has been
    speaking of (its last figure's, or the last word before saying what happened)."""
    if lex.registered is None or (found := lex.registered.match(text, noun.end)) is None:
        return None
    kind = next((k.kind for k in reversed(earlier) if k is not None), None)
    if kind is None and (cue := _nearest_cue(text, 0, mention.start, lex.cues, lex.cue_kinds, last=True)):
        kind = cue[0]
    return _Link(kind, noun.group, mention.start, found.end()) if kind is not None else None


def _uncounted(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether a vague word names no count at all ("de nombreux réfugiés"), as "plusieurs" does not."""
    return mention.qualifier is Qualifier.VAGUE and " ".join(text[mention.start : mention.end].split()) in lex.uncounted


def _apposition(text: str, i: int, mentions: list[_Mention], links: list[_Link | None]) -> bool:
    """Whether "un"/"une" right after a figure, past a comma, names those counted again: "un mort, un pêcheur
    emporté par les vagues"; "les corps de deux personnes, un homme de 67 ans et une femme de 64 ans" (as many
    persons named as counted)."""
    if not mentions[i].one_word:
        return False
    k = i - 1
    while k >= 0 and links[k] is None and mentions[k].one_word and mentions[k].value == 1:
        k -= 1  # (past the persons named already: the second of "un homme ... et une femme")
    before = links[k] if k >= 0 else None
    count = mentions[k].value if k >= 0 else None
    if before is None or count is None or not 1 <= count <= 4 or i - k > count:
        return False
    first = k + 1
    gap_start = max(before.end, mentions[k].end)
    if mentions[first].start < gap_start or text[gap_start : mentions[first].start].strip(" ,"):
        return False  # (the first of them right after the figure, past a comma)
    if count == 1:
        return True
    named = first
    while (
        named + 1 < len(mentions)
        and mentions[named + 1].one_word
        and mentions[named + 1].start - mentions[named].end < 40
    ):
        named += 1
    return named - first + 1 == count  # (as many named as counted, no more)


def _event_of(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether the count completes an event's noun right before it ("l'évacuation de 64 familles")."""
    return lex.event_of is not None and lex.event_of.search(text, max(0, mention.start - 60), mention.start) is not None


def _trapped(text: str, mention: _Mention, noun: _Noun, lex: ClauseLexicon, link: _Link | None = None) -> bool:
    """Whether the words around a count make it no figure: a population, people hosted, people in need (not the
    dead or the hurt named by their noun: "le bilan s'est alourdi pour atteindre 15 morts", "accueille 300 blessés";
    nor those an event's noun counts, whoever they were: "l'évacuation de 64 familles vivant au pied de la falaise";
    nor those the main verb after such words speaks of: "230 ménages vivant dans des zones à risque ont été évacués").
    """
    trap_from = max(0, mention.start - 80)  # (a host may be named at length: "يووي مخيم الجفينه وحده، وهو ...")
    if link is not None and link.start < mention.start and link.kind in HARM_KINDS:
        # (words before the verb of harm that takes the count are another clause's: "غارة على مدرسة تؤوي نازحين في غزة
        # تقتل 22 على الأقل")
        trap_from = max(trap_from, link.start)
    return bool(
        (noun.kind not in HARM_KINDS and lex.trap_before.search(text, trap_from, mention.start))
        or _population_counted(text, mention, noun, lex)
        or lex.old_value_before.search(text, max(0, mention.start - 100), mention.start)
        # (kin who came along on a move: "arrivée avec ses quatre enfants", "وصلت مع اطفالها الخمسه"; not those
        # killed along: "tuée avec ses trois enfants", "قتلت امراه مع اطفالها الخمسه")
        or (
            lex.kin_along_before is not None
            and (link is None or link.kind not in HARM_KINDS)
            and lex.kin_along_before.search(text, max(0, mention.start - 12), mention.start) is not None
        )
        # (room, whoever it is for: "ثلاجات الموتي لا تتسع لاكثر من 40 جثه", "d'une capacité de 300 lits")
        or (
            lex.capacity_before is not None
            and lex.capacity_before.search(text, max(0, mention.start - 40), mention.start)
        )
        or (
            lex.trap_after.match(text[noun.end : noun.end + 60])
            and not _event_of(text, mention, lex)
            and not (
                link is not None
                and lex.main_verb_end is not None
                and link.end > noun.end
                and lex.main_verb_end.search(text, noun.end, link.end) is not None
            )
        )
    )


def _complement(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether "un"/"une" completes the noun before it ("un parent d'un membre") rather than counting: after "de",
    unless a cue ends there ("la mort d'un soldat")."""
    if lex.of_before is None or not lex.of_before.search(text, max(0, mention.start - 4), mention.start):
        return False
    before = _nearest_cue(text, max(0, mention.start - 30), mention.start, lex.cues, lex.cue_kinds, last=True)
    return before is None or mention.start - before[2] > _BESIDE


def _cue_beside(text: str, mention: _Mention, lex: ClauseLexicon, *, end: int | None = None) -> bool:
    """Whether a word saying what happened stands right before or right after a quantity (a few letters away);
    ``end``: where the words read with the quantity end ("des milliers d'autres ont fui")."""
    before = _nearest_cue(text, max(0, mention.start - 30), mention.start, lex.cues, lex.cue_kinds, last=True)
    if before and before[0] is not None and mention.start - before[2] <= _BESIDE:
        return True
    end = mention.end if end is None else end
    after = _nearest_cue(text, end, end + 60, lex.cues, lex.cue_kinds, last=False)
    return after is not None and after[0] is not None and after[1] - end <= _BESIDE + 8


def _past_modifiers(text: str, pos: int, lex: ClauseLexicon) -> int:
    """Where the adjectives after ``pos`` end, the elision before one included ("des milliers d'autres ont fui"),
    or the partitive pronoun ("plusieurs dizaines d'entre eux ont été tués")."""
    if lex.of_them is not None and (of_them := lex.of_them.match(text, pos)) is not None:
        return of_them.end()
    while (m := _TOKEN.match(text, pos)) is not None:
        word = m.group(m.lastindex or 1)
        if word not in lex.modifiers and not (
            word.endswith("'")
            and (n := _TOKEN.match(text, m.end())) is not None
            and n.group(n.lastindex or 1) in lex.modifiers
        ):
            break
        pos = m.end()
    return pos


def _standing(mention: _Mention, link: _Link, noun: _Noun | None) -> bool:
    """A count of people by what they are, with no verb of an event ("415 000 déplacés internes", "816 ألف نازح"):
    a standing total, which the labelling conventions call cumulative."""
    return (
        link.kind in (Kind.DISPLACED, Kind.RETURNED)
        and noun is not None
        and noun.kind is not None
        and link.start >= mention.start
        and link.end == noun.end
    )


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, max(0, pos - 120), pos):
        start = m.end()
    return start


def _names_number(sentence: str, mention: _Mention) -> bool:
    """Whether a number in digits is a name's, after a capitalised word and ending its phrase ("de Delmas 33.")."""
    return (
        sentence[mention.start : mention.start + 1].isdigit()
        and mention.value_max is None
        and _NAME_BEFORE_NUMBER.search(sentence, max(0, mention.start - 40), mention.start) is not None
        and _NAME_NUMBER_END.match(sentence, mention.end) is not None
    )


def find_clause_statements(sentence: str, lex: ClauseLexicon, previous: Kind | None = None) -> list[Statement]:
    """Every figure stated in a sentence (already folded for its language), in order; ``previous`` is the kind of
    the sentence before (or of the heading a list's rows follow), which a row naming only a place takes
    ("Port-de-Paix : 11", "منطقه ادلب: 41,200 شخص")."""
    text = lower_keeping_length(sentence).translate(lex.apostrophes)
    if lex.apposition_close is not None and "," in text:
        for comma in lex.apposition_close.finditer(text):
            text = f"{text[: comma.start(1)]} {text[comma.end(1) :]}"  # (same length: spans stay true)
    mentions = [m for m in _mentions(text, lex) if not _names_number(sentence, m)]
    if not mentions and not lex.singulars and lex.definite_one is None:
        return []
    nouns = [_noun(text, m, lex) for m in mentions]
    for i, (mention, noun) in enumerate(zip(mentions, nouns, strict=True)):
        if mention.one_word and noun is not None and _complement(text, mention, lex):
            nouns[i] = None  # "un parent d'un membre du clergé": the member is no count
        elif (
            mention.one_word
            and noun is not None
            and noun.group in (Group.FAMILIES, Group.HOUSEHOLDS)
            and i + 1 < len(mentions)
            and lex.family_of_count is not None
            and lex.family_of_count.fullmatch(text, noun.end, mentions[i + 1].start)
        ):
            nouns[i] = None  # "tuant une famille de sept personnes": the seven are counted, not the one family
        elif (
            i > 0
            and mention.value == 2
            and mention.group is not None
            and lex.of_before is not None
            and lex.of_before.search(text, max(0, mention.start - 4), mention.start)
        ):
            nouns[i] = None  # "مقتل 9 اشخاص من عايلتين": whose the dead were, no count of families
        elif (
            mention.value == 2
            and mention.group is not None
            and lex.dual_not_counted_before is not None
            and lex.dual_not_counted_before.search(text, max(0, mention.start - 8), mention.start)
        ):
            nouns[i] = None  # "شجار بين عايلتين", "شاب من احدي العايلتين": the two sides, not two of the harmed
    if "|" in text:
        for i, mention in enumerate(mentions):
            if nouns[i] is not None and _row_of_things(sentence, mention, lex):  # (its case tells a name)
                nouns[i] = None  # "| Sites de déplacement | 11 |", "| Kits d'hygiène distribués | 1 450 |"
    # what bounds a number's stretch: the numbers around it that count something ("d'une même famille" does not)
    parts = [_opens_a_part(text, m, lex) for m in mentions]
    for k in range(1, len(mentions)):
        # (the parts listed on after the first: "، بينهم تسعه اطفال وست نساء، قتلوا")
        before = nouns[k - 1]
        if (
            parts[k - 1]
            and before is not None
            and (join := _LIST_JOIN.fullmatch(text, before.end, mentions[k].start)) is not None
            and (join.group(1) or text.startswith("و", mentions[k].start))
        ):
            parts[k] = True
    bounds = [
        not (
            m.year_like
            or n is None
            or (m.one_word and n.bare)
            or parts[k]
            or _one_joined(text, k, mentions, nouns, lex)
            or (lex.restating_before is not None and lex.restating_before.search(text, max(0, m.start - 24), m.start))
        )
        for k, (m, n) in enumerate(zip(mentions, nouns, strict=True))
    ]  # (a part in an aside bounds nothing: "37 مهاجرا, بينهم 6 اطفال, فقدوا" is what befell the 37)
    his = [len(text)] * len(mentions)  # where each number's stretch ends: the next bounding number
    for k in range(len(mentions) - 2, -1, -1):
        his[k] = mentions[k + 1].start if bounds[k + 1] else his[k + 1]
    if "|" in text:
        # a table's row ends its counts' stretch: the next row's label is not theirs ("| Déplacés internes | 335 280
        # |", then "| Retournés | 22 900 |")
        for k, mention in enumerate(mentions):
            if (row_end := text.find("\n", mention.end)) >= 0:
                his[k] = min(his[k], row_end)
    links: list[_Link | None] = [None] * len(mentions)
    inherited: set[int] = set()
    labelled: set[int] = set()  # counts whose table row's label names what they count
    counts_houses = [n is not None and n.house for n in nouns]  # (before a whole that is no figure is dropped)
    house_opening = lex.house_part_opening.match(text) if lex.house_part_opening is not None else None
    # (an old value set off before the new one leaves it its cues: "Le bilan, initialement fixé à 9 morts, est passé
    # à 14"; looked for once per count)
    old_values = [lex.old_value_before.search(text, max(0, m.start - 100), m.start) is not None for m in mentions]
    for i, (mention, noun) in enumerate(zip(mentions, nouns, strict=True)):
        if house_opening is not None and mention.end <= house_opening.end():
            nouns[i] = None  # the whole the opening names: "Sur les quelque 4 000 maisons, 2 300 ont été détruites"
            continue
        if noun is None and mention.qualifier is Qualifier.VAGUE and _cue_beside(text, mention, lex):
            noun = nouns[i] = _Noun(mention.end)  # "ونزوح مئات الالاف" with no noun after it
        one_part = (
            mention.one_word
            and noun is not None
            and noun.bare
            and lex.one_part_after is not None
            and lex.one_part_after.match(text, mention.end) is not None
            and lex.subgroup.search(text, max(0, mention.start - 20), mention.start) is not None
        )  # "blessés, dont un grièvement": one of them
        if noun is None or (noun.bare and (mention.year_like or mention.one_word) and not one_part):
            nouns[i] = None
            continue
        if noun.bare and (label := _row_label(text, mention, lex)) is not None:
            noun = nouns[i] = label  # "Maisons détruites : 864": the row's label names what it counts
            labelled.add(i)
        if (
            noun.bare
            and mention.qualifier is Qualifier.VAGUE
            and not _cue_beside(text, mention, lex, end=_past_modifiers(text, noun.end, lex))
        ):
            continue  # a lone quantity counts only beside what happened: "مصرع العشرات", "des milliers ont fui"
        if _apposition(text, i, mentions, links):
            nouns[i] = None  # "un mort, un pêcheur emporté par les vagues": the same one, named
            continue
        if noun.bare and _part_of_an_uncounted(text, mention, mentions, lex):
            nouns[i] = None  # "répartis dans 312 centres, dont 80 sont pleins": 80 centres
            continue
        if (
            noun.kind is None
            and (shared := _subgroup_of(text, i, mentions, nouns, links, noun, lex, inherited)) is not None
        ):
            links[i] = shared
            continue
        # cues inside the previous count's own noun phrase are its own ("وآلاف الجرحى و100 ألف لاجئ")
        earlier = zip(
            reversed(mentions[:i]), reversed(nouns[:i]), reversed(bounds[:i]), reversed(old_values[:i]), strict=True
        )
        lo = next((max(m.end, n.end if n else 0) for m, n, bound, old in earlier if bound and not old), 0)
        if i in labelled:
            # (a table row whose label names what it counts: the row above's cues are not its own, "| Maisons
            # reconstruites | – | 21 500 |" under "| Maisons détruites | 110 900 | – |")
            lo = max(lo, text.rfind("\n", 0, mention.start) + 1)
        hi = his[i]
        last = next((k for k in reversed(links[:i]) if k is not None), None)
        if noun.bare and (
            (last is not None and last.kind in _HOUSE_KINDS)
            # a part of houses counted as no figure: "148 000 maisons touchées, dont 61 300 détruites"
            or (i > 0 and counts_houses[i - 1] and lex.subgroup.search(text, max(0, mention.start - 20), mention.start))
            or (house_opening is not None and mention.start >= house_opening.end())  # "Parmi ces logements, 19 095"
        ):
            noun = _Noun(
                noun.end, group=Group.HOUSEHOLDS, house=True
            )  # "37 000 maisons détruites, 47 000 autres endommagées"
        if (
            noun.bare
            and (row := _ROW_COLON.search(text, max(0, mention.start - 4), mention.start)) is not None
            and _counts_things(row_words := _row_label_words(text, row.start()), lex)
            and not any(word in lex.modifiers for word in row_words)  # ("مواقع اخري: نحو 14 الفا": other places)
        ):
            nouns[i] = None  # a row counting things by its label: "المدارس المتضرره: 2"
            continue
        link = _link(text, mention, noun, lo, hi, lex)
        if link is None and noun.kind is None and not noun.house:
            link = _registered(text, mention, noun, links[:i], lex)
        if (
            link is not None
            and noun.kind is Kind.DISPLACED
            and (link is False or (isinstance(link, _Link) and _trapped(text, mention, noun, lex, link)))
            and _country_hosts(text, mention, lex)
        ):
            # "يستضيف الأردن نحو 590 ألف لاجئ", "سوريا تضم 7.2 مليون نازح": a country's standing total, no site's
            links[i] = _Link(Kind.DISPLACED, noun.group, mention.start, noun.end)
            continue
        if link is False and not noun.house and not noun.bare and _shelter_framed(text, mention, lex):
            link = None  # "مراكز الإقامة المؤقتة تستضيف 1850 عائلة": shelters that host them, read below
        if (link is False or (isinstance(link, _Link) and _trapped(text, mention, noun, lex, link))) and (
            whole := _comprised_by(text, i, mentions, nouns, links, lex)
        ) is not None:
            link = _Link(whole.kind, noun.group, mention.start, noun.end)  # "5 عائلات تضم 38 فردا": the same people
            links[i] = link
            continue
        if link is False:
            nouns[i] = None  # named as no figure: nothing may be chained to it
            continue
        if isinstance(link, _Link) and _trapped(text, mention, noun, lex, link):
            continue
        if link is None and i in labelled and noun.kind is None:
            nouns[i] = None  # a row's label with no fate of its own ("| Maisons reconstruites | 21 500 |"): no figure
            continue
        links[i] = link if isinstance(link, _Link) else None
    _chain(text, mentions, nouns, links, lex, inherited)
    _numbers_sharing_a_noun(text, mentions, nouns, links, lex, inherited)
    _returns_listed(text, mentions, nouns, links, lex)
    _places_bracketed(text, mentions, nouns, links, lex)
    _spread_by_place(text, mentions, nouns, links, lex)
    if _rows_of_the_kind_before(text, mentions, nouns, links, previous, lex):
        _chain(text, mentions, nouns, links, lex, inherited)  # (the row's parts: "- 6 مواطنين بينهم 3 اطفال")
    if previous is not None and previous not in _HOUSE_KINDS and lex.part_opening is not None:
        _parts_of_the_whole_before(text, mentions, nouns, links, previous, lex.part_opening, lex.part_verb_after)
    shared_links = {id(links[k]) for k in inherited if links[k] is not None}  # subgroups ("من بينهم 100 الف")
    paired = _paired(text, mentions, nouns, links, lex)
    if lex.singulars or paired or lex.definite_one is not None:
        # (a count's own words; its cue before it too, unless one person is listed between them and the count:
        # "مقتل ضابط وثلاثة جنود")
        taken = [
            (m.start if _one_listed_before(text, link.start, m.start, lex) else min(m.start, link.start),
             max(m.end, link.end))
            for m, link in zip(mentions, links, strict=True)
            if link
        ]  # fmt: skip
        ones = [*_singletons(text, taken, lex), *_lone_kind_nouns(text, taken, lex)] if lex.singulars else []
        ones += _definite_ones(text, taken, lex)
        ones += _ones_of_many(text, [*taken, *((m.start, link.end) for m, link in ones)], lex)
        for mention, link in [*paired, *ones]:
            mentions.append(mention)
            links.append(link)
            nouns.append(_Noun(mention.end, group=link.group, bare=False))
        for mention, link in _joined(text, mentions, nouns, links, lex):
            mentions.append(mention)
            links.append(link)
            nouns.append(_Noun(mention.end, group=link.group, bare=False))
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        mentions, links, nouns = [mentions[k] for k in order], [links[k] for k in order], [nouns[k] for k in order]
    if lex.shelter_place is not None:
        links = [
            _sheltered(text, mention, link, noun, lex)
            for mention, link, noun in zip(mentions, links, nouns, strict=True)
        ]
        _restated_in_units(text, mentions, links, lex)
    cumulative = lex.cumulative.search(text) is not None
    illness = lex.illness is not None and lex.illness.search(text) is not None
    statements: list[Statement] = []
    for mention, link, noun in zip(mentions, links, nouns, strict=True):
        if link is None or _uncounted(text, mention, lex):
            continue
        if illness and link.kind is Kind.INJURED and not _wounds(text, mention, link, noun, lex):
            continue  # "سجلت 211 اصابه جديده و7 وفيات" in a bulletin on cholera: cases, not the hurt
        if (
            mention.one_word
            and mention.value == 1
            and link.kind in _ON_THE_MOVE
            and link.group not in (Group.FAMILIES, Group.HOUSEHOLDS)  # (one family is counted: "واسره واحده")
        ):
            continue  # "un enfant déplacé qui contracte le choléra": one person on the move is a person's story
        qualifier = mention.qualifier
        if qualifier is Qualifier.EXACT and noun is not None and (after := lex.qualifier_after.match(text, noun.end)):
            qualifier = lex.qualifiers[" ".join(after.group(0).split())]  # "قتل 14 مدنيا على الاقل"
        if (
            statements
            and qualifier is Qualifier.EXACT
            and statements[-1].qualifier in _HEDGES
            and re.fullmatch(r"\s*(?:,|et|و)?\s*", text[statements[-1].end : min(link.start, mention.start)])
        ):
            # "au moins 6 morts et 15 blessés", "ما لا يقل عن 12 شخصا واصيب 40": one hedge for both
            qualifier = statements[-1].qualifier
        clause = _clause_start(text, min(link.start, mention.start))
        projection = any(
            not lex.past_estimate.match(text, m.start()) for m in lex.projection.finditer(text, clause, link.end)
        ) or (bool(statements) and statements[-1].projection and id(link) in shared_links)  # part of a forecast
        statements.append(
            Statement(
                kind=link.kind,
                value=mention.value,
                value_max=mention.value_max,
                qualifier=qualifier,
                group=Group.HOUSEHOLDS if link.kind in _HOUSE_KINDS else link.group,
                start=link.start,
                end=link.end,
                projection=projection,
                cumulative=cumulative or _standing(mention, link, noun),
                own_verb=link.end > mention.end,
            )
        )
    return statements


def _parts_of_the_whole_before(
    text: str,
    mentions: list[_Mention],
    nouns: list[_Noun | None],
    links: list[_Link | None],
    previous: Kind,
    opening_pattern: re.Pattern[str],
    verb_after: re.Pattern[str] | None,
) -> None:
    """The counts a sentence opening on the whole counted before lists as its parts, with no verb of their own, take
    its kind: "Parmi elles, 3 890 enfants", "Sur ce nombre, 1 150 sont des enfants" (in ``links``)."""
    opening = opening_pattern.match(text)
    if opening is None:
        return
    for k, (mention, noun) in enumerate(zip(mentions, nouns, strict=True)):
        if links[k] is not None or mention.start < opening.end():
            return  # (the first count with a verb of its own ends the parts)
        if noun is None or noun.house or noun.kind is not None:
            return
        if verb_after is not None and verb_after.match(text, noun.end):
            return  # "Parmi eux, 3 870 ménages ont été installés sur le site": what befell them is its own
        links[k] = _Link(previous, noun.group, mention.start, noun.end)


def _part_aside(between: str, lex: ClauseLexicon) -> bool:
    """Whether the words between a count's noun and a cue are only a part told between commas (", بينهم 5 اطفال,")."""
    if not between.lstrip().startswith(",") or not between.rstrip().endswith(","):
        return False
    inner = between.strip().strip(",")
    marker = lex.subgroup_word.match(inner.strip())
    return marker is not None and not re.search(r"[,.;:]", inner)


def _opens_a_part(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether a count stands right after a comma and a subgroup marker ("، بينهم 6 اطفال")."""
    marker = lex.subgroup.search(text, max(0, mention.start - 16), mention.start)
    return marker is not None and text[max(0, marker.start() - 3) : marker.start()].rstrip().endswith(",")


def _wounds(text: str, mention: _Mention, link: _Link, noun: _Noun | None, lex: ClauseLexicon) -> bool:
    """Whether the words of a figure of the hurt say wounds ("جرحي", "بجروح"), not cases."""
    end = max(link.end, mention.end, noun.end if noun else 0)
    return lex.wounds is not None and lex.wounds.search(text, min(link.start, mention.start), end + 12) is not None


def _rows_of_the_kind_before(
    text: str,
    mentions: list[_Mention],
    nouns: list[_Noun | None],
    links: list[_Link | None],
    previous: Kind | None,
    lex: ClauseLexicon,
) -> bool:
    """A count right after a row's colon that nothing else names takes the kind of the list it is a row of:
    "Décès par département :" then "Port-de-Paix : 11"; "إقليم تارودانت: 452 حالة"; or of the figure it breaks down
    in the same line: "Décès : 19 (Port-de-Paix : 11 ; Saint-Louis-du-Nord : 6)"; so does a counted noun opening an
    item of the list ("وتوزع الشهداء على النحو التالي:" then "- 6 مواطنين في مدينه معره النعمان"). Whether any did."""
    found = False
    inner: _Link | None = None  # the last figure of the sentence, whose rows may follow it
    for i, (mention, noun) in enumerate(zip(mentions, nouns, strict=True)):
        if (link := links[i]) is not None:
            if (
                previous is Kind.SHELTERED
                and link.kind is Kind.DISPLACED
                and noun is not None
                and noun.kind is Kind.DISPLACED
                and _ROW_COLON.search(text, max(0, mention.start - 4), mention.start)
            ):
                # a row of a list of the sheltered, naming its people by the wider word: "ويتوزع النازحون في مراكز
                # الإيواء ... :" then "جبل لبنان: 71 ألفاً و300 نازح"
                links[i] = link = replace(link, kind=Kind.SHELTERED)
                found = True
            inner = link
            continue
        # (not across a full stop: "Bilan : 12 morts. Heure : 14")
        kind = inner.kind if inner is not None and "." not in text[inner.end : mention.start] else previous
        if kind is None or noun is None or noun.kind is not None or mention.year_like:
            continue
        row = _ROW_COLON.search(text, max(0, mention.start - 4), mention.start)
        if row is None and kind is previous and i == 0 and not noun.bare:
            bullet = _ROW_BULLET.match(text)
            row = (
                bullet
                if bullet is not None
                and bullet.end() == mention.start
                and bullet.group().strip()
                and lex.row_item_rest is not None
                and lex.row_item_rest.match(text, noun.end)
                else None
            )
        if row is None or noun.house != (kind in _HOUSE_KINDS) or _names_a_thing_done(text, row.start(), lex):
            continue
        group = Group.HOUSEHOLDS if noun.house else noun.group
        links[i] = _Link(kind, group, mention.start, noun.end)
        found = True
    return found


def _names_a_thing_done(text: str, colon: int, lex: ClauseLexicon) -> bool:
    """Whether a row's label tells what was done to things rather than naming a place ("Sacs de sable distribués :
    52 000", "Habitations inondées au rez-de-chaussée : 650"): a participle after its first word."""
    if lex.row_participle is None:
        return False
    label = _row_label_words(text, colon)
    if len(label) > _ROW_LABEL_WORDS:
        return False  # a sentence before its colon, not a row's label
    return any(lex.row_participle.fullmatch(word) for word in label[1:])


def _row_label_words(text: str, colon: int) -> list[str]:
    return text[text.rfind("\n", 0, colon) + 1 : colon].lstrip(" \t-•*▪·–—").split()


def _counts_things(label: list[str], lex: ClauseLexicon) -> bool:
    """Whether a row's label opens on things counted ("Lits disponibles : 50", "المدارس المتضرره: 2"), no one."""
    return (
        len(label) <= _ROW_LABEL_WORDS
        and bool(label)
        and without_article_word(label[0].lower(), lex) in lex.thing_row_heads
    )


_ROW_LABEL_WORDS = 6


def _one_joined(text: str, k: int, mentions: list[_Mention], nouns: list[_Noun | None], lex: ClauseLexicon) -> bool:
    """Whether count ``k`` is one more person joined by "and" to the count before, sharing its verb: "Vingt et un
    soldats nigériens et un civil ont été tués" (the 21 reach "tués" past the civilian)."""
    if k == 0 or not mentions[k].one_word or lex.clause_and is None:
        return False
    before = nouns[k - 1]
    if before is None or before.bare:
        return False
    gap_start = max(before.end, mentions[k - 1].end)
    joined = lex.clause_and.search(text, gap_start, mentions[k].start)
    # (one word may stand between, a people's name: "soldats nigériens et un civil")
    return (
        joined is not None
        and joined.end() == mentions[k].start
        and len(text[gap_start : joined.start()].split()) <= 1
        and not any(c.isdigit() for c in text[gap_start : joined.start()])
    )


def _first_cell(text: str, pos: int) -> tuple[int, int] | None:
    """Where the first cell of the pipe row holding ``pos`` starts and ends (before ``pos``), or None."""
    line = text.rfind("\n", 0, pos) + 1
    start = text.find("|", line, pos) + 1
    end = text.find("|", start, pos) if start else -1
    if not start or end < 0 or text[line : start - 1].strip():
        return None  # (no pipe before it, or the row does not open on one: "Morts | 12" has no label cell here)
    return start, end


def _row_of_things(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether a count stands in a table row whose label names things rather than people: sites, camps, schools
    counted ("| Sites de déplacement | 11 |"), or things handed out ("| Kits d'hygiène distribués | 1 450 |").
    ``text`` keeps its case, which tells a participle from a place's name."""
    cell = _first_cell(text, mention.start)
    words = text[cell[0] : cell[1]].split() if cell is not None else []
    if not words or len(words) > _ROW_LABEL_WORDS or _lookup_noun(words[0].lower(), lex) is not None:
        return False  # (no label, a sentence, or people first: "| Personnes déplacées | 6 312 |")
    if without_article_word(words[0].lower(), lex) in lex.thing_row_heads:
        return True
    # (a participle, never a place's name: "| CHU de Bouaké | 4 blessés |")
    return lex.row_participle is not None and any(
        word.islower() and lex.row_participle.fullmatch(word) for word in words[1:]
    )


def _sheltered(
    text: str, mention: _Mention, link: _Link | None, noun: _Noun | None, lex: ClauseLexicon
) -> _Link | None:
    """A displaced count told with the shelters that took them in is of the sheltered: "لجأت 240 أسرة إلى مبان
    مدرسية", "4 500 personnes réfugiées dans des écoles" (as "in evacuation centres" is in English); so is a count
    of people that "the number of those in the shelters" comes to ("بلغ عدد النازحين في مراكز الإيواء 186,400")."""
    if noun is None or lex.shelter_place is None:
        return link
    if (
        (link is None or link.kind is Kind.DISPLACED)
        and not noun.house
        # (a bare count only as a row's: "Personnes hébergées dans les centres : 74")
        and (link is not None or not noun.bare or text[: mention.start].rstrip().endswith(":"))
        and _shelter_framed(text, mention, lex)
    ):
        group = link.group if link is not None else noun.group
        start, end = (link.start, link.end) if link is not None else (mention.start, noun.end)
        return _Link(Kind.SHELTERED, group, start, end)
    if link is None or link.kind is not Kind.DISPLACED:
        return link
    end = max(noun.end, link.end)
    place = lex.shelter_place.match(text, end)
    if place is None or lex.clause_words.search(text, end, place.start(1)):
        return link
    return _Link(Kind.SHELTERED, link.group, link.start, place.end())


def _population_counted(text: str, mention: _Mention, noun: _Noun, lex: ClauseLexicon) -> bool:
    """Whether a place's inhabitants are counted by a verb of hosting right before them: "Djibo compte près de
    300 000 habitants, dont une majorité de déplacés" (a population, whatever its parts)."""
    if lex.host_verb is None or not lex.population_nouns or noun.bare:
        return False
    head = text[mention.end : noun.end].split()[-1:]
    # (the elided "of" written onto the noun: "2 millions d'habitants")
    if not head or without_article_word(_ELIDED_OF.sub("", head[0]), lex) not in lex.population_nouns:
        return False
    return lex.host_verb.search(text, max(0, mention.start - 25), mention.start) is not None


def without_article_word(word: str, lex: ClauseLexicon) -> str:
    """A word without the definite article written onto it ("الأسر" is "أسر"); the word itself in languages whose
    article stands apart."""
    return word[len(lex.article) :] if lex.article and word.startswith(lex.article) else word


def _country_hosts(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether a verb of hosting right before a count has a country for its subject ("يستضيف الأردن نحو",
    "سوريا تضم أكثر من", "le Tchad accueille"), not a camp or a town: the country stands right before the verb or
    right after it. One in an aside does not count ("رفح، المتاخمة للحدود مع مصر، تؤوي"), nor one whose hosting a
    relative clause recalls as background ("le Liban, qui accueille", as English reads "Turkey, which hosts")."""
    if lex.host_verb is None:
        return False
    verbs = list(lex.host_verb.finditer(text, max(0, mention.start - 60), mention.start))
    if not verbs:
        return False
    verb = verbs[-1]
    names = _country_names(lex.lang)
    # (past "still" and "now": "سوريا لا تزال تضم", "le pays compte toujours", "يستضيف حاليا الأردن")
    before = [w for w in text[max(0, verb.start() - 40) : verb.start()].split() if w not in lex.host_adverbs]
    if before and (before[-1] in lex.relative_pronouns or before[-1].endswith((",", "،"))):
        before = []  # an aside or a relative pronoun right before the verb ("le Liban, qui accueille": background)
    after = [w for w in text[verb.end() : mention.start].split() if w not in lex.host_adverbs][:2]
    return any(
        name in names or (name[:1] in lex.written_conjunctions and name[1:] in names)  # ("وسوريا")
        for words in (before[-1:], before[-2:], after[:1], after[:2])
        if words and (name := " ".join(words).strip(",،"))
    )


@cache
def _country_names(lang: str) -> frozenset[str]:
    """Countries' names in a language, lower-cased and folded as the clause reader's text is (Babel's CLDR data)."""
    from babel import Locale

    names = {name.split(" (")[0] for code, name in Locale(lang).territories.items() if code.isalpha()}
    if lang == "ar":
        from bot.text.arabic import fold_arabic

        return frozenset(fold_arabic(name)[0] for name in names)
    return frozenset(name.lower() for name in names)


def _comprised_by(
    text: str,
    i: int,
    mentions: list[_Mention],
    nouns: list[_Noun | None],
    links: list[_Link | None],
    lex: ClauseLexicon,
) -> _Link | None:
    """The figure of families a count of people restates as their members ("تشريد 5 عائلات تضم 38 فردا"), if any."""
    if lex.comprising is None or i == 0 or (before := links[i - 1]) is None or before.kind in _HOUSE_KINDS:
        return None
    noun, whole = nouns[i], nouns[i - 1]
    if noun is None or noun.bare or whole is None or whole.group not in (Group.FAMILIES, Group.HOUSEHOLDS):
        return None
    return before if lex.comprising.fullmatch(text, whole.end, mentions[i].start) else None


def _shelter_framed(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether the words right before a count tell the shelters that hold those it counts ("عدد النازحين في مراكز
    الإيواء بلغ", "12 centres d'accueil, où se sont réfugiées")."""
    frame = lex.shelter_frame_before
    return frame is not None and frame.search(text, max(0, mention.start - 160), mention.start) is not None


def _restated_in_units(text: str, mentions: list[_Mention], links: list[_Link | None], lex: ClauseLexicon) -> None:
    """A count restated in other units right after it is of its kind: "190,314 نازحا في المراكز، أي ما يعادل 48,523
    عائلة" (the families are the sheltered ones, as the people are)."""
    if lex.restated_as is None:
        return
    before: int | None = None  # the last linked count
    for i, link in enumerate(links):
        if link is None:
            continue
        if (
            before is not None
            and link.kind is not (kind := links[before].kind)  # type: ignore[union-attr]
            and kind is Kind.SHELTERED
            and link.kind is Kind.DISPLACED
            and lex.restated_as.search(text, mentions[before].end, mentions[i].start)
        ):
            links[i] = _Link(kind, link.group, link.start, link.end)
        before = i


def _chain(
    text: str,
    mentions: list[_Mention],
    nouns: list[_Noun | None],
    links: list[_Link | None],
    lex: ClauseLexicon,
    inherited: set[int],
) -> None:
    """Numbers without a cue of their own share the figure they are listed with: "9 morts, dont 7 à Ségué et 2
    à Sonfounou"; "30 civils et 10 soldats ont été tués"."""
    for i in range(len(mentions) - 2, -1, -1):  # forward sharing: a noun waits for the verb of the next one
        noun, nxt = nouns[i], links[i + 1]
        if links[i] is not None or noun is None or noun.bare or nxt is None or nouns[i + 1] is None:
            continue
        if noun.house != (nxt.kind in _HOUSE_KINDS) or (mentions[i].qualifier is Qualifier.VAGUE and noun.bare):
            continue
        if noun.kind is not None and not noun.weak and noun.kind is not nxt.kind:
            continue  # (a noun naming its own kind keeps it: "كانت 58 شهيدا و126 جريحا" has no wounded 58)
        if lex.chain.fullmatch(text, noun.end, mentions[i + 1].start) and nxt.start >= mentions[i + 1].start:
            links[i] = _Link(nxt.kind, noun.group, mentions[i].start, noun.end)
    for i in range(1, len(mentions)):  # backward: a subgroup or the next item of a list
        noun = nouns[i]
        if links[i] is not None or noun is None or (mentions[i].year_like and noun.bare):
            continue
        prev = next((j for j in range(i - 1, -1, -1) if links[j] is not None), None)
        if prev is None:
            continue
        before = links[prev]
        assert before is not None
        gap_start = max(before.end, mentions[prev].end)
        if mentions[i].start - gap_start > _CHAIN_REACH or noun.house != (before.kind in _HOUSE_KINDS):
            continue
        gap = text[gap_start : mentions[i].start]
        if mentions[i].one_word and not gap.strip():
            continue  # "4 من افراد عايله واحده": one right after a noun completes it, it lists nothing
        if lex.cues.search(gap) or not (lex.chain.match(gap) and (lex.subgroup.search(gap) or _listed(gap, lex))):
            continue
        if mentions[i].one_word and lex.source_before is not None and lex.source_before.search(gap):
            continue  # "15 morts, a confié un agent de santé": who says so, not one more of the list
        if mentions[i].one_word and lex.subordinate is not None and lex.subordinate.search(gap):
            continue  # "a été tué ..., alors qu'il transportait une femme": one in another clause, not listed
        if _trapped(text, mentions[i], noun, lex):
            continue  # "... pertes en vies humaines dans cette ville de 100.000 habitants"
        group = before.group if noun.bare else noun.group
        links[i] = _Link(before.kind, group, mentions[i].start, noun.end)
        inherited.add(i)


# A name right before a number that ends its phrase: the number is the name's ("de Delmas 33", "à Carrefour-Feuilles
# 2 et ..."), not a count.
_NAME_BEFORE_NUMBER = re.compile(
    r"(?<!\w)(?<!celui\s)(?<!celle\s)(?<!ceux\s)(?:de|du|à|dans|vers|sur)\s+[A-ZÀ-ÖØ-Ý][\w'’-]*\s$"
)
_NAME_NUMBER_END = re.compile(r"\s*(?:[,.;)»]|et\s|$)")
_LISTED_NUMBER = re.compile(r"\s*[,،]\s*")  # ("7, 6 et 5 décès": a comma before numbers joined by "and")


def _numbers_sharing_a_noun(
    text: str,
    mentions: list[_Mention],
    nouns: list[_Noun | None],
    links: list[_Link | None],
    lex: ClauseLexicon,
    inherited: set[int],
) -> None:
    """A bare number joined to the next one shares its noun and what befell them: "avec respectivement 249 et 173
    morts", "سقط 12 و9 قتلى" (read from the end, so that "7, 6 et 5 décès" all take the last noun)."""
    if lex.number_join is None:
        return
    shared: set[int] = set()
    for i in range(len(mentions) - 2, -1, -1):
        noun, nxt, link = nouns[i], nouns[i + 1], links[i + 1]
        if links[i] is not None or (noun is not None and not noun.bare) or mentions[i].year_like:
            continue
        # (a bare last number shares only what was named before the whole list: "بلغ عدد الجرحي 27 و15 و8")
        # (or the last took the figure's before the list, the one kind said before it: "قتل 830 مدنيا ... بواقع 412
        # و298 و120 علي التوالي"; not a pair of kinds taken in turn: "528 وفاه و880 اصابه، وحماه 264 و608 علي التوالي")
        governs = link is not None and (
            link.start < mentions[i].start
            or (i + 1 in inherited and all(k is None or k.kind is link.kind for k in links[:i]))
        )
        if link is None or ((nxt is None or (nxt.bare and not governs)) and i + 1 not in shared):
            continue
        joined = lex.number_join.fullmatch(text, mentions[i].end, mentions[i + 1].start)
        if joined or (i + 1 in shared and _LISTED_NUMBER.fullmatch(text, mentions[i].end, mentions[i + 1].start)):
            links[i] = _Link(link.kind, link.group, mentions[i].start, mentions[i].end)
            shared.add(i)


def _returns_listed(
    text: str, mentions: list[_Mention], nouns: list[_Noun | None], links: list[_Link | None], lex: ClauseLexicon
) -> None:
    """The displaced listed right after a count of returns that an event before it names are returns too: "le
    retour de 280 000 réfugiés et d'environ 800 000 déplacés internes", "عوده 280 الف لاجي ونحو 800 الف نازح"."""
    if lex.returns_join is None:
        return
    for i in range(1, len(mentions)):
        link, before, noun, noun_before = links[i], links[i - 1], nouns[i], nouns[i - 1]
        if (
            link is not None
            and before is not None
            and noun is not None
            and noun_before is not None
            and link.kind is Kind.DISPLACED
            and noun.kind is Kind.DISPLACED
            and link.start == mentions[i].start  # (its own noun says displaced; no verb of its own)
            and before.kind is Kind.RETURNED
            and before.start < mentions[i - 1].start  # (the return named before the first count)
            and lex.returns_join.fullmatch(text, max(before.end, noun_before.end), mentions[i].start)
        ):
            links[i] = _Link(Kind.RETURNED, link.group, link.start, link.end)


# From one bracketed count to the next place's bracket: its name, of a few words ("et Lemba (", "وحارم (").
_PLACE_ITEM_JOIN = re.compile(r"\)\s*,?\s*(?:[^\s\d(),;:.]+\s+){0,3}?[^\s\d(),;:.]+\s*\($")


def _places_bracketed(
    text: str, mentions: list[_Mention], nouns: list[_Noun | None], links: list[_Link | None], lex: ClauseLexicon
) -> None:
    """Counts in brackets after the places of a list share what the sentence said happened before the list: "Les
    décès ont été enregistrés dans les communes de Ngaliema (12), Mont-Ngafula (9) et Lemba (5)". The list opens
    after a word of place ("dans", "de", "في"), so that people named with their ages ("Jean (34)") are no list."""
    if lex.place_list_opening is None or "(" not in text:
        return
    items = [
        i
        for i, (mention, noun) in enumerate(zip(mentions, nouns, strict=True))
        if links[i] is None
        and noun is not None
        and noun.bare
        and mention.value is not None
        and text.endswith("(", 0, mention.start)
        and _BRACKET_CLOSE.match(text, mention.end)
    ]
    if len(items) < 2 or not lex.place_list_opening.search(text, 0, mentions[items[0]].start):
        return
    cue = _nearest_cue(text, 0, mentions[items[0]].start, lex.cues, lex.cue_kinds, last=True)
    if cue is None or cue[0] is None or any(link is not None for link in links[: items[0]]):
        return  # (a figure before the list has its own parts, read by the rules of parts)
    previous_close = mentions[items[0]].end
    for i in items:
        if i != items[0] and not _PLACE_ITEM_JOIN.search(text, previous_close, mentions[i].start):
            break
        links[i] = _Link(cue[0], Group.PEOPLE, mentions[i].start, mentions[i].end)
        previous_close = mentions[i].end


def _spread_by_place(
    text: str, mentions: list[_Mention], nouns: list[_Noun | None], links: list[_Link | None], lex: ClauseLexicon
) -> None:
    """Counts after an opening that announces their spread over places take the kind said before it: "الوفيات
    سجلت علي النحو التالي: اقليم الحوز 1351، اقليم تارودانت 492", "les décès se répartissent comme suit : ..."."""
    if lex.by_place_opening is None or (opening := lex.by_place_opening.search(text)) is None:
        return
    cue = _nearest_cue(text, 0, opening.start(), lex.cues, lex.cue_kinds, last=True)
    if cue is None or cue[0] is None:
        return
    for i, (mention, noun) in enumerate(zip(mentions, nouns, strict=True)):
        if mention.start < opening.end() or links[i] is not None or noun is None or noun.house:
            continue
        if noun.kind is None and mention.value is not None:
            links[i] = _Link(cue[0], noun.group, mention.start, max(mention.end, noun.end))


def _subgroup_of(
    text: str,
    i: int,
    mentions: list[_Mention],
    nouns: list[_Noun | None],
    links: list[_Link | None],
    noun: _Noun,
    lex: ClauseLexicon,
    inherited: set[int],
) -> _Link | None:
    """The figure a count right after "dont", "منهم", "بينهم" (and the items listed after it) belongs to."""
    prev = next((j for j in range(i - 1, -1, -1) if links[j] is not None), None)
    if prev is None:
        return None
    before = links[prev]
    assert before is not None
    gap_start = max(before.end, mentions[prev].end)
    if after := lex.qualifier_after.match(text, gap_start):
        gap_start = after.end()  # "مقتل 299 شخصا على الاقل، بينهم 140 طفلا"
    if gap_start > mentions[i].start or noun.house != (before.kind in _HOUSE_KINDS):
        return None
    gap = text[gap_start : mentions[i].start]
    # a bare part's own verb close after it ("dont 2 180 étaient toujours hébergées"; a cue may run past the reach,
    # it must start within it)
    own_cue = lex.cues.search(text, noun.end, noun.end + _BARE_RIGHT + _CUE_LENGTH) if noun.bare else None
    own_verb = (
        own_cue is not None
        and own_cue.start() <= noun.end + _BARE_RIGHT
        and lex.cue_kinds[(own_cue.lastindex or 1) - 1] is not None
    )
    fate = None if noun.bare else _fate_right_after(text, noun.end, lex, house=noun.house)
    if fate is not None and fate is not before.kind:
        return None  # "11 088 blessés ..., dont au moins 127 enfants tués": the part's own fate, read on its own
    if not own_verb and _listed_after_a_subgroup(gap, lex):
        # "مقتل 7 من ابناء القريه، بينهم امراه وطفلان": the noun's complement, the marker, one person before it
        inherited.add(i)
        return _Link(before.kind, noun.group, mentions[i].start, noun.end)
    if not own_verb and _after_the_wholes_own_verb(gap, before.kind, lex):
        # "73 patients blessés sont arrivés, dont 19 femmes": the verb the whole's noun outranked is not the parts'
        inherited.add(i)
        return _Link(before.kind, before.group if noun.bare else noun.group, mentions[i].start, noun.end)
    if not own_verb and _after_an_aside(
        text, gap_start, mentions[prev + 1 : i], nouns[prev + 1 : i], before.kind, gap, lex, people=not noun.bare
    ):
        # "47 جثه في شق النوم وحدها, بينهم 11 امراه", "23 morts depuis le 28 juin, dont cinq combattants"
        inherited.add(i)
        return _Link(before.kind, before.group if noun.bare else noun.group, mentions[i].start, noun.end)
    if (
        noun.bare
        and lex.of_them_after is not None
        and (of_them := lex.of_them_after.match(text, mentions[i].end)) is not None
        and (gap.strip(" ,") == "" or _where_aside(gap, lex))
    ):
        # "وفاه تسعه اشخاص، سته منهم اطفال، واصابه 41": a part of the count just before, its noun after "of them"
        # (unless a fate of its own follows: "و50 منهم اصيبوا")
        word = (text[of_them.end() :].split(maxsplit=1) or [""])[0].rstrip(",.،")
        found = _lookup_noun(word, lex)
        end = of_them.end() + len(word) if found is not None else of_them.start() + len(of_them.group().rstrip())
        if (fate := _fate_right_after(text, end, lex)) is None or fate is before.kind:
            inherited.add(i)
            group = found.group if found is not None else before.group
            return _Link(before.kind, group, mentions[i].start, end)
    if not lex.chain.fullmatch(gap) or (mentions[i].one_word and not gap.strip()):
        return None  # "4 من افراد عايله واحده": one right after a noun completes it
    governed = before.start < mentions[prev].start or prev in inherited  # "وفاه 102 رجل و57 امراه"
    # (one more part after the first, "بينهم 3760 طفلا، اضافه الي 2326 سيده, فيما ...": not the next clause's)
    added = governed and lex.addition is not None and lex.addition.fullmatch(gap) is not None
    if not (lex.subgroup.search(gap) or (governed and gap.strip(" ,") in ("", "و", "et", ",")) or added):
        return None
    # (a cue may run past the reach, as "se trouvent toujours dans 24 abris"; it must start within it)
    # (a named count after "and" too: "dont quatre enfants, et plus de 52 000 personnes sont hébergées")
    after_and = not noun.bare and lex.clause_and is not None and lex.clause_and.fullmatch(gap) is not None
    # (an added part may have its own fate: "اضافه الي نحو 150 الف تشادي عايد")
    own = lex.cues.search(text, noun.end) if noun.bare or gap.strip() == "," or after_and or added else None
    if (
        own is not None
        and own.start() <= noun.end + _BARE_RIGHT
        and (noun.bare or not _CLAUSE_COMMA.search(text, noun.end, own.start()))
        # (not the next clause's verb: "tuant une femme et deux enfants et blessant huit autres"; nor a word that
        # names no fate: "dont une femme et un enfant touchés par des éclats")
        and (
            not after_and
            or (
                lex.clause_and is not None
                and not lex.clause_and.search(text, noun.end, own.start())
                and lex.cue_kinds[(own.lastindex or 1) - 1] is not None
            )
        )
    ):
        # "و50 اخرين اصيبوا": its own verb follows (so too after a comma: "le nombre de disparus est de trois,
        # deux pêcheurs ayant été retrouvés vivants")
        return None
    inherited.add(i)
    return _Link(before.kind, before.group if noun.bare else noun.group, mentions[i].start, noun.end)


def _where_aside(gap: str, lex: ClauseLexicon) -> bool:
    """Whether the words between a figure and the next count are only a short aside ending in a comma that names
    no count and nothing that happened: where, when ("وفاه 3 مواطنين في محافظه اللاذقيه، اثنان منهم")."""
    return (
        len(gap) <= 60
        and gap.rstrip().endswith(",")
        and "," not in gap.rstrip()[:-1]
        and not any(c.isdigit() for c in gap)
        and lex.cues.search(gap) is None
    )


def _fate_right_after(text: str, pos: int, lex: ClauseLexicon, *, house: bool = False) -> Kind | None:
    """The kind a cue standing right after a counted noun names ("127 enfants tués", of homes with ``house``:
    "19,500 منزل انهارت كليا"), if one does."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    pattern, kinds = (lex.house_cues, lex.house_cue_kinds) if house else (lex.cues, lex.cue_kinds)
    cue = pattern.match(text, pos)
    if cue is None:
        return None
    kind = kinds[(cue.lastindex or 1) - 1]
    # (not the next clause's verb, "and" written onto it: "بينهم طفلان واصيب 23 اخرون")
    return None if _coordinated(text, (kind, cue.start(), cue.end()), lex) else kind


def _after_the_wholes_own_verb(gap: str, kind: Kind, lex: ClauseLexicon) -> bool:
    """Whether the words between a figure and a subgroup marker are only the figure's own short predicate, whose
    kind the figure did not take (its noun's outranked it): the parts keep the figure's kind."""
    marker = lex.subgroup.search(gap)
    if marker is None or re.search(r"[.;:!?\d]", gap):
        return False
    predicate = gap[: marker.start()].rstrip()
    if not predicate.endswith(",") or len(predicate) > 40:
        return False
    cue = lex.cues.search(predicate)
    return cue is not None and lex.cue_kinds[(cue.lastindex or 1) - 1] not in (None, kind)


def _after_an_aside(
    text: str,
    gap_start: int,
    between: list[_Mention],
    nouns: list[_Noun | None],
    kind: Kind,
    gap: str,
    lex: ClauseLexicon,
    *,
    people: bool = False,
) -> bool:
    """Whether the words between a figure and a count are an aside that names no other count and nothing else that
    happened (where, since when), then a comma and a subgroup marker: the count is a part of the figure. A part
    that names people (``people``) is no part of a number of things the aside gives ("من 11 قريه، بينهم 260
    طفلا"), where a bare one may be ("réparties dans 1 021 centres, dont 867")."""
    marker = lex.subgroup.search(gap)
    if marker is None or len(gap) > _ASIDE_REACH or re.search(r"[.;:!?]", gap):
        return False
    if not gap[: marker.start()].rstrip().endswith(","):
        return False  # (the marker right after the figure is the ordinary case, read by the chain)
    if any(noun is not None and not noun.bare and not m.year_like for m, noun in zip(between, nouns, strict=True)):
        return False  # another count stands between ("12 morts à Goma, 30 blessés à Beni, dont 4 enfants")
    last_words = gap[: marker.start()].rstrip(" ,").split()[-3:]
    if (between and not between[-1].year_like and not _a_day_at(text, between[-1], lex)) or (
        not people
        and any(
            any(ch.isdigit() for ch in word) and not _YEAR.match(word) and not _a_day(word, after, lex)
            for word, after in zip(last_words, [*last_words[1:], ""], strict=True)
        )
    ):
        return False  # "189 174 personnes, réparties dans 1 021 centres, dont 867": the part is of the nearer
    for cue in lex.cues.finditer(text, gap_start, gap_start + marker.start()):
        if cue.group().lstrip().startswith("لل"):
            continue  # whom a place is for, no event: "علي مخيم زمزم للنازحين"
        if lex.cue_kinds[(cue.lastindex or 1) - 1] not in (kind, None):
            return False  # something else happened in between: the part may be of that
    return True


def _part_of_an_uncounted(text: str, mention: _Mention, mentions: list[_Mention], lex: ClauseLexicon) -> bool:
    """Whether a bare count right after a subgroup marker is a part of a number just before it that counts no
    people nor homes (no mention was made of it): "répartis dans 312 centres, dont 80 sont pleins"."""
    marker = lex.subgroup.search(text, max(0, mention.start - 30), mention.start)
    if marker is None:
        return False
    window = max(0, marker.start() - 40)
    head = text[window : marker.start()].rstrip(" ,")
    numbers = [m for m in _A_NUMBER.finditer(head) if not _YEAR.match(m.group(0))]
    after = head[numbers[-1].end() :].split() if numbers else []
    if not numbers or len(after) > 2 or _a_day(numbers[-1].group(0), after[0] if after else "", lex):
        return False  # (no number right before the marker, its noun and a word at most after it; not a date)
    at = window + numbers[-1].start()
    return not any(m.start <= at < m.end for m in mentions)


def _a_day(word: str, after: str, lex: ClauseLexicon) -> bool:
    """Whether a number and the word after it are a date's day and month ("28 juin")."""
    day_month = lex.day_month
    return len(word) <= 2 and word.isdigit() and day_month is not None and day_month.fullmatch(after) is not None


def _a_day_at(text: str, mention: _Mention, lex: ClauseLexicon) -> bool:
    """Whether a mention is a date's day, its month's name right after it ("منذ 7 تشرين الاول")."""
    after = text[mention.end :].split(maxsplit=1)
    return _a_day(text[mention.start : mention.end], after[0] if after else "", lex)


def _listed_after_a_subgroup(gap: str, lex: ClauseLexicon) -> bool:
    """Whether the words between a figure and a count are a few words completing the figure's noun, then a subgroup
    marker, then only single persons listed before the count ("القريه، بينهم امراه و")."""
    markers = list(lex.subgroup_word.finditer(gap))
    if not markers or lex.cues.search(gap) or any(ch.isdigit() for ch in gap):
        return False
    marker = markers[-1]
    if len(gap[: marker.start()].split()) > _COMPLEMENT_WORDS:
        return False
    listed = [word.removeprefix("و") for word in re.split(r"[\s,،]+", gap[marker.end() :]) if word.strip("و")]
    return all(word in lex.singulars for word in listed)


def _paired(
    text: str, mentions: list[_Mention], nouns: list[_Noun | None], links: list[_Link | None], lex: ClauseLexicon
) -> list[tuple[_Mention, _Link]]:
    """ "des centaines de blessés et de disparus": a noun of another kind joined to a vague count shares it."""
    found: list[tuple[_Mention, _Link]] = []
    if lex.vague_pair is None:
        return found
    for mention, noun, link in zip(mentions, nouns, links, strict=True):
        if link is None or noun is None or noun.kind is None or mention.qualifier is not Qualifier.VAGUE:
            continue
        joined = lex.vague_pair.match(text, noun.end)
        word = _TOKEN.match(text, joined.end()) if joined else None
        if word is None or word.lastindex != 2:
            continue
        other = _lookup_noun(word.group(2), lex)
        if other is None or other.kind is None or other.weak or other.kind is link.kind:
            continue
        start = word.start(2)
        found.append(
            (_Mention(start, word.end(), None, None, Qualifier.VAGUE), _Link(other.kind, link.group, start, word.end()))
        )
    return found


def _one_listed_before(text: str, cue_start: int, start: int, lex: ClauseLexicon) -> bool:
    """Whether one person stands between a count's cue and the count, joined to it by "and" ("مقتل ضابط وثلاثه")
    or "with" ("قتلت امراه مع اطفالها الخمسه")."""
    if cue_start >= start or lex.coordinator is None or not lex.singulars:
        return False
    words = text[cue_start:start].split()
    if len(words) == 2 and lex.coordinator.match(text, start):
        words.append(text[start])  # (the "and" written onto the number: "وثلاثه")
    if len(words) != 3 or words[1] not in lex.singulars:
        return False
    along = lex.kin_along_before is not None and lex.kin_along_before.search(text, cue_start, start) is not None
    return along or lex.coordinator.fullmatch(words[2]) is not None


def _lone_kind_nouns(text: str, taken: list[tuple[int, int]], lex: ClauseLexicon) -> list[tuple[_Mention, _Link]]:
    """ "قتيل و9 جرحى في شجار", "سقوط قتيل في الاشتباكات": a singular noun of what befell someone, standing alone
    where a count would (a headline's start, after a colon, "عن", "سقوط"), is one person."""
    found: list[tuple[_Mention, _Link]] = []
    if lex.lone_kind_noun is None:
        return found
    for m in lex.lone_kind_noun.finditer(text):
        start, end = m.span("one")
        if any(s < end and start < e for s, e in taken):
            continue
        kind = lex.kind_nouns.get(m.group("one"))
        if kind is not None:
            found.append((_Mention(start, end, 1, None, Qualifier.EXACT), _Link(kind, Group.PEOPLE, start, end)))
    return found


def _definite_ones(text: str, taken: list[tuple[int, int]], lex: ClauseLexicon) -> list[tuple[_Mention, _Link]]:
    """ "Le chauffeur a été tué sur le coup", "l'apprenti a été blessé au bras", "Le chef de village figure parmi
    les victimes", "Parmi les victimes figure un conseiller": one person named by a role, whose own passive of harm
    follows or who is named among the victims."""
    found: list[tuple[_Mention, _Link]] = []
    for m in _ones_by_role(text, lex):
        start, end = m.span("one")
        among = m.re is lex.one_among
        # (the kind is the victims' it is named among, else its own passive's)
        cue = lex.cues.search(text, m.start(), start) if among else lex.cues.match(text, m.end())
        if cue is None or any(s < m.end() and start < e for s, e in taken):
            continue
        kind = lex.cue_kinds[(cue.lastindex or 1) - 1]
        if kind not in HARM_KINDS:
            continue  # (one person on the move is a person's story)
        word = m.group("one").split()[-1]
        group = lex.definite_groups.get(word) or lex.group_nouns.get(word, Group.PEOPLE)
        link = _Link(kind, group, min(start, cue.start()), max(end, cue.end()))
        found.append((_Mention(start, end, 1, None, Qualifier.EXACT), link))
        taken = [*taken, (min(start, cue.start()), max(end, cue.end()))]
    return found


def _ones_of_many(text: str, taken: list[tuple[int, int]], lex: ClauseLexicon) -> list[tuple[_Mention, _Link]]:
    """ "اصيب احد متطوعي الدفاع المدني", "احد عناصر الدفاع المدني استشهد": one of many, named by the plural, is a
    figure of one when a cue of harm stands right before it or its own verb of harm right after it."""
    found: list[tuple[_Mention, _Link]] = []
    if lex.one_of is None:
        return found
    for m in lex.one_of.finditer(text):
        start, end = m.span("one")
        many = m.group("many")
        head = many.removeprefix("ال")
        named = lex.kind_nouns.get(many) or lex.kind_nouns.get(head)
        if (named is not None and named is not Kind.INJURED) or any(s < end and start < e for s, e in taken):
            continue  # "احد القتلى": one of a count told already
        cue = _nearest_cue(text, max(0, start - _CUE_LENGTH), start, lex.cues, lex.cue_kinds, last=True)
        hit = lex.one_of_hit is not None and cue is not None and lex.one_of_hit.fullmatch(text, cue[1], cue[2])
        if cue is not None and (text[cue[2] : start].strip() or hit):
            cue = None  # not right before it; or a strike that hit one of them ("اصابت احد الفصول": a classroom)
        if cue is None and lex.subject_gap is not None and (gap := lex.subject_gap.match(text, end)):
            after = _nearest_cue(text, gap.end(), gap.end() + _CUE_LENGTH, lex.cues, lex.cue_kinds, last=False)
            cue = after if after is not None and after[1] == gap.end() else None
        if cue is None or cue[0] not in HARM_KINDS or (cue[1] > end and _coordinated(text, cue, lex)):
            continue  # (one person on the move is a person's story; "واصيب" after it opens another clause)
        if named is Kind.INJURED and cue[0] is not Kind.KILLED:
            continue  # one of the injured counts only once dead ("توفي احد المصابين"): hurt, he was counted already
        if lex.one_of_denied is not None and lex.one_of_denied.search(text, max(0, cue[1] - 20), cue[1]):
            continue  # "دون ان يصاب احد بأذي": no one was hurt
        group = lex.group_nouns.get(many) or lex.group_nouns.get(head, Group.PEOPLE)
        link = _Link(cue[0], group, min(start, cue[1]), max(end, cue[2]))
        found.append((_Mention(start, end, 1, None, Qualifier.EXACT), link))
        taken = [*taken, (link.start, link.end)]
    return found


def _ones_by_role(text: str, lex: ClauseLexicon) -> list[re.Match[str]]:
    """Every person named by a role that `_definite_ones` may count, in order."""
    found = list(lex.definite_one.finditer(text)) if lex.definite_one is not None else []
    if lex.one_among is not None and "parmi" in text:
        found += lex.one_among.finditer(text)
    return sorted(found, key=lambda m: m.start("one"))


def _singletons(text: str, taken: list[tuple[int, int]], lex: ClauseLexicon) -> list[tuple[_Mention, _Link]]:
    """ "مقتل طفل", "قتل مسلحون مزارعا": a cue right before a singular noun, or before those who did it and then
    the noun, is a figure of one. Read from each singular noun back to its cue: the nouns are few, the cues many."""
    found: list[tuple[_Mention, _Link]] = []
    for noun in lex.singular_word.finditer(text):
        if any(s < noun.end() and noun.start() < e for s, e in taken):
            continue  # the noun of a count ("قتل 5 شخصا"), read already
        if _COUNT_BEFORE.search(text, max(0, noun.start() - 24), noun.start()):
            continue  # the noun of a count read as no figure: "اختطفوا 12 امراه" (a singular after 11 to 99)
        cue = _nearest_cue(
            text, max(0, noun.start() - _CUE_LENGTH * 2), noun.start(), lex.cues, lex.cue_kinds, last=True
        )
        if cue is not None and (
            text[cue[2] : noun.start()].strip()
            and not (lex.agents is not None and lex.agents.fullmatch(text[cue[2] : noun.start()].rstrip()))
        ):
            cue = None  # not right after the cue, nor after those who did it
        # (past its age: "لقي طفل يبلغ من العمر 11 عاما حتفه", "شاب في العشرينات من عمره مفقودا")
        age = lex.one_age.match(text, noun.end()) if lex.one_age is not None else None
        after_noun = age.end() if age is not None else noun.end()
        if cue is None and lex.one_subject_cue is not None and (own := lex.one_subject_cue.match(text, after_noun)):
            cue = (Kind.KILLED, noun.start(), own.end())  # "لقي طفل حتفه"
        if (
            cue is None
            and lex.subject_gap is not None
            and noun.group(0).removeprefix("ال") not in lex.another  # ("اخر حصيله": the latest toll)
            and (gap := lex.subject_gap.match(text, after_noun))
        ):
            # its own verb right after it: "امراه قتلت", "طفلا ما زال مفقودا" (harm only: one person on the move
            # is a person's story, as in English)
            after = _nearest_cue(text, gap.end(), gap.end() + _CUE_LENGTH, lex.cues, lex.cue_kinds, last=False)
            its_own = after is not None and after[1] == gap.end() and after[0] in HARM_KINDS
            if after is not None and its_own and not _coordinated(text, after, lex):
                cue = (after[0], noun.start(), after[2])  # (not "امراه واصابه 23": another clause begins)
        if cue is None or cue[0] is None or any(s < noun.end() and cue[1] < e for s, e in taken):
            continue
        if (
            _TOKEN.match(text, noun.end())
            and lex.number.match(text, noun.end() + 1)
            and not (lex.coordinator is not None and lex.coordinator.match(text, noun.end() + 1))
        ):
            continue  # "مقتل طفل 12" is no singleton ("مقتل ضابط وثلاثة جنود" is: the next item is listed)
        word = noun.group(0)
        if word.removeprefix("ال") in lex.another and not any(e <= noun.start() for _s, e in taken):
            continue  # "نزوح اخر": another flight, not another person
        if (
            word.startswith("ال")
            and lex.definite_before is not None
            and lex.definite_before.search(text, max(0, noun.start() - 30), noun.start())
        ):
            continue  # a definite adjective of the noun before: "الدفاع المدني" (civil defence), "المؤتمر الصحفي"
        group = lex.singulars.get(word) or lex.singulars[word.removeprefix("ال")]
        mention = _Mention(noun.start(), noun.end(), 1, None, Qualifier.EXACT)
        found.append((mention, _Link(cue[0], group, cue[1], max(noun.end(), cue[2]))))
        # (over its cue too: "امراه مسنه لقيت حتفها" is one woman, not one more for the adjective)
        taken = [*taken, (min(mention.start, cue[1]), max(mention.end, cue[2]))]
    return found


def _joined(
    text: str, mentions: list[_Mention], nouns: list[_Noun | None], links: list[_Link | None], lex: ClauseLexicon
) -> list[tuple[_Mention, _Link]]:
    """ "مقتل 4 اطفال وامراه", "وفاه امراه وطفلها": one person listed after a figure, with no word of what happened
    to it, shares the figure's kind; each one found may be followed by another."""
    found: list[tuple[_Mention, _Link]] = []
    if lex.joined_one is None:
        return found
    # each figure from its number to the end of its noun ("3 اطفال ورجل حتفهم": the verb after the list is theirs)
    counted = [
        (m.start, max(m.end, n.end if n else m.end)) for m, n, k in zip(mentions, nouns, links, strict=True) if k
    ]
    queue = [(end, link) for (_start, end), link in zip(counted, (k for k in links if k is not None), strict=True)]
    while queue:
        end, link = queue.pop()
        m = lex.joined_one.match(text, end)
        if m is not None and lex.cues.search(text, end, m.start("one")) and link.end > end:
            m = lex.joined_one.match(text, link.end)  # past its own verb: "7 اشخاص ماتوا في مكانهم, بينهم صبي"
            end = link.end
        if m is None or link.kind in _HOUSE_KINDS or lex.cues.search(text, end, m.start("one")):
            continue
        start, stop = m.start("one"), m.end("one")
        last = text[:end].rsplit(maxsplit=1)[-1:]
        if (
            text[end : m.start("one")].strip() == "و"
            and last
            and lex.singular_word.fullmatch(last[0])
            and not last[0].endswith("ا")  # (a count's noun in the accusative lists more: "15 مدنيا وطفل")
            and any(c.isdigit() for c in text[link.start : end])  # (not one person's: "امراه وطفلها")
        ):
            continue  # a second noun of a count in the genitive: "3 الاف مهاجر ولاجي" are migrants and refugees
        own = lex.cues.match(text, stop + 1)
        if any(s < stop and start < e for s, e in counted) or (
            own is not None
            and lex.cue_kinds[(own.lastindex or 1) - 1] is not link.kind  # "3 اطفال ورجل حتفهم": the verb of all
            and not _coordinated(text, (None, own.start(), own.end()), lex)
        ):
            continue  # counted already, or its own verb follows ("وطفل اصيب"): not an item of this list
        if (
            (after := _TOKEN.match(text, stop)) is not None
            and lex.number.match(text, token := after.start(after.lastindex or 1))
            and not (lex.coordinator is not None and lex.coordinator.match(text, token))
        ):
            continue  # "وطفل 12": a name or a number of its own (not "امراه وطفلان": the list's next item)
        group = lex.singulars.get(m.group("one")) or _kin_group(m.group("one"), lex)
        mention = _Mention(start, stop, 1, None, Qualifier.EXACT)
        joined = _Link(link.kind, group, start, stop)
        found.append((mention, joined))
        counted.append((start, stop))
        queue.append((stop, joined))
    return found


def _listed(gap: str, lex: ClauseLexicon) -> bool:
    """Whether the words between two numbers only list places or join items ("à Ségué et", ", ")."""
    return len(gap) <= _CHAIN_REACH and not re.search(r"[.;:]", gap) and lex.chain.match(gap) is not None
