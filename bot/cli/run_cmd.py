"""`displacement-bot run` (not built yet)."""

from __future__ import annotations

import argparse
import sys


def run_bot(args: argparse.Namespace) -> int:
    """Say plainly that this command is not available yet."""
    print("displacement-bot run is not available yet", file=sys.stderr)
    return 2
