"""Figures in tables written with pipes, as ReliefWeb's markdown bodies and many sitreps carry them,

    District | Deaths | Injured | Displaced HH
    Karonga  | 4      | 12      | 1,230

or laid out in columns of spaces, as text taken from a PDF carries them:

    District      Deaths   Injured   Displaced HH
    Karonga          4        12          1,230

The header names each column's kind (and its unit); each number below it is a figure of that kind, placed by the
row's first cell, which the place finder reads as the nearest place named before the number. Lines read here are
blanked for the sentence reader, so a table's numbers are never read twice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.extraction.lexicon import Lexicon
from bot.extraction.links import HARM_KINDS, HOUSE_KINDS, PARTICIPLE_KINDS, PLACE_WORD
from bot.extraction.numbers import find_numbers
from bot.values import Group, Kind, Qualifier

_MIN_PIPES = 1  # (a two-column table has one pipe a line; two lines at least make a table)
# Columns laid out with spaces: cells are parted by two spaces or more (or a tab), and a line needs three cells to be
# a table line, so that a prose line with a doubled space is not one; a row of such a table must hold nothing but
# numbers after its first cell.
_SPACED_GAP = re.compile(r"\t|  +")
_MIN_SPACED_CELLS = 3
_SEPARATOR_ROW = re.compile(r"^[\s|:+-]*$")
_HEDGED_CELL_LENGTH = 24
_DAY_MONTH_BOUND = 32
_WHEN_WORDS = frozenset({"cum", "now", "current", "cumulative"})
_CELL_PAIR = re.compile(r"([\d,]+)\s*/\s*([\d,]+)")
_CELL_WITH_UNIT = re.compile(r"(.*\d)\s+(families|households|persons|people|individuals|hhs?|ind)\.?", re.IGNORECASE)
# A row naming a part of the row above by its group alone: "of whom children", "including women".
_PART_ROW = re.compile(r"(?:of whom|of which|of them|including|incl\.?|among them)\s+([a-z]+)$")
_CELL_NUMBER = re.compile(r"^(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)$")
_WORD = re.compile(r"[a-z]+")
_HOUSES = frozenset({"houses", "homes", "dwellings", "shelters", "buildings", "housing"})
# (and "safe locations", as Sri Lanka's bulletins name their shelters: "Persons in safe locations")
_SHELTERS = frozenset({"camps", "camp", "shelters", "centres", "centers", "sites", "ecs", "locations"})

# A title line's words spanning columns, above a header: "            INSIDE ECs           OUTSIDE ECs".
_SPANNING_LINE = re.compile(r"\s{4,}\S[^\d\n]*$")
_INSIDE_SITES = re.compile(r"\b(?:inside|in)\s+(?:the\s+)?(?:evacuation\s+)?(?:centers|centres|camps|shelters|ecs)\b")
_OUTSIDE_SITES = re.compile(r"\boutside\s+(?:the\s+)?(?:evacuation\s+)?(?:centers|centres|camps|shelters|ecs)\b")
_RECEIVING_PLACES = re.compile(
    r"\breceiving (?:districts|areas|locations|communities|sites|regions|provinces|states|counties|localities)\b"
)
_SITES_OPEN = frozenset({"operation", "operational", "open", "opened", "functional", "active", "established", "use"})
_DISPLACED_FAMILY = frozenset({Kind.DISPLACED, Kind.EVACUATED, Kind.SHELTERED})
_SITE_PREPOSITIONS = frozenset({"inside", "outside", "in", "at"})  # ("INSIDE ECs": the people there)
_PEOPLE_WORDS = frozenset({"idps", "evacuees", "refugees", "children", "women", "residents", "inmates"})
_SPAN_REACH = 6  # characters past the end of a spanning header cell that a cell below it may start
# A cell saying none: "-", "nil".
_NIL = frozenset({"-", "–", "—", "nil", "n/a", "na", "..", "…"})
# Title words naming what a table of units counts.
_TITLE_WORDS = {
    "arrival": Kind.DISPLACED, "arrivals": Kind.DISPLACED, "displacement": Kind.DISPLACED,
    "displacements": Kind.DISPLACED, "camps": Kind.SHELTERED, "camp": Kind.SHELTERED, "shelters": Kind.SHELTERED,
    "returns": Kind.RETURNED, "centres": Kind.SHELTERED, "centers": Kind.SHELTERED, "accommodation": Kind.SHELTERED,
    "wounds": Kind.INJURED, "trauma": Kind.INJURED,  # "Admissions for gunshot wounds" over "Month | Patients"
    "toll": Kind.KILLED, "life": Kind.KILLED,  # "The toll is distributed as follows:", "Loss of life by province"
}  # fmt: skip
# Headers naming only the unit counted, or the whole or a cause of what the table counts ("Total", "Drought").
_BREAKDOWN_HEADERS = frozenset({
    "total", "drought", "conflict", "insecurity", "flood", "floods", "evictions", "other",
    # periods, under a title naming what is counted: "Arrivals by province" / "Province | March | February"
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "week",
    "month", "quarter", "q", "h",
})  # fmt: skip
_UNIT_WORDS = {
    "families": Group.FAMILIES, "family": Group.FAMILIES, "households": Group.HOUSEHOLDS, "hh": Group.HOUSEHOLDS,
    "hhs": Group.HOUSEHOLDS, "persons": Group.PEOPLE, "people": Group.PEOPLE, "individuals": Group.PEOPLE,
    "ind": Group.PEOPLE, "pax": Group.PEOPLE, "patients": Group.PEOPLE, "inmates": Group.PEOPLE,
}  # fmt: skip
# Columns that count no figure under the labelling conventions.
_NO_FIGURE = frozenset({"affected", "population", "need", "targeted", "reached", "assisted", "beneficiaries"})


class TableFigure(NamedTuple):
    """A number in a table cell and what its column says it counts; offsets are those of the text read."""

    kind: Kind
    group: Group
    value: int
    start: int
    end: int
    qualifier: Qualifier = Qualifier.EXACT
    value_max: int | None = None


class _Count(NamedTuple):
    """A cell's number: "65,000", hedged as sitreps' key figures are ("over 7,000", "up to 1.9 million"), or with
    its unit ("1,128 families")."""

    value: int
    qualifier: Qualifier = Qualifier.EXACT
    value_max: int | None = None
    group: Group | None = None
    # a second count in the same cell, after a slash ("2,310 / 2,187": cumulative and now), and where it starts
    second: int | None = None
    second_at: int = 0


class _Column(NamedTuple):
    kind: Kind
    group: Group


def _cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """A table line's cells: (text, start, end), stripped, with offsets in the text read. Cells parted by pipes
    or by tabs keep their empty cells, so that they line up by position."""
    separator = "|" if "|" in line else "\t" if _is_tabbed(line) else ""
    if not separator:
        return _spaced_cells(line, offset)
    cells: list[tuple[str, int, int]] = []
    start = 0
    for part in [*line.split(separator)]:
        end = start + len(part)
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            cells.append((stripped, offset + start + lead, offset + start + lead + len(stripped)))
        else:
            cells.append(("", offset + start, offset + start))
        start = end + 1
    if cells and not cells[0][0] and separator == "|":
        cells.pop(0)  # a row opening on a pipe (a tab opening a line leaves its first cell empty)
    while cells and not cells[-1][0]:
        cells.pop()
    return cells if len(cells) >= 2 else []


def _is_tabbed(line: str) -> bool:
    """Whether a line's cells are parted by tabs (two at least)."""
    return line.count("\t") >= 2


