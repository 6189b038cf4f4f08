"""`displacement-bot demo` (not built yet)."""

from __future__ import annotations

import argparse
import sys


def run_demo(args: argparse.Namespace) -> int:
    """Say plainly that this command is not available yet."""
    print("displacement-bot demo is not available yet", file=sys.stderr)
    return 2
