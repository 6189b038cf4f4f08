"""The ``displacement-bot`` command line: run, demo, extract, eval, export, backfill.

Each subcommand imports what it needs only when chosen, so ``extract`` starts fast and never loads
Telegram, SQL or plotting code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="displacement-bot",
        description="Casualty and displacement alerts from humanitarian reports, delivered through Telegram.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("run", help="run the bot: poll sources, alert chats, send digests, answer commands")
    demo = sub.add_parser("demo", help="the whole pipeline on bundled sample reports, printed to the console")
    demo.add_argument("--output", metavar="DIR", help="folder for the digest chart (default: the demo's temp folder)")

    extract = sub.add_parser("extract", help="print the figures found in reports as JSON")
    extract.add_argument("files", nargs="*", metavar="FILE", help="report files (default: standard input)")
    extract.add_argument("--published", metavar="YYYY-MM-DD", help="publication date anchoring relative dates")
    extract.add_argument(
        "--jsonl", metavar="IN.jsonl", help='batch mode: lines of {"id", "text", "published"?, "lang"?}'
    )
    extract.add_argument(
        "--lang", choices=("en", "fr", "ar"), help="read every report in this language (default: detected per report)"
    )

    export = sub.add_parser("export", help="the events of the last N days as the CSV of /export")
    export.add_argument("--days", type=int, default=7, metavar="N", help="how many days back (1-90, default 7)")
    export.add_argument("--place", metavar="NAME", help="only this place and what it contains (default: all)")
    export.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    export.add_argument("--projections", action="store_true", help="add forecast figures as rows of their own")

    backfill = sub.add_parser("backfill", help="read sources' archives back to a date into history, never alerting")
    backfill.add_argument("--since", required=True, metavar="YYYY-MM-DD", help="the oldest publication day to read")
    backfill.add_argument("--source", metavar="NAME", help="only this configured source (default: every enabled one)")

    evaluate = sub.add_parser("eval", help="score extraction against a labelled JSONL file")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("--details", action="store_true", help="list every miss and false figure")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = _parser().parse_args(argv)
    if args.command == "extract":
        from bot.cli.extract_cmd import run_extract

        return run_extract(args)
    if args.command == "eval":
        from bot.cli.eval_cmd import run_eval

        return run_eval(args)
    if args.command == "export":
        from bot.cli.export_cmd import run_export

        return run_export(args)
    if args.command == "backfill":
        from bot.cli.backfill_cmd import run_backfill

        return run_backfill(args)
    if args.command == "run":
        from bot.cli.run_cmd import run_bot

        return run_bot(args)
    from bot.cli.demo_cmd import run_demo

    return run_demo(args)


if __name__ == "__main__":
    sys.exit(main())
