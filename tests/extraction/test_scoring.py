"""Scoring follows the labelling conventions: the displaced family under one label, ambiguous statements."""

from __future__ import annotations

import json

from bot.evaluation.gold import parse_case
from bot.evaluation.scoring import Scores, score_case
from bot.values import Figure, Kind, Qualifier

_TEXT = "Floods forced 300 people to evacuate; 40 were sheltering in schools and 12 houses were damaged."


def _case(figures: list[dict[str, object]], ambiguous: list[object] | None = None) -> str:
    return json.dumps({"id": "c1", "text": _TEXT, "figures": figures, "ambiguous": ambiguous or []})


def _figure(kind: Kind, value: int, phrase: str) -> Figure:
    start = _TEXT.index(phrase)
    return Figure(kind=kind, value=value, qualifier=Qualifier.EXACT, span=(start, start + len(phrase)))


def test_a_displaced_label_takes_any_kind_of_the_displaced_family() -> None:
    """Labels name evacuations and shelter 'displaced'; the finer kind read still matches, and kind agreement
    records the difference."""
    case = parse_case(_case([{"kind": "displaced", "value": 300, "span": "300 people to evacuate"}]))
    scores = Scores()
    score_case(scores, case, [_figure(Kind.EVACUATED, 300, "300 people to evacuate")])
    assert scores.true_pos["displaced"] == 1
    assert not scores.false_pos
    assert (scores.kind.agree, scores.kind.total) == (0, 1)


def test_a_finer_label_takes_only_its_own_kind() -> None:
    """An 'evacuated' label is not answered by 'sheltered', and 'killed' never by a displaced kind."""
    case = parse_case(_case([{"kind": "evacuated", "value": 300, "span": "300 people to evacuate"}]))
    scores = Scores()
    score_case(scores, case, [_figure(Kind.SHELTERED, 300, "300 people to evacuate")])
    assert scores.false_neg["evacuated"] == 1
    assert scores.false_pos["sheltered"] == 1


def test_a_reading_of_an_ambiguous_statement_is_neither_rewarded_nor_penalized() -> None:
    """A figure read where the labels list an ambiguous statement is not a false figure."""
    case = parse_case(_case([], [{"span": "40 were sheltering in schools", "reason": "either way"}]))
    scores = Scores()
    score_case(scores, case, [_figure(Kind.SHELTERED, 40, "40 were sheltering")])
    assert not scores.false_pos
    assert scores.ambiguous == 1


def test_a_false_figure_outside_ambiguous_statements_still_counts() -> None:
    """Only the ambiguous statement is spared: another unlabelled figure is false."""
    case = parse_case(_case([], ["40 were sheltering in schools"]))
    scores = Scores()
    score_case(scores, case, [_figure(Kind.HOUSES_DAMAGED, 12, "12 houses were damaged")])
    assert scores.false_pos["houses_damaged"] == 1
    assert scores.ambiguous == 0


def test_a_vague_reading_of_several_is_neither_rewarded_nor_penalized_but_dozens_is_a_figure() -> None:
    """labelling.md: "several", "many" are no counts, and reporting them as vague is not scored; "dozens" is a
    vague figure the labels state, so an unlabelled one is false."""
    text = "Several people were hurt and dozens fled the town."
    case = parse_case(json.dumps({"id": "c2", "text": text, "figures": []}))
    scores = Scores()
    several = Figure(kind=Kind.INJURED, value=None, qualifier=Qualifier.VAGUE, span=(0, 14))
    dozens = Figure(kind=Kind.DISPLACED, value=None, qualifier=Qualifier.VAGUE, span=(29, 40))
    score_case(scores, case, [several, dozens])
    assert scores.uncounted == 1
    assert scores.false_pos == {"displaced": 1}
