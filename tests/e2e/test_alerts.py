"""Alerts end to end: feeds on loopback → the bot process → the Bot API double.

One bot for the module, polling three feeds every second. The tests run in file order and build on each
other like a day of use: subscribe, the first poll's news stays quiet, a new report alerts the right chats
once, a second outlet repeats nothing, /digest brings text and a chart, a blocked chat stops, a malformed
feed is reported, and a restart re-sends nothing and keeps every subscription.
"""

from __future__ import annotations

import email.utils
import html
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import BotProcess, ChatRef, Conversation, Person, wait_for, write_config
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer, Route

PAKISTAN = (ChatRef(7001), Person(7001))
DARFUR = (ChatRef(7002), Person(7002))
SYRIA = (ChatRef(7003), Person(7003))
BLOCKED = (ChatRef(7004), Person(7004))
SUDAN = (ChatRef(7005), Person(7005))

SUKKUR = (
    "Flood waters in Sindh province of Pakistan have killed 40 people in Sukkur since Sunday, "
    "district officials said on Wednesday."
)
EL_FASHER_A = (
    "Shelling of El Fasher in North Darfur killed at least 35 civilians on Tuesday, local medics said. "
    "Aid groups warned that the fighting could displace up to 200,000 more people."
)
EL_FASHER_B = (
    "At least 33 civilians were killed when shells hit a market in El Fasher, North Darfur, on Tuesday, "
    "a residents' committee said."
)
EL_FASHER_TOLL = (
    "Medics in El Fasher, North Darfur, said on Wednesday that 60 civilians were killed in Tuesday's shelling."
)
KHARTOUM = "Clashes in Khartoum, Sudan, killed 12 people on Wednesday, hospital staff said."


def rss(items: list[tuple[str, str]], server: FeedServer) -> bytes:
    """An RSS 2.0 feed of (guid, text) items published now, each linking to a page on `server`."""
    now = email.utils.formatdate(time.time(), usegmt=True)
    entries = "".join(
        f"<item><guid isPermaLink='false'>{guid}</guid><title>{html.escape(text[:60])}</title>"
        f"<link>{server.url('/articles/' + guid)}</link>"
        f"<description>{html.escape(text)}</description>"
        f"<pubDate>{now}</pubDate></item>"
        for guid, text in items
    )
    channel = f"<channel><title>Loopback news</title>{entries}</channel>"
    return f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'>{channel}</rss>".encode()


def publish(server: FeedServer, path: str, items: list[tuple[str, str]]) -> None:
    """Serve `items` at `path` (with a fresh ETag) and an article page for each."""
    server.routes[path] = Route(body=rss(items, server), etag=f'"{time.monotonic_ns()}"')
    for guid, text in items:
        page = f"<html><body><article><p>{html.escape(text)}</p></article></body></html>".encode()
        server.routes[f"/articles/{guid}"] = Route(body=page, content_type="text/html; charset=utf-8")


def polled(server: FeedServer, path: str, times: int = 2) -> None:
    """Wait until `path` has been fetched `times` more times (so the bot has seen its current content)."""
    start = len(server.hits_for(path))
    wait_for(lambda: len(server.hits_for(path)) >= start + times, timeout=15, what=f"{times} polls of {path}")


def alerts_to(api: BotApiDouble, chat: ChatRef) -> list[str]:
    """Texts of the alerts (not command answers) a chat received: alerts carry a 'Where:' line."""
    return [m.text for m in api.messages_to(chat.id) if "Where:" in m.text]


@pytest.fixture(scope="module")
def bot(api: BotApiDouble, feeds: FeedServer, workdir: Path) -> Iterator[BotProcess]:
    """The bot polling relief-a (one old report), outlet-b (empty) and broken (not XML) every second."""
    publish(feeds, "/a.xml", [("a-1", SUKKUR)])
    publish(feeds, "/b.xml", [])
    feeds.routes["/broken.xml"] = Route(body=b"<rss><channel><item><title>cut off", content_type="application/xml")
    urls = {"relief-a": feeds.url("/a.xml"), "outlet-b": feeds.url("/b.xml"), "broken": feeds.url("/broken.xml")}
    process = BotProcess(api, workdir, write_config(workdir / "bot.toml", urls)).start()
    polled(feeds, "/a.xml")
    polled(feeds, "/b.xml")
    yield process
    if not process.process_exited():
        assert process.stop() == 0, process.log()


