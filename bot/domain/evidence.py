"""What `/why` tells about an alert (pure): the sentences, each outlet with its own figure, date and link, how the
bot read each figure, why each joined its event, and why the alert reached this chat.

The values come from the stored history (``event_evidence``); this module only decides what to say.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.alert_text import MAX_MESSAGE_CHARS, date_line, headline, place_line, quantity
from bot.domain.containment import Contains
from bot.domain.events import Family, JoinRole
from bot.domain.links import link_html, safe_url
from bot.domain.sides import Side
from bot.domain.thresholds import Subscription
from bot.domain.time_shape import TimeShape
from bot.extraction.model import Figure, Location

_ROLE_WORDS = {
    JoinRole.FIRST: "first report of the event",
    JoinRole.CORROBORATES: "corroborates the toll",
    JoinRole.RISES: "raised the toll",
    JoinRole.DISPUTES: "disagrees (kept as the other end of the range, not as a rise)",
    JoinRole.LOWER: "lower count (partial; does not lower the toll)",
}
_SHAPE_WORDS = {
    TimeShape.INCIDENT: "one incident",
    TimeShape.PERIOD_TOTAL: "total over a closed period",
    TimeShape.RUNNING_TOTAL: "running total to the report's date",
    TimeShape.STANDING_TOTAL: "standing total (no period given)",
}
_SIDE_WORDS = {
    Side.STATE: "state forces",
    Side.NON_STATE: "non-state groups",
    Side.CIVILIAN: "civilians",
    Side.UNKNOWN: "side not stated",
}
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


def _reading(statement: Statement) -> str:
    figure = statement.figure
    when = "no date given" if figure.date is None else date_line(figure.date, figure.date_end or figure.date)
    parts = [
        f"kind {figure.kind.value}",
        f"number {figure.value:,}" if figure.value is not None else "number vague",
        f"qualifier {figure.qualifier.value.replace('_', ' ')}",
        f"group {figure.group.value} ({_SIDE_WORDS[statement.side]})",
        f"place {place_line(figure.location)}",
        f"date {when}",
        _SHAPE_WORDS[statement.shape],
    ]
    return "; ".join(parts)


def _statement_lines(statement: Statement) -> list[str]:
    link = f" {link_html(statement.url, 'link')}" if safe_url(statement.url) else " (no link)"
    said = f", said by {statement.speaker}" if statement.speaker != statement.outlet else ""
    lines = [
        f"• <b>{html.escape(statement.outlet)}</b>, {statement.published.day} {statement.published:%b %Y}: "
        f"{html.escape(quantity(statement.figure))}{html.escape(said)}{link}",
        f"  read as: {html.escape(_reading(statement))}",
        f"  joined: {_ROLE_WORDS[statement.role]}",
    ]
    for sentence in statement.sentences:
        cut = sentence if len(sentence) <= _MAX_SENTENCE else sentence[: _MAX_SENTENCE - 1] + "…"
        lines.append(f"  <blockquote>{html.escape(cut)}</blockquote>")
    return lines


def why_text(
    purpose: str, events: Sequence[EventEvidence], subscriptions: Sequence[Subscription], contains: Contains
) -> str:
    """The answer to /why about one alert or update, as Telegram HTML within one message."""
    lines = [f"<b>Why this {html.escape(purpose)}</b>"]
    for evidence in events:
        title = headline(evidence.accepted) if evidence.accepted is not None else evidence.family.value
        lines.append("")
        lines.append(f"<b>{html.escape(title[0].upper() + title[1:])}</b>")
        where = place_line(evidence.location)
        if evidence.destination is not None:
            where = f"from {where} to {place_line(evidence.destination)}"
        lines.append(
            f"Where: {html.escape(where)}; when: "
            f"{html.escape(date_line(evidence.date, evidence.date_end))} ({_SHAPE_WORDS[evidence.shape]}); "
            f"side: {_SIDE_WORDS[evidence.side]}"
        )
        if evidence.disagreement:
            lines.append(f"Outlets disagree: {html.escape(evidence.disagreement)}")
        for statement in evidence.statements:
            lines.extend(_statement_lines(statement))
        reasons = reached_because(evidence, subscriptions, contains)
        if reasons:
            followed = "; ".join(
                f"you follow {html.escape(place_line(place))} (alert from {minimum:,} {evidence.family.value})"
                for place, minimum in reasons
            )
            lines.append(f"Why here: {followed}; you were told {evidence.told_value:,}.")
        else:
            lines.append(f"Why here: you were told {evidence.told_value:,} (the place is no longer followed).")
    return _fit(lines)


def _fit(lines: list[str]) -> str:
    """Drop quoted sentences from the end, then lines, until the message fits Telegram's limit."""
    kept = list(lines)
    while len("\n".join(kept)) > MAX_MESSAGE_CHARS:
        quotes = [i for i, line in enumerate(kept) if "<blockquote>" in line]
        kept.pop(quotes[-1] if quotes else -1)
    return "\n".join(kept)
