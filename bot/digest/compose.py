"""What a digest says: the last 24 hours for a chat's places, as one HTML message of at most 4096 characters.

Pure: the caller gathers events and projections already matched to the chat's places. Per place and kind the
digest gives the total of single incidents and, apart from it, the largest reported cumulative total (adding a
monthly total to the incidents it contains would count people twice). Top events follow, with their sources and
corroboration; projections come last as warnings, never as facts.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from bot.digest.wording import KIND_LABELS, amount, figure_phrase, place_phrase
from bot.extraction.model import Group, Kind, Location, Qualifier

MAX_TEXT_CHARS = 4096
MAX_CAPTION_CHARS = 1024
TOP_EVENTS = 5
_HEDGED = (Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.VAGUE)


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRef:
    """One report behind an event: the outlet or source name, and its link."""

    outlet: str
    url: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestEvent:
    """An event seen in the window, already matched to one of the chat's places (`followed_place`)."""

    followed_place: str
    kind: Kind
    group: Group
    value: int | None
    value_max: int | None
    qualifier: Qualifier
    place: Location | None
    date: dt.date | None
    cumulative: bool
    corroboration: int
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestProjection:
    """A forecast figure seen in the window: shown as a warning."""

    followed_place: str
    kind: Kind
    group: Group
    value: int | None
    value_max: int | None
    qualifier: Qualifier
    source: SourceRef


@dataclass(frozen=True, slots=True, kw_only=True)
class Digest:
    """The composed digest: message text (HTML), chart caption (HTML), and whether anything happened."""

    text: str
    caption: str
    empty: bool


def compose_digest(
    *,
    places: Sequence[str],
    events: Sequence[DigestEvent],
    projections: Sequence[DigestProjection],
    window_end: dt.datetime,
    hours: int = 24,
) -> Digest:
    """The digest of `events` and `projections` for a chat following `places`."""
    end = window_end.astimezone(dt.UTC).strftime("%d %b %Y %H:%M UTC")
    header = f"<b>Digest</b>: the last {hours} hours to {end}"
    caption = _truncate(f"Reported figures per day, last 14 days: {html.escape(', '.join(places))}", MAX_CAPTION_CHARS)
    if not places:
        text = f"{header}\nThis chat follows no places yet. Use /subscribe &lt;place&gt; to follow one."
        return Digest(text=text, caption=caption, empty=True)
    if not events and not projections:
        text = f"{header}\nNothing new for {html.escape(', '.join(places))}."
        return Digest(text=text, caption=caption, empty=True)
    blocks = [header, *_place_blocks(places, events, projections)]
    top = sorted(events, key=_importance, reverse=True)[:TOP_EVENTS]
    if top:
        blocks.append("<b>Top events</b>\n" + "\n".join(f"{i}. {_event_line(e)}" for i, e in enumerate(top, 1)))
    return Digest(text=_fit(blocks), caption=caption, empty=False)


def _place_blocks(
    places: Sequence[str], events: Sequence[DigestEvent], projections: Sequence[DigestProjection]
) -> list[str]:
    blocks = []
    for place in places:
        lines = [_kind_line(kind, [e for e in events if e.followed_place == place and e.kind is kind]) for kind in Kind]
        lines = [line for line in lines if line]
        lines += [_projection_line(p) for p in projections if p.followed_place == place]
        if lines:
            blocks.append(f"<b>{html.escape(place)}</b>\n" + "\n".join(lines))
    quiet = [p for p in places if not any(e.followed_place == p for e in events)]
    quiet = [p for p in quiet if not any(pr.followed_place == p for pr in projections)]
    if quiet:
        blocks.append("Nothing new for " + html.escape(", ".join(quiet)) + ".")
    return blocks


def _kind_line(kind: Kind, events: Sequence[DigestEvent]) -> str:
    if not events:
        return ""
    parts = []
    incidents = [e for e in events if not e.cumulative]
    if incidents:
        known = sum(e.value for e in incidents if e.value is not None)
        hedge = "at least " if any(e.qualifier in _HEDGED for e in incidents) else ""
        count = f"{len(incidents)} event" + ("s" if len(incidents) != 1 else "")
        parts.append(f"{hedge}{known:,} in {count}" if known else f"unstated numbers in {count}")
    totals = [e for e in events if e.cumulative]
    if totals:
        largest = max(totals, key=lambda e: e.value or 0)
        parts.append(f"reported total {amount(largest.value, largest.value_max, largest.qualifier)}")
    return f"• {KIND_LABELS[kind].capitalize()}: " + "; ".join(parts)


def _phrase(item: DigestEvent | DigestProjection) -> str:
    projection = isinstance(item, DigestProjection)
    return figure_phrase(
        kind=item.kind,
        value=item.value,
        value_max=item.value_max,
        qualifier=item.qualifier,
        group=item.group,
        projection=projection,
    )


def _projection_line(projection: DigestProjection) -> str:
    return f"⚠ projection: {html.escape(_phrase(projection))} ({_source_link(projection.source)})"


def _event_line(event: DigestEvent) -> str:
    phrase = _phrase(event)
    when = f", {event.date:%d %b}" if event.date else ""
    outlets = ", ".join(_source_link(s) for s in event.sources[:3]) or "source unknown"
    more = f" and {len(event.sources) - 3} more" if len(event.sources) > 3 else ""
    corroboration = f"reported by {event.corroboration} outlets: " if event.corroboration > 1 else ""
    return f"{html.escape(phrase)} in {html.escape(place_phrase(event.place))}{when} ({corroboration}{outlets}{more})"


def _source_link(source: SourceRef) -> str:
    name = html.escape(source.outlet)
    if source.url and source.url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(source.url, quote=True)}">{name}</a>'
    return name


def _importance(event: DigestEvent) -> tuple[int, int, int]:
    deadly = event.kind in (Kind.KILLED, Kind.INJURED, Kind.MISSING)
    return (int(deadly), event.value or 0, event.corroboration)


def _fit(blocks: list[str]) -> str:
    """Join blocks, dropping trailing lines (least important last) until the text fits a Telegram message."""
    text = "\n\n".join(blocks)
    if len(text) <= MAX_TEXT_CHARS:
        return text
    note = "\n… (shortened)"
    lines = text.split("\n")
    while lines and len("\n".join(lines)) + len(note) > MAX_TEXT_CHARS:
        lines.pop()
    return "\n".join(lines) + note


def _truncate(text: str, limit: int) -> str:
    """Cut plain-escaped text to `limit` characters without splitting an HTML entity."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"