def test_first_poll_news_does_not_alert(
    api: BotApiDouble, conversation: Conversation, feeds: FeedServer, bot: BotProcess
) -> None:
    """A chat following Pakistan gets no alert for the Sukkur report the feed held at the first poll."""
    chat, person = PAKISTAN
    assert "Following <b>Pakistan</b>" in conversation.ask(chat, person, "/subscribe Pakistan")
    polled(feeds, "/a.xml")
    assert alerts_to(api, chat) == []


def test_unknown_or_ambiguous_places_get_suggestions(conversation: Conversation, bot: BotProcess) -> None:
    """'Tripoli' is offered as Libya's or Lebanon's; nonsense gets a hint; neither becomes a subscription."""
    chat, person = SYRIA
    answer = conversation.say(chat, person, "/subscribe Tripoli")[0]
    assert "Which place do you mean" in answer.text
    labels = [button["text"] for button in answer.buttons()]
    assert labels[:2] == ["Tripoli (region, Libya)", "Tripoli (town, Lebanon)"]
    assert "don't know a place" in conversation.ask(chat, person, "/subscribe Zzzzzzq")
    assert "follows no places" in conversation.ask(chat, person, "/subscriptions")


def test_new_report_alerts_subscribed_places_only(
    api: BotApiDouble, conversation: Conversation, feeds: FeedServer, bot: BotProcess
) -> None:
    """A new El Fasher report alerts the chat following North Darfur, not the chats following Syria or Pakistan."""
    conversation.ask(*DARFUR, "/subscribe North Darfur")
    conversation.ask(*SYRIA, "/subscribe Syria")
    conversation.ask(*BLOCKED, "/subscribe Sudan")
    api.block(BLOCKED[0].id)
    publish(feeds, "/a.xml", [("a-1", SUKKUR), ("a-2", EL_FASHER_A)])
    alert = wait_for(lambda: alerts_to(api, DARFUR[0]), timeout=20, what="the El Fasher alert")[0]
    assert "at least 35 civilians killed" in alert.lower()
    assert "El Fasher" in alert
    assert "According to: relief-a" in alert
    polled(feeds, "/a.xml")
    assert alerts_to(api, SYRIA[0]) == []
    assert alerts_to(api, PAKISTAN[0]) == []


def test_blocked_chat_gets_nothing_and_is_paused(api: BotApiDouble, conversation: Conversation) -> None:
    """The chat that blocked the bot was refused with 403 once, received nothing, and is now paused."""
    wait_for(
        lambda: [r for r in api.rejections if r.chat_id == BLOCKED[0].id and r.error_code == 403],
        timeout=10,
        what="the 403 for the blocked chat",
    )
    assert api.messages_to(BLOCKED[0].id)[1:] == []  # only the /subscribe answer, sent before blocking


def test_second_outlet_repeats_nothing(api: BotApiDouble, conversation: Conversation, feeds: FeedServer) -> None:
    """The same killing reported by another outlet adds corroboration but sends no second alert."""
    publish(feeds, "/b.xml", [("b-1", EL_FASHER_B)])
    polled(feeds, "/b.xml", times=3)
    time.sleep(1.5)  # one delivery round after the decision
    assert len(alerts_to(api, DARFUR[0])) == 1
    digest = conversation.say(*DARFUR, "/digest", expect=2, timeout=20)
    assert "reported by 2 outlets" in digest[0].text


