"""Text in, figures out: the extraction engine's one entry point."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.extraction.breakdowns import StatedKind, read_breakdowns
from bot.extraction.context import is_cumulative
from bot.extraction.dates import date_figures
from bot.extraction.fronted import with_fronted
from bot.extraction.language import detect_language, is_read
from bot.extraction.lexicon import en as english
from bot.extraction.lexicon import lexicon_for, lower_keeping_length
from bot.extraction.lexicon.dictionary import english_words
from bot.extraction.links import FLIGHT_KINDS, HOUSE_KINDS
from bot.extraction.places import place_figures
from bot.extraction.sentences import BULLET_MARK, Prepared, line_above, paragraphs, prepare, sentences
from bot.extraction.slash_rows import Column, read_slash_rows
from bot.extraction.statements import OF_THESE_OPENING, Statement, find_statements
from bot.extraction.tables import TableFigure, header_column, may_hold_table, read_tables, title_kind
from bot.text.arabic import fold_arabic
from bot.text.case import is_shouting
from bot.values import DESTINATION, Anchor, Figure, Group, Kind

# (sentence, the first figure's kind of the sentence before in its paragraph, the last figure's kind before it in
# the text) -> the sentence's statements
_Finder = Callable[[str, Kind | None, Kind | None], list[Statement]]


def _whole_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span that ends inside a word carried to the word's end (a word read in a shorter spelling: "albergues")."""
    end = span[1]
    while 0 < end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
        end += 1
    return span[0], end


_HEADING_SUBJECT_WORDS = 6  # the first words of a list's heading that may name its kind alone
_LIST_OPENING_WORDS = 30  # (a longer sentence ending in a colon is prose, not the line that opens a list)


# A bullet opening the next line: the line before, if it has no stop of its own, is the list's heading
# ("Deaths by perpetrator", then "- Syrian regime forces: 171 civilians").
_BULLET_NEXT = re.compile(rf"[ \t]*\n\s*{BULLET_MARK}[ \t]")
_BULLET_LINE = re.compile(rf"\s*{BULLET_MARK}[ \t]")
_LABELLED_ROW = re.compile(r"\s*[^\W\d_][\w /&'’-]{1,40}:[ \t]*\d")  # ("Drought: 212,000", "نينوى: 2,910 عائلة")


def _heads_a_list(text: str, sentence_end: int) -> bool:
    """Whether the sentence ending at ``sentence_end`` is a heading line right above a bulleted list or rows."""
    if text[sentence_end - 1 : sentence_end] in ".!?":
        return False
    if _BULLET_LINE.match(text, text.rfind("\n", 0, sentence_end) + 1) is not None:
        return False  # (an item is no heading)
    if _BULLET_NEXT.match(text, sentence_end) is not None:
        return True
    # (or rows of labelled counts right under it: "Répartition par commune (au 31 mai)", then "Pétion-Ville : 7 180")
    line_end = text.find("\n", sentence_end)
    return (
        line_end >= 0
        and not text[sentence_end:line_end].strip()
        and _LABELLED_ROW.match(text, line_end + 1) is not None
        and _LABELLED_ROW.match(text, text.rfind("\n", 0, sentence_end) + 1) is None
    )


# A sentence opening on a figure said before, named by its count alone: "Of the 145, 117 were residents of ...".
_WHOLE_BY_ITS_COUNT = re.compile(r"\W*(?:of|among)\s+(?:the|these|those)\s+(\d[\d,]*)(?<!,)\s*,(?!\d)", re.IGNORECASE)


def _parts_of_the_whole_named(
    sentence: str, statements: list[Statement], found: list[tuple[Statement, str]]
) -> list[Statement]:
    """The parts read after "Of the 145," take the kind of the figure of that count said before, which need not be
    the last one ("..., with more than 400 still missing. Of the 145, 117 were residents")."""
    m = _WHOLE_BY_ITS_COUNT.match(sentence)
    if m is None:
        return statements
    value = int(m.group(1).replace(",", ""))
    whole = next((st for st, _ in reversed(found) if st.value == value), None)
    parts = [st for st in statements if st.start >= m.end() and not st.own_verb]
    if whole is None or not parts or whole.kind in HOUSE_KINDS or parts[0].kind in HOUSE_KINDS:
        return statements
    guessed = parts[0].kind
    return [st._replace(kind=whole.kind) if st in parts and st.kind is guessed else st for st in statements]


