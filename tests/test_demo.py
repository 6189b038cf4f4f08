"""`displacement-bot demo` runs the real pipeline on the bundled reports and prints what a chat would get."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from telegram import ReplyParameters

from bot.cli.demo_cmd import run_demo
from bot.demo.console_bot import ConsoleBot
from bot.demo.terminal_html import html_to_terminal
from bot.demo.timeline import Timeline, arrival_batches

HEADER = re.compile(r"^── (?P<label>[\w ]+) to chat “(?P<chat>[^”]+)” ──$")
NARRATION = re.compile(r"^\d\d:\d\d UTC  ")
CHART_LINE = re.compile(r"^Digest chart written to: (?P<path>.+\.png)$", re.MULTILINE)
TELEGRAM_TAG = re.compile(r"</?(?:b|strong|i|em|u|ins|s|strike|del|a|code|pre|blockquote|span|tg-[a-z]+)\b[^>]*>")
ENTITY = re.compile(r"&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.IGNORECASE)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Connects from the demo process fail loudly: the demo must not reach any network, not even loopback.
NO_NETWORK_RUNNER = """
import socket, sys

def refuse(event, args):
    if event in ("socket.connect", "socket.getaddrinfo") and (
        event == "socket.getaddrinfo" or args[0].family in (socket.AF_INET, socket.AF_INET6)
    ):
        print(f"NETWORK ATTEMPT: {event} {args[1:]!r}", file=sys.stderr, flush=True)
        raise OSError("network use is forbidden in the demo")

sys.addaudithook(refuse)
from bot.__main__ import main
sys.exit(main(["demo"]))
"""


@dataclass(frozen=True)
class Run:
    """One finished demo process."""

    returncode: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Message:
    """One message as the console printed it."""

    label: str
    chat: str
    body: str


def _demo_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}  # no token, no Bot API URL
    env["TMPDIR"] = str(tmp)  # the demo's temporary folder lands where the test cleans up
    return env  # DISPLACEMENT_BOT_CACHE is passed through untouched: the gazetteer cache stays warm


def _run(command: list[str], tmp: Path) -> Run:
    done = subprocess.run(command, env=_demo_env(tmp), capture_output=True, text=True, timeout=60, check=False)
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The console script run once for the whole module (it takes a few seconds)."""
    script = shutil.which("displacement-bot", path=str(Path(sys.executable).parent))
    command = [script, "demo"] if script else [sys.executable, "-m", "bot", "demo"]
    return _run(command, tmp_path_factory.mktemp("demo"))


def messages(stdout: str) -> list[Message]:
    """The printed messages: each from its header to the next narration line, header or closing line."""
    found: list[Message] = []
    current: tuple[str, str, list[str]] | None = None
    for line in stdout.splitlines():
        header = HEADER.match(line)
        ends = header or NARRATION.match(line) or line.startswith(("Digest chart written to:", "Summary"))
        if ends and current is not None:
            found.append(Message(current[0], current[1], "\n".join(current[2]).strip()))
            current = None
        if header:
            current = (header["label"], header["chat"], [])
        elif current is not None:
            current[2].append(line)
    if current is not None:
        found.append(Message(current[0], current[1], "\n".join(current[2]).strip()))
    return found


def test_demo_runs_to_the_end_without_a_token(demo: Run) -> None:
    """With no TELEGRAM_* variables the demo exits 0 by itself and prints a summary."""
    assert demo.returncode == 0, demo.stderr
    assert "Summary" in demo.stdout
    assert "token" not in demo.stderr.lower()


def test_first_poll_archives_without_alerting(demo: Run) -> None:
    """The folder's first poll stores what it already held and says that nothing alerts."""
    first = next(line for line in demo.stdout.splitlines() if "first poll" in line)
    assert re.search(r"\b1 report archived\b", first)
    assert "no alerts" in first
    assert "Burkina" not in demo.stdout
    assert "Djibo" not in demo.stdout


