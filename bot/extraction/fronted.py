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
    r"[a-z]+ed|set|left|shot|hit|torn|burnt|struck|hurt|slain|taken|found|brought|held|thrown|beaten|driven|swept"
    r"|blown|flown|sent|out|still|confirmed|made|cut|run|spent|kept|known",
)
# The count right after the copula, up to where its phrase ends.
_COUNT_PHRASE = re.compile(
    r"(?:(?:an estimated|about|around|some|at least|more than|over|nearly|almost|roughly|another|a further|up to"
    r"|as many as|only|just|approximately|close to|a total of|an additional)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|dozens|scores)\b)(?:[^,;.()]|[,.](?=\d))*?"
    # (up to a relative clause, which tells more of them: "two women and a man who had fled")
    r"(?=\s+(?:who|whom|whose|that|which)\b|[,;.](?!\d)|[()]|$)",
    re.IGNORECASE,
)
_PLAIN_COPULA = {"number": "are", "total": "are", "numbered": "were", "totalled": "were", "totaled": "were"}
_GATE = (" were ", " are ", " was ", " is ", " number", " total")

Reader = Callable[[str], list[Statement]]


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
            if st.start >= len(phrase):
                continue  # (a figure inside the predicate: the first reading had it where it stands)
            if any(first.kind is st.kind for first in read_first):
                continue  # (a fronted form the lexicon knows: read once)
            # the fronted predicate is the count's own verb, over any the first reading found after the count
            # ("Killed along with the children were two women ... who had fled": killed, not displaced)
            replaced.extend(read_first)
            added.append(st._replace(start=clause.start("pred"), end=count.start() + len(phrase)))
    if not added:
        return statements
    kept = [st for st in statements if st not in replaced]
    return sorted([*kept, *added], key=lambda st: st.start)
