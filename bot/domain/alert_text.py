"""The HTML text of an alert or update (pure): what, how many, where, when, who says so, and the link.

Every string that comes from a report (sentence, place names, outlet, link) is escaped. The whole message
stays within Telegram's 4,096 characters: the quoted sentence is shortened first, the link dropped last.
"""

from __future__ import annotations

import datetime as dt
import html

from bot.domain.events import Event
from bot.domain.links import link_html, safe_url
from bot.domain.magnitude import vague_lower_bound
from bot.domain.thresholds import Purpose
from bot.extraction.model import Figure, Group, Kind, Location, Qualifier
from bot.geo.names import country_display_name

MAX_MESSAGE_CHARS = 4096
_ELLIPSIS = "…"
_MAX_OUTLET_CHARS = 200
_MAX_PLACE_CHARS = 300
_MAX_URL_CHARS = 2000

_KIND_WORDS: dict[Kind, str] = {
    Kind.KILLED: "killed",
    Kind.INJURED: "injured",
    Kind.MISSING: "missing",
    Kind.DISPLACED: "displaced",
    Kind.EVACUATED: "evacuated",
    Kind.SHELTERED: "in shelters",
    Kind.HOMELESS: "left homeless",
    Kind.RETURNED: "returned home",
    Kind.HOUSES_DESTROYED: "houses destroyed",
    Kind.HOUSES_DAMAGED: "houses damaged",
}
_QUALIFIER_WORDS: dict[Qualifier, str] = {
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.ABOUT: "about ",
    Qualifier.UP_TO: "up to ",
    Qualifier.LESS_THAN: "fewer than ",
}
_VAGUE_WORDS = ("hundreds of thousands", "tens of thousands", "millions", "thousands", "hundreds", "dozens")


def quantity(figure: Figure) -> str:
    """How many, with the report's hedge: "at least 23", "2,000–4,000", "dozens"."""
    if figure.value is None:
        lowered = figure.sentence.lower()
        word = next((w for w in _VAGUE_WORDS if w in lowered), None)
        if word is None and vague_lower_bound(figure.sentence) is not None:
            word = "several"
        return word or "an unknown number of"
    if figure.qualifier is Qualifier.RANGE and figure.value_max is not None:
        return f"{figure.value:,}–{figure.value_max:,}"
    return f"{_QUALIFIER_WORDS.get(figure.qualifier, '')}{figure.value:,}"


def headline(figure: Figure) -> str:
    """What happened and how many, in words: "at least 7 civilians killed"."""
    who = "" if figure.group is Group.PEOPLE or figure.kind.value.startswith("houses") else f" {figure.group.value}"
    return f"{quantity(figure)}{who} {_KIND_WORDS[figure.kind]}"


def place_line(location: Location | None) -> str:
    """The place, its first-level area and its country, without repeats."""
    if location is None:
        return "place not stated"
    parts = [location.name]
    if location.admin1 and location.admin1.casefold() != location.name.casefold():
        parts.append(location.admin1)
    if location.country_iso3:
        name = country_display_name(location.country_iso3)
        if name.casefold() != location.name.casefold():
            parts.append(name)
    return ", ".join(parts)[:_MAX_PLACE_CHARS]


def where_line(event: Event) -> str:
    """The event's place; for people who moved and said where to: "from Kanyabayonga to Kirumba, North Kivu"."""
    destination = event.destination
    if destination is None or event.location is None:
        return place_line(event.location)
    if destination.country_iso3 == event.location.country_iso3:
        return f"from {event.location.name} to {place_line(destination)}"
    return f"from {place_line(event.location)} to {place_line(destination)}"


def date_line(start: dt.date, end: dt.date) -> str:
    """A day or a period: "15 Jan 2020" or "1 Dec 2019 – 16 Jan 2020"."""
    if start == end:
        return f"{start.day} {start:%b %Y}"
    return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"


OLD_NEWS_DAYS = 2


