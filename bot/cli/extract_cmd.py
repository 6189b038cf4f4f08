"""`displacement-bot extract`: figures in reports as JSON, from files, stdin or a JSONL batch."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from bot.extraction.extract import extract
from bot.extraction.language import READ_LANGUAGES as LANGUAGES


def _decode(data: bytes) -> str:
    """Bytes of a report as text: UTF-8 when valid, else the encoding charset-normalizer finds."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _read(text: str, published: dt.date | None, lang: str | None) -> dict[str, Any]:
    """The figures of one report and the language it was read in (forced, else detected)."""
    from bot.extraction.language import detect_language

    lang = lang or detect_language(text)
    return {"lang": lang, "figures": [figure.to_json() for figure in extract(text, published, lang=lang)]}


def _write(out: TextIO, payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")


def _batch_line(line: str, number: int, default: dt.date | None, lang: str | None = None) -> dict[str, Any]:
    """One JSONL input line's output object; a bad line yields an error entry instead of disappearing."""
    ident: Any = None
    try:
        if not line.strip():
            raise ValueError("the line is empty")
        item = json.loads(line)
        if not isinstance(item, dict):
            raise ValueError("the line is not a JSON object")
        ident = item.get("id")
        text = item.get("text")
        if not isinstance(text, str):
            raise ValueError("'text' is missing or not a string")
        published = _date(item["published"][:10]) if item.get("published") else default
        line_lang = item.get("lang")
        if line_lang is not None and line_lang not in LANGUAGES:
            raise ValueError(f"'lang' must be one of {', '.join(LANGUAGES)}")
        return {"id": ident, **_read(text, published, lang or line_lang)}
    except (ValueError, TypeError) as exc:
        print(f"displacement-bot extract: line {number}: {exc}", file=sys.stderr)
        return {"id": ident, "figures": [], "error": str(exc)}


def run_batch(lines: Iterable[str], out: TextIO, default: dt.date | None, lang: str | None = None) -> None:
    """One output line per input line, in order."""
    for number, line in enumerate(lines, start=1):
        _write(out, _batch_line(line, number, default, lang))


def run_extract(args: argparse.Namespace) -> int:
    """Print the figures of each input; 1 when an input could not be read, 2 on a bad --published."""
    try:
        published = _date(args.published)
    except ValueError:
        print(f"displacement-bot extract: --published {args.published!r} is not YYYY-MM-DD", file=sys.stderr)
        return 2
    if args.jsonl:
        if args.jsonl == "-":
            run_batch(sys.stdin, sys.stdout, published, args.lang)
            return 0
        try:
            with open(args.jsonl, encoding="utf-8", errors="replace") as handle:
                run_batch(handle, sys.stdout, published, args.lang)
        except OSError as exc:
            print(f"displacement-bot extract: cannot read {args.jsonl}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        return 0
    if not args.files:
        _write(sys.stdout, _read(_decode(sys.stdin.buffer.read()), published, args.lang))
        return 0
    status = 0
    for name in args.files:
        try:
            with open(name, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            print(f"displacement-bot extract: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        _write(sys.stdout, _read(_decode(data), published, args.lang))
    return status
