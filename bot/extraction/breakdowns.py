"""Figures in breakdown lists: lines that spread a figure over places, under the line that states or names it.

    Newly registered IDPs in the two regions:          DEAD: 26
      Centre-Nord: 21,340                                Region II (Cagayan Valley) - 9
      Sahel: 8,915                                       Region I - 5

    By district of arrival:                            By commune of origin
      Chiure: 29,800 individuals / 6,120 households      Kenscoff ......... 8,610 ind.

An item line is a place's name, a separator (colon, dash, dotted leader or an opening bracket) and a count, maybe in
two units ("4,860 HHs (22,910 ind.)"). Two item lines at least make a list. Its kind is the kind of the figure its
introducing line states, or the kind that line names ("IDPs", "Deaths"), or, when that line only says how the list
is broken down ("By district of arrival"), the kind of the last figure before it. A line the sentence reader found a
figure in is its own; a list without an introduction that gives a kind is no figure (a list of road closures, say).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.extraction.context import is_cumulative
from bot.extraction.lexicon import Lexicon, lower_keeping_length
from bot.extraction.links import HOUSE_KINDS, PLACE_WORD
from bot.extraction.numbers import find_numbers
from bot.extraction.sentences import line_above
from bot.values import Group, Kind, Qualifier

# A place's name: capitalised words with the small words of place names, and a bracketed gloss ("Chiure (sede)").
_LABEL = (
    # (parts joined by a slash or a spaced dash: "Hiraan / Beledweyne", "Goma – Lac Vert sites")
    PLACE_WORD
    + r"(?:(?:[ \t]*[/–][ \t]*|[ /-])(?:"
    + PLACE_WORD
    + r"|de|du|des|da|do|dos|das|del|di|sa|la|le|el|al|of|and|the|(?:city|town|district|province"
    r"|region|state|county|zone|sede|camp|site|municipality|commune|woreda|territory|axis|sector|governorate|oblast)s?"
    r"|rural|urban"
    r"|health zones?|cities|counties|communities|locality|localities|territories"
    r"|areas?|surroundings|environs|outskirts|suburbs"  # ("Flin Flon and area: 5,100")
    r"|(?:route|coast|border|corridor)s?|to))"  # (a sea route: "Atlantic route to the Canary Islands")
    r"{0,6}(?:[ \t]*\([^()\d\n]{1,60}\))?"
    # a site and its town: "East Avenue Church, Chico"
    r"(?:,[ \t]*" + PLACE_WORD + r"(?:[ -]" + PLACE_WORD + r"){0,2})?"
)
# (in a line of items parted by pipes, a space may part the name from its count: "SINDH 401 | PUNJAB 188")
_ITEM = re.compile(
    # (a numbered item too: "1. Agam: 27 people"; a place of origin too: "- From Turkey: 81,300")
    r"[ \t|]*(?:[-–—•*▪●◦·][ \t]*|\d{1,2}[.)][ \t]+)?(?:(?:[Ff]rom|[Tt]o|[Ii]n)[ \t]+)?(" + _LABEL + r")"
    r"(?:[ \t]*(?:[:–—-]|\.{2,}|…+|(?=\())[ \t]*\(?|[ \t]+\.[ \t]+(?=\d)"
    r"|[ \t]+(?=\d[\d,]*(?:[ \t]*/[ \t]*\d[\d,]*)?[ \t]*$)"  # (two counts, no leader: "Punjab 264 / 338")
    r"|[ \t]*\|[ \t]*(?=\d[\d,]*[ \t]*\|?[ \t]*$))"  # (a row of two cells: "Hodeidah | 2,906")
)
_PIPE = re.compile(r"[ \t]*\|[ \t]*")
# A row of two cells, a name and its count: "Hodeidah | 2,906" (one item, not two lines).
_TWO_CELL_ROW = re.compile(r"[ \t]*\|?[ \t]*[^|\d\n][^|\n]*?[ \t]*\|[ \t]*\d[\d,]*[ \t]*\|?[ \t]*")
_ITEM_GAP = re.compile(r"[ \t]*;[ \t]*|,[ \t]+(?=[A-ZÀ-Þ])")
# The unit written after a count.
_UNIT = re.compile(r"[ \t]*(ind\b\.?|individuals|persons|people|hhs?\b|households|families|occupants)", re.IGNORECASE)
_HOUSES_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:houses?|homes?|dwellings?|buildings?|shelters?|huts?)\b", re.I)
# Places counted in an item, before the people in them: "9 villages, 310 people".
_PLACES_COUNTED = re.compile(
    r"[ \t]+(?:villages|communities|municipalities|localities|settlements|hamlets|sites|camps|districts|communes"
    r"|barangays|neighbourhoods|neighborhoods|streets|parishes)\b([ \t]*,[ \t]*)?",
    re.IGNORECASE,
)
_UNIT_GROUPS = {"hh": Group.HOUSEHOLDS, "hhs": Group.HOUSEHOLDS, "households": Group.HOUSEHOLDS}
# The same count again in another unit: "(22,910 ind.)", "/ 6,120 households".
_SECOND_UNIT = re.compile(r"[ \t]*(?:\(|/|,)[ \t]*")  # ("1,021 families (5,340 ...)", "... / ...", "..., ...")
# An introducing line that only says how the list is broken down.
_BROKEN_DOWN = re.compile(
    r"\b(?:district|province|region|county|state|zone)-wise\b"
    r"|\bby\s+(?:[\w-]+\s+)?(?:district|region|zone|province|commune|department|state|county|locality|site|camp|area"
    r"|governorate|woreda|municipality|country|sector|division|oblast|city|town|island|village|township)s?\b"
    r"|\bby\s+(?:[\w-]+\s+)?communit(?:y|ies)\b"
)
_COLUMN_HEADINGS = re.compile(r"[a-z][a-z ()/-]*?(?: {2,}|\t+)[a-z][a-z ()/-]*")
_WORD = re.compile(r"[^\W\d_]+")  # (whole words of any script: "Inékar" holds no "in")
_GLOSS = re.compile(r"\([^()]*\)")
_SHELTER_WORDS = {
    "sheltered": Kind.SHELTERED, "camps": Kind.SHELTERED, "shelters": Kind.SHELTERED, "ecs": Kind.SHELTERED,
    "occupants": Kind.SHELTERED, "occupancy": Kind.SHELTERED, "centres": Kind.SHELTERED, "centers": Kind.SHELTERED,
    "housed": Kind.SHELTERED,
}  # fmt: skip
# Headings' nouns the counted-noun lists leave out: "DISPLACEMENT BY WOREDA OF ORIGIN", "Evacuation by district".
_HEADING_NOUNS = {
    "displacement": Kind.DISPLACED, "evacuation": Kind.EVACUATED, "evacuations": Kind.EVACUATED,
    "life": Kind.KILLED,  # "Loss of life by province (provisional):"
    "idp": Kind.DISPLACED, "refugee": Kind.DISPLACED, "refugees": Kind.DISPLACED, "crossings": Kind.DISPLACED,
    "outflows": Kind.DISPLACED, "outflow": Kind.DISPLACED, "inflows": Kind.DISPLACED,
    # where people went: "BREAKDOWN BY DESTINATION", "By place of arrival"
    "destination": Kind.DISPLACED, "destinations": Kind.DISPLACED, "arrival": Kind.DISPLACED,
    "return": Kind.RETURNED,  # "PROVINCES OF RETURN (since 1 January)"
}  # fmt: skip
_PARTS = re.compile(r"[ \t]*\(([^()]{3,120})\)")
_PART = re.compile(
    r"(?:^|(?<=[;,(])|(?<=[;,] ))[ \t]*(?!(?i:in|of|at|to|on|and|or|with|from|by|for|the|some|about|over)\b)"
    r"(" + _LABEL + r")[ \t]+(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*\d)(?=[ \t]*(?:[;,]|$))"
)
_COLUMNS = re.compile(r"\(([^()/]{3,40})/([^()/]{3,40})\)")
_PLACE_WORDS = frozenset({
    "region", "regions", "district", "districts", "province", "provinces", "state", "states", "city", "cities", "town",
    "towns", "county", "counties", "area", "areas", "country", "countries", "village", "villages", "camp", "camps",
    "capital", "governorate", "other", "others", "north", "south", "east", "west", "central", "upper", "lower", "new",
    # (what is left, and what lies around: "Other communities", "Rest of Spain", "Flin Flon and area")
    "community", "communities", "rest", "surroundings", "environs", "outskirts", "suburbs", "territory", "territories",
    "the", "of", "and", "a", "de", "do", "dos", "da", "das", "del", "di", "du", "des", "la", "las", "le", "les", "los",
    "el", "al", "y", "sede", "zone", "commune", "municipality", "rural", "urban", "site", "sites", "locality",
    # a sea route's: "Atlantic route to the Canary Islands", "Eastern Route", "Gulf of Aden and Red Sea"
    "route", "routes", "coast", "border", "corridor", "to", "sea", "gulf", "bay", "islands", "island",
    # a list's total is one more statement of its figure: "Total ......... 43,059"
    "total", "grand",
})  # fmt: skip
_INDENT = re.compile(r"[ \t]*(?:[-–—•*▪●◦·][ \t]*)?")
_MIN_ITEMS = 2


class _Count(NamedTuple):
    start: int
    end: int
    value: int
    qualifier: Qualifier
    group: Group | None  # the unit written after it
    column: bool  # a second count that is no second unit of the first: a second column


class BreakdownFigure(NamedTuple):
    """A count in a breakdown list; offsets are those of the text read."""

    kind: Kind
    group: Group
    value: int
    qualifier: Qualifier
    start: int
    end: int
    line_start: int
    line_end: int
    cumulative: bool


class StatedKind(NamedTuple):
    """A figure the sentence reader found: its kind, group, cumulative flag and where it stands in the text read."""

    kind: Kind
    group: Group
    cumulative: bool
    start: int
    end: int


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraph's lines; a line of items parted by pipes ("SINDH 401 | PUNJAB 188") counts as one line each."""
    lines: list[tuple[int, int]] = []
    while start <= end:
        stop = text.find("\n", start, end)
        stop = end if stop < 0 else stop
        if text.find("|", start, stop) >= 0 and not _TWO_CELL_ROW.fullmatch(text, start, stop):
            cut = start
            for pipe in _PIPE.finditer(text, start, stop):
                lines.append((cut, pipe.start()))
                cut = pipe.end()
            lines.append((cut, stop))
        elif text[start:stop].strip():  # (a blank line may part a list from the line that introduces it)
            lines.append((start, stop))
        start = stop + 1
    return lines


