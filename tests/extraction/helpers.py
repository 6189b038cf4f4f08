"""Shared shorthand for extraction tests: figures as comparable tuples, and labelled files read and scored."""

from __future__ import annotations

from pathlib import Path

from bot.evaluation.gold import GoldCase, read_cases
from bot.evaluation.scoring import Scores, prf, score_case
from bot.extraction.extract import extract


def summary(text: str, lang: str | None = None) -> list[tuple[str, int | None, str, str]]:
    """(kind, value, qualifier, group) of every figure in a text, in order (in the language given, else the one
    detected)."""
    return [(f.kind.value, f.value, f.qualifier.value, f.group.value) for f in extract(text, lang=lang)]


def kinds_values(text: str, lang: str | None = None) -> list[tuple[str, int | None]]:
    """(kind, value) of every figure in a text, in order."""
    return [(kind, value) for kind, value, _qualifier, _group in summary(text, lang)]


def labelled_cases(path: Path) -> list[GoldCase]:
    """The labelled cases of a JSONL file (every line must read as one)."""
    with path.open(encoding="utf-8") as handle:
        cases = [case for _n, case in read_cases(iter(handle))]
    assert all(isinstance(case, GoldCase) for case in cases)
    return [case for case in cases if isinstance(case, GoldCase)]


def scored(path: Path, lang: str | None = None) -> Scores:
    """A labelled file's cases scored against extraction (``lang`` forces the language)."""
    scores = Scores()
    for case in labelled_cases(path):
        score_case(scores, case, extract(case.text, case.published, lang=lang))
    return scores


def precision_recall(scores: Scores) -> tuple[float, float]:
    """Overall precision and recall of a scored file."""
    precision, recall, _f1 = prf(*(sum(c.values()) for c in (scores.true_pos, scores.false_pos, scores.false_neg)))
    return precision, recall