def _spaced_cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """The cells of a line laid out in columns of spaces (an empty list when it has fewer than three)."""
    cells: list[tuple[str, int, int]] = []
    start = len(line) - len(line.lstrip())
    for gap in _SPACED_GAP.finditer(line, start):
        if gap.start() > start:
            cells.append((line[start : gap.start()], offset + start, offset + gap.start()))
        start = gap.end()
    if start < len(line.rstrip()):
        cells.append((line[start : len(line.rstrip())], offset + start, offset + len(line.rstrip())))
    return cells if len(cells) >= _MIN_SPACED_CELLS else []


def _is_header_words(line: str) -> bool:
    """Whether a line holds words in columns and no count, as under a header's first line ("   (arrivals since 24
    Feb)   date", "      population      displaced")."""
    cells = _spaced_cells_any(line)
    indented = line[:2] == "  " or line[:1] == "\t"
    return (
        bool(cells)
        and (indented or len(cells) >= 2)
        and any(c.isalpha() for c in line)
        and not any(_CELL_NUMBER.match(text) for text, _, _ in cells)
    )


def _spaced_cells_any(line: str) -> list[tuple[str, int, int]]:
    """A line's cells parted by two spaces or more, however few (offsets from the line's start)."""
    cells: list[tuple[str, int, int]] = []
    start = len(line) - len(line.lstrip())
    for gap in _SPACED_GAP.finditer(line, start):
        if gap.start() > start:
            cells.append((line[start : gap.start()], start, gap.start()))
        start = gap.end()
    if start < len(line.rstrip()):
        cells.append((line[start : len(line.rstrip())], start, len(line.rstrip())))
    return cells