# A sentence opening on the people counted just before, whose parts it goes on to count.
_PARTS_OPENING = re.compile(r"\W*(?:of|among)\s+(?:them|these|those|whom)\s*,", re.IGNORECASE)


def _opens_on_parts(sentence: str, lang: str) -> bool:
    """Whether a sentence opens on the people counted just before, to count their parts ("Of them, 3,105 are
    children", "Parmi elles, 3 890 enfants"), so that a paragraph so opening continues the one above."""
    if lang == "en":
        return _PARTS_OPENING.match(sentence) is not None
    from bot.extraction.clauses import clause_lexicon

    opening = clause_lexicon(lang).part_opening
    return opening is not None and opening.match(lower_keeping_length(sentence)) is not None


def _list_opening_kind(sentence: str) -> Kind | None:
    """The kind a sentence opening a list names without a count of its own ("SOHR reported that the civilians were
    killed as follows:"), which the list's items take."""
    if len(sentence.split()) > _LIST_OPENING_WORDS:
        return None
    if fate := _HOUSE_FATE_HEADING.match(sentence):
        return Kind.HOUSES_DESTROYED if fate.group(1).lower() == "destroyed" else Kind.HOUSES_DAMAGED
    kind = title_kind(sentence, lexicon_for("en"))
    if kind is None and _HOUSE_IMPACT_HEADING.search(sentence):
        # "Impact on homes (by locality):", then "- Geeveston: 38 destroyed, 12 damaged": houses, each row's own
        # words telling their fate
        return Kind.HOUSES_DAMAGED
    return kind


# A heading on what befell homes, naming no fate of its own: "Impact on homes in the valley (by locality):".
_HOUSE_IMPACT_HEADING = re.compile(
    r"\b(?:impact|damage|destruction|losses)\s+(?:on|to|of)\s+(?:the\s+)?(?:homes|houses|dwellings|housing)\b",
    re.IGNORECASE,
)
# A count of houses that no figure took, in the sentence before one opening "Of these,".
_HOUSES_COUNTED = re.compile(
    r"\d[\d,.]*(?:\s+(?:lakh|million|thousand))?\s+(?:[a-z-]+\s+){0,2}?(?:houses|homes|dwellings|housing units)\b"
    r"(?![^.;]*\.[^.;]*\.)",  # (in the sentence right before: no full stop between but its own)
    re.IGNORECASE,
)
# A heading that says how a figure is broken down, without naming its kind: "Distribution by perpetrator".
_BREAKDOWN_HEADING = re.compile(english.BREAKDOWN_HEADING, re.IGNORECASE)
# A row's label naming the shelter its displaced people stay in: "LGEA Primary School, Miango:", "ECWA Church:".
_SHELTER_ROW_LABEL = re.compile(
    r"\b(?:schools?|church(?:es)?|cathedral|mosques?|camps?|shelters?|evacuation (?:centres?|centers?|sites?)"
    r"|collective (?:centres?|centers?|sites?)|town hall|community hall|stadium|barracks)\b",
    re.IGNORECASE,
)
_MOVEMENT_HEADING = re.compile(english.MOVEMENT_HEADING, re.IGNORECASE)
_MOVING = frozenset({Kind.DISPLACED, Kind.EVACUATED, Kind.RETURNED, Kind.SHELTERED, Kind.HOMELESS})
# A line naming what befell the homes listed below it: "Damaged:", "Damaged in the district:", "Destroyed:".
_HOUSE_FATE_HEADING = re.compile(
    r"\s*(?:(?:houses|homes|buildings)\s+)?(?:partially\s+|partly\s+)?(damaged|destroyed)(?:\s+(?:in|at|across)\s+"
    r"[^:.;]{1,40})?\s*:\s*$",
    re.IGNORECASE,
)


_BRACKETED = re.compile(r"\s*\([^()]*\)")


_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?؟]\s))[^.!?؟]*[.!?؟:]?\s*$", re.MULTILINE)


