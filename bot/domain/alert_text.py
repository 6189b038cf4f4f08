"""The HTML text of an alert or update (pure): what, how many, where, when, who says so, and the link, in the
chat's language (``bot.i18n``); the quoted report sentence stays as the report wrote it.

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
from bot.geo.names import country_display_name
from bot.i18n import CATALOGUE, Lang, isolate, rtl, t
from bot.i18n.formats import area_name, country_name, day, day_month, number
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

MAX_MESSAGE_CHARS = 4096
_ELLIPSIS = "…"
_MAX_OUTLET_CHARS = 200
_MAX_PLACE_CHARS = 300
_MAX_URL_CHARS = 2000

_QUALIFIER_KEYS: dict[Qualifier, str] = {
    Qualifier.AT_LEAST: "qty_at_least",
    Qualifier.MORE_THAN: "qty_more_than",
    Qualifier.ABOUT: "qty_about",
    Qualifier.UP_TO: "qty_up_to",
    Qualifier.LESS_THAN: "qty_less_than",
}
# Words for "how many" when a report gives none, as each language writes them; longest first ("tens of
# thousands" before "thousands"). The quoted sentence may be in any of the three languages.
_VAGUE_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hundreds_of_thousands", ("hundreds of thousands", "centaines de milliers", "مئات الآلاف", "مئات آلاف")),
    ("tens_of_thousands", ("tens of thousands", "dizaines de milliers", "عشرات الآلاف", "عشرات آلاف")),
    ("millions", ("millions", "ملايين")),
    ("thousands", ("thousands", "milliers", "آلاف")),
    ("hundreds", ("hundreds", "centaines", "مئات")),
    ("dozens", ("dozens", "dizaines", "عشرات")),
)


def kind_word(kind: Kind, lang: Lang = Lang.EN, *, count: int | None = None) -> str:
    """The kind as a participle or noun after a number: "killed", "tués" ("tué" for one), "القتلى"."""
    return t(lang, ("kind_one_" if count == 1 else "kind_word_") + kind.value)


def kind_label(kind: Kind, lang: Lang = Lang.EN) -> str:
    """The kind as a heading: "Killed", "Tués", "القتلى"."""
    return t(lang, "kind_label_" + kind.value)


def quantity(figure: Figure, lang: Lang = Lang.EN) -> str:
    """How many, with the report's hedge: "at least 23", "2,000–4,000", "dozens" (in `lang`)."""
    if figure.value is None:
        lowered = figure.sentence.lower()
        key = next((key for key, cues in _VAGUE_CUES if any(cue in lowered for cue in cues)), None)
        if key is None and vague_lower_bound(figure.sentence) is not None:
            key = "several"
        return t(lang, "vague_" + (key or "unknown"))
    if figure.qualifier is Qualifier.RANGE and figure.value_max is not None:
        return t(lang, "qty_range", low=number(figure.value, lang), high=number(figure.value_max, lang))
    key = _QUALIFIER_KEYS.get(figure.qualifier)
    return t(lang, key, n=number(figure.value, lang)) if key else number(figure.value, lang)


def who_words(group: Group, kind: Kind, lang: Lang = Lang.EN) -> str:
    """Who was counted, when not just "people": " civilians" ("" for people and houses)."""
    if group is Group.PEOPLE or kind.value.startswith("houses"):
        return ""
    return t(lang, "headline_who", group=t(lang, "group_" + group.value))


def headline(figure: Figure, lang: Lang = Lang.EN) -> str:
    """What happened and how many, in words: "at least 7 civilians killed", "القتلى من المدنيين: 7 على الأقل"."""
    exact_one = figure.value == 1 and figure.qualifier is Qualifier.EXACT
    return t(
        lang,
        "headline",
        quantity=quantity(figure, lang),
        who=who_words(figure.group, figure.kind, lang),
        kind=kind_word(figure.kind, lang, count=1 if exact_one else None),
    )


def place_line(location: Location | None, lang: Lang = Lang.EN) -> str:
    """The place, its first-level area and its country, without repeats (the country named in `lang`)."""
    if location is None:
        return t(lang, "place_not_stated")
    name = location.name
    if location.level is PlaceLevel.ADMIN1:
        name = area_name(location.country_iso3, location.name, lang)
    parts = [name]
    if location.admin1 and location.admin1.casefold() != location.name.casefold():
        parts.append(area_name(location.country_iso3, location.admin1, lang))
    if location.country_iso3:
        name = country_name(location.country_iso3, lang)
        if name.casefold() != location.name.casefold() and country_display_name(location.country_iso3) != location.name:
            parts.append(name)
    if lang is Lang.AR:
        return "، ".join(isolate(part) for part in parts)[:_MAX_PLACE_CHARS]
    return ", ".join(parts)[:_MAX_PLACE_CHARS]


def where_line(event: Event, lang: Lang = Lang.EN) -> str:
    """The event's place; for people who moved and said where to: "from Kanyabayonga to Kirumba, North Kivu"."""
    destination = event.destination
    if destination is None or event.location is None:
        return place_line(event.location, lang)
    if destination.country_iso3 == event.location.country_iso3:
        return t(lang, "from_to", origin=event.location.name, destination=place_line(destination, lang))
    return t(lang, "from_to", origin=place_line(event.location, lang), destination=place_line(destination, lang))


