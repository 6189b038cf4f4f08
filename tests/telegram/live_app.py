"""The real Application (build_application, post_init, handlers, jobs) running in-process against the Bot API double.

In-process rather than as a subprocess, so a test can swap the clock or the rate limiter of the running bot and
look into its database. Updates are pushed into the double's getUpdates queue as Telegram would send them.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bot.app import build_application
from bot.config import Settings
from bot.telegram_ui.context import BotApplication, Services, install_services
from tests.support.bot_api_double import BotApiDouble, SentMessage

_ids = itertools.count(1)


def user(user_id: int, language: str | None = None, name: str = "Amina") -> dict[str, Any]:
    """A Telegram user object, with its client's language."""
    found: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": name}
    if language:
        found["language_code"] = language
    return found


def private(user_id: int) -> dict[str, Any]:
    """A private chat with a user."""
    return {"id": user_id, "type": "private", "first_name": "Amina"}


def group(chat_id: int, *, forum: bool = False) -> dict[str, Any]:
    """A supergroup, a forum (with topics) if asked."""
    found: dict[str, Any] = {"id": chat_id, "type": "supergroup", "title": "Field team"}
    if forum:
        found["is_forum"] = True
    return found


def command(chat: dict[str, Any], sender: dict[str, Any], text: str, *, topic: int | None = None) -> dict[str, Any]:
    """A message update carrying a command, in a forum topic if given."""
    word = text.split()[0]
    message: dict[str, Any] = {
        "message_id": next(_ids) + 10_000,
        "date": int(time.time()),
        "chat": chat,
        "from": sender,
        "text": text,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(word)}],
    }
    if topic is not None:
        message.update(message_thread_id=topic, is_topic_message=True)
    return {"message": message}


class LiveBot:
    """The bot's Application polling the double; `say` pushes a command and waits for the answers."""

    def __init__(self, api: BotApiDouble, workdir: Path) -> None:
        self.api = api
        self.settings = Settings(
            config_path=workdir / "bot.toml",
            telegram_token=SecretStr(api.token),
            telegram_base_url=api.base_url,
            database_url=f"sqlite:///{workdir / 'bot.db'}",
        )
        self.app: BotApplication = build_application(self.settings)

    async def start(self) -> LiveBot:
        """initialize, post_init (database, menus, jobs), start, and poll."""
        await self.app.initialize()
        assert self.app.post_init is not None
        await self.app.post_init(self.app)
        await self.app.start()
        assert self.app.updater is not None
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1)
        return self

    async def stop(self) -> None:
        """Stop polling, the application, and close what post_init opened."""
        assert self.app.updater is not None
        await self.app.updater.stop()
        await self.app.stop()
        if self.app.post_shutdown is not None:
            await self.app.post_shutdown(self.app)
        await self.app.shutdown()

    @property
    def services(self) -> Services:
        """The running bot's services."""
        found = self.app.bot_data["services"]
        assert isinstance(found, Services)
        return found

    def replace(self, **changes: Any) -> None:
        """Swap some of the running bot's services (its clock, its rate limiter)."""
        install_services(self.app, dataclasses.replace(self.services, **changes))

    async def say(self, update: dict[str, Any], *, expect: int = 1, within: float = 15.0) -> list[SentMessage]:
        """Push an update; the bot's next `expect` messages to that chat."""
        chat_id = int((update.get("message") or update["callback_query"]["message"])["chat"]["id"])
        before = len(self.api.messages_to(chat_id))
        self.api.push_update(update)
        return await self.messages(chat_id, before + expect, within=within, after=before)

    async def messages(self, chat_id: int, count: int, *, within: float = 15.0, after: int = 0) -> list[SentMessage]:
        """Wait until the chat has `count` messages; those after the first `after`."""
        await wait_until(lambda: len(self.api.messages_to(chat_id)) >= count, within=within, what="answers")
        return self.api.messages_to(chat_id)[after:]


async def wait_until(condition: Callable[[], Any], *, within: float = 15.0, what: str = "condition") -> Any:
    """Poll `condition` on the loop until truthy; fail after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within:.0f} s waiting for {what}")
        await asyncio.sleep(0.05)
