"""How many characters language detection needs: answers and cost for several sample lengths.

For each length, over every labelled report (../shared corpora, seeds and d4d excerpts when present, and
tests/extraction/data): how many are told as the language they are labelled with; over them and every paragraph
and sentence of them longer than the shortest length: how many get another answer than from 300 characters; and
the CPU time per report longer than every length.
Run: `python benchmarks/language_sample.py [--lengths 100,150,200,300]`.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import bot.extraction.language as language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELLED = [
    *sorted((SHARED / "corpus").glob("*.jsonl")),
    SHARED / "seeds" / "gold.jsonl",
    SHARED / "benchmarks" / "idetect_d4d_dev.jsonl",
    *sorted((ROOT / "tests" / "extraction" / "data").glob("*.jsonl")),
]
_REFERENCE = 300


def _labelled() -> list[tuple[str, str]]:
    """(language label, text) of every labelled report found; English where a file names none."""
    out: list[tuple[str, str]] = []
    for path in LABELLED:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((item.get("lang") or "en", item["text"]))
    return out


def _pieces(texts: list[str], longer_than: int) -> list[str]:
    """The texts, their paragraphs and their sentences, each once, when longer than ``longer_than``."""
    found: dict[str, None] = {}
    for text in texts:
        for paragraph in re.split(r"\n\s*\n", text):
            for piece in (text, paragraph, *re.split(r"(?<=[.!?])\s+", paragraph)):
                if len(piece) > longer_than:
                    found.setdefault(piece)
    return list(found)


def _detect_all(texts: list[str], length: int) -> list[str]:
    language._SAMPLE = length  # the module reads its sample length at each call
    return [language.detect_language(text) for text in texts]


def _ms_per_text(texts: list[str], length: int) -> float:
    """CPU time per text, best of five rounds (the machine may be shared)."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        _detect_all(texts, length)
        best = min(best, time.process_time() - started)
    return best / len(texts) * 1000


def main() -> None:
    """Print, per sample length, agreement with the labels and with 300 characters, and the cost."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lengths", default="100,150,200,300")
    args = parser.parse_args()
    lengths = [int(n) for n in args.lengths.split(",")]
    labelled = _labelled()
    texts = [text for _, text in labelled]
    pieces = _pieces(texts, min(lengths))
    language.load_model()
    reference = _detect_all(pieces, _REFERENCE)
    long_reports = [text for text in texts if len(text) > max(lengths)]
    print(f"labelled reports: {len(labelled)}; reports, paragraphs and sentences compared: {len(pieces)}")
    for length in lengths:
        answers = _detect_all(texts, length)
        right = sum(answer == label for answer, (label, _) in zip(answers, labelled, strict=True))
        changed = sum(a != b for a, b in zip(_detect_all(pieces, length), reference, strict=True))
        print(
            f"{length:>4} characters: {right}/{len(labelled)} told as labelled, {changed} of {len(pieces)} answered "
            f"otherwise than from {_REFERENCE}, {_ms_per_text(long_reports, length):.3f} ms a report "
            f"({len(long_reports)} reports longer than {max(lengths)} characters, CPU time, in-process)"
        )


if __name__ == "__main__":
    main()