def test_el_fasher_killings_alert_once_though_two_outlets_report_them(demo: Run) -> None:
    """Two outlets' reports of the market shelling give one corroborated 'killed' alert."""
    alerts = [m for m in messages(demo.stdout) if m.label == "alert"]
    killed = [m for m in alerts if "El Fasher" in m.body and "KILLED" in m.body.splitlines()[0]]
    assert len(killed) == 1
    assert "reported by 2 outlets" in killed[0].body
    assert killed[0].chat == "Emergency desk (demo)"


def test_el_fasher_toll_rise_comes_as_an_update_replying_to_the_first_alert(demo: Run) -> None:
    """The later 'toll rises to 65' report sends one update, threaded under the first killed alert."""
    updates = [m for m in messages(demo.stdout) if m.label == "update"]
    assert len(updates) == 1
    marker, headline = updates[0].body.splitlines()[:2]
    # the first alert is the El Fasher card: its killed and injured figures in one message
    assert re.match(r"↳ reply to message #\d+ \(alert: .*KILLED, AT LEAST 112 INJURED\)$", marker)
    assert "65" in headline
    assert "was 40" in headline.lower()


def test_north_kivu_displacement_alerts(demo: Run) -> None:
    """About 12,000 people fleeing around Rutshuru reach the displaced threshold and alert."""
    alerts = [m for m in messages(demo.stdout) if m.label == "alert"]
    displaced = [m for m in alerts if "North Kivu" in m.body and "DISPLACED" in m.body.splitlines()[0]]
    assert len(displaced) == 1
    assert "12,000" in displaced[0].body


def test_projections_and_long_past_totals_never_alert(demo: Run) -> None:
    """Neither the Juba flood forecast nor the 2019 Idlib retrospective produces an alert or update."""
    sent = [m for m in messages(demo.stdout) if m.label in ("alert", "update")]
    assert sent
    for message in sent:
        assert not re.search(r"Idlib|Syria|Juba|Gedo|Kismayo|Somalia", message.body), message.body


def test_digest_shows_the_flood_projection_as_a_warning(demo: Run) -> None:
    """The scheduled digest lists the chat's places and the Juba forecast as a projection warning."""
    digests = [m for m in messages(demo.stdout) if m.label == "digest"]
    assert len(digests) == 1
    body = digests[0].body
    assert body.startswith("DIGEST")
    somalia = body.split("SOMALIA", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"⚠ projection: up to 450,000 could be displaced", somalia)
    assert "Nothing new for Syria" in body


def test_digest_chart_is_a_png_file_of_reasonable_size(demo: Run) -> None:
    """The chart's path is printed and the file is a real PNG of a sensible size and shape."""
    paths = CHART_LINE.findall(demo.stdout)
    assert len(paths) == 1
    data = Path(paths[0]).read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert 5_000 < len(data) < 2_000_000
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert 300 <= width <= 4000
    assert 200 <= height <= 4000


def test_printed_text_holds_no_html(demo: Run) -> None:
    """Messages are rendered for the terminal: no Telegram tags or HTML entities are left."""
    assert not TELEGRAM_TAG.search(demo.stdout)
    assert not ENTITY.search(demo.stdout)


def test_summary_counts_what_happened(demo: Run) -> None:
    """The summary counts reports, alerts and the repeated El Fasher reports that were suppressed."""
    summary = demo.stdout.split("Summary", 1)[1]
    assert re.search(r"reports read:\s+7 \(1 archived", summary)
    alerts = int(re.search(r"alerts sent:\s+(\d+)", summary)[1])  # type: ignore[index]
    assert alerts == sum(m.label == "alert" for m in messages(demo.stdout))
    assert int(re.search(r"duplicates suppressed:\s+(\d+)", summary)[1]) >= 1  # type: ignore[index]


