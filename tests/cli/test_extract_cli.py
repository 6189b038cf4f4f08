"""`displacement-bot extract` reads files, stdin and JSONL batches, and answers bad input clearly."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

REPORT = "Floods in Sindh displaced 12,000 people. At least 9 people were killed."


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "extract", *args], input=stdin, capture_output=True, text=True, check=False
    )


def test_files_give_one_json_line_each_and_a_missing_file_is_reported(tmp_path: Path) -> None:
    """Each file gives one {"figures"} line; a missing file gives a stderr message and exit 1."""
    good = tmp_path / "a.txt"
    good.write_text(REPORT, encoding="utf-8")
    latin = tmp_path / "b.txt"
    latin.write_bytes("À Kidal, 300 personnes déplacées. About 300 people fled Kidal café area.".encode("cp1252"))
    result = _run(str(good), str(tmp_path / "missing.txt"), str(latin))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert "missing.txt" in result.stderr
    assert [[f["kind"] for f in line["figures"]] for line in lines] == [["displaced", "killed"], ["displaced"]]


def test_stdin_is_read_when_no_file_is_given() -> None:
    """Without files the report comes from standard input."""
    result = _run("--published", "2024-08-01", stdin=REPORT)
    assert result.returncode == 0
    assert [f["value"] for f in json.loads(result.stdout)["figures"]] == [12000, 9]


def test_jsonl_keeps_order_and_answers_every_line(tmp_path: Path) -> None:
    """Every input line gets one output line in order; a bad line gets an error entry and a stderr message."""
    batch = tmp_path / "in.jsonl"
    rows = [json.dumps({"id": "a", "text": REPORT}), "not json", json.dumps({"id": "c", "text": "Calm day."})]
    batch.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = _run("--jsonl", str(batch))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c"]
    assert len(out[0]["figures"]) == 2
    assert out[1]["figures"] == []
    assert "error" in out[1]
    assert out[2]["figures"] == []
    assert "line 2" in result.stderr


def test_bad_published_date_is_refused() -> None:
    """A --published that is not YYYY-MM-DD is refused with a clear message."""
    result = _run("--published", "yesterday", stdin=REPORT)
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_a_read_failure_mid_chunk_loses_no_line_read_before_it() -> None:
    """Lines of a JSONL file are read in chunks; when reading fails partway through one, the lines read before the
    failure are still answered, in order, before the error surfaces."""
    import io

    import pytest

    from bot.cli.extract_cmd import run_batch

    def lines() -> Iterator[str]:
        yield json.dumps({"id": "a", "text": REPORT})
        yield json.dumps({"id": "b", "text": "No figures here."})
        raise OSError("the disk went away")

    out = io.StringIO()
    with pytest.raises(OSError, match="disk went away"):
        run_batch(lines(), out, None, chunk=256)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["a", "b"]


def test_the_collector_is_back_on_after_the_first_chunk_whatever_happened() -> None:
    """The collector is paused while the first chunk loads the lexicons and the gazetteer; it is on again after a
    batch, and after a failure inside the first chunk too (an unexpected error must not leave it off)."""
    import gc
    import io

    import pytest

    from bot.cli import extract_cmd

    assert gc.isenabled()
    out = io.StringIO()
    extract_cmd.run_batch([json.dumps({"id": "a", "text": REPORT})], out, None, chunk=256)
    assert gc.isenabled()
    assert json.loads(out.getvalue())["figures"]

    def broken(*_args: object, **_kwargs: object) -> dict[str, object]:
        raise RuntimeError("a bug in a reader")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract_cmd, "_batch_line", broken)
        with pytest.raises(RuntimeError, match="a bug"):
            extract_cmd.run_batch([json.dumps({"id": "b", "text": REPORT})], io.StringIO(), None, chunk=256)
    assert gc.isenabled()