def _indent(text: str, line: tuple[int, int]) -> int:
    """How far a line's words start in: spaces, tabs and a bullet."""
    m = _INDENT.match(text, *line)
    return m.end() - line[0] if m else 0


_DESTROYED_STEMS = ("destroy", "burn", "raz", "flatten", "collaps", "torch", "gutt", "demolish")


def _named_kind(line: str, lex: Lexicon) -> Kind | None:
    """The kind an introducing line names by a word ("Newly registered IDPs in the two regions:"); where people
    stay names it over who they are ("Sheltered IDPs by governorate", "District-wise (persons in camps)")."""
    kind: Kind | None = None
    words = _WORD.findall(line)
    for word in words:
        kind = (
            _SHELTER_WORDS.get(word)
            or _HEADING_NOUNS.get(word)
            or lex.heading_kinds.get(word)
            or lex.kind_nouns.get(word)
            or kind
        )
    if words and words[0] in ("returns", "returnees", "returned"):
        return Kind.RETURNED  # "Returns recorded ... at border crossings include:": the head, not a noun after it
    if kind is Kind.DISPLACED and any(word in ("returnees", "returns") for word in words):
        return Kind.RETURNED  # "the returnees entered the country through the following crossings:"
    if (
        kind is None
        and any(word in lex.house_nouns for word in words)
        and any(word.startswith(_DESTROYED_STEMS) for word in words)
        and not any(word.startswith("damag") for word in words)
    ):
        # "Houses burned, by village:" ("Houses damaged:" is left alone: its items are often degrees, "Fully: 1,624")
        return Kind.HOUSES_DESTROYED
    if kind is not None and any(word in _SHELTER_WORDS for word in _WORD.findall(line)):
        return Kind.SHELTERED
    return kind


