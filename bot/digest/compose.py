"""What a digest says: the last 24 hours for a chat's places, as one HTML message of at most 4096 characters.

Pure: the caller gathers events and projections already matched to the chat's places. Per place and kind the
digest gives the total of single incidents and, apart from it, the largest reported cumulative total (adding a
monthly total to the incidents it contains would count people twice). The largest events of each kind follow,
with their sources and corroboration; projections come last as warnings, never as facts.
"""

from __future__ import annotations

import datetime as dt
import html
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.alert_text import headline, place_line, quantity
from bot.domain.links import link_html
from bot.extraction.model import Figure, Group, Kind, Qualifier

MAX_TEXT_CHARS = 4096
MAX_CAPTION_CHARS = 1024
TOP_PER_KIND = 3
_HEDGED = (Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.VAGUE)
_PROJECTED: dict[Kind, str] = {
    Kind.KILLED: "could be killed",
    Kind.INJURED: "could be injured",
    Kind.MISSING: "could go missing",
    Kind.DISPLACED: "could be displaced",
    Kind.EVACUATED: "could be evacuated",
    Kind.SHELTERED: "could need shelter",
    Kind.HOMELESS: "could be left homeless",
    Kind.RETURNED: "could return",
    Kind.HOUSES_DESTROYED: "houses could be destroyed",
    Kind.HOUSES_DAMAGED: "houses could be damaged",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRef:
    """One report behind an event: the outlet or source name, and its link."""

    outlet: str
    url: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestEvent:
    """An event seen in the window, already matched to one of the chat's places (`followed_place`).

    `figure` is the event's best figure, its location the event's place.
    """

    followed_place: str
    figure: Figure
    cumulative: bool
    corroboration: int
    sources: tuple[SourceRef, ...] = ()
    event_id: int | None = None  # one event may fall under two followed places; top events list it once
    disagreement: str | None = None  # outlets that disagree, who says what: "20 (authorities) – 45 (civil society)"

    @property
    def kind(self) -> Kind:
        """The event's kind."""
        return self.figure.kind


@dataclass(frozen=True, slots=True, kw_only=True)
class DigestProjection:
    """A forecast figure seen in the window: shown as a warning."""

    followed_place: str
    figure: Figure
    source: SourceRef


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceOutage:
    """Sources that are failing now: how many of how many, and since when (their last good answer, if any)."""

    failing: int
    total: int
    since: dt.datetime | None


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
    zone: str = "UTC",
    outage: SourceOutage | None = None,
) -> Digest:
    """The digest of `events` and `projections` for a chat following `places`, in the chat's time zone.

    The window is about when reports were received, not when things happened (a report may tell of last week);
    sources failing now are stated first, since "nothing new" then may only mean "nothing heard".
    """
    tz = _zone(zone)
    end = window_end.astimezone(tz).strftime("%d %b %Y %H:%M")
    header = f"<b>Digest</b>: received in the last {hours} hours, to {end} {html.escape(zone)}"
    if outage is not None and outage.failing:
        since = f" since {outage.since.astimezone(tz):%H:%M}" if outage.since else ""
        if outage.since and outage.since.astimezone(tz).date() != window_end.astimezone(tz).date():
            since = f" since {outage.since.astimezone(tz):%d %b %H:%M}"
        header += (
            f"\n⚠️ {outage.failing} of {outage.total} sources failing{since}: figures may be missing (see /sources)."
        )
    caption = _truncate(
        f"Figures by the day they happened, last 14 days: {html.escape(', '.join(places))}", MAX_CAPTION_CHARS
    )
    if not places:
        text = f"{header}\nThis chat follows no places yet. Use /subscribe &lt;place&gt; to follow one."
        return Digest(text=text, caption=caption, empty=True)
    if not events and not projections:
        text = f"{header}\nNothing new for {html.escape(', '.join(places))}."
        return Digest(text=text, caption=caption, empty=True)
    blocks = [header, *_place_blocks(places, events, projections)]
    unique = list({e.event_id if e.event_id is not None else id(e): e for e in events}.values())
    blocks += _largest_by_kind(unique)
    return Digest(text=_fit(blocks), caption=caption, empty=False)


def _largest_by_kind(events: Sequence[DigestEvent]) -> list[str]:
    """Per kind (deaths first), its largest events: two deaths never outrank 25,000 displaced, nor the reverse."""
    blocks = []
    for kind in sorted({e.kind for e in events}, key=lambda k: (-_SEVERITY.get(k, 1), list(Kind).index(k))):
        ranked = sorted((e for e in events if e.kind is kind), key=_scale, reverse=True)[:TOP_PER_KIND]
        label = kind.value.replace("_", " ").capitalize()
        lines = "\n".join(f"{i}. {_event_line(e)}" for i, e in enumerate(ranked, 1))
        blocks.append(f"<b>Largest: {html.escape(label.lower())}</b>\n{lines}")
    return blocks


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
    incidents = [e.figure for e in events if not e.cumulative]
    if incidents:
        known = sum(f.value for f in incidents if f.value is not None)
        hedge = "at least " if any(f.qualifier in _HEDGED for f in incidents) else ""
        count = f"{len(incidents)} event" + ("s" if len(incidents) != 1 else "")
        parts.append(f"{hedge}{known:,} in {count}" if known else f"unstated numbers in {count}")
    totals = [e.figure for e in events if e.cumulative]
    if totals:
        parts.append(f"reported total {quantity(max(totals, key=lambda f: f.value or 0))}")
    label = kind.value.replace("_", " ").capitalize()
    return f"• {label}: " + html.escape("; ".join(parts))


def _projection_line(projection: DigestProjection) -> str:
    figure = projection.figure
    who = "" if figure.group is Group.PEOPLE or figure.kind.value.startswith("houses") else f" {figure.group.value}"
    phrase = f"{quantity(figure)}{who} {_PROJECTED[figure.kind]}"
    return f"⚠ projection: {html.escape(phrase)} ({_source_link(projection.source)})"


def _event_line(event: DigestEvent) -> str:
    figure = event.figure
    when = f", {figure.date.day} {figure.date:%b}" if figure.date else ""
    outlets = ", ".join(_source_link(s) for s in event.sources[:3]) or "source unknown"
    more = f" and {len(event.sources) - 3} more" if len(event.sources) > 3 else ""
    corroboration = f"reported by {event.corroboration} outlets: " if event.corroboration > 1 else ""
    where = html.escape(place_line(figure.location))
    what = headline(figure) if event.disagreement is None else f"{event.disagreement} {figure.kind.value}"
    return f"{html.escape(what)} in {where}{when} ({corroboration}{outlets}{more})"


def _source_link(source: SourceRef) -> str:
    return link_html(source.url, html.escape(source.outlet))


# Kinds in this order: deaths first, then the missing and injured, then people forced from their homes.
_SEVERITY = {Kind.KILLED: 3, Kind.MISSING: 2, Kind.INJURED: 2}


def _scale(event: DigestEvent) -> tuple[int, int]:
    return (event.figure.value or 0, event.corroboration)


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


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