def _column(header: str, lex: Lexicon, unit_kind: Kind | None = None, *, house_title: bool = False) -> _Column | None:
    """What a header cell counts: "Deaths", "Injured", "Displaced HH", "Houses destroyed"; a header naming only a
    unit ("Families", "Persons") counts ``unit_kind``, the kind of the figure the table breaks down; under a title
    naming houses, "Fully destroyed" counts houses."""
    words = _WORD.findall(header.lower())
    if "whose" in words:
        words = words[: words.index("whose")]  # ("Damnificados (people whose homes were destroyed)": who, not homes)
    if (
        house_title
        and any(w.startswith(("destroy", "damag", "collaps")) for w in words)
        and not any(w in lex.non_count_nouns for w in words)  # ("Roads damaged" under a title of houses)
    ):
        words.append("houses")
    if not words or any(w in _NO_FIGURE for w in words):
        return None
    units = [w for w in words if w not in _WHEN_WORDS]  # ("Families (CUM / NOW)")
    if unit_kind is not None and units and all(w in _UNIT_WORDS for w in units):
        return _Column(unit_kind, _UNIT_WORDS[units[-1]])
    if unit_kind is not None and all(w in _BREAKDOWN_HEADERS for w in words):
        return _Column(unit_kind, Group.PEOPLE)
    if (
        unit_kind is not None
        and words[0] in ("new", "newly")
        and not any(w in _SHELTERS or lex.prenominal_kinds.get(w) or lex.heading_kinds.get(w) for w in words)
    ):
        return _Column(unit_kind, Group.PEOPLE)  # "New in May": the new part of what the table counts
    if any(w in _HOUSES for w in words) and not (
        "shelters" in words and any(w in _UNIT_WORDS or w in _PEOPLE_WORDS or w in _SITE_PREPOSITIONS for w in words)
    ):  # ("Families in shelters", "In shelters": people in sites, not their homes)
        destroyed = any(w.startswith(("destroy", "collaps")) for w in words)
        full = any(w in ("totally", "fully", "completely") for w in words)
        damaged = any(w.startswith("damag") or w == "dmg" for w in words)
        if any(w in ("partially", "partly") for w in words):
            return _Column(Kind.HOUSES_DAMAGED, Group.HOUSEHOLDS)
        if destroyed == damaged:
            return None  # "Houses damaged or destroyed": a combined total, or houses only
        if destroyed or full:  # "Houses fully damaged" are destroyed houses
            return _Column(Kind.HOUSES_DESTROYED, Group.HOUSEHOLDS)
        return _Column(Kind.HOUSES_DAMAGED, Group.HOUSEHOLDS)
    if "occupants" in words:
        return _Column(Kind.SHELTERED, Group.PEOPLE)  # "Occupants" of the shelters a table lists
    if (len(words) == 1 or words[:2] in (["no", "of"], ["number", "of"])) and words[-1] in _SHELTERS:
        return None  # "Camp", "Sites": the column naming the places; "No. of ECs": a count of them
    if any(w in _SHELTERS for w in words) and any(w in _SITES_OPEN for w in words):
        return None  # "Safety centres in operation": a count of the sites
    if any(w in _SHELTERS for w in words) and not any(
        w in _UNIT_WORDS or w in _PEOPLE_WORDS or w in _SITE_PREPOSITIONS for w in words
    ):
        return None  # "Safety centres", "Relief camps", "ECs open": a count of the sites
    if any(w in _SHELTERS or w == "sheltered" for w in words):
        # "People in relief camps"; "OUTSIDE ECs": displaced people staying elsewhere
        # ("Displaced (not in shelters)": staying elsewhere too)
        place_kind = Kind.DISPLACED if "outside" in words or "not" in words else Kind.SHELTERED
        return _Column(place_kind, Group.FAMILIES if "families" in words else Group.PEOPLE)
    kind: Kind | None = None
    for word in words:
        kind = lex.heading_kinds.get(word) or lex.kind_nouns.get(word) or lex.prenominal_kinds.get(word)
        if kind is None and word in lex.refugee_nouns:
            kind = Kind.DISPLACED  # "Sudanese and other refugees"
        if kind is None and word in PARTICIPLE_KINDS and word == words[0]:
            kind = PARTICIPLE_KINDS[word]  # "Relocated to settlements": what befell the people counted
        if kind is not None:
            break
    if kind is None or kind in (Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED):
        return None
    if any(w in ("hh", "hhs", "households", "household") for w in words):
        group = Group.HOUSEHOLDS
    elif any(w in ("families", "family") for w in words):
        group = Group.FAMILIES
    elif any(w in ("children", "child", "minors") for w in words):
        group = Group.CHILDREN
    else:
        group = Group.PEOPLE
    return _Column(kind, group)


