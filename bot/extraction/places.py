"""Places of figures: the place each figure's clause attaches it to, found with the gazetteer.

Rule, for each figure:
1. In its sentence, the nearest place, preferring the clause that holds the figure and places attached by
   "in", "near", "at", "from", "across" (or named as what people fled: "fled Rutshuru for Goma" is Rutshuru's);
   a destination ("to", "towards", "into", "for") counts last. A broader place is then narrowed to a place named
   inside it right beside it ("Saraqeb, Idlib", "the Idlib city of Saraqeb", "Masisi in North Kivu").
2. Else the nearest place named before the figure in its paragraph, else after it in the paragraph.
3. Else the place last named in the few paragraphs before, when it lies in the report's main country.
4. Else the report's main place (its most named town or area in its main country, else that country).
A place that speaks ("Damascus said") is its government, not a figure's place; a dateline ("GOMA, 3 March –")
places a figure only when the report names nothing else. Demonyms ("Syrian forces") set the context but are a
figure's place only when the report names no place at all; a country other than the main one counts only after
"in", "across", "from" (not "a truce brokered by Russia").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from bot.extraction.model import Anchor, Location, PlaceLevel
from bot.geo.containment import contains
from bot.geo.gazetteer import Gazetteer, get_gazetteer
from bot.geo.matching import Mention, find_mentions

# "Damascus said", "Moscow denied": a capital standing for its government speaks; nothing happens there.
_SPEAKS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|denied|denies|accused|accuses|announced|claimed|claims|rejected|"
    r"blamed|insisted|warned|responded|condemned)\b"
)
_LOCATIVES = frozenset({"in", "across", "throughout", "inside", "from", "into"})
_SPECIFICITY = {PlaceLevel.TOWN: 2, PlaceLevel.ADMIN1: 1, PlaceLevel.COUNTRY: 0}
_AT, _NEUTRAL, _TOWARDS = 2, 1, 0
_ATTACHING = frozenset(
    {"in", "near", "at", "from", "across", "throughout", "inside", "outside", "around", "within", "fled", "flee",
     "flees", "fleeing", "left", "leaving", "escaped", "escaping", "evacuated"}
)  # fmt: skip
_DESTINATIONS = frozenset({"to", "towards", "toward", "into", "for"})
# Words between a preposition and its place: "in the besieged opposition area of East Ghouta".
_LEAD_WORDS = 6
_LOOK_BACK = 60
# "the Idlib city of Saraqeb": the first name only says where the second lies.
_OF_PLACE = re.compile(
    r"\s+(?:city|town|village|district|province|governorate|region|state|territory|area|camp)\s+of\s+"
)
_BESIDE = re.compile(r"(?:\s*,\s*|\s+(?:in|of|near)\s+(?:the\s+)?|['’]s\s+)")
_CLAUSE_BREAK = re.compile(r";|\s[–—-]\s|,\s+(?:while|whereas|but|including|and|as|after|when)\b")
_DATELINE = re.compile(r"\s*(?:\(|,|:|–|—|-)")
_DATELINE_REACH = 300
_CARRY_PARAGRAPHS = 3
_RECENT = 250  # characters: the places of the last sentence or two
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _attachment(text: str, mention: Mention) -> int:
    """How firmly the words before a place tie it to what happens: at, neutral or a destination."""
    for word in reversed(text[max(0, mention.start - _LOOK_BACK) : mention.start].split()[-_LEAD_WORDS:]):
        lowered = word.lower()
        if lowered in _ATTACHING:
            return _AT
        if lowered in _DESTINATIONS:
            return _TOWARDS
        if not lowered.replace("-", "").isalpha():
            break  # punctuation ends the phrase the place belongs to
    return _NEUTRAL


def _is_dateline(text: str, mention: Mention) -> bool:
    """ "GOMA, 3 March –", "AMMAN:": a capitalised place opening a paragraph near the top of the report."""
    if mention.start >= _DATELINE_REACH or text[mention.start - 2 : mention.start].strip():
        return False
    return text[mention.start : mention.end].isupper() and _DATELINE.match(text, mention.end) is not None


def _where_things_happen(text: str, mentions: Sequence[Mention], main: str | None) -> list[Mention]:
    """Mentions that can be a figure's place: a foreign country counts only after "in"/"across"/"from"."""
    kept: list[Mention] = []
    for mention in mentions:
        if _SPEAKS.match(text, mention.end):
            continue
        if mention.level is PlaceLevel.COUNTRY and mention.country_iso3 != main:
            before = text[max(0, mention.start - 12) : mention.start].lower().split()
            if not before or before[-1] not in _LOCATIVES:
                continue  # "a deal announced by Russia": the country acts, nothing happens there
        kept.append(mention)
    return kept


def _main_place(mentions: Sequence[Mention]) -> Mention | None:
    """The report's most named place below country level in its most named country, else that country."""
    if not mentions:
        return None
    country = Counter(m.country_iso3 for m in mentions).most_common(1)[0][0]
    local = Counter(m.number for m in mentions if m.country_iso3 == country and m.level is not PlaceLevel.COUNTRY)
    if local:
        number = local.most_common(1)[0][0]
        return next(m for m in mentions if m.number == number)
    return next((m for m in mentions if m.country_iso3 == country and m.level is PlaceLevel.COUNTRY), None)


