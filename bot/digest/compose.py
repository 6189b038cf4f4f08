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

from bot.domain.alert_text import headline, kind_label, kind_word, place_line, quantity, who_words
from bot.domain.links import link_html
from bot.domain.parts import countable
from bot.i18n import Lang, t
from bot.i18n.formats import clock, day_month, days, moment, number
from bot.i18n.formats import hours as hours_words
from bot.values import Figure, Kind, Qualifier

MAX_TEXT_CHARS = 4096
MAX_CAPTION_CHARS = 1024
TOP_PER_KIND = 3
CAPTION_DAYS = 14  # the chart's span (bot.digest.chart.CHART_DAYS), named in its caption
_HEDGED = (Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.VAGUE)


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
    lang: Lang = Lang.EN,
) -> Digest:
    """The digest of `events` and `projections` for a chat following `places`, in the chat's time zone.

    The window is about when reports were received, not when things happened (a report may tell of last week);
    sources failing now are stated first, since "nothing new" then may only mean "nothing heard".
    """
    tz = _zone(zone)
    end = moment(window_end.astimezone(tz), lang)
    header = t(lang, "digest_header", hours=hours_words(hours, lang), end=end, zone=html.escape(zone))
    if outage is not None and outage.failing:
        since = ""
        if outage.since:
            local = outage.since.astimezone(tz)
            same_day = local.date() == window_end.astimezone(tz).date()
            since = t(
                lang, "digest_since", time=clock(local, lang) if same_day else moment(local, lang, with_year=False)
            )
        header += "\n" + t(
            lang, "digest_outage", failing=number(outage.failing, lang), total=number(outage.total, lang), since=since
        )
    caption = _truncate(
        t(lang, "digest_caption", days=days(CAPTION_DAYS, lang), places=html.escape(", ".join(places))),
        MAX_CAPTION_CHARS,
    )
    if not places:
        return Digest(text=f"{header}\n{t(lang, 'digest_no_places')}", caption=caption, empty=True)
    if not events and not projections:
        text = f"{header}\n{t(lang, 'digest_nothing_new', places=html.escape(', '.join(places)))}"
        return Digest(text=text, caption=caption, empty=True)
    blocks = [header, *_place_blocks(places, events, projections, lang)]
    unique = list({e.event_id if e.event_id is not None else id(e): e for e in events}.values())
    blocks += _largest_by_kind(unique, lang)
    return Digest(text=_fit(blocks, lang), caption=caption, empty=False)


def _largest_by_kind(events: Sequence[DigestEvent], lang: Lang) -> list[str]:
    """Per kind (deaths first), its largest events: two deaths never outrank 25,000 displaced, nor the reverse."""
    blocks = []
    for kind in sorted({e.kind for e in events}, key=lambda k: (-_SEVERITY.get(k, 1), list(Kind).index(k))):
        ranked = sorted((e for e in events if e.kind is kind), key=_scale, reverse=True)[:TOP_PER_KIND]
        lines = "\n".join(f"{i}. {_event_line(e, lang)}" for i, e in enumerate(ranked, 1))
        blocks.append(f"{t(lang, 'digest_largest', kind=html.escape(kind_label(kind, lang).lower()))}\n{lines}")
    return blocks


def _place_blocks(
    places: Sequence[str], events: Sequence[DigestEvent], projections: Sequence[DigestProjection], lang: Lang
) -> list[str]:
    blocks = []
    for place in places:
        lines = [
            _kind_line(kind, [e for e in events if e.followed_place == place and e.kind is kind], lang) for kind in Kind
        ]
        lines = [line for line in lines if line]
        lines += [_projection_line(p, lang) for p in projections if p.followed_place == place]
        if lines:
            blocks.append(f"<b>{html.escape(place)}</b>\n" + "\n".join(lines))
    quiet = [p for p in places if not any(e.followed_place == p for e in events)]
    quiet = [p for p in quiet if not any(pr.followed_place == p for pr in projections)]
    if quiet:
        blocks.append(t(lang, "digest_nothing_new", places=html.escape(", ".join(quiet))))
    return blocks


def _kind_line(kind: Kind, events: Sequence[DigestEvent], lang: Lang) -> str:
    if not events:
        return ""
    parts = []
    incidents = countable([e.figure for e in events if not e.cumulative])
    if incidents:
        known = sum(f.value for f in incidents if f.value is not None)
        count = number(len(incidents), lang)
        one = len(incidents) == 1
        if known:
            total = number(known, lang)
            if any(f.qualifier in _HEDGED for f in incidents):
                total = t(lang, "qty_at_least", n=total)
            parts.append(t(lang, "digest_in_one_event" if one else "digest_in_events", total=total, count=count))
        else:
            parts.append(t(lang, "digest_unstated_one" if one else "digest_unstated", count=count))
    totals = [e.figure for e in events if e.cumulative]
    if totals:
        largest = max(totals, key=lambda f: f.value or 0)
        parts.append(t(lang, "digest_reported_total", quantity=quantity(largest, lang)))
    separator = "؛ " if lang is Lang.AR else "; "
    return t(lang, "digest_kind_line", kind=kind_label(kind, lang), parts=html.escape(separator.join(parts)))


def _projection_line(projection: DigestProjection, lang: Lang) -> str:
    figure = projection.figure
    phrase = t(
        lang,
        "projected",
        quantity=quantity(figure, lang),
        who=who_words(figure.group, figure.kind, lang),
        what=t(lang, "projected_" + figure.kind.value),
    )
    return t(lang, "digest_projection", phrase=html.escape(phrase), source=_source_link(projection.source))


def _event_line(event: DigestEvent, lang: Lang) -> str:
    figure = event.figure
    when = ("، " if lang is Lang.AR else ", ") + day_month(figure.date, lang) if figure.date else ""
    outlets = ", ".join(_source_link(s) for s in event.sources[:3]) or t(lang, "digest_source_unknown")
    more = t(lang, "digest_more", count=number(len(event.sources) - 3, lang)) if len(event.sources) > 3 else ""
    corroboration = (
        t(lang, "digest_corroboration", count=number(event.corroboration, lang)) if event.corroboration > 1 else ""
    )
    where = html.escape(place_line(figure.location, lang))
    if event.disagreement is None:
        what = headline(figure, lang)
    else:
        what = t(lang, "digest_disagreement", disagreement=event.disagreement, kind=kind_word(figure.kind, lang))
    return t(
        lang,
        "digest_event_line",
        what=html.escape(what),
        where=where,
        when=html.escape(when),
        corroboration=corroboration,
        outlets=outlets,
        more=more,
    )


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


def _fit(blocks: list[str], lang: Lang) -> str:
    """Join blocks, dropping trailing lines (least important last) until the text fits a Telegram message."""
    text = "\n\n".join(blocks)
    if len(text) <= MAX_TEXT_CHARS:
        return text
    note = "\n" + t(lang, "digest_shortened")
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