def header_column(cell: str, lex: Lexicon) -> tuple[Kind, Group] | None:
    """What a label on its own counts, read as a table's header cell: "Dead", "Injured", "Houses destroyed"."""
    column = _column(cell, lex)
    return (column.kind, column.group) if column is not None else None


def _header_columns(
    header: list[tuple[str, int, int]], lex: Lexicon, unit_kind: Kind | None, *, house_title: bool
) -> list[_Column | None]:
    """What each header cell counts. Without a title or figure naming it, the kind of a table of units comes from
    a header cell ("Locality of arrival | Households | Individuals"); a column of a part ("Of which children") or
    of a running total ("Total since 15 April") counts the kind of the column before it."""
    if unit_kind is None:
        unit_kind = next((k for t, _, _ in header if (k := _header_title_kind(t)) is not None), None)
    # a header whose first cell names houses names them for its degree columns ("Houses | Destroyed | Partially
    # damaged")
    house_title = house_title or (bool(header) and any(w in _HOUSES for w in _WORD.findall(header[0][0].lower())))
    columns = [_column(t, lex, unit_kind, house_title=house_title) for t, _, _ in header]
    whole: _Column | None = None  # the last column that counts a whole, not a part
    for i, column in enumerate(columns):
        before = columns[i - 1] if i else None
        if column is not None or before is None:
            whole = column or whole
            continue
        lowered = header[i][0].lower()
        if part := _PART_ROW.match(lowered):
            group = lex.group_nouns.get(part.group(1))
            columns[i] = _Column(before.kind, group) if group is not None else None
        elif lowered.startswith(("total", "cumulative")):
            columns[i] = whole or before
        elif lowered.startswith(("of which", "of whom", "including", "incl")):
            columns[i] = before  # "Of which from abroad": a part of the column before, of its kind and unit
    if unit_kind is Kind.SHELTERED:
        # under a title naming the sites ("People in evacuation centres"), the evacuees counted are those still there
        columns = [
            _Column(Kind.SHELTERED, column.group)
            if column is not None and column.kind is Kind.EVACUATED and "evacuees" in _WORD.findall(text.lower())
            else column
            for column, (text, _, _) in zip(columns, header, strict=True)
        ]
    return columns


def _names_columns(header: list[tuple[str, int, int]], lex: Lexicon, *, house_title: bool) -> bool:
    """Whether a header's own words name what its columns count (a kind, or a unit: "Families | Persons"), not
    only places or a total under a title ("Indicator | Menabe | Atsimo-Andrefa | Total"), so that rows labelled
    by kind ("Deaths | 6 | 1 | 7") are read by their labels."""
    if any(_header_columns(header, lex, None, house_title=house_title)):
        return True
    return any(word in _UNIT_WORDS for text, _, _ in header[1:] for word in _WORD.findall(text.lower()))


def _header_title_kind(cell: str) -> Kind | None:
    words = _WORD.findall(cell.lower())
    return next((_TITLE_WORDS[w] for w in words if w in _TITLE_WORDS), None) if "of" in words else None


