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
from bot.extraction.model import Group, Kind

_MIN_PIPES = 1  # (a two-column table has one pipe a line; two lines at least make a table)
# Columns laid out with spaces: cells are parted by two spaces or more (or a tab), and a line needs three cells to be
# a table line, so that a prose line with a doubled space is not one; a row of such a table must hold nothing but
# numbers after its first cell.
_SPACED_GAP = re.compile(r"\t|  +")
_MIN_SPACED_CELLS = 3
_SEPARATOR_ROW = re.compile(r"^[\s|:+-]*$")
_CELL_NUMBER = re.compile(r"^(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)$")
_WORD = re.compile(r"[a-z]+")
_HOUSES = frozenset({"houses", "homes", "dwellings", "shelters", "buildings", "housing"})
_SHELTERS = frozenset({"camps", "camp", "shelters", "centres", "centers", "sites"})
# Headers naming only the unit counted.
_UNIT_WORDS = {
    "families": Group.FAMILIES, "family": Group.FAMILIES, "households": Group.HOUSEHOLDS, "hh": Group.HOUSEHOLDS,
    "hhs": Group.HOUSEHOLDS, "persons": Group.PEOPLE, "people": Group.PEOPLE, "individuals": Group.PEOPLE,
    "ind": Group.PEOPLE, "pax": Group.PEOPLE,
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


class _Column(NamedTuple):
    kind: Kind
    group: Group


def _cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """A table line's cells: (text, start, end), stripped, with offsets in the text read."""
    if "|" not in line:
        return _spaced_cells(line, offset)
    cells: list[tuple[str, int, int]] = []
    start = 0
    for part in [*line.split("|")]:
        end = start + len(part)
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            cells.append((stripped, offset + start + lead, offset + start + lead + len(stripped)))
        else:
            cells.append(("", offset + start, offset + start))
        start = end + 1
    if cells and not cells[0][0]:
        cells.pop(0)  # a row opening on a pipe
    if cells and not cells[-1][0]:
        cells.pop()
    return cells


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


def _column(header: str, lex: Lexicon, unit_kind: Kind | None = None) -> _Column | None:
    """What a header cell counts: "Deaths", "Injured", "Displaced HH", "Houses destroyed"; a header naming only a
    unit ("Families", "Persons") counts ``unit_kind``, the kind of the figure the table breaks down."""
    words = _WORD.findall(header.lower())
    if not words or any(w in _NO_FIGURE for w in words):
        return None
    if unit_kind is not None and all(w in _UNIT_WORDS for w in words):
        return _Column(unit_kind, _UNIT_WORDS[words[-1]])
    if any(w in _HOUSES for w in words):
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
    if any(w in _SHELTERS or w == "sheltered" for w in words):
        # "People in relief camps"
        return _Column(Kind.SHELTERED, Group.FAMILIES if "families" in words else Group.PEOPLE)
    kind: Kind | None = None
    for word in words:
        kind = lex.heading_kinds.get(word) or lex.kind_nouns.get(word) or lex.prenominal_kinds.get(word)
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


def _stacked(header: list[tuple[str, int, int]], below: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A header's cells with the words of the line under it added to the cell each stands under (by overlap, else
    by the nearest start)."""
    words = [t for t, _, _ in header]
    for text, start, end in below:
        overlap = [min(end, h_end) - max(start, h_start) for _t, h_start, h_end in header]
        best = max(range(len(header)), key=lambda i: (overlap[i], -abs(header[i][1] - start)))
        words[best] = f"{words[best]} {text}"
    return [(t, s, e) for t, (_, s, e) in zip(words, header, strict=True)]


def _number(cell: str) -> int | None:
    if not _CELL_NUMBER.match(cell):
        return None
    return int(re.sub(r"\D", "", cell))


def _table_lines(text: str) -> list[tuple[int, int]]:
    """Every line holding a pipe or three cells parted by spaces, as (start, end) in the text."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.count("|") >= _MIN_PIPES or _spaced_cells(line, 0):
            lines.append((start, end))
        start = end + 1
    return lines


def may_hold_table(paragraph: str) -> bool:
    """Whether a paragraph may hold a table (a cheap test before reading it line by line)."""
    return "|" in paragraph or "  " in paragraph or "\t" in paragraph


def read_tables(text: str, lex: Lexicon, unit_kind: Kind | None = None) -> tuple[list[TableFigure], str]:
    """The figures of the pipe tables in a text (a paragraph), and the text with the tables' lines blanked;
    ``unit_kind`` is the kind of a figure the table breaks down ("... staying in 78 ECs, broken down as follows:"),
    which columns named only by a unit count."""
    lines = _table_lines(text)
    if len(lines) < 2:
        return [], text
    figures: list[TableFigure] = []
    columns: list[_Column | None] | None = None
    header: list[tuple[str, int, int]] = []  # the header's cells, offsets from their line's start
    previous_end = -2
    blanked = list(text)
    for start, end in lines:
        if start != previous_end + 1:
            columns, header = None, []  # a new table
        continued = start == previous_end + 1 and bool(header)
        previous_end = end
        line = text[start:end]
        if _SEPARATOR_ROW.match(line):
            continue
        cells = _cells(line, start)
        numbers = [_number(text) for text, _, _ in cells]
        if all(n is None for n in numbers) and "|" not in line and continued:
            # a header on two lines: each word below goes to the column it stands under ("Houses" / "fully dmg")
            header = _stacked(header, [(t, s - start, e - start) for t, s, e in cells])
            columns = [_column(t, lex, unit_kind) for t, _, _ in header]
            continue
        if columns is None or (
            all(n is None for n in numbers) and any(_column(t, lex, unit_kind) for t, _, _ in cells)
        ):
            if all(n is None for n in numbers):
                columns = [_column(text, lex, unit_kind) for text, _, _ in cells]
                header = [(t, s - start, e - start) for t, s, e in cells]
            continue
        header = []  # (a header's second line comes right under its first)
        if "|" not in line and (
            len(cells) != len(columns)
            or all(n is None for n in numbers[1:])
            or any(n is None and column is not None for n, column in zip(numbers, columns, strict=True))
        ):
            continue  # a spaced row holds a number under every column that counts a kind
        read_any = False
        for (_text, c_start, c_end), value, column in zip(cells, numbers, columns, strict=False):
            if not value or column is None:
                continue  # (a zero is no figure)
            figures.append(TableFigure(column.kind, column.group, value, c_start, c_end))
            read_any = True
        if read_any:
            blanked[start:end] = " " * (end - start)
    return figures, "".join(blanked)