def _verb_kind(line: str, lex: Lexicon) -> Kind | None:
    """The kind a verb of an introducing line says, when it names no kind by a noun ("have crossed into
    neighbouring countries:", "were evacuated to:")."""
    pattern, kinds = lex.right_triggers
    for m in _WORD_START.finditer(line):
        if found := pattern.match(line, m.start()):
            return kinds[(found.lastindex or 1) - 1]
    return None


# An introduction to a list of the people themselves, by name.
_NAMES_INTRO = re.compile(
    r"^\W*the\s+(?:deceased|dead|victims|injured|wounded|missing)\s*:\s*$|\b(?:identified as|named as|names of)\b"
)
# A person named by an initial or a title, as lists of victims name them.
_PERSON_NAME = re.compile(r"\b(?:[A-Z][a-z]?\.\s*[A-Z]|(?:Mr|Mrs|Ms|Dr|Sgt|Cpl|Capt)\.?\s+[A-Z])")
_OLDEST = 110  # (an age in brackets is at most this)
_WORD_START = re.compile(r"(?<![\w'’-])[a-z]")


def _names_a_place(label: str, lex: Lexicon) -> bool:
    """Whether an item's label may name a place: none of its words is one of the language's own words of reports
    ("RELIEF CAMPS ESTABLISHED", "PATIENTS TREATED", "LIVESTOCK PERISHED"), bar words of places ("Region IV",
    "Other districts")."""
    named = _GLOSS.sub(" ", label)  # (a gloss in brackets may be a phrase: "Central Mediterranean (Libya to Italy)")
    return not any(
        word in lex.known_words and word not in _PLACE_WORDS for word in _WORD.findall(lower_keeping_length(named))
    )