def _clause_list_kind(heading: str, lang: str) -> Kind | None:
    """The kind a French or Arabic line opening a list names ("Décès par département :", "الوفيات حسب الاقليم:"),
    read as the label of a row by the clause reader itself."""
    from bot.extraction.clause_tables import header_kind
    from bot.extraction.clauses import clause_lexicon

    if len(heading.split()) > _LIST_OPENING_WORDS:
        return None
    lex = clause_lexicon(lang)
    column = header_kind(heading.rstrip().rstrip(":"), lex)
    if column is None and lex.as_follows_tail is not None and (tail := lex.as_follows_tail.search(heading)):
        # (before its closing words, and the verb they complete: "Le détail par région des pertes en vies humaines
        # s'établit comme suit :")
        cut = heading[: tail.start()].rstrip()
        column = header_kind(cut, lex) or (header_kind(cut.rsplit(None, 1)[0], lex) if " " in cut else None)
        heading = cut
    if column is None and "," in heading:
        # (its first part alone, past an aside with a time or a source: "Les décès se répartissent comme suit,
        # selon les données arrêtées à 16h :"; or its last, past who says so: "وبحسب الجدول المرفق، توزع النازحون
        # في المراكز على المحافظات كالاتي:")
        parts = heading.split(",")
        column = header_kind(parts[0], lex) or header_kind(parts[-1], lex)
    if column is None:
        # (its subject and verb alone, before where or how they are listed: "Les décès ont été recensés dans les
        # provinces et préfectures suivantes :")
        words = heading.rstrip().rstrip(":").split()
        firsts = (" ".join(words[:n]) for n in range(2, min(len(words), _HEADING_SUBJECT_WORDS + 1)))
        column = next((found for first in firsts if (found := header_kind(first, lex)) is not None), None)
    if column is None:
        return None
    if column[0] is Kind.DISPLACED and lex.shelter_place is not None and lex.shelter_place.search(heading):
        return Kind.SHELTERED  # "توزيع النازحين المقيمين في المخيمات:", "Déplacés dans les sites d'accueil :"
    return column[0]


def _breaks_down(heading: str, lang: str) -> bool:
    """Whether a line opening a list only says how the figure above is broken down ("Distribution by perpetrator",
    "Répartition par région :", "التوزيع حسب محليه المنشا:")."""
    if lang == "en":
        pattern: re.Pattern[str] | None = _BREAKDOWN_HEADING
    else:
        from bot.extraction.clauses import clause_lexicon

        pattern = clause_lexicon(lang).breakdown_heading
    return pattern is not None and len(heading.split()) <= _LIST_OPENING_WORDS and pattern.search(heading) is not None


def _reader(lang: str, text: str) -> tuple[Prepared, _Finder]:
    """The text normalised for the language's matching, and the language's sentence reader."""
    if lang == "en":
        lex = lexicon_for(lang)
        prepared = prepare(text, lex.known_words, lex.number_names, english_words())
        return prepared, lambda sentence, previous, recent: with_fronted(
            sentence, find_statements(sentence, lex, previous, recent), lambda usual: find_statements(usual, lex)
        )
    from bot.extraction.clauses import clause_lexicon, find_clause_statements

    clause_lex = clause_lexicon(lang)
    finder: _Finder = lambda sentence, previous, _recent: find_clause_statements(  # noqa: E731
        sentence, clause_lex, previous
    )
    if lang != "ar":
        return prepare(text), finder
    folded, origin = fold_arabic(text)
    prepared = prepare(folded)
    if origin is None:
        return prepared, finder
    inner = prepared.origin or list(range(len(folded) + 1))
    return Prepared(prepared.text, [origin[i] for i in inner]), finder


_LINK_LINE = re.compile(r"(?:read (?:also|more)|also read|related|see also|recommended|watch)\s*[:|–—-]", re.IGNORECASE)

# Groups stated as part of a broader toll of the same kind ("40 civilians killed ... among the dead, 9 children").
_HEADING_WORDS = 15
# Kinds of people who moved, whose count a table of units below breaks down.
_MOVED_KINDS = FLIGHT_KINDS | {Kind.RETURNED}
_PART_GROUPS = frozenset({Group.CHILDREN, Group.WOMEN})
_WHOLE_GROUPS = frozenset({Group.PEOPLE, Group.CIVILIANS})


def _parts_of(statements: list[Statement]) -> list[int | None]:
    """For each figure of children or women, the last earlier figure of the same kind counting people or civilians
    (the toll it is part of), else None."""
    last_whole: dict[Kind, int] = {}
    parts: list[int | None] = []
    for i, st in enumerate(statements):
        parts.append(last_whole.get(st.kind) if st.group in _PART_GROUPS else None)
        if st.group in _WHOLE_GROUPS:
            last_whole[st.kind] = i
    return parts


