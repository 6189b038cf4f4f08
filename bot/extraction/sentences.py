"""Sentences and paragraphs of report text, robust to headlines, bullets, abbreviations and PDF damage.

Text is first normalised (ligatures expanded, words broken by a hyphen at a line end rejoined, spaces lost
between known words restored, exotic spaces made plain) with a map back to the original offsets, so every span
still points into the caller's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extraction.spacing import Edit, spacing_edits

_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
# A regex, not str.translate: it skips clean text in C, where a translation table costs a lookup per character.
_DOUBLE_HYPHEN = re.compile(r"(?<= )--(?= )")
# The Spanish word for the shelters of Latin American bulletins, which English reports keep, read as its English
# counterpart of the same length.
_SHELTER_OF = {"albergues": "shelters ", "albergue": "shelter ", "Albergues": "Shelters ", "Albergue": "Shelter "}
_ALBERGUE = re.compile(r"\b[Aa]lbergues?\b")
_ODD_SPACE = re.compile("[\t\r\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f\u3000]")
# A word broken across lines ("displace-\nment"): drop the hyphen and the break. The hyphen comes first so the
# engine can jump from hyphen to hyphen.
_BROKEN_WORD = re.compile(r"-(?<=[a-z]-)[ \t]*\n[ \t]*(?=[a-z])")
# A number broken across lines after its thousands comma ("18,\n640 houses"): drop the break (not the comma). The
# match opens with the comma so the engine can jump from comma to comma (a leading look-behind is tried at every
# character, ten times slower).
_BROKEN_NUMBER = re.compile(r",(?<=\d,)[ \t]*\n[ \t]*(?=\d{3}(?![\d,]))")
_LIGATURE = re.compile("|".join(_LIGATURES))
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_TERMINAL = re.compile(r"""[.!?:;"”»)\]]$""")
# A wide gap before a labelled field, in a line of several: "Deaths: 13    Injured: 21".
# A label naming a unit alone goes on with the field before: "Families in safety centres: 1,204     Persons: 4,377".
_FIELD_GAP = re.compile(
    r"(?<=\S) {3,}(?!(?:persons|people|individuals|families|households|hhs?|total)\s*:)(?=[A-Za-z][^:\n]{0,40}:)",
    re.IGNORECASE,
)
_ENUMERATOR = re.compile(r"\([a-z0-9]{1,2}\)", re.IGNORECASE)
# The marks that open a list item ("- ", "• "), as the extraction's list readers take them.
BULLET_MARK = "(?:[-–•*▪●]\ufe0f?)"  # (an emoji square keeps its variation selector: "▪️ 5 private houses")
_BULLET = re.compile(r"^(?:[-•*–—▪●◦·]\ufe0f?\s|\d{1,2}[.)]\s)")
# Words after which a line is still open: the sentence must go on below.
_OPEN_END = re.compile(
    r"(?:,|-|\b(?:the|a|an|of|in|on|at|to|from|by|and|or|with|for|as|than|that|which|who|were|was|have|has|had"
    r"|are|is|been|be|into|some|about|least|more|nearly|almost|over|its|their|his|her))$",
    re.IGNORECASE,
)
# Capitals start a sentence; Arabic has none, so any Arabic letter may (accented capitals too: "À", "É").
# (a French quote opens with a space inside it: ". « Le nombre")
_SENTENCE_END = re.compile(r"""[.!?؟]+["”’'»)\]]*\s+(?=(?:« ?|["“‘'(\[])?[A-Z0-9À-ÖØ-Þ\u0621-\u064a])""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|dr|mr|mrs|ms|st|mt|no|nos|gen|col|lt|sgt|capt|maj"
    r"|prof|gov|sen|rep|vs|etc|approx|est|jr|sr|inc|ltd|co|corp|dept|fig|vol|art|para|e\.g|i\.e"
    # (place abbreviations before a count: "Kumamoto Pref. 60", "Ninh Thuan Prov. 12", "Gulu Dist. 4")
    r"|incl|ind|indiv|pers|resp|pref|prov|dist|reg|mun|twp|brgy)|\b[a-z]|\.[a-z])"
    r"\.$"
)  # read in lower case: cheaper than case-blind matching


@dataclass(frozen=True, slots=True)
class Prepared:
    """Normalised text plus a map from its offsets back to the original text's."""

    text: str
    origin: list[int] | None  # None: offsets are the same as the original's

    def to_original(self, index: int) -> int:
        """The original offset of a normalised offset (an end offset maps past its last character)."""
        if self.origin is None:
            return index
        if index >= len(self.text):
            return self.origin[-1]
        return self.origin[index]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """A normalised [start, end) span as original offsets."""
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def _edits(plain: str, known: frozenset[str], numbers: frozenset[str], whole: frozenset[str]) -> list[Edit]:
    edits: list[Edit] = [(m.start(), m.end(), "") for m in _BROKEN_WORD.finditer(plain)]
    edits += [(m.start() + 1, m.end(), "") for m in _BROKEN_NUMBER.finditer(plain)]
    edits += [(m.start(), m.end(), _LIGATURES[m.group(0)]) for m in _LIGATURE.finditer(plain)]
    edits += spacing_edits(plain, known, numbers, whole)
    edits = sorted(set(edits))
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit[0] < kept[-1][1]:
            continue  # overlapping repairs: the first one wins
        kept.append(edit)
    return kept


def _spaces_but_table_tabs(text: str) -> str:
    """The text with odd spaces made plain, but the tabs of lines holding two or more kept: they part a table's
    cells, empty ones too, which the table reader lines up by position."""
    return "".join(
        line if line.count("\t") >= 2 else _ODD_SPACE.sub(" ", line) for line in text.splitlines(keepends=True)
    )


def prepare(
    text: str,
    known: frozenset[str] = frozenset(),
    numbers: frozenset[str] = frozenset(),
    whole: frozenset[str] = frozenset(),
) -> Prepared:
    """Normalise text for matching (ligatures, broken and run-together words, never splitting a word of
    ``whole``), keeping the original offsets."""
    plain = _ODD_SPACE.sub(" ", text) if "\t" not in text else _spaces_but_table_tabs(text)
    if " -- " in plain:
        plain = _DOUBLE_HYPHEN.sub("— ", plain)  # a dash typed as two hyphens, same length: "people -- had fled"
    if "lbergue" in plain:  # (same length, so offsets hold: "5,200 in albergues" are in shelters)
        plain = _ALBERGUE.sub(lambda m: _SHELTER_OF[m.group(0)], plain)
    edits = _edits(plain, known, numbers, whole)
    if not edits:
        return Prepared(plain, None)
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end, replacement in edits:
        pieces.append(plain[at:start])
        origin.extend(range(at, start))
        pieces.append(replacement)
        origin.extend([start] * len(replacement))
        at = end
    pieces.append(plain[at:])
    origin.extend(range(at, len(plain)))
    origin.append(len(text))
    return Prepared("".join(pieces), origin)


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a text (separated by blank lines), as stripped [start, end) offsets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if (span := _strip(text, start, m.start())) is not None:
            _append_paragraph(text, spans, span)
        start = m.end()
    if (span := _strip(text, start, len(text))) is not None:
        _append_paragraph(text, spans, span)
    return spans


_LIST_OPENING = re.compile(r"[ \t]*(?:[-–—•*▪●◦·][ \t]*|\d{1,2}[.)][ \t]+)")


def _append_paragraph(text: str, spans: list[tuple[int, int]], span: tuple[int, int]) -> None:
    """A list set apart from the line that introduces it ("... crossed into neighbouring countries:", a blank line,
    then "- Mauritania: about 22,000") belongs to that line's paragraph."""
    if spans and text[spans[-1][1] - 1] == ":" and (_LIST_OPENING.match(text, span[0]) or _is_block(text, span)):
        spans[-1] = (spans[-1][0], span[1])
    else:
        spans.append(span)


_BLOCK_LINE = 90  # characters: a line of a list or a table, not of prose
_ENDS_IN_COUNT = re.compile(r"\d[\d,.]*\s*$")


def _is_block(text: str, span: tuple[int, int]) -> bool:
    """Whether a paragraph is a list or table of counts ("Anbar      1,254,900" line under line): two lines or more,
    each short, most ending in a count."""
    block = text[span[0] : span[1]]
    if "|" in block:
        return False  # (a pipe table under a figure is read by the figure it breaks down)
    lines = block.split("\n")
    if len(lines) < 2 or any(len(line) > _BLOCK_LINE for line in lines):
        return False
    return sum(1 for line in lines if _ENDS_IN_COUNT.search(line)) * 2 > len(lines)


def _lines_to_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph at line breaks that end a headline, a bullet or a sentence; join the rest."""
    if text.find("\n", start, end) < 0:  # most paragraphs are one line: no regex scan for breaks
        span = _strip(text, start, end)
        return [span] if span is not None else []
    units: list[tuple[int, int]] = []
    unit_start = start
    for m in _LINE_BREAK.finditer(text, start, end):
        before = text[unit_start : m.start()]
        after = text[m.end() : min(end, m.end() + 4)]
        # (a bracket opens a new unit only as an enumerator, "(a)", "(2)": "4,718 people\n(1,043 households) were
        # displaced" is one sentence broken by the layout)
        starts_upper = bool(after) and (
            after[0].isupper() or after[0].isdigit() or after[0] in "\"“'‘" or _ENUMERATOR.match(after) is not None
        )
        if _BULLET.match(after) or _TERMINAL.search(before) or (starts_upper and not _OPEN_END.search(before)):
            if (span := _strip(text, unit_start, m.start())) is not None:
                units.append(span)
            unit_start = m.end()
    if (span := _strip(text, unit_start, end)) is not None:
        units.append(span)
    return units


def _fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line of fields set apart by wide gaps ("Deaths: 13    Injured: 21    Missing: 6"), field by field."""
    if text.find("   ", start, end) < 0:
        return [(start, end)]
    units: list[tuple[int, int]] = []
    for gap in _FIELD_GAP.finditer(text, start, end):
        units.append((start, gap.start()))
        start = gap.end()
    units.append((start, end))
    return units


def line_above(text: str, start: int) -> tuple[int, int] | None:
    """The last line before ``start`` when a blank line parts it from ``start`` (a heading or an introduction of its
    own above a table or a list), as offsets; None when the text above runs straight into ``start``."""
    before = text[:start].rstrip()
    if not before or text.count("\n", len(before), start) < 2:
        return None
    return before.rfind("\n") + 1, len(before)


def sentences(text: str, paragraph: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentences of one paragraph of a text, as stripped [start, end) offsets."""
    spans: list[tuple[int, int]] = []
    units = _lines_to_units(text, *paragraph)
    if text.find("   ", *paragraph) >= 0:
        units = [field for unit in units for field in _fields(text, *unit)]
    for unit_start, unit_end in units:
        start = unit_start
        for m in _SENTENCE_END.finditer(text, unit_start, unit_end):
            if text.startswith("..", m.start()) and text[m.end() : m.end() + 1].isdigit():
                continue  # a dotted leader before its count ("DEATHS ........ 1,162"), no end of a sentence
            head = text[max(start, m.start() - 12) : m.end()].rstrip()
            if _ABBREVIATION.search(head.rstrip("\"”’'»)]").lower()):
                continue
            if (span := _strip(text, start, m.end())) is not None:
                spans.append(span)
            start = m.end()
        if (span := _strip(text, start, unit_end)) is not None:
            spans.append(span)
    return spans
