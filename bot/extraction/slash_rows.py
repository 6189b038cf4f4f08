"""Figures in rows whose counts are joined by slashes, in the order a slashed label names their kinds, as bulletins
and flash updates write them when a table will not fit:

    Killed/injured (market strike): 19/52
    Province-wise breakdown (dead/missing/injured):
    - Koshi: 15/5/18
    • Jurm ............... 31 / 142 / 870 / 1,460

The label names the kinds on the row itself or on a heading line above the rows; each count is a figure of the kind
at its place in the label, placed by the row's own name. A label inside brackets may share the noun outside them:
"Houses damaged (partially/fully): 4,511/1,203", and a later part the first part's noun ("logements totalement
effondrés / partiellement endommagés"). The label's parts are read by the language's own reader of a header cell,
so French bulletins are read alike ("- Al Haouz : 9 840 / 17 300"). Rows read here are blanked for the sentence
reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.tables import TableFigure
from bot.values import Group, Kind

# What a label on its own counts, read as a table's header cell, in the report's language.
Column = Callable[[str], tuple[Kind, Group] | None]

# (thousands parted by commas, or by spaces as French writes them: "9 840")
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)|\d+|[-–—]|nil)"
_ONE_CELL = re.compile(_COUNT)  # (one count of a row, or its dash for none)
_COUNTS = re.compile(rf"{_COUNT}(?:[ \t]*/[ \t]*{_COUNT})+")
_ONE_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+")
# A row whose label carries its own slashed kinds: "Dead/injured/missing: 23/61/9", "Dead / injured ...... 6 / 148".
_LABELLED_ROW = re.compile(
    r"[ \t]*(?:[-*•▪◦][ \t]*)?(?P<label>[^\W\d_][^:.…\n]{0,80}?/[^:.…\n]{0,80}?)[ \t]*(?::|[.…]{2,})[ \t]*"
    rf"(?P<counts>{_COUNTS.pattern})[ \t]*\.?[ \t]*$"
)
# A row under a slashed heading: a name, then dots, a colon or spaces, then the counts ("• Jurm ..... 31 / 142").
_NAMED_ROW = re.compile(
    rf"[ \t]*(?:[-*•▪◦][ \t]*)?(?P<name>[^\n:./\d][^\n:/\d]{{0,60}}?)(?:[ \t]*[.…]{{2,}}[ \t]*|[ \t]*:[ \t]*|[ \t]+)"
    rf"(?P<counts>{_COUNTS.pattern})[ \t]*\.?[ \t]*$"
)
# A heading naming the kinds of the rows below it: "Casualties by community (killed/wounded):", "Dead/injured:".
_BRACKETED_KINDS = re.compile(r"\(([^()\n]*/[^()\n]*)\)[ \t]*:?[ \t]*$")
_SLASHED_HEADING = re.compile(r"(?:^|[:—–-][ \t]*)([^\W\d_][^:()\n]*/[^:()\n]*):[ \t]*$")
# Brackets inside a row's label: a noun outside them shared by the slashed words inside ("Houses damaged
# (partially/fully)"), or an aside naming no kind ("Killed/injured (El Obeid market strike)").
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
_MAX_KINDS = 6


def _kinds(label: str, column: Column) -> list[tuple[Kind, Group] | None] | None:
    """The kind and group each slashed part of a label names, in order; None when the label names no kind at all."""
    inside = _BRACKETS.search(label)
    if inside is not None and "/" in inside.group(1):
        shared = _BRACKETS.sub("", label).strip()  # "Houses damaged (partially/fully)": "Houses damaged partially"
        parts = [f"{shared} {word.strip()}" for word in inside.group(1).split("/")]
    else:
        parts = [part.strip() for part in _BRACKETS.sub("", label).split("/")]
    if not 2 <= len(parts) <= _MAX_KINDS:
        return None
    columns = [column(part) if part else None for part in parts]
    noun = parts[0].split()[0] if parts[0] and columns[0] is not None else ""
    for i in range(1, len(parts)):
        if columns[i] is None and noun and parts[i] and not parts[i].startswith(noun):
            # the first part's noun shared by the later ones: "logements totalement effondrés / partiellement
            # endommagés"
            columns[i] = column(f"{noun} {parts[i]}")
    return columns if any(c is not None for c in columns) else None


def _row_figures(row: re.Match[str], kinds: list[tuple[Kind, Group] | None]) -> list[TableFigure] | None:
    """The figures of a row's counts, each of the kind at its place; None when the counts and kinds do not pair."""
    values = [(m.start(), m.end()) for m in _ONE_CELL.finditer(row.group("counts"))]
    if len(values) != len(kinds):
        return None
    base = row.start("counts")
    figures: list[TableFigure] = []
    text = row.string
    for (start, end), column in zip(values, kinds, strict=True):
        if column is None or not _ONE_COUNT.fullmatch(text, base + start, base + end):
            continue  # ("-", "nil": none)
        value = int(text[base + start : base + end].replace(",", "").replace(" ", ""))
        if value == 0:
            continue  # ("Chuhuiv district .... 0/2": no one killed there)
        figures.append(TableFigure(column[0], column[1], value, base + start, base + end))
    return figures


def read_slash_rows(text: str, column: Column, heading: str = "") -> tuple[list[TableFigure], str]:
    """The figures of a paragraph's slashed rows, and the paragraph with those rows blanked; ``column`` reads what
    one part of a label counts, ``heading`` is the line above the paragraph when a blank line parts them (a
    slashed heading of the rows below)."""
    if "/" not in text:
        return [], text
    figures: list[TableFigure] = []
    blanked = list(text)
    heading_kinds: list[tuple[Kind, Group] | None] | None = None
    if heading:
        heading_kinds = _heading_kinds(heading, column)
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        row: list[TableFigure] | None = None
        if (labelled := _LABELLED_ROW.match(text, start, end)) and labelled.end() == end:
            kinds = _kinds(labelled.group("label"), column)
            row = _row_figures(labelled, kinds) if kinds else None
        if row is None and heading_kinds and (named := _NAMED_ROW.match(text, start, end)) and named.end() == end:
            row = _row_figures(named, heading_kinds)
        if row is not None:
            figures += row
            blanked[start:end] = " " * (end - start)
        else:
            # a line that is no row may head the rows below it; a row of another shape ends them
            heading_kinds = _heading_kinds(text[start:end], column)
        start = end + 1
    return figures, "".join(blanked) if figures else text


def _heading_kinds(line: str, column: Column) -> list[tuple[Kind, Group] | None] | None:
    """The kinds a heading line names for the rows below it, slashed in brackets or before its closing colon."""
    if "/" not in line:
        return None
    m = _BRACKETED_KINDS.search(line) or _SLASHED_HEADING.search(line)
    return _kinds(m.group(1), column) if m is not None else None