def _heading_before(text: str, start: int) -> str | None:
    """The paragraph right before ``start`` when it is a one-line heading (a few words, no sentence end)."""
    above = line_above(text, start)
    if above is None:
        return None
    line = text[above[0] : above[1]]
    opening = text[: above[0]]
    if len(line.split()) > 12 or line.endswith((".", "!", "?")) or (opening and not opening.endswith("\n\n")):
        return None  # (a heading stands alone: a blank line above it too, or the text's start)
    return line


def _read_tables(
    text: str,
    prepared: Prepared,
    para: tuple[int, int],
    para_span: tuple[int, int],
    found: list[tuple[Statement, str]],
    anchors: list[Anchor],
    paragraph_before: Kind | None,
) -> str:
    """The figures of a paragraph's pipe tables, added to ``found``; returns the text with the lines read blanked.
    ``paragraph_before`` is the kind of the last figure of the paragraph right before, if it stated any."""
    norm = prepared.text
    lowered = norm[para[0] : para[1]].lower()
    # a table under a figure that says it is broken down ("... staying in 78 ECs, broken down as follows:")
    above = line_above(norm, para[0])
    line = norm[above[0] : above[1]] if above else ""
    unit_kind = None
    if line.endswith(":") and not (found and found[-1][1] in line):
        # words introducing it with no count of their own: "The table below shows the displaced persons inside
        # evacuation centers:" (the last figure found is further up, and of its own kind)
        unit_kind = title_kind(line, lexicon_for("en"))
    if unit_kind is None and found and norm[: para[0]].rstrip().endswith(":"):
        unit_kind = found[-1][0].kind
    if unit_kind is None and (paragraph_before in _MOVED_KINDS or paragraph_before in HOUSE_KINDS):
        # a table of units ("Commune | Individuals") under a count of people who moved, or of degrees ("Region |
        # Totally Damaged | Partially Damaged") under a count of houses
        unit_kind = paragraph_before
    if unit_kind is None and (heading := _heading_before(norm, para[0])):
        unit_kind = title_kind(heading, lexicon_for("en"))  # a title of its own above: "DISPLACEMENT BY LOCATION"
    # (a heading, not a paragraph that ends by introducing the table: its last figure says more than its words)
    heading = (
        line if (line.endswith(":") and len(line.split()) <= _HEADING_WORDS) or _heading_before(norm, para[0]) else ""
    )
    cells, blanked = read_tables(norm[para[0] : para[1]], lexicon_for("en"), unit_kind, heading)
    if not cells:
        return norm
    cumulative = is_cumulative(lowered, lexicon_for("en"))
    _add_table_figures(text, prepared, para, para_span, cells, cumulative, found, anchors)
    return norm[: para[0]] + blanked + norm[para[1] :]


# Dot leaders between a row's label and its count, at the end of a line.
_DOT_LEADER = re.compile(r"(?<=[^\s.])[ \t]*\.{4,}[ \t]*(?=\d[\d,]*[ \t]*$)", re.MULTILINE)


def _read_slash_rows(
    text: str,
    prepared: Prepared,
    read: str,
    para: tuple[int, int],
    para_span: tuple[int, int],
    found: list[tuple[Statement, str]],
    anchors: list[Anchor],
    lang: str,
) -> str:
    """The figures of a paragraph's rows of slashed counts ("Dead/injured: 23/61", "- Al Haouz : 9 840 / 17 300"),
    added to ``found``; returns the text read with those rows blanked."""
    above = line_above(read, para[0])
    heading = read[above[0] : above[1]] if above else ""
    if lang == "en":
        lex = lexicon_for("en")
        column: Column = lambda label: header_column(label, lex)  # noqa: E731
    else:
        from bot.extraction.clause_tables import header_kind
        from bot.extraction.clauses import clause_lexicon

        clause_lex = clause_lexicon(lang)
        column = lambda label: header_kind(label, clause_lex)  # noqa: E731
    cells, blanked = read_slash_rows(read[para[0] : para[1]], column, heading)
    if not cells:
        return read
    if lang == "en":
        cumulative = is_cumulative(read[para[0] : para[1]].lower(), lexicon_for("en"))
    else:
        cumulative = clause_lex.cumulative.search(read, para[0], para[1]) is not None
    _add_table_figures(text, prepared, para, para_span, cells, cumulative, found, anchors)
    return read[: para[0]] + blanked + read[para[1] :]


