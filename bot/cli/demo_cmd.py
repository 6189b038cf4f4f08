"""`displacement-bot demo`: the whole pipeline on bundled sample reports, printed to the console.

No token, no network, no configuration file: an embedded SQLite database in a fresh temporary folder, the
project's default thresholds, and a console in place of Telegram. The folder is kept after the run so the chart
(and the database) can be looked at; ``--output DIR`` puts the chart elsewhere when the parser offers it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from pathlib import Path

EXIT_FAILED = 1


def _configure_logging() -> None:
    """Only warnings and errors, on stderr: stdout is the chat's view."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def run_demo(args: argparse.Namespace) -> int:
    """Run the demo scenario to the end; 0 when it ran, 1 with one clear line when it could not."""
    _configure_logging()
    from bot.demo.runner import run_demo_scenario

    output = getattr(args, "output", None)
    try:
        workdir = Path(tempfile.mkdtemp(prefix="displacement-bot-demo-"))
        chart_dir = Path(output) if output else workdir
        chart_dir.mkdir(parents=True, exist_ok=True)
        asyncio.run(run_demo_scenario(workdir=workdir, chart_dir=chart_dir, out=sys.stdout))
    except TimeoutError:
        print("displacement-bot demo: the scenario did not finish in time and was stopped", file=sys.stderr)
        return EXIT_FAILED
    except (OSError, ValueError) as exc:
        print(f"displacement-bot demo: cannot run: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return 0
