"""`displacement-bot eval` (not built yet)."""

from __future__ import annotations

import argparse
import sys


def run_eval(args: argparse.Namespace) -> int:
    """Say plainly that this command is not available yet."""
    print("displacement-bot eval is not available yet", file=sys.stderr)
    return 2