def _item_counts(text: str, start: int, end: int, lex: Lexicon) -> list[_Count]:
    """The counts of an item line, the first one and the next when it follows a slash or a bracket (the same count
    in a second unit, or a second column); empty when the line is no item."""
    pipe = text.find("|", start, end)
    if pipe >= 0 and _TWO_CELL_ROW.fullmatch(text, start, end):
        # a row of two cells: its name is the whole first cell, which may hold numbers and commas of its own
        # ("Camp 9, Balukhali | 3")
        name = text[start:pipe].strip(" \t|")
        if not name or not name[0].isupper() or not _names_a_place(name, lex):
            return []
        base = pipe + 1
    else:
        m = _ITEM.match(text, start, end)
        if m is None or m.end() >= end or not _names_a_place(m.group(1), lex):
            return []
        base = m.end()
    mentions = find_numbers(text[base:end], lex)
    if mentions and (places := _PLACES_COUNTED.match(text, base + mentions[0].end, end)):
        # "Arganil: 9 villages, 310 people": the villages are where the people counted next are
        if not places.group(1):
            return []
        base = places.end()
        mentions = find_numbers(text[base:end], lex)
        if not mentions or not _UNIT.match(text, base + mentions[0].end, end):
            return []
    if not mentions or mentions[0].value is None or mentions[0].qualifier is Qualifier.VAGUE:
        return []
    if (
        text[base + mentions[0].start - 1 : base + mentions[0].start] == "("
        and mentions[0].value <= _OLDEST
        and _PERSON_NAME.search(text, start, base)
    ):
        return []  # a person's age after the name: "2. L. Manglem Singh (45)", "Dr. Amina Okafor (38)"
    lead = text[base : base + mentions[0].start].strip().lower()
    if lead and not any(f" {lead} " == hedge for hedge, _q in lex.hedges):
        return []  # words before the count: a sentence, not an item
    counts: list[_Count] = []
    pos_end = base
    for i, mention in enumerate(mentions[:2]):
        if mention.value is None or (i == 1 and not _SECOND_UNIT.fullmatch(text, pos_end, base + mention.start)):
            break
        # two bare counts are two columns ("19 / 6,240"), which only a heading naming them can tell apart
        column = i == 1 and (counts[0].group is None or not _UNIT.match(text, base + mention.end, end))
        pos = base + mention.end
        unit = _UNIT.match(text, pos, end)
        group = None
        if unit is not None:
            word = unit.group(1).lower().rstrip(".")
            group = _UNIT_GROUPS.get(word, Group.FAMILIES if word == "families" else Group.PEOPLE)
            pos = unit.end()
        pos_end = pos
        start_at = base + mention.start
        counts.append(_Count(start_at, base + mention.end, int(mention.value), mention.qualifier, group, column))
    return counts + _parts_in_brackets(text, pos_end, end, lex) if counts else counts


