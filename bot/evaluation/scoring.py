"""Matching predicted figures to labelled ones, and the scores that follow."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.domain.events import Family, family_of
from bot.evaluation.gold import GoldCase, GoldFigure
from bot.values import Figure, Kind, Qualifier


@dataclass(frozen=True, slots=True, kw_only=True)
class Miss:
    """A labelled figure nothing matched."""

    case_id: str
    gold: GoldFigure


@dataclass(frozen=True, slots=True, kw_only=True)
class FalseFigure:
    """A predicted figure no label matched; ``trap`` is the trap phrase it came from, if any."""

    case_id: str
    figure: Figure
    trap: str | None = None


@dataclass(slots=True)
class Agreement:
    """How often a field agrees over matched figures whose label states it."""

    agree: int = 0
    total: int = 0

    def add(self, same: bool) -> None:
        """Count one compared pair."""
        self.total += 1
        self.agree += int(same)


@dataclass(slots=True)
class Scores:
    """Counts over a whole gold file."""

    cases: int = 0
    true_pos: Counter[str] = field(default_factory=Counter)
    false_pos: Counter[str] = field(default_factory=Counter)
    false_neg: Counter[str] = field(default_factory=Counter)
    repeats: int = 0
    ambiguous: int = 0
    uncounted: int = 0  # vague readings of "several", "many", "a number of": the conventions score them not at all
    kind: Agreement = field(default_factory=Agreement)
    projection: Agreement = field(default_factory=Agreement)
    qualifier: Agreement = field(default_factory=Agreement)
    cumulative: Agreement = field(default_factory=Agreement)
    country: Agreement = field(default_factory=Agreement)
    misses: list[Miss] = field(default_factory=list)
    false_figures: list[FalseFigure] = field(default_factory=list)
    gold_with_phrase: int = 0
    gold_total: int = 0
    max_labels_per_case: int = 0

    @property
    def trap_hits(self) -> list[FalseFigure]:
        """False figures that came from a phrase labelled as a trap."""
        return [f for f in self.false_figures if f.trap is not None]


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every [start, end) where a phrase occurs in a text."""
    spans: list[tuple[int, int]] = []
    start = text.find(phrase)
    while phrase and start >= 0:
        spans.append((start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return spans


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _same_kind(fig: Figure, gold: GoldFigure) -> bool:
    """Whether a figure's kind answers a label's: the labelling conventions name the whole displaced family
    (fled, evacuated, sheltered, left homeless) ``displaced``, so that label takes any kind of the family; a
    finer label (``evacuated``) takes only its own kind."""
    if gold.kind == fig.kind.value:
        return True
    return gold.kind == Kind.DISPLACED.value and family_of(fig.kind) is Family.DISPLACED


def _same_value(fig: Figure, gold: GoldFigure) -> bool:
    if fig.value == gold.value:
        return True
    # A label may give either end of a stated range.
    return fig.qualifier is Qualifier.RANGE and gold.value is not None and gold.value == fig.value_max


# Words that state no count; labelling.md: "An extractor may report them as vague; scoring neither rewards nor
# penalizes that."
_NO_COUNT_WORD = re.compile(
    r"\b(?:several|many|a number of|numerous|a few|plusieurs|de nombreux|de nombreuses)\b|العديد", re.IGNORECASE
)


def score_case(scores: Scores, case: GoldCase, predicted: list[Figure]) -> None:
    """Match one case's predictions to its labels and add the outcome to the scores."""
    scores.cases += 1
    scores.gold_total += len(case.figures)
    scores.max_labels_per_case = max(scores.max_labels_per_case, len(case.figures))
    places = [occurrences(case.text, g.phrase) if g.phrase else [] for g in case.figures]
    scores.gold_with_phrase += sum(1 for p in places if p)
    matched: dict[int, Figure] = {}
    unmatched: list[Figure] = []
    for fig in predicted:
        for i, gold in enumerate(case.figures):
            if i in matched or not _same_kind(fig, gold) or not _same_value(fig, gold):
                continue
            if places[i] and not _overlaps(fig.span, places[i]):
                continue
            matched[i] = fig
            break
        else:
            unmatched.append(fig)
    for i, gold in enumerate(case.figures):
        if i in matched:
            scores.true_pos[gold.kind] += 1
            _agree(scores, case, gold, matched[i])
        else:
            scores.false_neg[gold.kind] += 1
            scores.misses.append(Miss(case_id=case.id, gold=gold))
    trap_places = {trap: occurrences(case.text, trap) for trap in case.traps}
    ambiguous_places = [span for phrase in case.ambiguous for span in occurrences(case.text, phrase)]
    for fig in unmatched:
        # A labelled phrase that occurs twice is one label: a second identical reading of it is not false.
        if any(
            _overlaps(fig.span, places[i]) and m.kind == fig.kind and m.value == fig.value for i, m in matched.items()
        ):
            scores.repeats += 1
            continue
        if _overlaps(fig.span, ambiguous_places):
            scores.ambiguous += 1  # a statement labelled either way: neither rewarded nor penalized
            continue
        if fig.value is None and _NO_COUNT_WORD.search(case.text[fig.span[0] : fig.span[1]]):
            scores.uncounted += 1  # "several", "many": no count, and no error to report one as vague
            continue
        trap = next((t for t, spans in trap_places.items() if _overlaps(fig.span, spans)), None)
        scores.false_pos[fig.kind.value] += 1
        scores.false_figures.append(FalseFigure(case_id=case.id, figure=fig, trap=trap))


def _agree(scores: Scores, case: GoldCase, gold: GoldFigure, fig: Figure) -> None:
    scores.kind.add(gold.kind == fig.kind.value)
    if gold.projection is not None:
        scores.projection.add(gold.projection == fig.projection)
    if gold.qualifier is not None:
        scores.qualifier.add(gold.qualifier == fig.qualifier.value)
    if gold.cumulative is not None:
        scores.cumulative.add(gold.cumulative == fig.cumulative)
    expected_country = gold.country_iso3 or case.country_iso3
    if fig.location is not None and fig.location.country_iso3 and expected_country:
        scores.country.add(fig.location.country_iso3 == expected_country)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