def _add_table_figures(
    text: str,
    prepared: Prepared,
    para: tuple[int, int],
    para_span: tuple[int, int],
    cells: list[TableFigure],
    cumulative: bool,
    found: list[tuple[Statement, str]],
    anchors: list[Anchor],
) -> None:
    """Each table cell read as a statement, its row standing for its sentence."""
    norm = prepared.text
    for cell in cells:
        line_start = norm.rfind("\n", para[0], para[0] + cell.start) + 1
        line_end = norm.find("\n", para[0] + cell.end, para[1])
        row = prepared.span_to_original(line_start, line_end if line_end >= 0 else para[1])
        statement = Statement(
            cell.kind,
            cell.value,
            cell.value_max,
            cell.qualifier,
            cell.group,
            cell.start,
            cell.end,
            False,
            cumulative,
            False,
        )
        span = prepared.span_to_original(para[0] + cell.start, para[0] + cell.end)
        anchors.append(Anchor(span=span, sentence=row, paragraph=para_span))
        found.append((statement, text[row[0] : row[1]]))


# A title line opening a paragraph whose next line opens a pipe table ("RETOURNÉS PAR DÉPARTEMENT\n| Département |").
# (the table's lines may open with a pipe or with their first cell: "بيروت | 139 | 9,540")
_TITLE_INSIDE = re.compile(r"[ \t]*([^|\n]+)\n(?=[ \t]*\||[^\n|]+\|)")


def _read_clause_tables(
    text: str,
    prepared: Prepared,
    para: tuple[int, int],
    para_span: tuple[int, int],
    found: list[tuple[Statement, str]],
    anchors: list[Anchor],
    lang: str,
    paragraph_before: Kind | None,
) -> str:
    """The figures of a French or Arabic paragraph's pipe tables, added to ``found``; returns the text with the
    lines read blanked. ``paragraph_before`` is the kind of the last figure of the paragraph right before."""
    from bot.extraction.clause_tables import read_clause_tables
    from bot.extraction.clauses import clause_lexicon

    norm = prepared.text
    lex = clause_lexicon(lang)
    above = line_above(norm, para[0])
    # (the title or the line introducing the table, without its dates in brackets: "Arrivées par point d'entrée
    # (26 février – 3 mars) :")
    # (the last sentence of that line: "أعلنت الوزارة عودة 95 عائلة. وتوزعت العائلات العائدة على النحو الآتي:")
    last = _LAST_SENTENCE.search(norm, *above) if above else None
    heading = last.group() if last is not None else norm[above[0] : above[1]] if above else ""
    if (inside := _TITLE_INSIDE.match(norm, para[0], para[1])) is not None:
        # a title on the paragraph's own first line, the table right under it (its last sentence: "... Téra.
        # Répartition des retours par département :")
        last = _LAST_SENTENCE.search(norm, inside.start(1), inside.end(1))
        heading = last.group() if last is not None else inside.group(1)
    title = _clause_list_kind(_BRACKETED.sub("", heading), lang) if heading else None
    if (
        title is None
        and paragraph_before in _MOVED_KINDS
        and heading
        and _breaks_down(_BRACKETED.sub("", heading), lang)
    ):
        # a title that only says how the figure above is broken down ("Répartition par région (au 30 septembre)"),
        # above columns naming units only ("Région | Personnes | Ménages"): the people the paragraph above counts
        title = paragraph_before
    cells, blanked = read_clause_tables(norm[para[0] : para[1]], lex, title)
    if not cells:
        return norm
    cumulative = lex.cumulative.search(norm, para[0], para[1]) is not None
    _add_table_figures(text, prepared, para, para_span, cells, cumulative, found, anchors)
    return norm[: para[0]] + blanked + norm[para[1] :]


