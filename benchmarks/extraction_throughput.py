"""Extraction throughput of the real command: reports per second through `extract --jsonl`, and start-up time.

Builds a JSONL of ~300-word reports (cut from the seed articles in ../shared when present, else generated),
runs `python -m bot extract --jsonl` as one subprocess pinned to one core (when the OS allows), and prints
the figures. Run: `python benchmarks/extraction_throughput.py [--reports N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
_GENERATED = (
    "Heavy rain in {place} displaced {n} people on Monday, local officials said. At least {k} people were killed "
    "and {i} injured when a bridge collapsed. Some {h} houses were destroyed and nearly {d} damaged. "
    "Aid agencies said about {s} people were staying in evacuation centres while others sought shelter with "
    "relatives. The district, home to {pop} people, has seen repeated flooding. "
)


def _chunks(words: list[str], size: int) -> list[str]:
    return [" ".join(words[i : i + size]) for i in range(0, max(1, len(words) - size + 1), size // 2)]


def build_reports(count: int) -> list[str]:
    """About 300-word reports: seed articles cut into windows, or generated text when the seeds are absent."""
    texts: list[str] = []
    if SEEDS.is_dir():
        for path in sorted(SEEDS.glob("*.txt")):
            texts.extend(_chunks(path.read_text(encoding="utf-8").split(), 300))
    if not texts:
        places = ["Sindh", "Sylhet", "Beira", "Derna", "Hatay", "Kasai", "Ituri", "Marib"]
        for i, place in enumerate(places):
            body = _GENERATED.format(
                place=place, n=1000 + i, k=3 + i, i=10 + i, h=200 + i, d=400 + i, s=900 + i, pop=50000 + i
            )
            texts.append((body * 6).strip())
    return [texts[i % len(texts)] for i in range(count)]


def _command(args: list[str]) -> list[str]:
    command = [sys.executable, "-m", "bot", "extract", *args]
    if sys.platform.startswith("linux") and hasattr(os, "sched_getaffinity"):
        command = ["taskset", "-c", str(min(os.sched_getaffinity(0))), *command]
    return command


def _timed(args: list[str], stdin: str) -> float:
    start = time.perf_counter()
    subprocess.run(_command(args), input=stdin, text=True, capture_output=True, check=True)
    return time.perf_counter() - start


def main() -> None:
    """Measure and print start-up time and reports per second."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=2000)
    count = parser.parse_args().reports
    reports = build_reports(count)
    words = sum(len(r.split()) for r in reports) / len(reports)
    startup = min(_timed([], "") for _ in range(3))
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "reports.jsonl"
        lines = (json.dumps({"id": i, "text": t}) for i, t in enumerate(reports))
        batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
        elapsed = _timed(["--jsonl", str(batch)], "")
    print(f"reports: {count} (mean {words:.0f} words)")
    print(f"start-up (extract on empty input): {startup:.3f} s")
    print(f"whole run incl. start-up: {elapsed:.2f} s -> {count / elapsed:.0f} reports/s")


if __name__ == "__main__":
    main()