class _Placer:
    """Places figures of one text: its mentions, how each is attached, and the report's main place."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self._text = text
        self._gazetteer = gazetteer
        mentions = find_mentions(text, gazetteer)
        places = [m for m in mentions if not m.demonym]
        datelines = {m.start for m in places if _is_dateline(text, m)}
        body = [m for m in places if m.start not in datelines]
        self.fallback = _main_place(body) or _main_place(places) or _main_place(mentions)
        self._main = self.fallback.country_iso3 if self.fallback else None
        self._attachments: dict[int, int] = {}
        self._located_by: dict[int, Mention] = {}  # "in the Idlib city of Saraqeb": Saraqeb takes Idlib's "in"
        for outer in body:
            inner = self._names_where(outer, body)
            if inner is not None:
                self._located_by[inner.start] = outer
        locators = {outer.start for outer in self._located_by.values()}
        named = [m for m in _where_things_happen(text, body, self._main) if m.start not in locators]
        self._named = named
        self._starts = [m.start for m in named]

    def _attached(self, mention: Mention) -> int:
        """The mention's attachment, worked out when first needed."""
        found = self._attachments.get(mention.start)
        if found is None:
            found = _attachment(self._text, mention)
            outer = self._located_by.get(mention.start)
            if outer is not None:
                found = max(found, _attachment(self._text, outer))
            self._attachments[mention.start] = found
        return found

    def _names_where(self, mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
        """The place this one only locates ("Idlib" in "the Idlib city of Saraqeb"), if any."""
        found = _OF_PLACE.match(self._text, mention.end)
        if found is None:
            return None
        return next((m for m in mentions if m.start == found.end()), None)

    def _within(self, start: int, end: int) -> list[Mention]:
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end, low)
        return [m for m in self._named[low:high] if m.end <= end]

    def _clause(self, anchor: Anchor) -> tuple[int, int]:
        """The part of the figure's sentence between clause breaks (";", " – ", ", while", ...)."""
        start, end = anchor.sentence
        for found in _CLAUSE_BREAK.finditer(self._text, start, end):
            if found.end() <= anchor.span[0]:
                start = found.end()
            elif found.start() >= anchor.span[1]:
                end = found.start()
                break
        return start, end

    def _in_sentence(self, anchor: Anchor) -> Mention | None:
        mentions = self._within(*anchor.sentence)
        if not mentions:
            return None
        clause = self._clause(anchor)
        span = anchor.span

        def rank(m: Mention) -> tuple[bool, int, int, int]:
            in_clause = clause[0] <= m.start and m.end <= clause[1]
            return (in_clause, self._attached(m), _SPECIFICITY[m.level], -_distance(m, span))

        return self._narrowed(max(mentions, key=rank), mentions)

    def _narrowed(self, chosen: Mention, mentions: Sequence[Mention]) -> Mention:
        """A more specific place named right beside the chosen one and lying inside it ("Masisi, North Kivu")."""
        outer = self.location(chosen)
        best = chosen
        for other in mentions:
            if _SPECIFICITY[other.level] <= _SPECIFICITY[best.level]:
                continue
            first, second = (other, chosen) if other.start < chosen.start else (chosen, other)
            gap = self._text[first.end : second.start]
            if len(gap) <= 12 and _BESIDE.fullmatch(gap) and contains(outer, self.location(other)):
                best = other
        return best

    def _salient(self, mentions: Sequence[Mention]) -> Mention:
        """Of the places named last before a figure, the best attached and most specific ("in Idlib city")."""
        recent = [m for m in mentions if m.start >= mentions[-1].start - _RECENT]
        return max(recent, key=lambda m: (self._attached(m), _SPECIFICITY[m.level], m.start))

    def _in_paragraph(self, anchor: Anchor) -> Mention | None:
        before = self._within(anchor.paragraph[0], anchor.sentence[0])
        if before:
            return self._salient(before)
        after = self._within(anchor.sentence[1], anchor.paragraph[1])
        return after[0] if after else None

    def _carried_over(self, anchor: Anchor) -> Mention | None:
        """The place named last a few paragraphs before, when it lies in the report's main country."""
        at = bisect_left(self._starts, anchor.paragraph[0])
        if at == 0:
            return None
        last = self._salient(self._named[:at])
        breaks = len(_PARAGRAPH_BREAK.findall(self._text, last.end, anchor.paragraph[0]))
        return last if last.country_iso3 == self._main and breaks <= _CARRY_PARAGRAPHS else None

    def place_of(self, anchor: Anchor) -> Mention | None:
        """The mention that places this figure, or None."""
        return self._in_sentence(anchor) or self._in_paragraph(anchor) or self._carried_over(anchor) or self.fallback

    def location(self, mention: Mention) -> Location:
        """The figure-facing form of a mention's place."""
        return self._gazetteer.location(mention.number)


def _distance(mention: Mention, span: tuple[int, int]) -> int:
    if mention.end <= span[0]:
        return span[0] - mention.end
    if mention.start >= span[1]:
        return mention.start - span[1]
    return 0


def locate_figures(text: str, anchors: Sequence[Anchor]) -> list[Location | None]:
    """The place each anchored figure refers to, or None."""
    if not anchors:
        return []
    placer = _Placer(text, get_gazetteer())
    located: list[Location | None] = []
    for anchor in anchors:
        mention = placer.place_of(anchor)
        located.append(placer.location(mention) if mention else None)
    return located
