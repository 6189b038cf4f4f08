"""`displacement-bot eval` scores a gold file and lists misses and false figures on request."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED_GOLD = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "gold.jsonl"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "eval", *args], capture_output=True, text=True, check=False)


def _write_gold(path: Path) -> None:
    case = {
        "id": "t1",
        "text": "Shelling killed 8 civilians in Sumy. The city is home to 250,000 people. 40 people fled.",
        "published": "2024-03-01",
        "country_iso3": "UKR",
        "figures": [
            {"kind": "killed", "value": 8, "qualifier": "exact", "group": "civilians", "span": "killed 8 civilians"},
            {"kind": "injured", "value": 3, "qualifier": "exact", "group": "people", "span": None},
        ],
        "traps": ["home to 250,000 people"],
    }
    path.write_text(json.dumps(case) + "\n{broken\n", encoding="utf-8")


def test_eval_prints_scores_misses_and_false_figures(tmp_path: Path) -> None:
    """Scores per kind and overall; --details names the miss and the unlabelled figure; bad lines are reported."""
    gold = tmp_path / "gold.jsonl"
    _write_gold(gold)
    result = _run(str(gold), "--details")
    assert result.returncode == 0
    overall = next(line for line in result.stdout.splitlines() if line.startswith("overall"))
    assert overall.split()[1:4] == ["1", "1", "1"]
    assert "figures from trap phrases: 0" in result.stdout
    assert "[t1] injured 3" in result.stdout
    assert "[t1] displaced 40" in result.stdout
    assert ":2: skipped" in result.stderr


def test_missing_gold_file_is_an_error(tmp_path: Path) -> None:
    """A gold file that cannot be read gives a clear message and exit 1."""
    result = _run(str(tmp_path / "none.jsonl"))
    assert result.returncode == 1
    assert "cannot read" in result.stderr


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="../shared/seeds/gold.jsonl is not beside this checkout")
def test_seed_gold_scores_well_and_hits_no_trap() -> None:
    """The seed articles score F1 >= 0.95 with no figure from a trap phrase."""
    result = _run(str(SHARED_GOLD))
    overall = next(line for line in result.stdout.splitlines() if line.startswith("overall"))
    assert float(overall.split()[-1]) >= 0.95
    assert "figures from trap phrases: 0" in result.stdout