def when_line(event: Event, *, now: dt.date | None = None) -> str:
    """When it happened; old news says so: "reported 29 Nov, about 17–19 Nov"."""
    period = date_line(event.date, event.date_end)
    if now is None or (now - event.date_end).days <= OLD_NEWS_DAYS:
        return period
    reported = event.best.published
    if event.date.year == event.date_end.year == reported.year:
        if event.date == event.date_end:
            about = f"{event.date.day} {event.date:%b}"
        elif event.date.month == event.date_end.month:
            about = f"{event.date.day}–{event.date_end.day} {event.date_end:%b}"
        else:
            about = f"{event.date.day} {event.date:%b} – {event.date_end.day} {event.date_end:%b}"
        return f"reported {reported.day} {reported:%b}, about {about}"
    return f"reported {reported.day} {reported:%b %Y}, about {period}"


def figures_line(event: Event) -> str:
    """How many, as a range with who says what when outlets disagree: "20 (authorities) – 45 (civil society)"."""
    pair = event.disagreement
    if pair is None:
        return headline(event.best.figure)
    low, high = pair
    who = "" if low.figure.group is Group.PEOPLE else f" {low.figure.group.value}"
    what = _KIND_WORDS[low.figure.kind]
    return f"{quantity(low.figure)} ({low.speaker}) – {quantity(high.figure)} ({high.speaker}){who} {what}"


def alert_text(event: Event, *, purpose: Purpose, previous_value: int | None = None, now: dt.date | None = None) -> str:
    """The message for one chat about an event, as Telegram HTML."""
    previous = {0: previous_value} if previous_value is not None else {}
    return card_text([event], purpose=purpose, previous=previous, now=now)


def card_text(
    events: list[Event], *, purpose: Purpose, previous: dict[int, int] | None = None, now: dt.date | None = None
) -> str:
    """One message for the events of one incident (killed, injured, ... in one report), as Telegram HTML.

    ``previous`` maps an event's position in ``events`` to the value the chat was last told (updates).
    """
    previous = previous or {}
    lead = events[0]
    titles = [html.escape(figures_line(event)) for event in events]
    joined = ", ".join(titles)
    joined = joined[0].upper() + joined[1:]
    was = [
        (event, previous[i])
        for i, event in enumerate(events)
        if purpose is Purpose.UPDATE and i in previous and previous[i] != event.value
    ]
    if len(events) == 1 and was:
        note = f" (was {was[0][1]:,})"
    else:
        note = f" (was: {', '.join(f'{_KIND_WORDS[e.best.figure.kind]} {v:,}' for e, v in was)})" if was else ""
    first = f"<b>Update: {joined}</b>{html.escape(note)}" if purpose is Purpose.UPDATE else f"<b>{joined}</b>"
    outlets = len(frozenset().union(*(event.outlets for event in events)))
    best = lead.best
    lines = [
        first,
        f"Where: {html.escape(where_line(lead))}",
        f"When: {html.escape(when_line(lead, now=now))}",
        f"According to: {html.escape(best.outlet[:_MAX_OUTLET_CHARS])}"
        + (f" (reported by {outlets} outlets)" if outlets > 1 else " (1 outlet so far)"),
    ]
    url = safe_url(best.url) if best.url and len(best.url) <= _MAX_URL_CHARS else None
    link = link_html(url, "Read the report") if url else ""
    sentences = dict.fromkeys(s for event in events for s in event.best.sentences)
    return _fit(lines, " … ".join(sentences), link)


def _fit(lines: list[str], sentence: str, link: str) -> str:
    def compose(quote: str, with_link: bool) -> str:
        parts = [*lines]
        if quote:
            parts.append(f"<blockquote>{html.escape(quote)}</blockquote>")
        if with_link and link:
            parts.append(link)
        return "\n".join(parts)

    text = compose(sentence, True)
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    # Shorten the quote by what overflows, measured after escaping (escapes lengthen text).
    room = MAX_MESSAGE_CHARS - len(compose("x", True)) + len("x")
    quote = sentence[: max(0, room - len(_ELLIPSIS))]
    while quote and (escaped := len(html.escape(quote + _ELLIPSIS))) > room:
        quote = quote[: min(len(quote) - 1, len(quote) * room // escaped)]
    text = compose(quote + _ELLIPSIS if quote else "", True)
    if len(text) <= MAX_MESSAGE_CHARS:
        return text
    return compose("", False)
