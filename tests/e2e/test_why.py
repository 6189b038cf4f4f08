"""/why end to end: a report alerts, then /why as a reply to the alert (and alone) shows the evidence.

Two outlets report one incident with different figures and speakers; the alert shows both as a range, and /why
lists each outlet with its figure, date and link, how the bot read it, and why it reached the chat.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.harness import BotProcess, ChatRef, Conversation, Person, wait_for, write_config
from tests.e2e.test_alerts import alerts_to, polled, publish
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer

CHAT = (ChatRef(7101), Person(7101))
OFFICIAL = (
    "At least 20 people were killed in shelling of Kadugli in South Kordofan, Sudan, on Tuesday, authorities said."
)
DISPUTED = (
    "Civil society groups in Kadugli, South Kordofan, said 45 people were killed in Tuesday's shelling and "
    "dispute the official figure."
)
_ids = itertools.count(900_000)


def reply_update(chat: ChatRef, person: Person, text: str, reply_to: int) -> dict[str, Any]:
    """A /why message replying to one of the bot's messages."""
    return {
        "message": {
            "message_id": next(_ids),
            "date": int(time.time()),
            "chat": chat.as_json(person),
            "from": {"id": person.id, "is_bot": False, "first_name": person.first_name},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
            "reply_to_message": {
                "message_id": reply_to,
                "date": int(time.time()),
                "chat": chat.as_json(person),
                "from": {"id": 1000001, "is_bot": True, "first_name": "Displacement Bot"},
                "text": "alert",
            },
        }
    }


@pytest.fixture(scope="module")
def bot(api: BotApiDouble, feeds: FeedServer, workdir: Path) -> Iterator[BotProcess]:
    """The bot polling two empty feeds every second."""
    publish(feeds, "/wire.xml", [])
    publish(feeds, "/monitor.xml", [])
    urls = {"wire": feeds.url("/wire.xml"), "monitor": feeds.url("/monitor.xml")}
    process = BotProcess(api, workdir, write_config(workdir / "bot.toml", urls)).start()
    polled(feeds, "/wire.xml")
    polled(feeds, "/monitor.xml")
    yield process
    if not process.process_exited():
        assert process.stop() == 0, process.log()


def test_why_alone_before_any_alert_says_so(conversation: Conversation, bot: BotProcess) -> None:
    """A chat with no alert yet gets a clear answer."""
    assert "no alert yet" in conversation.ask(*CHAT, "/why")


def test_why_shows_each_outlet_its_reading_and_the_reason(
    api: BotApiDouble, conversation: Conversation, feeds: FeedServer, bot: BotProcess
) -> None:
    """Alert, then a disputing outlet: /why replying to the alert lists both outlets, readings and the reason."""
    chat, person = CHAT
    conversation.ask(chat, person, "/subscribe Sudan")
    publish(feeds, "/wire.xml", [("w-1", OFFICIAL)])
    alert = wait_for(lambda: alerts_to(api, chat), timeout=20, what="the Kadugli alert")[0]
    assert "at least 20" in alert.lower()
    publish(feeds, "/monitor.xml", [("m-1", DISPUTED)])
    polled(feeds, "/monitor.xml")
    polled(feeds, "/monitor.xml")
    assert len(alerts_to(api, chat)) == 1, "a disputing outlet is not a rise: no update"
    alert_message = next(m for m in api.messages_to(chat.id) if "Where:" in m.text)
    before = len(api.messages_to(chat.id))
    api.push_update(reply_update(chat, person, "/why", alert_message.message_id))
    answer = wait_for(lambda: api.messages_to(chat.id)[before:] or None, timeout=10, what="the answer to /why")[0].text
    for part in ("wire", "monitor", "20", "45", "authorities", "civil society", "kind killed", "qualifier at least"):
        assert part in answer, part
    assert "one incident" in answer
    assert "Kadugli" in answer
    assert "you follow Sudan" in answer
    assert "Outlets disagree: at least 20 (authorities) – 45 (civil society)" in answer
    assert feeds.url("/articles/w-1") in answer
    alone = conversation.ask(chat, person, "/why")
    assert "you follow Sudan" in alone


def test_why_replying_to_a_non_alert_says_so(api: BotApiDouble, conversation: Conversation, bot: BotProcess) -> None:
    """Replying /why to a command answer is told apart from an alert."""
    chat, person = CHAT
    answer_id = api.messages_to(chat.id)[0].message_id
    before = len(api.messages_to(chat.id))
    api.push_update(reply_update(chat, person, "/why", answer_id))
    answer = wait_for(lambda: api.messages_to(chat.id)[before:] or None, timeout=10, what="the answer")[0].text
    assert "not one of my alerts" in answer
