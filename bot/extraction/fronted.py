"""English figures told predicate first: "Damaged by the blast were 17 homes", "Left homeless by the collapses are
at least 60 people", "Moved to safer ground as a precaution were some 8,600 people".

The clause is read again in its usual order ("17 homes were damaged by the blast") by the same sentence reader,
and what that reading finds is put back on the words where they stand. Only counts the first reading left
unread are taken, so a fronted form the lexicon already knows ("Killed in the strike were 67 people") is read
once, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extraction.statements import Statement

# A clause opening on a participle's phrase, then its copula: "Set ablaze, too, were", "Out of their homes are".
# (the clause opens the sentence, or follows a semicolon)
_FRONTED = re.compile(
    r"(?:^|(?<=;\s))[\s\"“‘'(]*"
    r"(?P<pred>(?:(?:also|too|still)\s+)?(?P<verb>[A-Za-z]+)\b[^.;:!?]{0,140}?)"
    r",?(?:\s+(?:too|also),?)?\s+(?P<be>were|are|was|is|numbered|number|totalled|totaled|total)\s+",
    re.IGNORECASE,
)
# What a participle looks like: regular, or one of the irregular ones reports use for harm and flight.
_PARTICIPLE = re.compile(
    r"[a-z]+ed|[a-z]{3,}ing|set|left|shot|hit|torn|burnt|struck|hurt|slain|taken|found|brought|held|thrown|beaten|driven|swept"
    r"|blown|flown|sent|out|still|confirmed|made|cut|run|spent|kept|known",
)
# The count right after the copula, up to where its phrase ends.
_COUNT_PHRASE = re.compile(
    r"(?:(?:an estimated|about|around|some|at least|more than|over|nearly|almost|roughly|another|a further|up to"
    r"|as many as|only|just|approximately|close to|a total of|an additional)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|dozens|scores)\b)(?:[^,;.()]|[,.](?=\d))*?"
    # (up to a relative clause, which tells more of them: "two women and a man who had fled"; or to a place, a time
    # or an older count: "rose to 14 from nine")
    r"(?=\s+(?:who|whom|whose|that|which|from|since|in|on|at|after|before|during|by|compared|up|down|against|as"
    r"|when|while|and (?:are|were|is|was|have|has|had))\b|[,;.](?!\d)|[()]|$)",
    re.IGNORECASE,
)
# A count told as what its noun phrase "numbers": "Partially damaged homes in the region now number 27,119".
_NUMBERING = re.compile(
    r"(?:^|(?<=;\s))[\s\"“‘'(]*(?P<subject>[A-Za-z][^.;:!?]{2,120}?)\s+(?:now\s+|currently\s+|still\s+|already\s+)?"
    r"(?:number|numbers|numbered|total|totals|totalled|totaled)\s+",
    re.IGNORECASE,
)
# ... or as what the number of its noun phrase came to: "The number of persons staying inside evacuation centres
# has climbed to 20,417" (not by how much it grew: "increased by 300").
_NUMBER_OF = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<subject>[^.;:!?]{3,140}?)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?"
    r"(?:climbed|risen|rose|reached|increased|grown|grew|jumped|swelled|gone up|went up|stands|stood|is|was|hit"
    r"|topped|exceeded|passed|dropped|fell|fallen|declined|decreased|gone down|went down)(?:\s+(?:to|at|past))?\s+",
    re.IGNORECASE,
)
# ... or as what something brought the number of it to: "bringing the number of families uprooted in Taiz governorate
# since January to 3,920".
_BROUGHT_TO = re.compile(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|raise|raises|raising"
    r"|raised)\s+(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<subject>[^.;:!?]{3,140}?)\s+to\s+",
    re.IGNORECASE,
)
_RATE = re.compile(r"\bper\b|\bfor every\b|%|\bpercent", re.IGNORECASE)
_PLAIN_COPULA = {"number": "are", "total": "are", "numbered": "were", "totalled": "were", "totaled": "were"}
_GATE = (" were ", " are ", " was ", " is ", "number", " total")

Reader = Callable[[str], list[Statement]]


def _first_digit(phrase: str) -> int:
    """Where the count of a count's phrase begins, at the latest (its first digit, or the phrase's end)."""
    return next((i for i, c in enumerate(phrase) if c.isdigit()), len(phrase))


def with_fronted(sentence: str, statements: list[Statement], read: Reader) -> list[Statement]:
    """The statements read in a sentence, with those of its fronted clauses added (``read`` reads a sentence in
    its usual order, with no context)."""
    if not any(word in sentence for word in _GATE):
        return statements
    added: list[Statement] = []
    replaced: list[Statement] = []
    for clause in _FRONTED.finditer(sentence):
        if _PARTICIPLE.fullmatch(clause.group("verb").lower()) is None:
            continue
        count = _COUNT_PHRASE.match(sentence, clause.end())
        if count is None:
            continue
        read_first = [st for st in statements if st.start <= count.start() < st.end]
        phrase = count.group().rstrip()
        predicate = clause.group("pred")
        copula = _PLAIN_COPULA.get(clause.group("be").lower(), clause.group("be").lower())
        usual = f"{phrase} {copula} {predicate[:1].lower()}{predicate[1:]}."
        for st in read(usual):
            if st.start > _first_digit(phrase):
                continue  # (a figure inside the predicate or the phrase: the first reading had it where it stands)
            if any(first.kind is st.kind for first in read_first):
                continue  # (a fronted form the lexicon knows: read once)
            # the fronted predicate is the count's own verb, over any the first reading found after the count
            # ("Killed along with the children were two women ... who had fled": killed, not displaced)
            replaced.extend(read_first)
            added.append(st._replace(start=clause.start("pred"), end=count.start() + len(phrase)))
    for pattern in (_NUMBERING, _NUMBER_OF, _BROUGHT_TO):
        for told in pattern.finditer(sentence):
            if _RATE.search(told.group("subject")):
                continue  # a rate: "the number of deaths per 1,000 crossings had risen to 14"
            count = _COUNT_PHRASE.match(sentence, told.end())
            if count is None or any(st.start <= count.start() < st.end for st in [*statements, *added]):
                continue
            phrase = count.group().rstrip()
            usual = f"{phrase} {told.group('subject')}."
            added.extend(
                st._replace(start=told.start("subject"), end=count.start() + len(phrase))
                for st in read(usual)
                if st.start <= _first_digit(phrase)  # (the count itself, not one its phrase holds)
            )
    if not added:
        return statements
    kept = [st for st in statements if st not in replaced]
    return sorted([*kept, *added], key=lambda st: st.start)
