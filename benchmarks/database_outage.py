"""PostgreSQL cut off for 60 seconds in the middle of a poll, through a loopback proxy: nothing is lost.

python benchmarks/database_outage.py [--seconds 60] [--reports 2] [--postgres URL]
(default TEST_DATABASE_URL or the local test DB; --reports: how many the cut poll fetches, at most 11)
The scenario is the test suite's (tests/processes/test_database_outage.py, which keeps the outage short): reports
are published, the database is cut while the bot fetches them, restored after the outage, more news follows; it
prints what was published, delivered and repeated once every chat has every alert, and the check's verdict
(FAIL with the reason, and exit status 1, when an alert is lost or repeated).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.processes.kill_world import TOWNS
from tests.processes.test_database_outage import run_outage
from tests.storage.conftest import DEFAULT_PG, postgres_schema_url


def main() -> None:
    """Run the outage and print the outcome."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--reports", type=int, default=2, choices=range(1, len(TOWNS)))
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL", DEFAULT_PG))
    args = parser.parse_args()
    os.environ["TEST_DATABASE_URL"] = args.postgres
    started = time.monotonic()
    schema = postgres_schema_url()
    url = next(schema)
    counted: dict[str, int] = {}
    verdict = "pass"
    try:
        with tempfile.TemporaryDirectory() as folder:
            run_outage(Path(folder), url, args.seconds, reports=args.reports, counted=counted)
    except AssertionError as exc:
        verdict = f"FAIL ({str(exc).splitlines()[0] if str(exc) else 'a check failed'})"
    finally:
        schema.close()
    print(
        f"outage_seconds={args.seconds:.0f} reports={counted.get('published')} alerts={counted.get('expected')} "
        f"delivered={counted.get('delivered')} messages={counted.get('messages')} repeated={counted.get('repeated')} "
        f"undecided={counted.get('undecided')} verdict={verdict} seconds={time.monotonic() - started:.0f}"
    )
    if verdict != "pass":
        sys.exit(1)


if __name__ == "__main__":
    main()
