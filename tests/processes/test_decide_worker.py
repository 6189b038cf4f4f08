"""The deciding process runs below the bot's priority, so a decision never takes the event loop's core."""

from __future__ import annotations

import os
from pathlib import Path

from bot import decide_worker
from bot.alerting import AlertPolicy


def test_the_deciding_process_runs_at_a_lower_priority(tmp_path: Path) -> None:
    """The worker's nice value is the bot's plus NICENESS (capped at the lowest, 19)."""
    worker = decide_worker.DecidingProcess(f"sqlite:///{tmp_path / 'unused.db'}", AlertPolicy())
    try:
        assert worker.niceness() == min(19, os.nice(0) + decide_worker.NICENESS)
    finally:
        worker.close()
