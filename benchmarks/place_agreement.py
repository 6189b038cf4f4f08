"""How often extracted figures carry the labelled place: place-name and country agreement on gold files.

Figures are matched to labels exactly as ``displacement-bot eval`` matches them (its own scoring code is run and
each matched pair is recorded). A place name agrees when the figure's place and the label fold to the same key
(so "Idleb" meets "Idlib"); a country agrees when the figure's ISO3 equals the label's (or the case's). A matched
figure without a place counts as a disagreement.
Run: python benchmarks/place_agreement.py [GOLD.jsonl ...] (default: the seed gold and the development set);
add --details to list each disagreement. Prints figures only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.evaluation import scoring
from bot.evaluation.gold import GoldCase, GoldFigure, read_cases
from bot.extraction.extract import extract
from bot.geo.folding import fold_name
from bot.values import Figure

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = (
    ROOT.parent / "shared" / "seeds" / "gold.jsonl",
    ROOT / "tests" / "extraction" / "data" / "dev_reports.jsonl",
)

Pair = tuple[GoldCase, GoldFigure, Figure]


@contextmanager
def _recording(pairs: list[Pair]) -> Iterator[None]:
    """Record every (label, figure) pair the eval's scoring matches, while the block runs."""
    original = scoring._agree

    def record(scores: scoring.Scores, case: GoldCase, gold: GoldFigure, fig: Figure) -> None:
        pairs.append((case, gold, fig))
        original(scores, case, gold, fig)

    scoring._agree = record
    try:
        yield
    finally:
        scoring._agree = original


def matched_pairs(path: Path) -> list[Pair]:
    """Labels of one gold file with the figure extraction matched to each."""
    pairs: list[Pair] = []
    with path.open(encoding="utf-8") as handle, _recording(pairs):
        for _number, case in read_cases(iter(handle)):
            if isinstance(case, GoldCase):
                scoring.score_case(scoring.Scores(), case, extract(case.text, case.published))
    return pairs


def _report(path: Path, pairs: list[Pair], *, details: bool) -> None:
    names = [(case, gold, fig) for case, gold, fig in pairs if gold.location]
    countries = [(case, gold, fig) for case, gold, fig in pairs if gold.country_iso3 or case.country_iso3]
    name_agree = 0
    for case, gold, fig in names:
        same = fig.location is not None and fold_name(fig.location.name) == fold_name(gold.location or "")
        name_agree += same
        if details and not same:
            got = fig.location.name if fig.location else None
            print(f"  place [{case.id}] {fig.kind.value} {fig.value}: labelled {gold.location!r}, got {got!r}")
    country_agree = 0
    for case, gold, fig in countries:
        same = fig.location is not None and fig.location.country_iso3 == (gold.country_iso3 or case.country_iso3)
        country_agree += same
        if details and not same:
            got = fig.location.country_iso3 if fig.location else None
            wanted = gold.country_iso3 or case.country_iso3
            print(f"  country [{case.id}] {fig.kind.value} {fig.value}: labelled {wanted}, got {got}")
    print(f"{path.name}: matched figures {len(pairs)}")
    print(f"  place name agreement: {name_agree}/{len(names)}")
    print(f"  country agreement:    {country_agree}/{len(countries)}")


def main() -> int:
    """Print place-name and country agreement for each gold file given (or the default ones present)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    paths = args.gold or [path for path in DEFAULT_GOLD if path.is_file()]
    for path in paths:
        _report(path, matched_pairs(path), details=args.details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
