"""Places of figures: the place each figure's clause attaches it to, found with the gazetteer.

Rule, for each figure:
1. In its sentence, the nearest place, preferring the clause that holds the figure and places attached by
   "in", "near", "at", "from", "across" (or named as what people fled: "fled Rutshuru for Goma" is Rutshuru's);
   a destination ("to", "towards", "into", "for") counts last. A broader place is then narrowed to a place named
   inside it right beside it ("Saraqeb, Idlib", "the Idlib city of Saraqeb", "Masisi in North Kivu").
   A place in another clause and another country yields to the people of the figure's sentence when the
   report names places in their country ("900 Palestinians died in the enclave, including 300 children, while
   120 died in Israel": the first two are Palestinian figures).
2. Else the nearest place named before the figure in its paragraph, else after it in the paragraph.
3. Else the place last named in the few paragraphs before, when it lies in the report's main country.
4. Else the report's main place (its most named town or area in its main country, else that country); a
   country the report names with places named in it is main before one only named, however often.
A place that speaks ("Damascus said") is its government, not a figure's place; a dateline ("GOMA, 3 March –")
places a figure only when the report names nothing else. Demonyms ("Syrian forces") set the context but are a
figure's place only when the report names no place at all; a country other than the main one counts only after
"in", "across", "from", "to" (not "a truce brokered by Russia"), and after "from" or "to" only for people who
moved. A possessive country ("Turkey's disaster agency") owns
rather than locates; "in/across the country" means the country named last before it (else the main one).
Places outside the figure's sentence count only in the main country or a country the report names ("told
journalists in Geneva" places nothing). What "from" means depends on the figure (read from its words):
- killed, injured, ...: "from" names the actors' origin ("rescue teams from Egypt"), no figure's place;
- displaced: "from" is the origin, except that people crossing a border are counted where they arrive ("crossed
  from Sudan into Chad", "fled to Uganda");
- returned: people are where they returned to, never in the country they returned from ("returned from
  Pakistan"); their own people's name places them ("Afghans", "Chadian returnees").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from bot.geo import attachment as attach
from bot.geo.attachment import FROM, MOVE, RETURN, STAY, STRENGTH, TOWARDS, WEIGHTS
from bot.geo.containment import contains
from bot.geo.gazetteer import Gazetteer, get_gazetteer
from bot.geo.matching import Mention, read_places
from bot.values import Anchor, Location, PlaceLevel

# "Damascus said", "Moscow denied": a capital standing for its government speaks; nothing happens there.
_SPEAKS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|denied|denies|accused|accuses|announced|claimed|claims|rejected|"
    r"blamed|insisted|warned|responded|condemned)\b"
)
# A row's label before its count: "Ninewa      1,382,616", "- Region IV-A (CALABARZON): 41,037", "| Gedo | 8,100".
_ROW_LABEL = re.compile(
    r"[ \t|]*(?:[-•*▪][ \t]*)?([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})[ \t]*(?:\([^()\n]{1,30}\))?"
    r"[ \t]*(?:[:|–—-]|\.{2,}|[ \t]{2,})[ \t|]*$"
)
# Words of a row label that name what is counted or a sum, not a place.
_NOT_PLACE_LABELS = frozenset({
    "total", "grand", "subtotal", "sub-total", "overall", "deaths", "dead", "injured", "missing", "displaced",
    "affected", "evacuated", "evacuees", "houses", "homes", "people", "persons", "families", "households", "idps",
    "returnees", "refugees", "arrivals", "other", "others", "unknown", "key", "figures", "region", "district",
})  # fmt: skip
# A row labelled as the sum of the rows above it, in any language read: "| Total | 55 |", "Total général : 1 240",
# "| المجموع | 159 | 7,380 |".
_TOTAL_LABEL = re.compile(
    r"[ \t|]*(?:[-•*▪][ \t]*)?(?:grand[ \t]+total|sub-?total|total(?:[ \t]+g[ée]n[ée]ral)?|sous-total|ensemble"
    r"|المجموع|مجموع|الإجمالي|الاجمالي|إجمالي|اجمالي)[ \t]*(?:[:|–—-]|[ \t]{2,})[ \t|\d.,  ]*$",
    re.IGNORECASE,
)
_LOCATIVES = frozenset({"in", "across", "throughout", "inside", "from", "into", "to", "towards"})
_SPECIFICITY = {PlaceLevel.TOWN: 2, PlaceLevel.ADMIN1: 1, PlaceLevel.COUNTRY: 0}
# Between a figure and its destination: another phrase ("displaced 130,000 and led to flight to Bangladesh").
# Arabic and French punctuation and conjunctions too ("،", "؛", " et ", " mais ").
_OTHER_PHRASE = re.compile(r"[,;.،؛]|\s(?:and|but|while|after|before|as|et|mais|alors)\s")
_CROSSING_REACH = 120  # characters from a figure to where its people crossed: beyond, another phrase's place
_RETURN_REACH = 60  # characters before a "from" place where a return word makes it the returnees' origin
_THE_COUNTRY = "the country"
_COUNTRY_LOCATIVE = re.compile(r"\b(?:in|across|throughout|around|within|inside)\s+$")
_COUNTRY_OWNED = re.compile(r"['’\w]")  # "the country's history", "the countryside": no place of a figure
_POSSESSIVE = ("'s", "’s")
# "the Idlib city of Saraqeb": the first name only says where the second lies.
_OF_PLACE = re.compile(
    r"\s+(?:city|town|village|district|province|governorate|region|state|territory|area|camp)\s+of\s+"
)
_BESIDE = re.compile(r"(?:\s*,\s*|\s+(?:in|of|near)\s+(?:the\s+)?|['’]s\s+)")
_CLAUSE_BREAK = re.compile(r";|\s[–—-]\s|,\s+(?:while|whereas|but|including|and|as|after|when)\b")
_ITEM_BREAK = re.compile(r"[,;:/]|\b(?:and|or|while|whereas|but|followed by)\b")
_DATELINE = re.compile(r"\s*(?:\(|,|:|–|—|-)")
_DATELINE_REACH = 300
_CARRY_PARAGRAPHS = 3
_RECENT = 250  # characters: the places of the last sentence or two
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_NEXT_WORD = re.compile(r"[ \-\u00a0]+(\w+)")
# Nouns after a demonym that make it a figure's people ("Syrian civilians", "Sudanese refugees").
_PEOPLE_NOUNS = frozenset(
    {"civilians", "people", "refugees", "children", "women", "men", "nationals", "citizens", "residents",
     "villagers", "migrants", "families", "returnees", "pilgrims", "farmers", "fishermen", "students", "workers"}
)  # fmt: skip


def _is_dateline(text: str, mention: Mention) -> bool:
    """ "GOMA, 3 March –", "AMMAN:": a capitalised place opening a paragraph near the top of the report."""
    if mention.start >= _DATELINE_REACH or text[mention.start - 2 : mention.start].strip():
        return False
    return text[mention.start : mention.end].isupper() and _DATELINE.match(text, mention.end) is not None


def _where_things_happen(text: str, mentions: Sequence[Mention], main: str | None) -> list[Mention]:
    """Mentions that can be a figure's place: a foreign country counts only after "in", "from", "to", ..."""
    kept: list[Mention] = []
    for mention in mentions:
        if _SPEAKS.match(text, mention.end):
            continue
        if mention.level is PlaceLevel.COUNTRY and mention.country_iso3 != main:
            before = text[max(0, mention.start - 16) : mention.start].lower().split()
            if before and before[-1] == "the":
                before.pop()  # "to the Dominican Republic"
            if not before or before[-1] not in _LOCATIVES:
                continue  # "a deal announced by Russia": the country acts, nothing happens there
        kept.append(mention)
    return kept


