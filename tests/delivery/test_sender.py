"""The delivery loop against the Bot API double: flood limits, replies, blocked, migrated and refused chats."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from telegram import Bot

from bot.delivery.sender import Deliverer
from bot.storage.outbox_repo import OutboxRepository, enqueue
from bot.storage.schema import chats, deliveries
from tests.delivery.outbox_fixtures import NOW, add_chats, outbox_database, queue_alerts
from tests.support.bot_api_double import BotApiDouble


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    """A migrated SQLite outbox."""
    return outbox_database(tmp_path / "outbox.db")


@pytest.fixture
async def api() -> AsyncIterator[BotApiDouble]:
    """The Bot API double, enforcing flood limits."""
    with BotApiDouble() as double:
        yield double


async def _drain(engine: Engine, api: BotApiDouble, rounds: int = 50) -> OutboxRepository:
    outbox = OutboxRepository(engine)
    async with Bot(api.token, base_url=api.base_url) as bot:
        deliverer = Deliverer(bot, outbox)
        deliverer.recover()
        for _ in range(rounds):
            counts = outbox.counts()
            if not counts.get("pending"):
                break
            if await deliverer.drain_once() == 0:
                await asyncio.sleep(0.1)
    return outbox


def _statuses(engine: Engine) -> dict[int, tuple[str, int]]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(deliveries.c.id, deliveries.c.status, deliveries.c.chat_id))
        return {row.id: (row.status, row.chat_id) for row in rows}


async def test_messages_go_out_within_flood_limits_without_429(engine: Engine, api: BotApiDouble) -> None:
    """Sixty messages to twenty chats (three each) arrive once each with no flood refusal."""
    add_chats(engine, list(range(1, 21)))
    queue_alerts(engine, list(range(1, 21)), per_chat=3)
    outbox = await _drain(engine, api)
    assert outbox.counts() == {"sent": 60}
    assert len(api.messages) == 60
    assert [r for r in api.rejections if r.error_code == 429] == []
    first = api.messages[0]
    assert first.parse_mode == "HTML"
    assert first.link_preview_disabled


async def test_a_sender_taking_over_counts_what_the_last_one_just_sent(engine: Engine, api: BotApiDouble) -> None:
    """A process that takes the lead right after another sent to two chats waits out their second (Telegram
    counts it whoever sent), rather than getting 429s."""
    add_chats(engine, [5, -6])
    queue_alerts(engine, [5, -6], per_chat=1)
    outbox = OutboxRepository(engine)
    async with Bot(api.token, base_url=api.base_url) as bot:
        assert await Deliverer(bot, outbox).drain_once() == 2
        queue_alerts(engine, [5, -6], per_chat=1)
        second = Deliverer(bot, outbox)  # a fresh gate, as in the process that just took the lead
        await second.take_over()
        assert await second.drain_once() == 0  # both chats are within their second
        await asyncio.sleep(1.1)
        assert await second.drain_once() == 2
    assert outbox.counts() == {"sent": 4}
    assert [r for r in api.rejections if r.error_code == 429] == []


async def test_update_replies_to_the_first_alert(engine: Engine, api: BotApiDouble) -> None:
    """An update waits for its alert, then goes as a reply to the alert's message id."""
    add_chats(engine, [7])
    with engine.begin() as connection:
        alert = enqueue(connection, chat_id=7, text="alert", purpose="alert", now=NOW)
        enqueue(connection, chat_id=7, text="update", purpose="update", revision=1, reply_to_delivery_id=alert, now=NOW)
    await _drain(engine, api)
    alert_message, update_message = api.messages_to(7)
    assert update_message.text == "update"
    assert update_message.reply_to_message_id == alert_message.message_id
    assert update_message.allow_sending_without_reply


async def test_blocked_chat_is_paused_and_its_rows_dropped(engine: Engine, api: BotApiDouble) -> None:
    """A 403 pauses the chat and fails its pending rows; other chats still get theirs."""
    add_chats(engine, [1, 2])
    queue_alerts(engine, [1, 2], per_chat=2)
    api.block(2)
    await _drain(engine, api)
    with engine.connect() as connection:
        paused = connection.execute(sa.select(chats.c.paused).where(chats.c.chat_id == 2)).scalar_one()
    assert paused
    assert sorted(status for status, chat in _statuses(engine).values() if chat == 2) == ["failed", "failed"]
    assert len(api.messages_to(1)) == 2


async def test_migrated_group_is_moved_and_resent(engine: Engine, api: BotApiDouble) -> None:
    """A group upgraded to a supergroup gets its message at the new id."""
    add_chats(engine, [-5])
    queue_alerts(engine, [-5], per_chat=1)
    api.migrate(-5, -1005)
    await _drain(engine, api)
    assert [m.text for m in api.messages_to(-1005)] == ["alert #0"]
    assert list(_statuses(engine).values()) == [("sent", -1005)]


async def test_bad_request_fails_once_and_retry_after_is_honoured(engine: Engine, api: BotApiDouble) -> None:
    """A 400 is recorded and not retried; a scripted 429 delays the row, which then goes out."""
    add_chats(engine, [1, 2])
    queue_alerts(engine, [1, 2], per_chat=1)
    api.fail_next("sendMessage", 400, "Bad Request: can't parse entities")
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    await _drain(engine, api)
    statuses = sorted(status for status, _ in _statuses(engine).values())
    assert statuses == ["failed", "sent"]
    assert len(api.requests("sendMessage")) == 3
