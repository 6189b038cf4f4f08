"""What `/why` tells about an alert (pure): the sentences, each outlet with its own figure, date and link, how the
bot read each figure, why each joined its event, and why the alert reached this chat.

The values come from the stored history (``event_evidence``); this module only decides what to say.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.alert_text import (
    MAX_MESSAGE_CHARS,
    date_line,
    headline,
    kind_label,
    kind_word,
    place_line,
    quantity,
    speaker_words,
)
from bot.domain.containment import Contains
from bot.domain.events import Family, JoinRole
from bot.domain.links import link_html, safe_url
from bot.domain.sides import Side
from bot.domain.thresholds import Subscription
from bot.domain.time_shape import TimeShape
from bot.i18n import Lang, formats, t
from bot.values import Figure, Kind, Location

_MAX_SENTENCE = 400


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """One claim behind an event, as stored: the figure, who published it, and why it joined."""

    figure: Figure
    outlet: str
    published: dt.date
    url: str | None
    role: JoinRole
    side: Side
    shape: TimeShape
    speaker: str
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventEvidence:
    """An event an alert told about, with every claim behind it and the value this chat was told."""

    event_id: int
    family: Family
    location: Location | None
    date: dt.date
    date_end: dt.date
    shape: TimeShape
    side: Side
    accepted: Figure | None
    destination: Location | None
    disagreement: str | None
    told_value: int
    statements: tuple[Statement, ...]


def reached_because(
    evidence: EventEvidence, subscriptions: Sequence[Subscription], contains: Contains
) -> list[tuple[Location, int]]:
    """The chat's followed places that contain the event, each with its threshold for the event's kind."""
    places = [place for place in (evidence.location, evidence.destination) if place is not None]
    found = []
    for subscription in subscriptions:
        minimum = subscription.thresholds.for_family(evidence.family)
        if minimum is not None and any(contains(subscription.place, place) for place in places):
            found.append((subscription.place, minimum))
    return found


def _family_kind(family: Family) -> Kind:
    """The kind a family is named by (killed, injured, missing, displaced)."""
    return Kind(family.value) if family.value in {k.value for k in Kind} else Kind.DISPLACED


def _reading(statement: Statement, lang: Lang) -> str:
    figure = statement.figure
    if figure.date is None:
        when = t(lang, "why_no_date")
    else:
        when = date_line(figure.date, figure.date_end or figure.date, lang)
    number = formats.number(figure.value, lang) if figure.value is not None else t(lang, "why_number_vague")
    group = figure.group.value if lang is Lang.EN else t(lang, "group_" + figure.group.value)
    return t(
        lang,
        "why_reading",
        kind=kind_label(figure.kind, lang).lower(),
        number=number,
        qualifier=figure.qualifier.value.replace("_", " "),
        group=group,
        side=t(lang, "side_" + statement.side.value),
        place=place_line(figure.location, lang),
        date=when,
        shape=t(lang, "shape_" + statement.shape.value),
    )


def _statement_lines(statement: Statement, lang: Lang) -> list[str]:
    link = f" {link_html(statement.url, t(lang, 'why_link'))}" if safe_url(statement.url) else t(lang, "why_no_link")
    speaker = speaker_words(statement.speaker, lang)
    said = t(lang, "why_said_by", speaker=speaker) if statement.speaker != statement.outlet else ""
    lines = [
        t(
            lang,
            "why_statement",
            outlet=html.escape(statement.outlet),
            date=formats.day(statement.published, lang),
            quantity=html.escape(quantity(statement.figure, lang)),
            said=html.escape(said),
            link=link,
        ),
        t(lang, "why_read_as", reading=html.escape(_reading(statement, lang))),
        t(lang, "why_joined", role=t(lang, "role_" + statement.role.value)),
    ]
    for sentence in statement.sentences:
        cut = sentence if len(sentence) <= _MAX_SENTENCE else sentence[: _MAX_SENTENCE - 1] + "…"
        lines.append(f"  <blockquote>{html.escape(cut)}</blockquote>")
    return lines


def why_text(
    purpose: str,
    events: Sequence[EventEvidence],
    subscriptions: Sequence[Subscription],
    contains: Contains,
    lang: Lang = Lang.EN,
) -> str:
    """The answer to /why about one alert or update, as Telegram HTML within one message, in `lang` (the quoted
    sentences as the reports wrote them)."""
    lines = [t(lang, "why_title_update" if purpose == "update" else "why_title_alert")]
    for evidence in events:
        if evidence.accepted is not None:
            title = headline(evidence.accepted, lang)
        else:
            title = kind_label(_family_kind(evidence.family), lang)
        lines.append("")
        lines.append(f"<b>{html.escape(title[0].upper() + title[1:])}</b>")
        where = place_line(evidence.location, lang)
        if evidence.destination is not None:
            where = t(lang, "from_to", origin=where, destination=place_line(evidence.destination, lang))
        lines.append(
            t(
                lang,
                "why_where",
                where=html.escape(where),
                when=html.escape(date_line(evidence.date, evidence.date_end, lang)),
                shape=t(lang, "shape_" + evidence.shape.value),
                side=t(lang, "side_" + evidence.side.value),
            )
        )
        if evidence.disagreement:
            lines.append(t(lang, "why_disagree", who=html.escape(evidence.disagreement)))
        for statement in evidence.statements:
            lines.extend(_statement_lines(statement, lang))
        reasons = reached_because(evidence, subscriptions, contains)
        told = formats.number(evidence.told_value, lang)
        if reasons:
            kind = kind_word(_family_kind(evidence.family), lang)
            followed = ("؛ " if lang is Lang.AR else "; ").join(
                t(
                    lang,
                    "why_follow",
                    place=html.escape(place_line(place, lang)),
                    minimum=formats.number(minimum, lang),
                    kind=kind,
                )
                for place, minimum in reasons
            )
            lines.append(t(lang, "why_here", reasons=followed, value=told))
        else:
            lines.append(t(lang, "why_here_unfollowed", value=told))
    return _fit(lines)


def _fit(lines: list[str]) -> str:
    """Drop quoted sentences from the end, then lines, until the message fits Telegram's limit."""
    kept = list(lines)
    while len("\n".join(kept)) > MAX_MESSAGE_CHARS:
        quotes = [i for i, line in enumerate(kept) if "<blockquote>" in line]
        kept.pop(quotes[-1] if quotes else -1)
    return "\n".join(kept)