def _main_place(mentions: Sequence[Mention], named: frozenset[str] = frozenset()) -> Mention | None:
    """The report's most named place below country level in its most named country, else that country. A country
    the report names (or is mostly about) with places named in it beats one only named itself ("talks between
    Israel and Hezbollah" in a report about Beirut, Nabatieh and the south)."""
    if not mentions:
        return None
    counts = Counter(m.country_iso3 for m in mentions)
    local_countries = {m.country_iso3 for m in mentions if m.level is not PlaceLevel.COUNTRY} & named
    country = max(counts, key=lambda iso3: (iso3 in local_countries, counts[iso3]))
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
        read = read_places(text, gazetteer)
        mentions = read.mentions
        places = [m for m in mentions if not m.demonym]
        datelines = {m.start for m in places if _is_dateline(text, m)}
        body = [m for m in places if m.start not in datelines]
        countries = read.named | {read.main}
        self.fallback = _main_place(body, countries) or _main_place(places, countries) or _main_place(mentions)
        self._main = self.fallback.country_iso3 if self.fallback else None
        self._known = read.named | {self._main}
        self._attachments: dict[int, int] = {}
        self._located_by: dict[int, Mention] = {}  # "in the Idlib city of Saraqeb": Saraqeb takes Idlib's "in"
        for outer in body:
            inner = self._names_where(outer, body)
            if inner is not None:
                self._located_by[inner.start] = outer
        locators = {outer.start for outer in self._located_by.values()}
        named = [
            m
            for m in _where_things_happen(text, body, self._main)
            if m.start not in locators and not (m.level is PlaceLevel.COUNTRY and text.startswith(_POSSESSIVE, m.end))
        ]
        if _THE_COUNTRY in text:
            named = sorted(named + self._the_country(mentions))
        self._named = named
        self._starts = [m.start for m in named]
        self._demonyms = [m for m in mentions if m.demonym]
        self._place_countries = {m.country_iso3 for m in body}
        self._origins: frozenset[str | None] | None = None
        self._actor_starts: frozenset[int] | None = None
        self._breaks: list[int] | None = None

    def _the_country(self, mentions: Sequence[Mention]) -> list[Mention]:
        """Each "the country" as a mention of the country named last before it, else of the main country."""
        text, found = self._text, []
        countries = [m for m in mentions if m.level is PlaceLevel.COUNTRY]
        at = text.find(_THE_COUNTRY)
        while at >= 0:
            end = at + len(_THE_COUNTRY)
            if _COUNTRY_LOCATIVE.search(text, max(0, at - 12), at) and not _COUNTRY_OWNED.match(text, end):
                before = [m for m in countries if m.end <= at]
                country = before[-1] if before else self._main_country()
                if country is not None:
                    found.append(Mention(at, end, country.number, PlaceLevel.COUNTRY, country.country_iso3))
            at = text.find(_THE_COUNTRY, end)
        return found

    def _main_country(self) -> Mention | None:
        """The report's main country as a mention (of no position)."""
        country = self._gazetteer.country(self._main or "")
        return None if country is None else Mention(0, 0, country.number, PlaceLevel.COUNTRY, self._main)

    def _attached(self, mention: Mention) -> int:
        """The mention's attachment, worked out when first needed."""
        found = self._attachments.get(mention.start)
        if found is None:
            found = attach.attachment(self._text, mention.start)
            outer = self._located_by.get(mention.start)
            if outer is not None:
                found = max(found, attach.attachment(self._text, outer.start), key=STRENGTH.__getitem__)
            self._attachments[mention.start] = found
        return found

    def _actors(self) -> frozenset[int]:
        """Where countries abroad are only an origin or a destination ("rescue teams from Egypt", "fled to
        Chad"): places of people who moved, never of a toll."""
        if self._actor_starts is None:
            self._actor_starts = frozenset(
                m.start
                for m in self._named
                if m.level is PlaceLevel.COUNTRY
                and m.country_iso3 != self._main
                and self._attached(m) in (FROM, TOWARDS)
            )
        return self._actor_starts

    def _return_origins(self) -> frozenset[str | None]:
        """Countries people are said to return from: a country named so, or a place abroad ("from Darfur")."""
        if self._origins is None:
            self._origins = frozenset(
                m.country_iso3
                for m in self._named
                if self._attached(m) == FROM
                and (m.level is PlaceLevel.COUNTRY or m.country_iso3 != self._main)
                and attach.RETURN_WORD.search(self._text, max(0, m.start - _RETURN_REACH), m.start)
            )
        return self._origins

    def _names_where(self, mention: Mention, mentions: Sequence[Mention]) -> Mention | None:
        """The place this one only locates ("Idlib" in "the Idlib city of Saraqeb"), if any."""
        found = _OF_PLACE.match(self._text, mention.end)
        if found is None:
            return None
        return next((m for m in mentions if m.start == found.end()), None)

    def _within(self, start: int, end: int, motion: int) -> list[Mention]:
        """The mentions in [start, end) that may place a figure of this motion (returnees' demonyms too)."""
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end, low)
        if low == high and motion != RETURN:
            return []
        found = [m for m in self._named[low:high] if m.end <= end]
        if motion == STAY:
            actors = self._actors() if self._actor_starts is None else self._actor_starts
            return [m for m in found if m.start not in actors] if actors else found
        if motion == MOVE:
            return found
        found = sorted(found + [m for m in self._demonyms if start <= m.start and m.end <= end])
        origins = self._return_origins()
        return [m for m in found if self._attached(m) != FROM and m.country_iso3 not in origins]

    def _here(self, mentions: list[Mention]) -> list[Mention]:
        """Of places outside the figure's sentence, those in the main country or a country the report names."""
        return [m for m in mentions if m.country_iso3 in self._known] if mentions else mentions

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

    def _in_sentence(self, anchor: Anchor, motion: int) -> Mention | None:
        mentions = self._within(*anchor.sentence, motion)
        if not mentions:
            return None
        clause = self._clause(anchor)
        span = anchor.span

        def in_clause(m: Mention) -> bool:
            return clause[0] <= m.start and m.end <= clause[1]

        weights = WEIGHTS[motion]

        def rank(m: Mention) -> tuple[bool, int, bool, int, int]:
            attached = weights[self._attached(m)]
            return (in_clause(m), attached, self._same_item(m, span), _SPECIFICITY[m.level], -_distance(m, span))

        chosen = max(mentions, key=rank)
        if motion == MOVE and len(mentions) > 1 and self._attached(chosen) != TOWARDS:
            # People who crossed a border are counted where they arrived: "from Sudan into eastern Chad".
            abroad = [m for m in mentions if m.start >= span[1] and self._attached(m) == TOWARDS
                      and m.country_iso3 not in (chosen.country_iso3, None)
                      and m.start - span[1] <= _CROSSING_REACH
                      and not _OTHER_PHRASE.search(self._text, span[1], m.start)]  # fmt: skip
            if abroad:
                chosen = max(abroad, key=rank)
        return self._narrowed(chosen, mentions)

    def _same_item(self, mention: Mention, span: tuple[int, int]) -> bool:
        """Whether no list break stands between a place and the figure: in "31 in Sindh, 12 in Punjab" the 12 is
        Punjab's, and in "followed by Porto Alegre with 9,870 and Sao Leopoldo with 4,310" the 9,870 Porto Alegre's."""
        if mention.end <= span[0]:
            return _ITEM_BREAK.search(self._text, mention.end, span[0]) is None
        if mention.start >= span[1]:
            return _ITEM_BREAK.search(self._text, span[1], mention.start) is None
        return True

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
        # Here "from" is where the earlier sentence's own figure happened, whatever this figure is.
        return max(recent, key=lambda m: (STRENGTH[self._attached(m)], _SPECIFICITY[m.level], m.start))

    def _elsewhere(self, start: int, end: int, motion: int) -> list[Mention]:
        """Places outside the figure's sentence that may place it: where others fled to places no one's dead."""
        found = self._within(start, end, motion)
        return [m for m in found if self._attached(m) != TOWARDS] if motion == STAY else found

    def _in_paragraph(self, anchor: Anchor, motion: int) -> Mention | None:
        before = self._here(self._elsewhere(anchor.paragraph[0], anchor.sentence[0], motion))
        if before:
            return self._salient(before)
        after = self._here(self._elsewhere(anchor.sentence[1], anchor.paragraph[1], motion))
        return after[0] if after else None

    def _carried_over(self, anchor: Anchor, motion: int) -> Mention | None:
        """The place named last a few paragraphs before, when it lies in the report's main country."""
        at = bisect_left(self._starts, anchor.paragraph[0])
        if at == 0:
            return None
        # Of the places of the last sentence or two before the paragraph, those that may place this figure.
        recent = bisect_left(self._starts, self._starts[at - 1] - _RECENT, 0, at)
        earlier = self._elsewhere(self._starts[recent], anchor.paragraph[0], motion)
        if not earlier:
            return None
        breaks = self._paragraph_breaks()
        # (only the last paragraph that names places: a caption's town two paragraphs up is another scene)
        opened = bisect_left(breaks, earlier[-1].start)
        if opened:
            earlier = [m for m in earlier if m.start >= breaks[opened - 1]]
        last = self._salient(earlier)
        if last.country_iso3 != self._main:
            return None
        between = bisect_left(breaks, anchor.paragraph[0]) - bisect_left(breaks, last.end)
        return last if between <= _CARRY_PARAGRAPHS else None

    def _paragraph_breaks(self) -> list[int]:
        """Where the text's paragraph breaks start, found once."""
        if self._breaks is None:
            self._breaks = [found.start() for found in _PARAGRAPH_BREAK.finditer(self._text)]
        return self._breaks

    def _fallback(self, motion: int) -> Mention | None:
        """The report's main place; for returnees outside the country they came back from (their own people's)."""
        if motion != RETURN or self.fallback is None or self.fallback.country_iso3 not in self._return_origins():
            return self.fallback
        return next((m for m in self._demonyms if m.country_iso3 not in self._return_origins()), None)

    def motion(self, anchor: Anchor) -> int:
        """What the figure's people did (STAY, MOVE, RETURN), read from its own words."""
        return attach.motion(self._text, anchor.span)

    def place_of(self, anchor: Anchor, motion: int) -> Mention | None:
        """The mention that places this figure of this motion, or None."""
        found = self._in_sentence(anchor, motion)
        if found is None and (self._own_unknown_label(anchor) or self._total_row(anchor)):
            # a row naming a place the gazetteer lacks is not the row above's; nor is the total of all the rows
            found = self._main_country()
        found = (
            found or self._in_paragraph(anchor, motion) or self._carried_over(anchor, motion) or self._fallback(motion)
        )
        if motion == STAY and found is not None and self._demonyms:
            return self._own_people(anchor, found)
        return found

    def _own_unknown_label(self, anchor: Anchor) -> bool:
        """Whether the figure is a list or table row whose label names a place by a capitalised name the gazetteer
        does not know ("Ninewa      1,382,616" under "Anbar      1,254,900"), not a heading word ("Total", "Deaths")."""
        label = _ROW_LABEL.match(self._text, anchor.sentence[0], anchor.span[0])
        if label is None:
            return False
        words = label.group(1).lower().split()
        return not any(word in _NOT_PLACE_LABELS for word in words)

    def _total_row(self, anchor: Anchor) -> bool:
        """Whether the figure is a table or list row labelled as the sum of the rows ("| Total | 55 |", "المجموع")."""
        return _TOTAL_LABEL.match(self._text, anchor.sentence[0], anchor.span[0]) is not None

    def _own_people(self, anchor: Anchor, found: Mention) -> Mention:
        """The people of a figure's sentence ("7,028 Palestinians have died, including 2,913 minors") place it in
        their country when the place found lies in another clause of the sentence and in another country
        ("..., while 1,400 died in Israel"), and the report names places in their country."""
        start, end = anchor.sentence
        if not start <= found.start < end:
            return found
        clause = self._clause(anchor)
        if clause[0] <= found.start and found.end <= clause[1]:
            return found
        other = self._clause(
            Anchor(span=(found.start, found.end), sentence=anchor.sentence, paragraph=anchor.paragraph)
        )
        people = [
            m for m in self._demonyms
            if start <= m.start and m.end <= end and not (other[0] <= m.start < other[1])
            and m.country_iso3 != found.country_iso3 and self._people(m)
        ]  # fmt: skip
        if not people:
            return found
        own = min(people, key=lambda m: _distance(m, anchor.span))
        if own.country_iso3 not in self._place_countries:
            return found  # "two Nepali workers" in a report of places elsewhere: where they were, not whence
        fallback = self.fallback
        return fallback if fallback is not None and fallback.country_iso3 == own.country_iso3 else own

    def _people(self, demonym: Mention) -> bool:
        """Whether a demonym names people ("Palestinians", "Syrian civilians"), not a side that acts."""
        if demonym.qualified:
            return False  # "Israeli raids"
        if self._text[demonym.end - 1] == "s":
            return True
        after = _NEXT_WORD.match(self._text, demonym.end)
        return after is not None and after.group(1).lower() in _PEOPLE_NOUNS

    def destination_of(self, anchor: Anchor, origin: Mention | None, motion: int) -> Mention | None:
        """Where moving people went, when their own clause says so ("fled from Kanyabayonga to Kirumba")."""
        if motion != MOVE:
            return None
        clause = self._clause(anchor)
        for mention in self._within(anchor.span[1], clause[1], MOVE):
            if _OTHER_PHRASE.search(self._text, anchor.span[1], mention.start):
                return None
            if self._attached(mention) == TOWARDS and (origin is None or mention.number != origin.number):
                return mention
        return None

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
    return [place for place, _ in place_figures(text, anchors)]


def place_figures(text: str, anchors: Sequence[Anchor]) -> list[tuple[Location | None, Location | None]]:
    """Each anchored figure's place and, for people who moved, where they went when stated (else None)."""
    if not anchors:
        return []
    placer = _Placer(text, get_gazetteer())
    located: list[tuple[Location | None, Location | None]] = []
    for anchor in anchors:
        motion = placer.motion(anchor)  # read once: both the place and the destination depend on it
        mention = placer.place_of(anchor, motion)
        destination = placer.destination_of(anchor, mention, motion)
        located.append(
            (placer.location(mention) if mention else None, placer.location(destination) if destination else None)
        )
    return located
