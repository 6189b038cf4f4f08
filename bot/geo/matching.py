"""Place names in running text: one pass over the words, longest capitalised name first, then disambiguation.

Rules, in order of weight:
1. A name must start with a capitalised word; all-capital acronyms (DRC, SYR) must be written in capitals.
2. A word that is common English ("Police", "Mission", "Bar") or appears in lower case elsewhere in the text
   matches only with a qualifier ("Bar district", "town of Mission") or in the text's main country.
3. A country's name means the country, though towns share it ("Malawi"). Among other places sharing a name,
   those in the main country win, then those in any country the text names, then the more populous. The main
   country is the one the text names most (each country once, whatever its names: "RDC" and "République
   démocratique du Congo" are one), counting demonyms such as "Syrian" but not those of a side that strikes
   ("Israeli raids", "Russian forces"), and where most unambiguous places lie; a name places of several
   countries share counts for the one of them the text otherwise names ("Gaza" beside "Palestinians").
   A name two countries share ("Congo") is the one the text is about (else the larger), and the other one
   when listed beside the first's own name ("Congo and the DRC").
4. A town in another named country needs its own name (not an alternate) and 5,000 people. A town outside
   every such country needs a qualifier, or its own name and: 10,000 people when no other place has that
   name, else 1,000,000 when the text has a main country (100,000 when it has none). Small foreign namesakes
   of ordinary words are more often noise than news. A first-level area outside them needs its own (or a
   multi-word) name of five letters or more.
   When the main country is firmly set (two unambiguous places lie there), a town outside the known
   countries needs 100,000 people and its own name even when unique or qualified (1,000,000 when towns of
   several countries share the name: "Palma" in a report about Cabo Delgado is no Spanish city), a foreign
   town followed by "district"/"province" never matches ("Erati district" in a Mozambique report is no
   Brazilian town), nor does a one-word foreign area ("Sangha" in a report about Mali): the report's own
   places, even those the data lacks, are likelier than a small foreign one.
5. A short one-word alternate name ("Sham" for Damascus) is ignored: such words belong to other names.
   A spelling of the place's own name ("Derna" for Darnah) counts as that name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from bot.geo.gazetteer import Gazetteer, PlaceFacts, get_gazetteer
from bot.geo.scanning import ACTOR, Candidate, scan
from bot.values import PlaceLevel

_FOREIGN_TOWN_POPULATION = 100_000
_FOREIGN_TOWN_IN_CONTEXT_POPULATION = 1_000_000
_UNIQUE_TOWN_POPULATION = 10_000
_SHORT_AREA = 5
_SHORT_ALTERNATE = 6
_KNOWN_COUNTRY_TOWN_POPULATION = 5_000
_VOWELS = frozenset("aeiou")
_VOWELS_OUT = str.maketrans("", "", "aeiou")


class Mention(NamedTuple):
    """A place named in the text at [start, end) (a named tuple: cheap to build by the dozen per report)."""

    start: int
    end: int
    number: int
    level: PlaceLevel
    country_iso3: str | None
    qualified: bool = False
    demonym: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class _Context:
    named: frozenset[str]  # countries the text names (or demonyms point to)
    known: frozenset[str]  # named countries and those at least two unambiguous places lie in
    main: str  # the country the text is mostly about, "" when none
    firm: bool  # at least two unambiguous places below country level lie in the main country


class PlacesRead(NamedTuple):
    """The places a text names, and the countries it names and is mostly about (main: "" when none)."""

    mentions: list[Mention]
    main: str
    named: frozenset[str]


def _context(candidates: list[Candidate], gazetteer: Gazetteer) -> _Context:
    """Countries the text names, those its unambiguous places lie in, and the main one."""
    named: Counter[str] = Counter()
    tally: Counter[str] = Counter()
    seen: set[str] = set()
    areas: Counter[str] = Counter()
    places: Counter[str] = Counter()  # unambiguous places below country level
    first_seen: dict[str, None] = {}
    shared: list[Candidate] = []  # names of places in several countries, weighed once the others are counted
    actors: set[str] = set()
    countries_seen: set[str] = set()
    for candidate in candidates:
        if candidate.common or (candidate.key in seen and not candidate.demonym):
            continue  # repeating a name does not make its country more likely
        seen.add(candidate.key)
        first = gazetteer.outline(candidate.numbers)
        if candidate.qualifier == ACTOR:
            actors.add(first.iso3)  # "Israeli raids": the side that strikes is named, but not where the report is
            continue
        if first.level is PlaceLevel.COUNTRY:
            if first.shared_country:
                shared.append(candidate)  # "Congo": either Congo
                continue
            if not candidate.demonym and first.iso3 in countries_seen:
                continue  # "RDC" after "République démocratique du Congo": one country, named again
            countries_seen.add(first.iso3)
            named[first.iso3] += 1
            first_seen.setdefault(first.iso3)
        own_name = first.level is not PlaceLevel.TOWN or first.name_key == candidate.key
        # A country's name means the country though towns share it ("Malawi", a town in Egypt too), and so
        # does a province's that dwarfs its namesakes abroad ("Ituri").
        if (first.one_country or first.level is PlaceLevel.COUNTRY or first.dominant) and own_name:
            iso3, level = first.iso3, first.level
            tally[iso3] += 1
            if level is PlaceLevel.TOWN:
                places[iso3] += 1
            elif level is PlaceLevel.ADMIN1:
                areas[iso3] += 1
                places[iso3] += 1
            else:
                areas[iso3] += 1
            first_seen.setdefault(iso3)
        elif not first.one_country:
            shared.append(candidate)
    # A name shared across countries counts for the one country of its places the text otherwise names
    # ("Gaza" beside "Palestinians" is the Strip, not the Mozambican province).
    for candidate in shared:
        fits = {f.iso3 for f in gazetteer.facts(candidate.numbers) if f.iso3 in named}
        if len(fits) == 1:
            iso3 = fits.pop()
            tally[iso3] += 1
            first_seen.setdefault(iso3)
    # A tie goes to the country with more areas named (a province is rarely a chance namesake, a village often
    # is), then to the one named first: never to hash order.
    ranked = sorted(first_seen, key=lambda iso3: (2 * named[iso3] + tally[iso3], areas[iso3]), reverse=True)
    main = ranked[0] if ranked else ""
    known = set(named) | actors | {iso3 for iso3, count in tally.items() if count >= 2}
    firm = places[main] >= 2  # a country merely named may be the actors' ("militants from Mali")
    return _Context(named=frozenset(named) | actors, known=frozenset(known), main=main, firm=firm)


def _best_fact(candidate: Candidate, context: _Context, gazetteer: Gazetteer) -> PlaceFacts:
    """The likeliest of a name's places: a country, then in the main country, a named one, the level asked for."""
    facts = gazetteer.facts(candidate.numbers)
    if len(facts) == 1:
        return facts[0]
    wanted = {"area": PlaceLevel.ADMIN1, "town": PlaceLevel.TOWN}.get(candidate.qualifier or "")
    main, known = context.main, context.known

    def rank(f: PlaceFacts) -> tuple[bool, bool, bool, bool, int]:
        return (f.level is PlaceLevel.COUNTRY, f.iso3 == main, f.iso3 in known, wanted in (None, f.level), f.population)

    return max(facts, key=rank)


