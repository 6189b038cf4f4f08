"""The hand-labelled development set: F1 at least 0.85, and stories without figures yield nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.gold import GoldCase, GoldError, read_cases
from bot.evaluation.scoring import Scores, prf, score_case
from bot.extraction.extract import extract

DEV_SET = Path(__file__).parent / "data" / "dev_reports.jsonl"


def _cases() -> list[GoldCase]:
    with DEV_SET.open(encoding="utf-8") as handle:
        cases = [case for _n, case in read_cases(iter(handle))]
    assert not any(isinstance(case, GoldError) for case in cases)
    return [case for case in cases if isinstance(case, GoldCase)]


def test_dev_set_scores_f1_of_at_least_085_with_no_trap_figure() -> None:
    """Over ~40 labelled reports from many crises, extraction scores F1 >= 0.85 and hits no trap phrase."""
    scores = Scores()
    for case in _cases():
        score_case(scores, case, extract(case.text, case.published))
    tp, fp, fn = (sum(c.values()) for c in (scores.true_pos, scores.false_pos, scores.false_neg))
    _precision, _recall, f1 = prf(tp, fp, fn)
    assert scores.gold_total >= 200
    assert f1 >= 0.85, f"dev set F1 {f1:.3f}"
    assert scores.trap_hits == []


@pytest.mark.parametrize("case", [c for c in _cases() if not c.figures], ids=lambda c: c.id)
def test_story_without_figures_yields_nothing(case: GoldCase) -> None:
    """Economy, sport, politics, health and culture stories state no figure of people affected."""
    assert extract(case.text, case.published) == []


def test_projections_are_never_reported_as_facts() -> None:
    """Every figure labelled as a projection that is found is marked as one."""
    scores = Scores()
    for case in _cases():
        score_case(scores, case, extract(case.text, case.published))
    assert scores.projection.total >= 150
    assert scores.projection.agree == scores.projection.total
