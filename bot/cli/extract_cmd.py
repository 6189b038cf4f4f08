"""`displacement-bot extract` (not built yet)."""

from __future__ import annotations

import argparse
import sys


def run_extract(args: argparse.Namespace) -> int:
    """Say plainly that this command is not available yet."""
    print("displacement-bot extract is not available yet", file=sys.stderr)
    return 2