# Decisions remembered per context: the same names recur in the same contexts from report to report.
_Decisions = dict[tuple[object, ...], PlaceFacts | None]
_decisions: dict[tuple[str, frozenset[str], bool], _Decisions] = {}
_DECISIONS_KEPT = 100_000
_CONTEXTS_KEPT = 5_000


def _decisions_in(context: _Context) -> _Decisions:
    """The remembered decisions for one context (main country, known countries, how firm the main one is)."""
    key = (context.main, context.known, context.firm)
    found = _decisions.get(key)
    if found is None:
        if len(_decisions) > _CONTEXTS_KEPT:
            _decisions.clear()
        found = _decisions[key] = {}
    elif len(found) > _DECISIONS_KEPT:
        found.clear()
    return found


def _same_name(name_key: str, key: str) -> bool:
    """Whether a name is the place's own, or a spelling of it ("Derna" for Darnah: other vowels, same
    consonants in the same places), not another name ("Sufi" is no Sofia)."""
    if name_key == key:
        return True
    if len(name_key) != len(key) or name_key.translate(_VOWELS_OUT) != key.translate(_VOWELS_OUT):
        return False
    return all((a in _VOWELS) == (b in _VOWELS) for a, b in zip(name_key, key, strict=True))


def _decide(candidate: Candidate, context: _Context, gazetteer: Gazetteer) -> PlaceFacts | None:
    """The place a candidate most likely means, or None when it is better left unmatched."""
    best = _best_fact(candidate, context, gazetteer)
    iso3 = best.iso3
    if candidate.common and not (candidate.qualifier or iso3 == context.main):
        return None
    if best.level is PlaceLevel.COUNTRY or candidate.demonym:
        return best
    own_name = _same_name(best.name_key, candidate.key)
    if best.level is PlaceLevel.ADMIN1:
        if iso3 == context.main or iso3 in context.known:
            return best
        if context.firm and " " not in candidate.key:
            return None  # "Sangha" in a report about Mali: a place there the data lacks, not a Congolese area
        clear = own_name or " " in candidate.key
        return best if clear and not candidate.common and len(candidate.key) >= _SHORT_AREA else None
    if not own_name and len(candidate.key) < _SHORT_ALTERNATE:
        return None  # "Sham" (for Damascus), "Khan": short alternates are words of other names
    if iso3 == context.main or (candidate.qualifier and iso3 in context.known):
        return best
    if iso3 in context.known:
        return best if own_name and best.population >= _KNOWN_COUNTRY_TOWN_POPULATION else None
    if context.main and candidate.qualifier == "area":
        return None  # "Erati district" in a Mozambique report: a district there, not a town abroad
    if context.firm:
        # A name towns of several countries share is likelier the report's own place than a foreign city of
        # under a million ("Palma" in a report about Cabo Delgado).
        shared = not gazetteer.outline(candidate.numbers).one_country
        floor = _FOREIGN_TOWN_IN_CONTEXT_POPULATION if shared else _FOREIGN_TOWN_POPULATION
        return best if own_name and not candidate.common and best.population >= floor else None
    if candidate.qualifier:
        return best
    if own_name and not candidate.common and len(candidate.numbers) == 1:
        return best if best.population >= _UNIQUE_TOWN_POPULATION else None
    floor = _FOREIGN_TOWN_POPULATION if context.main == "" else _FOREIGN_TOWN_IN_CONTEXT_POPULATION
    return best if best.population >= floor and own_name and not candidate.common else None


