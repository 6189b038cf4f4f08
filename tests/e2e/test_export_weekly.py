"""/export and /weekly through the real process: a CSV document from the feed's events, usage messages, a summary.

One bot for the module with one loopback feed. Its first poll stores two reports about Sudan (history, no alert);
the tests then ask for them as a CSV document and as a weekly summary.
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.export.table import HEADER, HXL_TAGS
from tests.e2e.conftest import run_bot
from tests.e2e.harness import BotProcess, ChatRef, Conversation, Person, wait_for
from tests.e2e.test_alerts import polled, publish
from tests.support.bot_api_double import BotApiDouble, SentMessage
from tests.support.feed_server import FeedServer

CHAT, PERSON = ChatRef(9101), Person(9101)
KADUGLI = "Shelling in Kadugli, South Kordofan, killed at least 14 civilians on Monday, hospital staff said."
KASSALA = "Floods in Kassala, Sudan, injured 31 people on Monday, the civil defence said."


@pytest.fixture(scope="module", autouse=True)
def bot(api: BotApiDouble, workdir: Path, feeds: FeedServer) -> Iterator[BotProcess]:
    """The bot polling one feed that holds two reports about Sudan."""
    publish(feeds, "/sudan.xml", [("kad-1", KADUGLI), ("kas-1", KASSALA)])
    yield from run_bot(api, workdir, {"sudan": feeds.url("/sudan.xml")})


def _export(conversation: Conversation, api: BotApiDouble) -> SentMessage:
    return conversation.say(CHAT, PERSON, "/export")[0]


def test_export_sends_a_csv_document_with_the_feeds_events(
    conversation: Conversation, api: BotApiDouble, feeds: FeedServer
) -> None:
    """After subscribing to Sudan, /export sends a document: BOM, header, HXL row, one row per event with its link."""
    assert "Following" in conversation.ask(CHAT, PERSON, "/subscribe Sudan")
    polled(feeds, "/sudan.xml")

    def two_rows() -> SentMessage | None:
        sent = _export(conversation, api)
        if sent.method == "sendDocument" and "(rows: 2;" in sent.text:
            return sent
        time.sleep(3)  # stay inside the per-user rate limit while the bot is still grouping
        return None

    document = wait_for(two_rows, timeout=20, what="an export with both events")
    assert document.filename is not None
    assert document.filename.endswith(".csv")
    assert document.document is not None
    assert document.document.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(document.document.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == HEADER
    assert tuple(rows[1]) == HXL_TAGS
    by_kind = {("killed" if row[HEADER.index("Killed")] else "injured"): row for row in rows[2:]}
    assert by_kind["killed"][HEADER.index("Killed")] == "14"
    assert by_kind["injured"][HEADER.index("Injured")] == "31"
    assert by_kind["killed"][HEADER.index("Outlets")] == "sudan"
    assert by_kind["killed"][HEADER.index("Link")] == feeds.url("/articles/kad-1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("/export 91", "not a number of days from 1 to 90", id="too-many-days"),
        pytest.param("/export lots", "Usage: /export [days]", id="not-a-number"),
        pytest.param("/weekly someday 08:00", "is not a day of the week", id="weekly-bad-day"),
    ],
)
def test_bad_arguments_get_a_usage_message(conversation: Conversation, text: str, expected: str) -> None:
    """Anything but a day count from 1 to 90 (or a day and a time) is answered with the usage."""
    chat = ChatRef(9200 + len(text))  # a chat each: the per-user rate limit allows bursts of five
    assert expected in conversation.ask(chat, Person(chat.id), text)


def test_export_without_places_says_what_to_do(conversation: Conversation) -> None:
    """A chat following nothing is told to subscribe first."""
    assert "/subscribe" in conversation.ask(ChatRef(9102), Person(9102), "/export 30")


def test_weekly_now_and_on_a_schedule(conversation: Conversation) -> None:
    """/weekly gives the summary at once; a day and time schedule it; off stops it."""
    chat, person = ChatRef(9103), Person(9103)
    assert "Following" in conversation.ask(chat, person, "/subscribe Sudan")
    summary = conversation.ask(chat, person, "/weekly")
    assert "Weekly summary" in summary
    assert "Sudan" in summary
    assert "Not scheduled" in summary
    assert "Weekly summary every Monday at 08:00 (UTC)" in conversation.ask(chat, person, "/weekly monday 08:00")
    assert "switched off" in conversation.ask(chat, person, "/weekly off")


def test_french_and_arabic_chats_get_export_and_weekly_replies_in_their_language(conversation: Conversation) -> None:
    """After /language, the summary, its schedule and the usage messages come in the chat's language."""
    chat, person = ChatRef(9104), Person(9104)
    conversation.ask(chat, person, "/language fr")
    assert "Vous suivez" in conversation.ask(chat, person, "/subscribe Sudan")
    summary = conversation.ask(chat, person, "/weekly")
    assert "Résumé hebdomadaire" in summary
    assert "tués" in summary
    assert "Non programmé" in summary
    assert "chaque lundi à 08:00 (UTC)" in conversation.ask(chat, person, "/weekly lundi 08:00")
    assert "pas un nombre de jours de 1 à 90" in conversation.ask(chat, person, "/export 91")
    chat, person = ChatRef(9105), Person(9105)
    conversation.ask(chat, person, "/language ar")
    assert "لم يكن هناك ملخص أسبوعي مجدول" in conversation.ask(chat, person, "/weekly off")
    assert "ليس يومًا من أيام الأسبوع" in conversation.ask(chat, person, "/weekly someday 08:00")


def test_the_commands_are_in_telegrams_menu(api: BotApiDouble) -> None:
    """setMyCommands lists /export and /weekly."""
    assert {"export", "weekly"} <= {command["command"] for command in api.commands}
