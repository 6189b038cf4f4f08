"""Figures in rows whose counts are joined by slashes, in the order a slashed label names their kinds, as bulletins
and flash updates write them when a table will not fit:

    Killed/injured (market strike): 19/52
    Province-wise breakdown (dead/missing/injured):
    - Koshi: 15/5/18
    • Jurm ............... 31 / 142 / 870 / 1,460

The label names the kinds on the row itself or on a heading line above the rows; each count is a figure of the kind
at its place in the label, placed by the row's own name. A label inside brackets may share the noun outside them:
"Houses damaged (partially/fully): 4,511/1,203". Rows read here are blanked for the sentence reader.
"""

from __future__ import annotations

import re

from bot.extraction.lexicon import Lexicon
from bot.extraction.tables import TableFigure, header_column
from bot.values import Group, Kind

_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+|[-–—]|nil)"
_ONE_CELL = re.compile(_COUNT)  # (one count of a row, or its dash for none)
_COUNTS = re.compile(rf"{_COUNT}(?:[ \t]*/[ \t]*{_COUNT})+")
_ONE_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# A row whose label carries its own slashed kinds: "Dead/injured/missing: 23/61/9", "Dead / injured ...... 6 / 148".
_LABELLED_ROW = re.compile(
    r"[ \t]*(?:[-*•▪◦][ \t]*)?(?P<label>[A-Za-z][^:.…\n]{0,80}?/[^:.…\n]{0,80}?)[ \t]*(?::|[.…]{2,})[ \t]*"
    rf"(?P<counts>{_COUNTS.pattern})[ \t]*\.?[ \t]*$"
)
# A row under a slashed heading: a name, then dots, a colon or spaces, then the counts ("• Jurm ..... 31 / 142").
_NAMED_ROW = re.compile(
    rf"[ \t]*(?:[-*•▪◦][ \t]*)?(?P<name>[^\n:./\d][^\n:/\d]{{0,60}}?)(?:[ \t]*[.…]{{2,}}[ \t]*|[ \t]*:[ \t]*|[ \t]+)"
    rf"(?P<counts>{_COUNTS.pattern})[ \t]*\.?[ \t]*$"
)
# A heading naming the kinds of the rows below it: "Casualties by community (killed/wounded):", "Dead/injured:".
_BRACKETED_KINDS = re.compile(r"\(([^()\n]*/[^()\n]*)\)[ \t]*:?[ \t]*$")
_SLASHED_HEADING = re.compile(r"(?:^|[:—–-][ \t]*)([A-Za-z][^:()\n]*/[^:()\n]*):[ \t]*$")
# Brackets inside a row's label: a noun outside them shared by the slashed words inside ("Houses damaged
# (partially/fully)"), or an aside naming no kind ("Killed/injured (El Obeid market strike)").
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
_MAX_KINDS = 6


def _kinds(label: str, lex: Lexicon) -> list[tuple[Kind, Group] | None] | None:
    """The kind and group each slashed part of a label names, in order; None when the label names no kind at all."""
    inside = _BRACKETS.search(label)
    if inside is not None and "/" in inside.group(1):
        shared = _BRACKETS.sub("", label).strip()  # "Houses damaged (partially/fully)": "Houses damaged partially"
        parts = [f"{shared} {word.strip()}" for word in inside.group(1).split("/")]
    else:
        parts = [part.strip() for part in _BRACKETS.sub("", label).split("/")]
    if not 2 <= len(parts) <= _MAX_KINDS:
        return None
    columns = [header_column(part, lex) if part else None for part in parts]
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
        value = int(text[base + start : base + end].replace(",", ""))
        if value == 0:
            continue  # ("Chuhuiv district .... 0/2": no one killed there)
        figures.append(TableFigure(column[0], column[1], value, base + start, base + end))
    return figures


def read_slash_rows(text: str, lex: Lexicon, heading: str = "") -> tuple[list[TableFigure], str]:
    """The figures of a paragraph's slashed rows, and the paragraph with those rows blanked; ``heading`` is the
    line above the paragraph when a blank line parts them (a slashed heading of the rows below)."""
    if "/" not in text:
        return [], text
    figures: list[TableFigure] = []
    blanked = list(text)
    heading_kinds: list[tuple[Kind, Group] | None] | None = None
    if heading:
        heading_kinds = _heading_kinds(heading, lex)
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        row: list[TableFigure] | None = None
        if (labelled := _LABELLED_ROW.match(text, start, end)) and labelled.end() == end:
            kinds = _kinds(labelled.group("label"), lex)
            row = _row_figures(labelled, kinds) if kinds else None
        if row is None and heading_kinds and (named := _NAMED_ROW.match(text, start, end)) and named.end() == end:
            row = _row_figures(named, heading_kinds)
        if row is not None:
            figures += row
            blanked[start:end] = " " * (end - start)
        else:
            # a line that is no row may head the rows below it; a row of another shape ends them
            heading_kinds = _heading_kinds(text[start:end], lex)
        start = end + 1
    return figures, "".join(blanked) if figures else text


def _heading_kinds(line: str, lex: Lexicon) -> list[tuple[Kind, Group] | None] | None:
    """The kinds a heading line names for the rows below it, slashed in brackets or before its closing colon."""
    if "/" not in line:
        return None
    m = _BRACKETED_KINDS.search(line) or _SLASHED_HEADING.search(line)
    return _kinds(m.group(1), lex) if m is not None else None