def find_mentions(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Places named in the text, in text order, each resolved to one gazetteer entry."""
    return read_places(text, gazetteer).mentions


def read_places(text: str, gazetteer: Gazetteer | None = None) -> PlacesRead:
    """Places named in the text (in text order, each resolved), with the countries named and the main one."""
    gazetteer = gazetteer or get_gazetteer()
    candidates = scan(text, gazetteer)
    context = _context(candidates, gazetteer)
    decided = _decisions_in(context)
    mentions: list[Mention] = []
    shared: dict[int, tuple[int, ...]] = {}  # mentions read from a name two countries share ("Congo")
    for candidate in candidates:
        what = candidate[2:]  # all but the position: what the decision depends on
        chosen = decided.get(what, _UNSEEN)
        if chosen is _UNSEEN:
            chosen = decided[what] = _decide(candidate, context, gazetteer)
        if chosen is not None:
            level, iso3 = chosen.level, chosen.iso3 or None
            qualified = candidate.qualifier is not None
            mentions.append(
                Mention(candidate.start, candidate.end, chosen.number, level, iso3, qualified, candidate.demonym)
            )
            if (
                level is PlaceLevel.COUNTRY
                and not candidate.demonym
                and gazetteer.outline(candidate.numbers).shared_country
            ):
                shared[len(mentions) - 1] = candidate.numbers
    if shared:
        _tell_shared_countries(mentions, shared, gazetteer)
    return PlacesRead(mentions, context.main, context.named)


_BESIDE_REACH = 80  # characters: a list of countries ("to Cameroon, Congo, the DRC and Chad")


def _tell_shared_countries(mentions: list[Mention], shared: dict[int, tuple[int, ...]], gazetteer: Gazetteer) -> None:
    """A name two countries share ("Congo") listed beside another name of the one it was read as ("Congo and
    the DRC") is the other country."""
    for at, numbers in shared.items():
        mention = mentions[at]
        beside = any(
            j not in shared and other.number == mention.number and not other.demonym
            and abs(other.start - mention.start) <= _BESIDE_REACH
            for j, other in enumerate(mentions)
        )  # fmt: skip
        if beside:
            facts = gazetteer.facts(numbers)
            other = next((f for f in facts if f.level is PlaceLevel.COUNTRY and f.number != mention.number), None)
            if other is not None:
                mentions[at] = mention._replace(number=other.number, country_iso3=other.iso3)


_UNSEEN = PlaceFacts(number=-1, iso3="", level=PlaceLevel.COUNTRY, population=0, name_key="")
