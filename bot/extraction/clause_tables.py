"""Pipe tables in French and Arabic reports, whose columns the clause lexicon names:

    Province | Morts | Blessés | Maisons détruites
    Rumonge  | 5     | 9       | 611

Each header cell is read as the label of a row ("Maisons détruites : 7"), so the words that name a column are the
same the clause reader knows in prose; a column it reads no figure from (population, people affected) is skipped.
Every number below a named column is a figure of its kind. The lines read are blanked for the sentence reader.
"""

from __future__ import annotations

import itertools
import re

from bot.extraction.clauses import ClauseLexicon, find_clause_statements, without_article_word
from bot.extraction.tables import TableFigure
from bot.values import Group, Kind

_PROBE = 7  # the count put after a header cell to read it as a row's label
_SEPARATOR_ROW = re.compile(r"^[\s|:+\-–—]*$")
# A cell holding one count: digits, maybe parted by thousands ("1 214", "12,900", "3.239").
_CELL_COUNT = re.compile(r"\s*(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+)\s*")
_THOUSANDS = re.compile(r"[ \u00a0\u202f.,]")
_HOUSE_KINDS = frozenset({Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED})


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a pipe line, outer pipes left out."""
    bounds = [start - 1, *(i for i in range(start, end) if text[i] == "|"), end]
    cells = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    if cells and not text[cells[0][0] : cells[0][1]].strip():
        cells = cells[1:]  # "| Province | Morts |": the empty cell before the first pipe
    if cells and not text[cells[-1][0] : cells[-1][1]].strip():
        cells = cells[:-1]
    return cells


def header_kind(header: str, lex: ClauseLexicon) -> tuple[Kind, Group] | None:
    """The kind and group a header cell names, read as the label of a row ("Blessés" as "Blessés : 7")."""
    label = " ".join(header.split())
    if not label or any(ch.isdigit() for ch in label):
        return None
    found = [st for st in find_clause_statements(f"{label} : {_PROBE}", lex) if st.value == _PROBE]
    if len(found) != 1:
        return None
    kind = found[0].kind
    return kind, Group.HOUSEHOLDS if kind in _HOUSE_KINDS else found[0].group


def _tables(text: str) -> list[list[tuple[int, int]]]:
    """Runs of two lines or more holding a pipe, each line as (start, end)."""
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if "|" in line:
            current.append((start, end))
        else:
            if len(current) >= 2:
                runs.append(current)
            current = []
        start = end + 1
    if len(current) >= 2:
        runs.append(current)
    return runs


def _column(header: str, title: Kind | None, lex: ClauseLexicon) -> tuple[Kind, Group] | None:
    """The kind and group a header cell names ("Blessés", "الأسر النازحة"), or the kind of the title above the table
    for a column counting people by their unit only ("Ménages", "عدد الأفراد", "الأسر المقيمة"); None for a column
    of things (shelters, camps), of the affected or of a population."""
    if _counts_things(header, lex):
        return None
    unit = _unit_group(header, lex)
    named = header_kind(header, lex)
    if named is not None:
        kind, group = named
        if kind is Kind.DISPLACED and title is Kind.SHELTERED:
            kind = title  # "عدد النازحين" under "النازحون في مراكز الإيواء حسب المنطقة": the title names the finer kind
        return kind, unit if unit is not None and kind not in _HOUSE_KINDS else group
    if title is None or title in _HOUSE_KINDS or unit is None:
        return None
    return title, unit


def _unit_group(header: str, lex: ClauseLexicon) -> Group | None:
    """The unit a header counts people by, from its head word ("عدد الأفراد", "الأسر المقيمة"); None when the header
    speaks of the affected ("الأسر المتضررة") or of a population ("عدد السكان")."""
    words = _head_words(header, lex)
    if not words or any(without_article_word(w, lex) in lex.population_nouns for w in words):
        return None
    if any(lex.cue_kinds[(cue.lastindex or 1) - 1] is None for cue in lex.cues.finditer(" ".join(words))):
        return None
    for candidate in (" ".join(words), words[0], without_article_word(words[0], lex)):
        if (group := lex.group_nouns.get(candidate)) is not None:
            return group
    return None


def _head_words(header: str, lex: ClauseLexicon) -> list[str]:
    """A header's words in lower case, without the "number of" before them ("عدد الأفراد", "Nombre de ménages")."""
    label = " ".join(header.split()).lower()
    if lex.count_of is not None and (count_of := lex.count_of.match(label)) is not None:
        label = label[count_of.end() :]
    return label.split()


def _counts_things(header: str, lex: ClauseLexicon) -> bool:
    """Whether a header counts things, not people: "مراكز الإيواء", "Nombre de sites" (shelters, camps, schools)."""
    words = _head_words(header, lex)
    if not words:
        return False
    head = without_article_word(words[0], lex)
    found = lex.not_counted.match(head)
    return found is not None and found.end() == len(head)


def read_clause_tables(text: str, lex: ClauseLexicon, title: Kind | None = None) -> tuple[list[TableFigure], str]:
    """The figures of the pipe tables in a paragraph of a clause language, and the paragraph with the lines of
    every table read blanked; ``title`` is the kind the line above the table names, which columns of units take."""
    figures: list[TableFigure] = []
    blanked = text
    for lines in _tables(text):
        content = [line for line in lines if not _SEPARATOR_ROW.match(text, *line)]
        if len(content) < 2:
            continue
        header, rows = _cells(text, *content[0]), content[1:]
        named = ((i, _column(text[a:b], title, lex)) for i, (a, b) in enumerate(header) if i > 0)
        columns = {i: column for i, column in named if column is not None}
        if not columns:
            continue
        for row in rows:
            for i, (a, b) in enumerate(_cells(text, *row)):
                if i not in columns or (count := _CELL_COUNT.fullmatch(text, a, b)) is None:
                    continue
                kind, group = columns[i]
                value = int(_THOUSANDS.sub("", count.group(1)))
                if value == 0:
                    continue  # "Disparus | 0": no one, no figure
                figures.append(TableFigure(kind, group, value, count.start(1), count.end(1)))
        first, last = lines[0][0], lines[-1][1]
        blanked = blanked[:first] + re.sub(r"[^\n]", " ", blanked[first:last]) + blanked[last:]
    return figures, blanked
