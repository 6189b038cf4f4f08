"""`displacement-bot extract`: figures in reports as JSON, from files, stdin or a JSONL batch."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TextIO

from bot.extraction.extract import extract
from bot.extraction.language import READ_LANGUAGES as LANGUAGES
from bot.heap import freeze_start_up_heap


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


# Lines of a JSONL file are taken this many at a time, and the languages of a chunk's reports detected before any
# of them is extracted: run between two extractions, detection finds the language model's code and tables gone
# from the CPU caches and costs about three times as much (0.3 ms instead of 0.1 ms a report).
_CHUNK = 256


def _read(text: str, published: dt.date | None, lang: str | None) -> dict[str, Any]:
    """The figures of one report and the language it was read in (forced, else detected)."""
    from bot.extraction.language import detect_language

    lang = lang or detect_language(text)
    return {"lang": lang, "figures": [figure.to_json() for figure in extract(text, published, lang=lang)]}


def _parsed(line: str) -> Any:
    """The JSON value of a line, or None when it does not parse (parsing it again in its turn raises the error)."""
    try:
        return json.loads(line)
    except Exception:  # (any failure, reported in the line's own turn as without chunks)
        return None


def _detected(items: list[Any]) -> dict[str, str]:
    """The language of each report among ``items`` that names none, by text. Detection is pure, so detecting
    early changes nothing; a report it fails on is left for its own turn, where the failure is reported."""
    from bot.extraction.language import detect_language

    found: dict[str, str] = {}
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("text"), str) and item.get("lang") is None:
            try:
                found[item["text"]] = detect_language(item["text"])
            except Exception:  # (any failure, reported in the line's own turn as without chunks)
                continue
    return found


def _write(out: TextIO, payload: dict[str, Any]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")


def _batch_line(
    line: str,
    number: int,
    default: dt.date | None,
    lang: str | None = None,
    item: Any = None,
    detected: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One JSONL input line's output object; a bad line yields an error entry instead of disappearing. ``item`` is
    the line already parsed (None: parse it here); ``detected``, languages already detected, by text."""
    ident: Any = None
    try:
        if not line.strip():
            raise ValueError("the line is empty")
        if item is None:
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
        return {"id": ident, **_read(text, published, lang or line_lang or (detected or {}).get(text))}
    except (ValueError, TypeError) as exc:
        print(f"displacement-bot extract: line {number}: {exc}", file=sys.stderr)
        return {"id": ident, "figures": [], "error": str(exc)}


def run_batch(
    lines: Iterable[str], out: TextIO, default: dt.date | None, lang: str | None = None, chunk: int = 1
) -> None:
    """One output line per input line, in order. With ``chunk`` above 1, lines are read that many at a time and
    the languages of a chunk's reports detected together, then each extracted (the same output, sooner; a chunk
    of 1 writes each line's output before reading the next, as a pipe needs)."""
    numbered = enumerate(lines, start=1)
    if chunk <= 1 or lang is not None:
        for number, line in numbered:
            _write(out, _batch_line(line, number, default, lang))
        return
    first = True
    while True:
        batch, failure = _next_lines(numbered, chunk)
        items = [_parsed(line) if line.strip() else None for _, line in batch]
        with _loading_heap() if first else contextlib.nullcontext():
            detected = _detected(items)
            for (number, line), item in zip(batch, items, strict=True):
                _write(out, _batch_line(line, number, default, lang, item, detected))
        first = False
        if failure is not None:
            raise failure  # (after the lines read before it are written: a failed read loses none of them)
        if len(batch) < chunk:
            return


@contextlib.contextmanager
def _loading_heap() -> Iterator[None]:
    """The first reports load the lexicons and the gazetteer, millions of objects that live as long as the process:
    the cyclic collector stays off while they load (it would walk them again and again), and is back on afterwards,
    with them frozen out of its walks, whatever happened in between."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        freeze_start_up_heap()
        if was_enabled:
            gc.enable()


def _next_lines(numbered: Iterator[tuple[int, str]], chunk: int) -> tuple[list[tuple[int, str]], OSError | None]:
    """Up to ``chunk`` numbered lines, and the read error that cut them short, if any."""
    batch: list[tuple[int, str]] = []
    try:
        batch.extend(islice(numbered, chunk))
    except OSError as exc:
        return batch, exc
    return batch, None


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
                run_batch(handle, sys.stdout, published, args.lang, chunk=_CHUNK)
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