def test_digest_has_text_projection_warning_and_chart(api: BotApiDouble, conversation: Conversation) -> None:
    """/digest answers with the day's figures, the projection as a warning, then a PNG chart (sendPhoto)."""
    text, photo = conversation.say(*DARFUR, "/digest", expect=2, timeout=20)
    assert "<b>North Darfur</b>" in text.text
    assert "Killed: at least 35 in 1 event" in text.text
    assert "⚠ projection: up to 200,000 could be displaced" in text.text
    assert photo.method == "sendPhoto"
    assert photo.photo is not None
    assert photo.photo.startswith(b"\x89PNG")
    assert len(photo.text) <= 1024


def test_a_marked_rise_is_sent_as_a_reply_to_the_first_alert(api: BotApiDouble, feeds: FeedServer) -> None:
    """When the toll rises from 35 to 60, the North Darfur chat gets an update replying to its first alert."""
    publish(feeds, "/b.xml", [("b-1", EL_FASHER_B), ("b-2", EL_FASHER_TOLL)])
    update = wait_for(lambda: alerts_to(api, DARFUR[0])[1:], timeout=20, what="the update")[0]
    first = next(m for m in api.messages_to(DARFUR[0].id) if "Where:" in m.text)
    reply = next(m for m in api.messages_to(DARFUR[0].id) if m.text == update)
    assert "Update:" in update
    assert "60" in update
    assert reply.reply_to_message_id == first.message_id


def test_thresholds_and_unsubscribing_take_effect(conversation: Conversation) -> None:
    """/threshold on a followed place shows in /subscriptions; /unsubscribe all empties the list."""
    confirm = conversation.ask(*DARFUR, "/threshold killed 1,000 North Darfur")
    assert "killed now start at 1,000" in confirm
    assert "killed ≥ 1,000" in conversation.ask(*DARFUR, "/subscriptions")
    question = conversation.say(*SYRIA, "/unsubscribe all")[0]
    assert "Stop following every place" in question.text
    conversation.api.press(question, "unsub:all", {"id": SYRIA[1].id, "is_bot": False, "first_name": "Amina"})
    wait_for(lambda: conversation.api.edits, what="the confirmation")
    shown = conversation.api.current(question.chat_id, question.message_id)
    assert shown is not None
    assert "Stopped following <b>Syria</b>" in shown.text
    assert "follows no places" in conversation.ask(*SYRIA, "/subscriptions")


def test_malformed_feed_is_reported_and_harms_nothing(conversation: Conversation) -> None:
    """/sources shows the broken feed's error while the good feeds stay healthy."""
    answer = conversation.ask(*SYRIA, "/sources")
    entries = answer.split("\n")
    broken = entries.index(next(line for line in entries if "<b>broken</b>" in line))
    assert entries[broken].startswith("⚠️")
    assert "last error" in entries[broken + 1]
    assert any(line.startswith("✅ <b>relief-a</b>") for line in entries)
    assert any(line.startswith("✅ <b>outlet-b</b>") for line in entries)


def test_restart_resends_nothing_and_keeps_subscriptions(
    api: BotApiDouble, conversation: Conversation, feeds: FeedServer, bot: BotProcess
) -> None:
    """SIGTERM exits 0; the restarted bot sends no old alert again and still knows every subscription."""
    assert bot.stop() == 0
    sent_before = len(api.messages)
    bot.start()
    polled(feeds, "/a.xml")
    polled(feeds, "/b.xml")
    time.sleep(1.5)
    assert len(api.messages) == sent_before
    assert "North Darfur" in conversation.ask(*DARFUR, "/subscriptions")
    assert "Pakistan" in conversation.ask(*PAKISTAN, "/subscriptions")
    conversation.ask(*SUDAN, "/subscribe Sudan")
    publish(feeds, "/a.xml", [("a-1", SUKKUR), ("a-2", EL_FASHER_A), ("a-3", KHARTOUM)])
    alert = wait_for(lambda: alerts_to(api, SUDAN[0]), timeout=20, what="the Khartoum alert")[0]
    assert "12 killed" in alert
    assert alerts_to(api, BLOCKED[0]) == []  # still paused after the restart
    assert len(alerts_to(api, DARFUR[0])) == 2  # the alert and its update: Khartoum is not in North Darfur