def _read_breakdowns(
    text: str,
    prepared: Prepared,
    read: str,
    para: tuple[int, int],
    para_span: tuple[int, int],
    stated: list[StatedKind],
    recent: Kind | None,
    found: list[tuple[Statement, str]],
    anchors: list[Anchor],
) -> Kind | None:
    """The figures of a paragraph's breakdown lists, put among its others in text order; returns the last one's kind."""
    items = read_breakdowns(read, para, stated, recent, lexicon_for("en"))
    if not items:
        return None
    first = len(found) - len(stated)
    for item in items:
        row = prepared.span_to_original(item.line_start, item.line_end)
        kind = item.kind
        if kind is Kind.DISPLACED and _SHELTER_ROW_LABEL.search(read, item.line_start, item.start):
            kind = Kind.SHELTERED  # "- ECWA Church, Miango: 1,870 persons" under a breakdown of the displaced
        statement = Statement(kind, item.value, None, item.qualifier, item.group, 0, 0, False, item.cumulative, False)
        anchors.append(Anchor(span=prepared.span_to_original(item.start, item.end), sentence=row, paragraph=para_span))
        found.append((statement, text[row[0] : row[1]]))
    order = sorted(range(first, len(found)), key=lambda i: anchors[i].span[0])
    found[first:] = [found[i] for i in order]
    anchors[first:] = [anchors[i] for i in order]
    return found[-1][0].kind


