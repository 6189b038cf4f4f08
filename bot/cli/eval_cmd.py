"""`displacement-bot eval GOLD.jsonl [--details]`: extraction scored against labelled reports."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from bot.evaluation.gold import GoldError, read_cases
from bot.evaluation.scoring import Agreement, Scores, prf, score_case
from bot.extraction.extract import extract


def _agreement(name: str, agreement: Agreement, out: TextIO) -> None:
    if agreement.total:
        share = agreement.agree / agreement.total
        print(f"{name:<12} {share:.3f} ({agreement.agree}/{agreement.total} matched figures)", file=out)
    else:
        print(f"{name:<12} n/a (no matched figure to compare)", file=out)


def print_report(scores: Scores, out: TextIO, *, details: bool) -> None:
    """The scores as a table, then (with details) every miss and false figure."""
    print(f"cases: {scores.cases}  labelled figures: {scores.gold_total}", file=out)
    if scores.max_labels_per_case <= 1 and scores.gold_with_phrase == 0:
        print(
            "note: one figure is labelled per excerpt and labels carry no phrase, so matching falls back to kind and "
            "value anywhere in the text; only recall is meaningful here, precision and F1 are not",
            file=out,
        )
    print(f"{'kind':<18}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>7}", file=out)
    kinds = sorted(set(scores.true_pos) | set(scores.false_pos) | set(scores.false_neg))
    for kind in [*kinds, "overall"]:
        if kind == "overall":
            tp, fp, fn = (sum(c.values()) for c in (scores.true_pos, scores.false_pos, scores.false_neg))
        else:
            tp, fp, fn = scores.true_pos[kind], scores.false_pos[kind], scores.false_neg[kind]
        precision, recall, f1 = prf(tp, fp, fn)
        print(f"{kind:<18}{tp:>6}{fp:>6}{fn:>6}{precision:>11.3f}{recall:>8.3f}{f1:>7.3f}", file=out)
    _agreement("kind", scores.kind, out)  # a `displaced` label read as evacuated, sheltered or homeless differs here
    _agreement("projection", scores.projection, out)
    _agreement("qualifier", scores.qualifier, out)
    _agreement("cumulative", scores.cumulative, out)
    _agreement("country", scores.country, out)
    print(f"figures from trap phrases: {len(scores.trap_hits)}", file=out)
    print(f"repeated readings of a labelled phrase (not counted): {scores.repeats}", file=out)
    print(f"readings of a statement labelled ambiguous (not counted): {scores.ambiguous}", file=out)
    print(f'vague readings of "several", "many" and the like (not counted): {scores.uncounted}', file=out)
    if not details:
        return
    print("\nmisses:", file=out)
    for miss in scores.misses:
        g = miss.gold
        print(
            f"  [{miss.case_id}] {g.kind} {g.value} ({g.qualifier or '?'}, {g.group or '?'}): {g.phrase or ''}",
            file=out,
        )
    print("\nfalse figures:", file=out)
    for false in scores.false_figures:
        fig = false.figure
        trap = f"  TRAP {false.trap!r}" if false.trap else ""
        described = f"{fig.kind.value} {fig.value} ({fig.qualifier.value}, {fig.group.value})"
        print(f"  [{false.case_id}] {described}{trap}", file=out)
        print(f"      {' '.join(fig.sentence.split())}", file=out)


def run_eval(args: argparse.Namespace) -> int:
    """Score extraction on a gold JSONL file and print the report; 1 when the file cannot be read."""
    try:
        handle = open(args.gold, encoding="utf-8")  # noqa: SIM115 - closed below, after streaming
    except OSError as exc:
        print(f"displacement-bot eval: cannot read {args.gold}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    scores = Scores()
    bad = 0
    with handle:
        for number, case in read_cases(iter(handle)):
            if isinstance(case, GoldError):
                bad += 1
                print(f"displacement-bot eval: {args.gold}:{number}: skipped: {case}", file=sys.stderr)
                continue
            score_case(scores, case, extract(case.text, case.published))
    print_report(scores, sys.stdout, details=args.details)
    if bad:
        print(f"lines skipped as unreadable: {bad}", file=sys.stdout)
    return 0