def _stacked(top: list[tuple[str, int, int]], below: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A header written on two lines, as one line of columns. Each cell below goes under the cell above it that it
    overlaps ("Houses" / "fully dmg"); a cell above spanning several below names each of them ("INSIDE ECs" over
    "Families" and "Persons"); a cell below that overlaps none is a column of its own ("REGION")."""
    under: dict[int, list[tuple[str, int, int]]] = {i: [] for i in range(len(top))}
    alone: list[tuple[str, int, int]] = []
    for cell in below:
        _text, start, end = cell
        overlap = [min(end, t_end) - max(start, t_start) for _t, t_start, t_end in top]
        best = max(range(len(top)), key=lambda i: overlap[i]) if top else -1
        if best >= 0 and overlap[best] <= 0:
            # a cell just past the end of the one above it ("Houses damaged" over "Partially     Fully")
            best = max(range(len(top)), key=lambda i: overlap[i])
            if overlap[best] < -_SPAN_REACH or not under[best]:
                best = -1
        if best < 0:
            alone.append(cell)
        else:
            under[best].append(cell)
    columns: list[tuple[str, int, int]] = list(alone)
    for i, (text, start, end) in enumerate(top):
        if len(under[i]) >= 2:
            columns += [(f"{text} {b_text}", b_start, b_end) for b_text, b_start, b_end in under[i]]
        elif under[i]:
            columns.append((f"{text} {under[i][0][0]}", start, end))
        else:
            columns.append((text, start, end))
    return sorted(columns, key=lambda cell: cell[1])


def _is_all_dashes(cells: list[tuple[str, int, int]]) -> bool:
    return all(text in _NIL or not text.strip("-=|: ") for text, _, _ in cells)


def _row_site_kind(label: str) -> Kind | None:
    """The kind a row's label gives the displaced it counts: "Inside ECs" are sheltered, "Outside ECs" are not."""
    lowered = label.lower()
    if _INSIDE_SITES.search(lowered):
        return Kind.SHELTERED
    if _OUTSIDE_SITES.search(lowered):
        return Kind.DISPLACED
    return None


def title_kind(title: str, lex: Lexicon) -> Kind | None:
    """The kind a table's title names ("ARRIVALS VERIFIED BY DTM FIELD TEAMS", "Deaths by district", "RELIEF
    CAMPS", "By region of arrival")."""
    lowered = title.lower()
    if _INSIDE_SITES.search(lowered):
        return Kind.SHELTERED  # "Number of Displaced Families / Persons Currently Inside Evacuation Centers"
    if _RECEIVING_PLACES.search(lowered):
        return Kind.DISPLACED  # "TOP RECEIVING DISTRICTS, MARCH 2017": where the displaced arrived
    for word in _WORD.findall(lowered):
        kind = lex.kind_nouns.get(word) or lex.heading_kinds.get(word) or _TITLE_WORDS.get(word)
        if kind is not None and kind not in (Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED):
            return kind
    return None


# A cell holding a count and its parts in brackets, each part a group noun and its count: "487 (children 201, women
# 98)", "1,203 (of whom 310 children)".
_BROKEN_DOWN_CELL = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)\s*\(([^()]{3,120})\)\s*")
_CELL_PART = re.compile(
    r"(?:^|,|;|\band\b)\s*(?:of (?:whom|which)\s+)?(?:([a-z]+)\s+(\d[\d,]*)|(\d[\d,]*)\s+([a-z]+))"
    r"\s*(?=$|,|;|\band\b)"
)


def _broken_down(whole: re.Match[str], offset: int, label: _Column, lex: Lexicon) -> list[TableFigure]:
    """The whole count of a cell and each part its brackets name by a group noun ("women 98"), or nothing when
    they name no part."""
    total = int(whole.group(1).replace(",", ""))
    found = [TableFigure(label.kind, label.group, total, offset + whole.start(1), offset + whole.end(1))]
    inside, inside_at = whole.group(2).lower(), offset + whole.start(2)
    for part in _CELL_PART.finditer(inside):
        noun = part.group(1) or part.group(4)
        digits = part.group(2) or part.group(3)
        group = lex.group_nouns.get(noun)
        value = int(digits.replace(",", ""))
        if group is None or not 0 < value <= total:
            continue
        at = part.start(2) if part.group(2) else part.start(3)
        found.append(TableFigure(label.kind, group, value, inside_at + at, inside_at + at + len(digits)))
    return found if len(found) > 1 else []  # (brackets that name no part may say anything: "12 (as of Monday)")


def _number(cell: str, lex: Lexicon) -> _Count | None:
    if _CELL_NUMBER.match(cell):
        return _Count(int(re.sub(r"\D", "", cell)))
    if (pair := _CELL_PAIR.fullmatch(cell)) and _CELL_NUMBER.match(pair.group(1)) and _CELL_NUMBER.match(pair.group(2)):
        # two counts of one column: "Families (CUM / NOW)" over "2,310 / 2,187"
        first, second = (int(re.sub(r"\D", "", g)) for g in pair.group(1, 2))
        if first < _DAY_MONTH_BOUND and second < _DAY_MONTH_BOUND:
            return None  # a date: "22/09"
        return _Count(first, second=second, second_at=pair.start(2))
    if len(cell) > _HEDGED_CELL_LENGTH or not any(c.isdigit() for c in cell):
        return None
    if (unit := _CELL_WITH_UNIT.fullmatch(cell)) and (counted := _number(unit.group(1), lex)):
        return counted._replace(group=_UNIT_WORDS[unit.group(2).lower()])
    mentions = find_numbers(cell, lex)
    if len(mentions) != 1 or mentions[0].value is None or mentions[0].start or cell[mentions[0].end :].strip():
        return None  # only a cell that is one hedged number: not "7 (3 children)", not "2,000 HH"
    return _Count(mentions[0].value, mentions[0].qualifier, mentions[0].value_max)


