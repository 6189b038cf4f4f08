"""One demo run from start to summary: a fresh folder and database, the gazetteer, the scenario, the counts."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import TextIO

from bot.demo.scenario import Scenario
from bot.demo.summary import DemoSummary, count_run

# The demo must end by itself within a minute (it takes seconds); past that something is stuck and it stops.
# The gazetteer's one-time build on a cold cache comes before and is not counted.
TIME_LIMIT_SECONDS = 60


def warm_gazetteer() -> tuple[float, bool]:
    """Load (or, on a cold cache, build) the gazetteer now; seconds taken and whether it had to be built."""
    from bot.geo.gazetteer import cache_path, get_gazetteer

    cold = not cache_path().exists()
    started = time.perf_counter()
    get_gazetteer()
    return time.perf_counter() - started, cold


async def run_demo_scenario(*, workdir: Path, chart_dir: Path, out: TextIO) -> DemoSummary:
    """Run the scenario in `workdir` (database, inbox folder), charts into `chart_dir`; the run's counts."""
    print("displacement-bot demo: the real pipeline on the bundled sample reports.", file=out)
    print("A console stands in for Telegram; nothing leaves this machine and no token is needed.", file=out)
    print(f"Working folder (SQLite database, report inbox): {workdir}", file=out)
    seconds, cold = await asyncio.to_thread(warm_gazetteer)
    how = "built from the bundled GeoNames data and cached" if cold else "loaded from its cache"
    print(f"Gazetteer {how} in {seconds:.1f} s.", file=out)
    print("The clock is fixed at the morning of 21 Nov 2026, after the reports were published.\n", file=out, flush=True)
    scenario = Scenario(workdir=workdir, chart_dir=chart_dir, out=out)
    try:
        await asyncio.wait_for(scenario.run(), timeout=TIME_LIMIT_SECONDS)
        tally = scenario.tally
        summary = await asyncio.to_thread(
            count_run,
            scenario.store.engine,
            figures=tally.figures,
            projections=tally.projections,
            stale=tally.stale,
            identical_dropped=tally.identical_dropped,
        )
    finally:
        scenario.close()
    charts = [shown.photo_path for shown in scenario.console.shown if shown.photo_path is not None]
    for chart in charts:
        print(f"Digest chart written to: {chart}", file=out)
    if not charts:
        print("No digest chart was drawn (the chat's digest was empty).", file=out)
    print("\nSummary", file=out)
    for line in summary.lines():
        print(f"  {line}", file=out)
    out.flush()
    return summary