def _parts_in_brackets(text: str, start: int, end: int, lex: Lexicon) -> list[_Count]:
    """The parts of an item's count in brackets after it, each after a place's name: "Region XI: 490 (Compostela
    Valley 316; Davao Oriental 174)"."""
    bracket = _PARTS.match(text, start, end)
    if bracket is None:
        return []
    parts: list[_Count] = []
    for part in _PART.finditer(text, bracket.start(1), bracket.end(1)):
        value = find_numbers(part.group(2), lex)
        if len(value) == 1 and value[0].value is not None:
            parts.append(_Count(part.start(2), part.end(2), int(value[0].value), Qualifier.EXACT, None, False))
    return parts


def read_breakdowns(
    text: str, paragraph: tuple[int, int], stated: list[StatedKind], recent: Kind | None, lex: Lexicon
) -> list[BreakdownFigure]:
    """The figures of a paragraph's breakdown lists. ``stated`` holds the figures the sentence reader found in the
    paragraph (in order), ``recent`` the kind of the last figure before the paragraph."""
    lines: list[tuple[int, int]] = []
    items: list[list[_Count]] = []
    indents: list[int] = []  # of the line each item stands on: items parted on one line share it
    if (heading := line_above(text, paragraph[0])) is not None and text.endswith(":", 0, heading[1]):
        # a list under its introduction a blank line above it: "Province-wise toll (deaths / injured):" / "" / "Sindh"
        lines.append(heading)
        items.append([])
        indents.append(-1)
    for start, end in _lines(text, *paragraph):
        line_start = text.rfind("\n", 0, start) + 1
        parts = _parted(text, start, end, lex)
        lines += [(a, b) for a, b, _ in parts] if parts else [(start, end)]
        items += [counts for _, _, counts in parts] if parts else [_item_counts(text, start, end, lex)]
        indents += [_indent(text, (line_start, end))] * (len(parts) or 1)
    figures: list[BreakdownFigure] = []
    i = 0
    while i < len(lines):
        if not items[i]:
            i += 1
            continue
        run_end = i + 1  # (a run keeps one indentation: "DEAD: 26" above its indented regions introduces them)
        while run_end < len(lines) and items[run_end] and indents[run_end] == indents[i]:
            run_end += 1
        if run_end - i >= _MIN_ITEMS and i > 0:
            figures += _read_run(text, lines, items, i, run_end, stated, recent, lex)
        i = run_end
    return figures


def _parted(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, list[_Count]]]:
    """A line of items parted by semicolons or commas ("Barpeta - 86,771; Nalbari - 32,120"), item by item; empty
    when the line is not such a list."""
    if text.find(";", start, end) < 0 and text.find(", ", start, end) < 0:
        return []
    if _TWO_CELL_ROW.fullmatch(text, start, end):
        return []  # one row whose name holds a comma: "Camp 9, Balukhali | 3"
    parts: list[tuple[int, int, list[_Count]]] = []
    cut = start
    for gap in [*_ITEM_GAP.finditer(text, start, end), None]:
        stop = gap.start() if gap is not None else end
        counts = _item_counts(text, cut, stop, lex)
        if not counts:
            return []
        parts.append((cut, stop, counts))
        if gap is not None:
            cut = gap.end()
    return parts if len(parts) >= _MIN_ITEMS else []