def _table_lines(text: str) -> list[tuple[int, int]]:
    """Every line holding a pipe or three cells parted by spaces, as (start, end) in the text."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.count("|") >= _MIN_PIPES or _spaced_cells(line, 0):
            above_start = text.rfind("\n", 0, max(0, start - 1)) + 1
            above = text[above_start : max(above_start, start - 1)]
            if (
                (not lines or lines[-1][1] < above_start - 1)
                and "|" not in line
                and above[:2] == "  "
                and _is_header_words(above)
            ):
                lines.append((above_start, above_start + len(above)))  # an indented header over the counts only
            lines.append((start, end))
        elif lines and lines[-1][1] == start - 1 and _is_header_words(line):
            lines.append((start, end))  # a header's second line, with fewer cells: "      population      displaced"
        start = end + 1
    return lines


def may_hold_table(paragraph: str) -> bool:
    """Whether a paragraph may hold a table (a cheap test before reading it line by line)."""
    return "|" in paragraph or "  " in paragraph or "\t" in paragraph


# A cell naming a place, every word capitalised but its particles: "Northern Shan", "Azad Jammu & Kashmir".
_PLACE_NAME_CELL = re.compile(
    rf"{PLACE_WORD}(?:\s+(?:{PLACE_WORD}|&|and|of|de|del|la|el|al|\({PLACE_WORD}[\w ]*\)|districts|counties"
    r"|provinces|regions|states|areas|townships|municipalities|governorates|localities))*"
)  # ("Other counties", "Shan (North)")
_POPULATION_TITLE = re.compile(r"\bby population\b", re.IGNORECASE)


def _title_kinds(
    text: str, first_line: int, lex: Lexicon, given_kind: Kind | None, heading: str
) -> tuple[Kind | None, Kind | None, bool]:
    """The kind a table's title line names, the kind its columns take (the title's, else the kind given), and
    whether the title names houses."""
    title_end = len(text[: max(0, first_line - 1)].rstrip())  # (past a blank line under the title)
    title_start = text.rfind("\n", 0, title_end) + 1
    title = text[title_start : max(title_start, title_end)]
    # (a heading above the table says more than the last figure before it: "Break-up of camps and inmates:")
    titled = title_kind(title, lex) or (title_kind(heading, lex) if heading else None)
    unit_kind = titled or given_kind
    if unit_kind is not None and _POPULATION_TITLE.search(title):
        unit_kind = None  # "Five largest sites by population": who lives there, whatever the paragraph before counted
    # a title naming houses names them for columns that say only what happened ("Fully destroyed")
    # (or it breaks down a count of houses stated before: "... 11.7 lakh partially damaged. Figures by district:")
    house_title = any(w in _HOUSES for w in _WORD.findall(f"{heading} {title}".lower())) or unit_kind in HOUSE_KINDS
    return titled, unit_kind, house_title


# Words over a table's labels that name no kind: the labels below say what each row counts.
_GENERIC_LABEL_HEADERS = frozenset({"category", "categories", "indicator", "indicators", "item", "type", "impact"})


def read_tables(
    text: str, lex: Lexicon, unit_kind: Kind | None = None, heading: str = ""
) -> tuple[list[TableFigure], str]:
    """The figures of the pipe tables in a text (a paragraph), and the text with the tables' lines blanked;
    ``unit_kind`` is the kind of a figure the table breaks down ("... staying in 78 ECs, broken down as follows:"),
    which columns named only by a unit count; ``heading`` is the line above the table's paragraph, when a blank line
    parts them ("The latest data on damaged houses:")."""
    lines = _table_lines(text)
    if len(lines) < 2:
        return [], text
    given_kind = unit_kind
    titled, unit_kind, house_title = _title_kinds(text, lines[0][0], lex, given_kind, heading)
    figures: list[TableFigure] = []
    columns: list[_Column | None] | None = None
    named_columns = False  # whether the header's own words name a kind (not only the title's unit, as "Total")
    header: list[tuple[str, int, int]] = []  # the header's cells, offsets from their line's start
    header_lines: list[tuple[int, int]] = []  # where the header's lines are, blanked with the rows read under them
    previous_end = -2
    label_row_end = -2  # where the last row read by its label ends
    blanked = list(text)
    for start, end in lines:
        if start != previous_end + 1:
            columns, header, header_lines, named_columns = None, [], [], False  # a new table
            if start != lines[0][0]:
                # (under its own title: "SOMALIA | Flash Update #3" at the top of a bulletin is no table's title
                # for "DISPLACEMENT BY DISTRICT" lines below it)
                titled, unit_kind, house_title = _title_kinds(text, start, lex, given_kind, heading)
        continued = start == previous_end + 1 and bool(header)
        previous_end = end
        line = text[start:end]
        if _SEPARATOR_ROW.match(line):
            continue
        cells = _cells(line, start)
        if not cells and "|" not in line:  # (a header's second line may hold fewer than three cells)
            cells = [(t, start + s, start + e) for t, s, e in _spaced_cells_any(line)]
        numbers = [_number(text, lex) for text, _, _ in cells]
        if (
            "|" in line
            and len(cells) == 2
            and numbers == [None, None]
            and not named_columns
            and (whole := _BROKEN_DOWN_CELL.fullmatch(cells[1][0])) is not None
            and (label := _column(cells[0][0], lex, unit_kind, house_title=house_title)) is not None
            and label.kind not in HOUSE_KINDS
            # a count and its parts in brackets: "| Deaths | 487 (children 201, women 98, men 188) |"
            and (parts := _broken_down(whole, cells[1][1], label, lex))
        ):
            figures.extend(parts)
            blanked[start:end] = " " * (end - start)
            label_row_end = end
            continue
        if (
            cells
            and all(n is None for n in numbers)
            and continued
            and not _is_all_dashes(cells)
            and not any(t[:1].isdigit() for t, _, _ in cells)  # (a header's words, not "487 (as of Monday)")
        ):
            # a header on two lines: each word below goes to the column it stands under ("Houses" / "fully dmg")
            below = [(t, s - start, e - start) for t, s, e in cells]
            if ("|" in line or _is_tabbed(line)) and len(below) == len(header):
                header = [(f"{t} {b}".strip(), s, e) for (t, s, e), (b, _, _) in zip(header, below, strict=True)]
            else:
                header = _stacked(header, below)
            columns = _header_columns(header, lex, unit_kind, house_title=house_title)
            named_columns = _names_columns(header, lex, house_title=house_title)
            header_lines.append((start, end))
            continue
        if (
            "|" in line
            and len(cells) == 2
            and numbers[0] is not None
            and numbers[1] is None
            and numbers[0].value
            and not any(columns or [])
            and (label := _column(cells[1][0], lex, None)) is not None
            and label.kind not in HOUSE_KINDS
        ):
            # a key figure written value first: "40,173 | Palestinians killed in Gaza since 7 October" (what befell
            # them before who they were: "311 | IDPs killed while sheltering")
            first, (_t, c_start, c_end) = numbers[0], cells[0]
            words = _WORD.findall(cells[1][0].lower())
            fates = (lex.heading_kinds.get(w) or lex.prenominal_kinds.get(w) for w in words)
            kind = next((k for k in fates if k in HARM_KINDS), label.kind)
            figures.append(
                TableFigure(kind, label.group, first.value, c_start, c_end, first.qualifier, first.value_max)
            )
            blanked[start:end] = " " * (end - start)
            label_row_end = end
            continue
        # (a blank corner over the labels, a unit alone over the counts and no title naming the kind: the labels
        # say what is counted, "| | People |" then "| Internally displaced (total) | 3.5 million |")
        # (or a generic word over the labels: "| Category | People |", then "| Dead | 113 |")
        corner = (
            titled is None
            and len(header) == 2
            and (not header[0][0].strip() or header[0][0].strip().lower() in _GENERIC_LABEL_HEADERS)
            and len(cells) == 2
        )
        if "|" in line and len(cells) >= 2 and numbers[0] is None and (not named_columns or corner):
            # a row of a two-column table whose header names no kind ("| Indicator | Figure |"), or has none: its
            # label names the kind of the counts beside it ("| Deaths | 78 |")
            label = _column(cells[0][0], lex, None if corner else unit_kind, house_title=house_title)
            if label is None and label_row_end == start - 1 and (part := _PART_ROW.match(cells[0][0].lower())):
                group = lex.group_nouns.get(part.group(1))  # "Killed | 23,210" then "of whom children | 9,600"
                label = _Column(figures[-1].kind, group) if group is not None else None
            if label is not None and any(n and n.value for n in numbers[1:]):
                label_row_end = end
                figures.extend(
                    TableFigure(label.kind, label.group, n.value, c_start, c_end, n.qualifier, n.value_max)
                    for (_t, c_start, c_end), n in zip(cells[1:], numbers[1:], strict=True)
                    if n and n.value
                )
                blanked[start:end] = " " * (end - start)
                continue
            if corner:
                continue  # a key figure of no kind of ours: "| People in need (2025 HNRP) | 19.9 million |"
        if all(n is None for n in numbers) and any(t[:1].isdigit() for t, _, _ in cells[1:]):
            continue  # a row whose count says more than a number ("12 (3 children)"): no header, and no figure here
        if (
            columns is None
            and unit_kind is not None
            and unit_kind not in HOUSE_KINDS
            and len(cells) >= 2
            and numbers[0] is None
            and all(n is not None and n.group is not None for n in numbers[1:])
        ):
            # rows without a header whose cells carry their unit, under a title naming the kind: "Displaced
            # population per municipality:" / "Datu Piang | 1,128 families | 5,402 persons"
            figures.extend(
                TableFigure(unit_kind, n.group, n.value, c_start, c_end, n.qualifier, n.value_max)  # type: ignore[arg-type]
                for (_t, c_start, c_end), n in zip(cells[1:], numbers[1:], strict=True)
                if n is not None and n.value
            )
            blanked[start:end] = " " * (end - start)
            continue
        if (
            columns is None
            and titled is not None
            and titled not in HOUSE_KINDS
            and "|" in line
            and len(cells) == 2
            and numbers[0] is None
            and _PLACE_NAME_CELL.fullmatch(cells[0][0].strip()) is not None  # (not a label: "Sites closed")
            and (count := numbers[1]) is not None
            and count.value
            and count.second is None
        ):
            # two cells, a place and a bare count, under a title naming the kind: "Deaths by province" / "| Sindh |
            # 347 |"
            _t, c_start, c_end = cells[1]
            figures.append(
                TableFigure(titled, Group.PEOPLE, count.value, c_start, c_end, count.qualifier, count.value_max)
            )
            blanked[start:end] = " " * (end - start)
            continue
        if columns is None or (
            all(n is None for n in numbers)
            and any(_column(t, lex, unit_kind, house_title=house_title) for t, _, _ in cells)
        ):
            if all(n is None for n in numbers):
                header = [(t, s - start, e - start) for t, s, e in cells]
                header_lines = [(start, end)]
                above_start = text.rfind("\n", 0, max(0, start - 1)) + 1
                above = text[above_start : max(above_start, start - 1)]
                if columns is None and "|" not in line and _SPANNING_LINE.match(above):
                    # words above the header spanning its columns ("INSIDE ECs" over "Families" and "Persons")
                    header = _stacked(_spaced_cells_any(above), header)
                    header_lines.append((above_start, above_start + len(above)))
                columns = _header_columns(header, lex, unit_kind, house_title=house_title)
                named_columns = _names_columns(header, lex, house_title=house_title)
            continue
        header = []  # (a header's second line comes right under its first)
        if "|" not in line and len(cells) == len(columns) + 1 and numbers[0] is None and columns:
            columns = [None, *columns]  # an indented header names the counts' columns, not the labels'
        if "|" not in line and (
            len(cells) != len(columns)
            or all(n is None for n in numbers[1:])
            or any(
                n is None and column is not None and cell[0] not in _NIL
                for n, column, cell in zip(numbers, columns, cells, strict=True)
            )
        ):
            continue  # a spaced row holds a number under every column that counts a kind
        read_any = False
        row_kind = _row_site_kind(cells[0][0]) if cells else None
        for (_text, c_start, c_end), n, column in zip(cells, numbers, columns, strict=False):
            if not n or not n.value or column is None:
                continue  # (a zero is no figure)
            kind = row_kind if row_kind is not None and column.kind in _DISPLACED_FAMILY else column.kind
            if n.second is not None:  # (a cell of two counts gives two figures, each with its own span)
                first_end = c_start + len(_text[: n.second_at].rstrip(" /"))
                figures.append(TableFigure(kind, column.group, n.value, c_start, first_end))
                if n.second:
                    figures.append(TableFigure(kind, column.group, n.second, c_start + n.second_at, c_end))
            else:
                figures.append(TableFigure(kind, column.group, n.value, c_start, c_end, n.qualifier, n.value_max))
            read_any = True
        if read_any:
            blanked[start:end] = " " * (end - start)
            for h_start, h_end in header_lines:  # (a header's words are no sentence: "Injured   Partially   Fully")
                blanked[h_start:h_end] = " " * (h_end - h_start)
    return figures, "".join(blanked)