def extract(text: str, published: dt.date | None = None, *, lang: str | None = None) -> list[Figure]:
    """Every figure of people killed, injured, missing, displaced, ... stated in a text, in text order.

    ``lang`` forces the language; without it the text's language is detected. A language the engine does not
    read gives no figures (it is never read as English)."""
    lang = lang or detect_language(text)
    if not is_read(lang):
        return []
    prepared, finder = _reader(lang, text)
    norm = prepared.text
    found: list[tuple[Statement, str]] = []
    anchors: list[Anchor] = []
    recent = None  # the last figure's kind so far, which a verb standing for another ("had done so") may take
    paragraph_before: Kind | None = None  # the last figure's kind of the paragraph before, if it stated any
    paragraph_first: Kind | None = None  # ... and its first figure's kind
    opening: Kind | None = None  # the kind a paragraph ending in a colon opens a list of, for the items below it
    for para in paragraphs(norm):
        para_span = prepared.span_to_original(*para)
        found_before = len(found)
        # the first figure's kind of the sentence before, in this paragraph; or the kind of the list a paragraph
        # just above opens, when this one is its items ("the dead include:", a blank line, "* 79 in Bokkos")
        previous = opening if _BULLET_LINE.match(norm, para[0]) or _LABELLED_ROW.match(norm, para[0]) else None
        heading_kind, opening = opening, None  # (the kind the paragraph above opened a list of, for its rows)
        read = norm  # the text the sentence reader sees: a pipe table's lines are read by their columns instead
        if lang == "en" and may_hold_table(norm[para[0] : para[1]]):
            read = _read_tables(text, prepared, para, para_span, found, anchors, paragraph_before)
        elif lang != "en" and "|" in norm[para[0] : para[1]]:
            read = _read_clause_tables(text, prepared, para, para_span, found, anchors, lang, paragraph_before)
        if lang in ("en", "fr") and "/" in read[para[0] : para[1]]:
            read = _read_slash_rows(text, prepared, read, para, para_span, found, anchors, lang)
        if lang == "en" and "...." in read[para[0] : para[1]]:
            # a row's dot leaders read as the colon they stand for: "Homes with slight damage ...... 3,412"
            led = _DOT_LEADER.sub(lambda m: " " * (len(m.group()) - 2) + ": ", read[para[0] : para[1]])
            read = read[: para[0]] + led + read[para[1] :]
        recent_before = heading_kind or recent  # (rows with no kind of their own take the heading's, else the last)
        listing = lang == "en" and read.find("\n", para[0], para[1]) >= 0  # (a breakdown list needs two lines)
        stated: list[StatedKind] = []
        first_sentence = True
        for s_start, s_end in sentences(read, para):
            sentence = read[s_start:s_end]
            if first_sentence and previous is None and paragraph_before is not None and _opens_on_parts(sentence, lang):
                previous = paragraph_before  # "Of them, about 30,000 are children": parts of the paragraph above's last
            first_sentence = False
            if lang == "en" and sentence[:1] in "RrAaSsWw" and _LINK_LINE.match(sentence):
                previous = None
                continue  # a link to another story ("Read also: I lost my child to an airstrike"), page chrome
            if is_shouting(sentence):
                sentence = lower_keeping_length(sentence)
            counted_houses = previous is None and lang == "en" and OF_THESE_OPENING.match(sentence) is not None
            if counted_houses and _HOUSES_COUNTED.search(read, para[0], s_start) is None:
                counted_houses = False
            # "Engineers assessed 1,120 homes. Of these, 96 were completely destroyed": houses counted, no figure yet
            statements = finder(sentence, Kind.HOUSES_DAMAGED if counted_houses else previous, recent)
            if statements or previous is None or _BULLET_LINE.match(sentence) is None:
                previous = statements[0].kind if statements else None
            # (else an item read as no figure keeps the list's kind for the items after it)
            # (what a breakdown heading breaks down: this paragraph's first figure when the lines run on, else the
            # first of the paragraph above)
            main = found[found_before][0].kind if len(found) > found_before else paragraph_first
            if previous is None and lang == "en" and (sentence.rstrip().endswith(":") or _heads_a_list(read, s_end)):
                previous = _list_opening_kind(sentence)  # "The civilians were killed as follows:", then its items
                if previous is None and main not in (None, *HOUSE_KINDS) and _breaks_down(sentence, lang):
                    # a heading that only says how the figure above is broken down ("Distribution by perpetrator"):
                    # the paragraph's first figure (this one's, or the one above's), its main one, is what the list
                    # breaks down; unless the heading speaks of people on the move and that figure does not ("The
                    # DTM breakdown by district of origin:" under a paragraph on four people beheaded)
                    previous = main
                    if previous not in _MOVING and _MOVEMENT_HEADING.search(sentence):
                        previous = Kind.DISPLACED
                opening = previous if read[para[0] : para[1]].rstrip().endswith(":") else None
            elif previous is None and lang != "en" and (sentence.rstrip().endswith(":") or _heads_a_list(read, s_end)):
                # "Décès par département :", then its rows; the brackets may name the kind ("Détail par région (morts /
                # maisons)") or only get in its way ("Retours par district (personnes)", "(au 31 mars)"), or name
                # other people than the words outside them ("استقبالا للعائدين (لاجئون ونازحون)"): those outside first
                previous = _clause_list_kind(_BRACKETED.sub("", sentence), lang) or _clause_list_kind(sentence, lang)
                if previous is None and main not in (None, *HOUSE_KINDS) and _breaks_down(sentence, lang):
                    previous = main  # "Répartition par région :", "التوزيع حسب محليه المنشا:"
                opening = previous if read[para[0] : para[1]].rstrip().endswith(":") else None
            if not statements:
                continue
            if lang == "en" and found and sentence.lstrip(" \"“‘'")[:1] in "OoAa":
                statements = _parts_of_the_whole_named(sentence, statements, found)
            recent = statements[-1].kind
            sentence_span = prepared.span_to_original(s_start, s_end)
            sentence_text = text[sentence_span[0] : sentence_span[1]]
            for st in statements:
                span = _whole_words(text, prepared.span_to_original(s_start + st.start, s_start + st.end))
                anchors.append(Anchor(span=span, sentence=sentence_span, paragraph=para_span))
                found.append((st, sentence_text))
                if listing:
                    stated.append(StatedKind(st.kind, st.group, st.cumulative, s_start + st.start, s_start + st.end))
        if listing:
            listed = _read_breakdowns(text, prepared, read, para, para_span, stated, recent_before, found, anchors)
            recent = listed or recent
        paragraph_before = found[-1][0].kind if len(found) > found_before else None
        paragraph_first = found[found_before][0].kind if len(found) > found_before else None
    if not found:
        return []
    # Places and dates first, so each figure is built once, complete.
    places = place_figures(text, anchors)
    if lang == "en":
        dates = date_figures(text, anchors, published, _parts_of([st for st, _ in found]))
    else:
        from bot.extraction.dates_fr_ar import foreign_date_figures

        dates = foreign_date_figures(text, anchors, published, lang)
    return [
        Figure(
            kind=st.kind,
            value=st.value,
            value_max=st.value_max,
            qualifier=st.qualifier,
            group=st.group,
            cumulative=st.cumulative,
            projection=st.projection,
            span=anchor.span,
            sentence=sentence_text,
            location=place,
            date=when[0],
            date_end=when[1],
            # where displaced people went, when stated: not part of the figure JSON, kept for alerting
            extras={DESTINATION: destination} if destination is not None else {},
        )
        for (st, sentence_text), anchor, (place, destination), when in zip(found, anchors, places, dates, strict=True)
        # (troops moving are no people on the move: "repatriated 2,000 uniformed personnel", "l'arrivée de 120
        # casques bleus")
        if not (st.group is Group.FIGHTERS and st.kind in (Kind.RETURNED, Kind.DISPLACED))
    ]
