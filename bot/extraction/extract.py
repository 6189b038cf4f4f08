"""Text in, figures out: the extraction engine's one entry point."""

from __future__ import annotations

import datetime as dt

from bot.extraction.dates import date_figures
from bot.extraction.lexicon import lexicon_for
from bot.extraction.model import DESTINATION, Anchor, Figure
from bot.extraction.places import place_figures
from bot.extraction.sentences import paragraphs, prepare, sentences
from bot.extraction.statements import Statement, find_statements


def extract(text: str, published: dt.date | None = None, *, lang: str = "en") -> list[Figure]:
    """Every figure of people killed, injured, missing, displaced, ... stated in a text, in text order."""
    lex = lexicon_for(lang)
    prepared = prepare(text, lex.known_words, lex.number_names)
    norm = prepared.text
    found: list[tuple[Statement, str]] = []
    anchors: list[Anchor] = []
    for para in paragraphs(norm):
        para_span = prepared.span_to_original(*para)
        previous = None  # the first figure's kind of the sentence before, in this paragraph
        for s_start, s_end in sentences(norm, para):
            statements = find_statements(norm[s_start:s_end], lex, previous)
            previous = statements[0].kind if statements else None
            if not statements:
                continue
            sentence_span = prepared.span_to_original(s_start, s_end)
            sentence_text = text[sentence_span[0] : sentence_span[1]]
            for st in statements:
                span = prepared.span_to_original(s_start + st.start, s_start + st.end)
                anchors.append(Anchor(span=span, sentence=sentence_span, paragraph=para_span))
                found.append((st, sentence_text))
    if not found:
        return []
    # Places and dates first, so each figure is built once, complete.
    places = place_figures(text, anchors)
    dates = date_figures(text, anchors, published)
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
    ]