def _read_run(
    text: str,
    lines: list[tuple[int, int]],
    items: list[list[_Count]],
    first: int,
    end: int,
    stated: list[StatedKind],
    recent: Kind | None,
    lex: Lexicon,
) -> list[BreakdownFigure]:
    intro_start, intro_end = lines[first - 1]
    intro = lower_keeping_length(text[intro_start:intro_end])
    in_intro = [s for s in stated if intro_start <= s.start < intro_end]
    before = [s for s in stated if s.start < intro_start]
    kind: Kind | None
    group: Group = Group.PEOPLE
    cumulative = is_cumulative(intro, lex)
    if in_intro:
        same_line = "\n" not in text[intro_end : lines[first][0]]  # (items parted by pipes after their heading)
        if (
            not same_line
            and not intro.rstrip().endswith(":")
            and _indent(text, lines[first]) <= _indent(text, lines[first - 1])
        ):
            return []  # rows beside a row, not under it ("C. Houses damaged: 9,714" then "D. Livestock: 6,180")
        kind, group, cumulative = in_intro[-1].kind, in_intro[-1].group, in_intro[-1].cumulative
        # a heading of its own after the line's last figure: "2,059 people were injured. Deaths by province:"
        stop = intro.find(". ", in_intro[-1].end - intro_start)
        if stop >= 0 and intro.rstrip().endswith(":") and (named := _named_kind(intro[stop + 2 :], lex)) is not None:
            kind, group, cumulative = named, Group.PEOPLE, is_cumulative(intro[stop + 2 :], lex)
    elif intro.rstrip().endswith("."):
        return []  # a sentence that states no figure introduces nothing
    elif _NAMES_INTRO.search(intro):
        return []  # a list of names: "The deceased:" then "1. Mohammed Salim Ansari (42)", ages in brackets
    elif (kind := _named_kind(intro, lex)) is None and _BROKEN_DOWN.search(intro):
        kind = before[-1].kind if before else recent
        if before:
            group, cumulative = before[-1].group, before[-1].cumulative
    elif kind is None and intro.rstrip().endswith(":"):
        kind = _verb_kind(intro, lex)  # "The rest have crossed into neighbouring countries:"
    columns = _column_kinds(intro, lex)
    if kind is None and columns is None and first >= 2 and _COLUMN_HEADINGS.fullmatch(intro.strip()):
        # a line of column headings under the title: "Individuals displaced, 22 Dec - 27 Feb" / "District  Individuals"
        title_start, title_end = lines[first - 2]
        kind = _named_kind(lower_keeping_length(text[title_start:title_end]), lex)
    if kind is None and columns is None:
        return []
    figures: list[BreakdownFigure] = []
    for (line_start, line_end), counts in zip(lines[first:end], items[first:end], strict=True):
        if any(line_start <= s.start < line_end for s in stated):
            continue  # the sentence reader found this line's figure itself
        for i, count in enumerate(counts):
            count_kind = columns[i] if columns is not None else kind
            if count_kind is None or (count.column and columns is None):
                continue
            if count_kind not in HOUSE_KINDS and _HOUSES_AFTER.match(text, count.end):
                continue  # houses are no people: "- Cibitoke: 2,100 houses damaged or destroyed" under a toll's kind
            figure_group = Group.HOUSEHOLDS if count_kind in HOUSE_KINDS else count.group or group
            figures.append(
                BreakdownFigure(
                    count_kind,
                    figure_group,
                    count.value,
                    count.qualifier,
                    count.start,
                    count.end,
                    line_start,
                    line_end,
                    cumulative,
                )
            )
    return figures


def _column_kinds(intro: str, lex: Lexicon) -> tuple[Kind, Kind] | None:
    """The kinds of two columns a heading names in brackets: "By region (deceased / homeless)"."""
    m = _COLUMNS.search(intro)
    if m is None:
        return None
    first, second = _named_kind(m.group(1), lex), _named_kind(m.group(2), lex)
    return (first, second) if first is not None and second is not None else None