def date_line(start: dt.date, end: dt.date, lang: Lang = Lang.EN) -> str:
    """A day or a period: "15 Jan 2020" or "1 Dec 2019 – 16 Jan 2020"."""
    if start == end:
        return day(start, lang)
    return f"{day(start, lang)} – {day(end, lang)}"


OLD_NEWS_DAYS = 2


def when_line(event: Event, *, now: dt.date | None = None, lang: Lang = Lang.EN) -> str:
    """When it happened; old news says so: "reported 29 Nov, about 17–19 Nov"."""
    period = date_line(event.date, event.date_end, lang)
    if now is None or (now - event.date_end).days <= OLD_NEWS_DAYS:
        return period
    reported = event.best.published
    if event.date.year == event.date_end.year == reported.year:
        if event.date == event.date_end:
            about = day_month(event.date, lang)
        elif event.date.month == event.date_end.month:
            about = f"{event.date.day}–{day_month(event.date_end, lang)}"
        else:
            about = f"{day_month(event.date, lang)} – {day_month(event.date_end, lang)}"
        return t(lang, "reported_about", reported=day_month(reported, lang), about=about)
    return t(lang, "reported_about", reported=day(reported, lang), about=period)


def speaker_words(speaker: str, lang: Lang = Lang.EN) -> str:
    """Who states a figure, in `lang` when it is one of the speakers the bot names ("authorities"); an outlet's
    name as it is."""
    key = "speaker_" + speaker.casefold().replace(" ", "_")
    return t(lang, key) if key in CATALOGUE else speaker


def figures_line(event: Event, lang: Lang = Lang.EN) -> str:
    """How many, as a range with who says what when outlets disagree: "20 (authorities) – 45 (civil society)"."""
    pair = event.disagreement
    if pair is None:
        return headline(event.best.figure, lang)
    low, high = pair
    low_speaker, high_speaker = speaker_words(low.speaker, lang), speaker_words(high.speaker, lang)
    span = f"{quantity(low.figure, lang)} ({low_speaker}) – {quantity(high.figure, lang)} ({high_speaker})"
    who = who_words(low.figure.group, low.figure.kind, lang)
    return t(lang, "headline", quantity=span, who=who, kind=kind_word(low.figure.kind, lang))


def alert_text(
    event: Event,
    *,
    purpose: Purpose,
    previous_value: int | None = None,
    now: dt.date | None = None,
    lang: Lang = Lang.EN,
) -> str:
    """The message for one chat about an event, as Telegram HTML in the chat's language."""
    previous = {0: previous_value} if previous_value is not None else {}
    return card_text([event], purpose=purpose, previous=previous, now=now, lang=lang)


def card_text(
    events: list[Event],
    *,
    purpose: Purpose,
    previous: dict[int, int] | None = None,
    now: dt.date | None = None,
    lang: Lang = Lang.EN,
) -> str:
    """One message for the events of one incident (killed, injured, ... in one report), as Telegram HTML.

    ``previous`` maps an event's position in ``events`` to the value the chat was last told (updates). Everything
    is in `lang` except the quoted report sentences, which stay as written.
    """
    previous = previous or {}
    lead = events[0]
    titles = [html.escape(figures_line(event, lang)) for event in events]
    joined = ("، " if lang is Lang.AR else ", ").join(titles)
    joined = joined[0].upper() + joined[1:]
    was = [
        (event, previous[i])
        for i, event in enumerate(events)
        if purpose is Purpose.UPDATE and i in previous and previous[i] != event.value
    ]
    if len(events) == 1 and was:
        note = t(lang, "alert_was_one", value=number(was[0][1], lang))
    elif was:
        values = ", ".join(f"{kind_word(e.best.figure.kind, lang)} {number(v, lang)}" for e, v in was)
        note = t(lang, "alert_was_many", values=values)
    else:
        note = ""
    if purpose is Purpose.UPDATE:
        first = t(lang, "alert_update", title=joined, note=html.escape(note))
    else:
        first = f"<b>{joined}</b>"
    if lang is Lang.AR:
        first = rtl(first)
    outlets = len(frozenset().union(*(event.outlets for event in events)))
    best = lead.best
    outlet = html.escape(best.outlet[:_MAX_OUTLET_CHARS])
    lines = [
        first,
        t(lang, "alert_where", where=html.escape(where_line(lead, lang))),
        t(lang, "alert_when", when=html.escape(when_line(lead, now=now, lang=lang))),
        t(lang, "alert_outlets_many", outlet=outlet, count=number(outlets, lang))
        if outlets > 1
        else t(lang, "alert_outlets_one", outlet=outlet),
    ]
    url = safe_url(best.url) if best.url and len(best.url) <= _MAX_URL_CHARS else None
    link = link_html(url, t(lang, "alert_read_report")) if url else ""
    if link and lang is Lang.AR:
        link = rtl(link)
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
