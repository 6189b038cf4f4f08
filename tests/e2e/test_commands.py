"""Every command through the real process: replies, usage messages, group admin rules, rate limits."""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import run_bot
from tests.e2e.harness import BOT_USERNAME, BotProcess, ChatRef, Conversation, Person, membership_update, wait_for
from tests.support.bot_api_double import BotApiDouble

ADMIN = Person(11, "Admin")
MEMBER = Person(12, "Member")


@pytest.fixture(scope="module", autouse=True)
def bot(api: BotApiDouble, workdir: Path) -> Iterator[BotProcess]:
    """One bot process for the module, with no sources."""
    yield from run_bot(api, workdir, {})


def test_command_list_is_registered_at_start(api: BotApiDouble) -> None:
    """setMyCommands names every command of the interface, so Telegram's menu shows them."""
    names = {command["command"] for command in api.commands}
    assert names >= {
        "start",
        "help",
        "subscribe",
        "unsubscribe",
        "subscriptions",
        "threshold",
        "digest",
        "digesttime",
        "sources",
        "mute",
        "unmute",
    }


@pytest.mark.parametrize("command", ["/start", "/help"])
def test_start_and_help_explain_subscribing(conversation: Conversation, command: str) -> None:
    """/start and /help say what the bot does and how to subscribe, in HTML."""
    answer = conversation.say(ChatRef(101), Person(101), command)[0]
    assert "/subscribe Sudan" in answer.text
    assert answer.parse_mode == "HTML"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("/threshold", "Usage: /threshold", id="threshold-no-args"),
        pytest.param("/threshold killed lots", "is not a whole number", id="threshold-bad-number"),
        pytest.param("/threshold displaced 10,000", "follows no places yet", id="threshold-nothing-followed"),
        pytest.param("/digesttime 25:00", "is not a time of day", id="digesttime-bad-time"),
        pytest.param("/digesttime 07:30 Mars/Base", "Unknown time zone", id="digesttime-bad-zone"),
        pytest.param("/subscribe", "Usage: /subscribe", id="subscribe-no-place"),
        pytest.param("/unsubscribe", "Usage: /unsubscribe", id="unsubscribe-no-place"),
        pytest.param("/unsubscribe Atlantis", "did not follow", id="unsubscribe-unknown"),
        pytest.param("/subscriptions", "follows no places", id="subscriptions-empty"),
        pytest.param("/sources", "No sources are configured", id="sources-none"),
        pytest.param("/frobnicate", "/help lists what I can do", id="unknown-command"),
    ],
)
def test_commands_answer_clearly(conversation: Conversation, text: str, expected: str) -> None:
    """Each command, given nothing or nonsense, answers with what is wrong or what is there."""
    chat = ChatRef(200 + zlib.crc32(text.encode()) % 10_000)
    assert expected in conversation.ask(chat, Person(chat.id), text)


def test_digest_time_and_mute_show_in_subscriptions(conversation: Conversation) -> None:
    """/digesttime with a zone and /mute are confirmed and reflected by /subscriptions' digest line."""
    chat, person = ChatRef(301), Person(301)
    assert "07:30 (Africa/Khartoum)" in conversation.ask(chat, person, "/digesttime 07:30 africa/khartoum")
    assert "Muted" in conversation.ask(chat, person, "/mute")
    assert "Unmuted" in conversation.ask(chat, person, "/unmute")
    assert "switched off" in conversation.ask(chat, person, "/digesttime off")


def test_group_members_may_read_but_not_change(api: BotApiDouble, conversation: Conversation) -> None:
    """In a group a plain member can read (/subscriptions) but /mute, /subscribe and /digesttime are refused."""
    group = ChatRef(-1001, "supergroup")
    api.set_member_status(group.id, MEMBER.id, "member")
    for command in ("/mute", "/subscribe Sudan", "/digesttime 09:00", "/threshold killed 5", "/unsubscribe all"):
        assert "Only the group's administrators" in conversation.ask(group, MEMBER, command)
    assert "follows no places" in conversation.ask(group, MEMBER, "/subscriptions")


@pytest.mark.parametrize(
    ("status", "anonymous"),
    [
        pytest.param("administrator", False, id="administrator"),
        pytest.param("creator", False, id="creator"),
        pytest.param("member", True, id="anonymous-admin-posting-as-group"),
    ],
)
def test_group_admins_may_change(api: BotApiDouble, conversation: Conversation, status: str, anonymous: bool) -> None:
    """Administrators, the creator and anonymous admins (sender_chat is the group) may change settings."""
    group = ChatRef(-1100 - len(status) - int(anonymous), "supergroup")
    api.set_member_status(group.id, ADMIN.id, status)
    assert "Muted" in conversation.ask(group, ADMIN, "/mute", anonymous_admin=anonymous)


def test_commands_addressed_with_bot_name_work_in_groups(api: BotApiDouble, conversation: Conversation) -> None:
    """/mute@botname in a group is this bot's command; /mute@otherbot is ignored."""
    group = ChatRef(-1200, "supergroup")
    api.set_member_status(group.id, ADMIN.id, "administrator")
    conversation.say(group, ADMIN, "/mute@other_bot", expect=0)
    assert "Muted" in conversation.ask(group, ADMIN, f"/mute@{BOT_USERNAME}")
    assert len(api.messages_to(group.id)) == 1


def test_a_flood_of_commands_swallows_none(api: BotApiDouble, conversation: Conversation) -> None:
    """Eleven quick /help commands: five answered at once, five queued and answered in turn, and the one beyond
    the queue named in a single notice saying when to send it again."""
    chat, person = ChatRef(401), Person(401)
    for _ in range(11):
        conversation.say(chat, person, "/help", expect=0)
    wait_for(lambda: len(api.messages_to(chat.id)) >= 11, timeout=40, what="eleven messages")
    time.sleep(1.5)  # replies are paced one a second per chat: give any stray one time to arrive
    texts = [m.text for m in api.messages_to(chat.id)]
    notices = [t for t in texts if "Too many commands" in t]
    assert len(notices) == 1
    assert "Not run: /help" in notices[0]
    assert sum("/subscribe Sudan" in t for t in texts) == 10
    assert len(texts) == 11


def test_blocking_and_unblocking_pauses_and_resumes(api: BotApiDouble, conversation: Conversation) -> None:
    """A private chat that blocks the bot is paused; when it comes back /subscriptions no longer says paused."""
    chat, person = ChatRef(501), Person(501)
    conversation.ask(chat, person, "/mute")  # creates the chat's row
    conversation.ask(chat, person, "/unmute")
    api.push_update(membership_update(chat, person, "member", "kicked"))
    wait_for(lambda: _paused(conversation, chat, person, expect_paused=True), timeout=10, what="paused")
    api.push_update(membership_update(chat, person, "kicked", "member"))
    wait_for(lambda: _paused(conversation, chat, person, expect_paused=False), timeout=10, what="resumed")


def _paused(conversation: Conversation, chat: ChatRef, person: Person, *, expect_paused: bool) -> bool:
    text = conversation.ask(chat, person, "/subscriptions")
    return ("Paused" in text) == expect_paused
