"""Short news items in the shape of atrocity, conflict-event and displacement datasets, written for this project
and labelled by ../shared/spec/labelling.md before the extractor read them. They were written in fourteen batches; each
later batch was labelled after the earlier batches' fixes, as a held-out check of the mechanisms, then kept here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.gold import GoldCase
from bot.evaluation.scoring import Scores
from bot.extraction.extract import extract
from tests.extraction.helpers import labelled_cases, precision_recall, scored

NEWS_ITEMS = Path(__file__).parent / "data" / "news_items.jsonl"


def _cases() -> list[GoldCase]:
    return labelled_cases(NEWS_ITEMS)


def _scores() -> Scores:
    return scored(NEWS_ITEMS)


def test_news_items_score_recall_092_and_precision_095_with_no_trap_figure() -> None:
    """Over 220 items (kills, airstrikes, floods, evictions, headlines in title case, ages and dates as traps),
    recall at least 0.92 and precision at least 0.95, and no figure from a phrase labelled as a trap."""
    scores = _scores()
    precision, recall = precision_recall(scores)
    assert scores.gold_total >= 250
    assert recall >= 0.92, f"recall {recall:.3f}"
    assert precision >= 0.95, f"precision {precision:.3f}"
    assert scores.trap_hits == []


def test_news_items_projections_are_never_facts() -> None:
    """'may need to flee', 'could reach seven million', 'could rise above 100', 'preparing for as many as 50,000'."""
    scores = _scores()
    assert scores.projection.total >= 100
    assert scores.projection.agree == scores.projection.total


@pytest.mark.parametrize("case", [c for c in _cases() if not c.figures and not c.ambiguous], ids=lambda c: c.id)
def test_news_item_without_figures_yields_nothing(case: GoldCase) -> None:
    """Kidnappings, denied tolls, rates, transfers, crowds, hosted people, snowbound villages state no figure."""
    figures = [f for f in extract(case.text, case.published) if f.value is not None]
    assert figures == []
