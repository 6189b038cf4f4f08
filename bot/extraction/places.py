"""Places of figures: the most specific place named around each figure, found with the gazetteer.

Rule: the most specific place (town, then first-level area, then country) named in the figure's sentence,
the nearest to the figure when several are equally specific; else the same in its paragraph; else the
report's main place (its most named town or area in its main country, else that country). A place that
speaks ("Damascus said") is its government, not a figure's place. Demonyms
("Syrian forces") set the context but are a figure's place only when the report names no place at all; a
country other than the main one counts only after "in", "across", "from" (not "a truce brokered by Russia").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bot.extraction.model import Anchor, Location, PlaceLevel
from bot.geo.gazetteer import get_gazetteer
from bot.geo.matching import Mention, find_mentions

# "Damascus said", "Moscow denied": a capital standing for its government speaks; nothing happens there.
_SPEAKS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|denied|denies|accused|accuses|announced|claimed|claims|rejected|"
    r"blamed|insisted|warned|responded|condemned)\b"
)
_LOCATIVES = frozenset({"in", "across", "throughout", "inside", "from", "into"})
_SPECIFICITY = {PlaceLevel.TOWN: 2, PlaceLevel.ADMIN1: 1, PlaceLevel.COUNTRY: 0}


def _distance(mention: Mention, span: tuple[int, int]) -> int:
    if mention.end <= span[0]:
        return span[0] - mention.end
    if mention.start >= span[1]:
        return mention.start - span[1]
    return 0


def _best_within(mentions: Sequence[Mention], region: tuple[int, int], span: tuple[int, int]) -> Mention | None:
    inside = [m for m in mentions if region[0] <= m.start and m.end <= region[1]]
    if not inside:
        return None
    # Equally specific and near: the later name ("Idlib city of Saraqeb") is the narrower one.
    return max(inside, key=lambda m: (_SPECIFICITY[m.level], -_distance(m, span), m.start))


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


def locate_figures(text: str, anchors: Sequence[Anchor]) -> list[Location | None]:
    """The most specific place each anchored figure refers to, or None."""
    if not anchors:
        return []
    gazetteer = get_gazetteer()
    mentions = find_mentions(text, gazetteer)
    fallback = _main_place([m for m in mentions if not m.demonym]) or _main_place(mentions)
    main = fallback.country_iso3 if fallback else None
    named = _where_things_happen(text, [m for m in mentions if not m.demonym], main)
    located: list[Location | None] = []
    for anchor in anchors:
        mention = (
            _best_within(named, anchor.sentence, anchor.span)
            or _best_within(named, anchor.paragraph, anchor.span)
            or fallback
        )
        located.append(gazetteer.place(mention.number).location() if mention else None)
    return located