def test_demo_uses_no_network_and_prints_the_same_morning_every_time(demo: Run, tmp_path: Path) -> None:
    """A second run with every network call refused succeeds and prints the same output (paths aside)."""
    again = _run([sys.executable, "-c", NO_NETWORK_RUNNER], tmp_path)
    assert again.returncode == 0, again.stderr
    assert "NETWORK ATTEMPT" not in again.stderr

    def without_paths(text: str) -> str:
        # the gazetteer line says how long loading took, and whether a cache had to be built first
        kept = "\n".join(line for line in text.splitlines() if not line.startswith("Gazetteer "))
        return re.sub(r"/\S*displacement-bot-demo-\w+", "<dir>", kept)

    assert without_paths(again.stdout) == without_paths(demo.stdout)


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        pytest.param("<b>At least 9 killed</b> today", "AT LEAST 9 KILLED today", id="bold-upper-cased"),
        pytest.param('<a href="https://x.example/r">Read</a>', "Read <https://x.example/r>", id="link-with-url"),
        pytest.param('<a href="https://x.example/">https://x.example/</a>', "https://x.example/", id="bare-link"),
        pytest.param("A\n<blockquote>one\ntwo</blockquote>", "A\n  │ one\n  │ two", id="quote-indented"),
        pytest.param("Tom &amp; Jerry &lt;3 &#39;x&#39;", "Tom & Jerry <3 'x'", id="entities-decoded"),
        pytest.param("<i>said</i> <u>so</u></b>", "said so", id="stray-end-tag-ignored"),
    ],
)
def test_html_becomes_plain_terminal_text(html: str, plain: str) -> None:
    """Telegram HTML reads naturally without a terminal's styling."""
    assert html_to_terminal(html) == plain


def test_bold_uses_ansi_on_a_terminal() -> None:
    """On a terminal bold keeps its case and is wrapped in ANSI bold, reset at the end."""
    assert html_to_terminal("<b>Update</b>: 65", ansi=True) == "\x1b[1mUpdate\x1b[0m: 65"


async def test_console_threads_a_reply_under_the_message_it_answers(tmp_path: Path) -> None:
    """A reply names the earlier message it answers; a photo is written to a PNG file."""
    out = io.StringIO()
    console = ConsoleBot(chat_titles={-5: "Desk"}, photo_dir=tmp_path, out=out, ansi=False, label=lambda c, t: "alert")
    first = await console.send_message(-5, "<b>At least 40 killed</b>\nWhere: El Fasher")
    await console.send_message(-5, "<b>Update</b>", reply_parameters=ReplyParameters(message_id=first.message_id))
    await console.send_photo(-5, PNG_SIGNATURE + b"rest", caption="chart")
    printed = out.getvalue()
    assert "── alert to chat “Desk” ──" in printed
    assert f"↳ reply to message #{first.message_id} (alert: AT LEAST 40 KILLED)" in printed
    assert console.shown[-1].photo_path is not None
    assert console.shown[-1].photo_path.read_bytes().startswith(PNG_SIGNATURE)


def test_an_unusable_chart_folder_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An --output that is a file, not a folder, ends the demo with exit 1 and one clear line."""
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder", encoding="utf-8")
    assert run_demo(argparse.Namespace(command="demo", output=str(blocker))) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("displacement-bot demo: cannot run:")
    assert str(blocker) in err[0]


def test_reports_arrive_by_publication_day_with_undated_files_first(tmp_path: Path) -> None:
    """Files are grouped by their 'published' day, oldest first; unreadable dates come first."""
    for name, published in [("b.json", "2026-11-20"), ("a.json", "2026-11-21"), ("c.json", "2026-11-20T06:00")]:
        (tmp_path / name).write_text(json.dumps({"published": published, "text": "x"}), encoding="utf-8")
    (tmp_path / "d.json").write_text("{broken", encoding="utf-8")
    batches = [(day, [f.name for f in files]) for day, files in arrival_batches(tmp_path)]
    assert batches == [
        (None, ["d.json"]),
        (dt.date(2026, 11, 20), ["b.json", "c.json"]),
        (dt.date(2026, 11, 21), ["a.json"]),
    ]


def test_digest_time_is_the_chat_zones_local_time_on_the_scenario_day() -> None:
    """11:00 in Khartoum (UTC+2) on the scenario's morning is 09:00 UTC, after the last poll."""
    timeline = Timeline()
    assert timeline.digest_at(dt.time(11, 0), "Africa/Khartoum") == dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.UTC)
    assert timeline.poll(3) < timeline.digest_at(dt.time(11, 0), "Africa/Khartoum")
