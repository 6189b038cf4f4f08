"""Running `displacement-bot run` as a separate process against the Bot API double and a loopback feed server.

`BotProcess` starts the real console script with the environment a deployment would give it (token, base URL,
SQLite file, TOML config) and stops it with a signal. `Conversation` pushes command updates into the double's
getUpdates queue the way Telegram would and waits for the bot's answers.
"""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.bot_api_double import BotApiDouble, SentMessage

BOT_USERNAME = "displacement_test_bot"
READY_TIMEOUT = 30.0
_message_ids = itertools.count(1)


def console_script() -> list[str]:
    """The installed `displacement-bot` next to this interpreter (or the same entry point through -m bot)."""
    script = Path(sys.executable).with_name("displacement-bot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def wait_for(condition: Callable[[], Any], *, timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll `condition` until it returns something truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


def write_config(path: Path, feed_urls: dict[str, str], *, extra: str = "") -> Path:
    """A TOML configuration with one `rss` source per (name, url) and low default thresholds."""
    sources = "".join(
        f'[[sources]]\nname = "{name}"\ntype = "rss"\nurl = "{url}"\npoll_seconds = 60\n\n'
        for name, url in feed_urls.items()
    )
    path.write_text(
        f"{sources}[thresholds]\nkilled = 1\ninjured = 5\nmissing = 5\ndisplaced = 100\n\n"
        f'[digest]\ntime = "08:00"\ntimezone = "UTC"\n{extra}',
        encoding="utf-8",
    )
    return path


class BotProcess:
    """`displacement-bot run` in a subprocess, its log kept in a file."""

    def __init__(self, api: BotApiDouble, workdir: Path, config: Path, *, poll_seconds: int = 1) -> None:
        self.api = api
        self.workdir = workdir
        self.log_path = workdir / f"bot-{time.monotonic_ns()}.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "BOT_"))},
            "TELEGRAM_BOT_TOKEN": api.token,
            "TELEGRAM_BASE_URL": api.base_url,
            "DATABASE_URL": f"sqlite:///{workdir / 'bot.db'}",
            "BOT_CONFIG": str(config),
            "DISPLACEMENT_BOT_POLL_SECONDS": str(poll_seconds),
            "XDG_CACHE_HOME": os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")),
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> BotProcess:
        """Start the bot and wait until it has registered its commands (it is then polling)."""
        seen = len(self.api.requests("setMyCommands"))
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [*console_script(), "run"], env=self.env, cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT
            )
        wait_for(
            lambda: len(self.api.requests("setMyCommands")) > seen or self.process_exited(),
            timeout=READY_TIMEOUT,
            what="the bot to start",
        )
        assert not self.process_exited(), f"the bot exited at start:\n{self.log()}"
        return self

    def process_exited(self) -> bool:
        """Whether the process has ended."""
        return self.process is not None and self.process.poll() is not None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> int:
        """Send `sig` and wait for the exit code."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"the bot did not stop within {timeout:.0f} s:\n{self.log()}") from None

    def log(self) -> str:
        """Everything the process wrote so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""


@dataclass(frozen=True, slots=True)
class Person:
    """A Telegram user."""

    id: int
    first_name: str = "Amina"


@dataclass(frozen=True, slots=True)
class ChatRef:
    """A chat as Telegram describes it in updates."""

    id: int
    type: str = "private"
    title: str | None = None

    def as_json(self, person: Person) -> dict[str, Any]:
        """The `chat` object of an update."""
        if self.type == "private":
            return {"id": self.id, "type": "private", "first_name": person.first_name}
        return {"id": self.id, "type": self.type, "title": self.title or "Field team"}


def command_update(chat: ChatRef, person: Person, text: str, *, anonymous_admin: bool = False) -> dict[str, Any]:
    """A message update carrying a command, with its bot_command entity, as Telegram sends it."""
    command = text.split()[0]
    message: dict[str, Any] = {
        "message_id": next(_message_ids),
        "date": int(time.time()),
        "chat": chat.as_json(person),
        "text": text,
        "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
    }
    if anonymous_admin:
        message["sender_chat"] = chat.as_json(person)
        message["from"] = {"id": 1087968824, "is_bot": True, "first_name": "Group", "username": "GroupAnonymousBot"}
    else:
        message["from"] = {"id": person.id, "is_bot": False, "first_name": person.first_name}
    return {"message": message}


def membership_update(chat: ChatRef, person: Person, old: str, new: str) -> dict[str, Any]:
    """A `my_chat_member` update: the bot's own status in `chat` changed from `old` to `new`."""
    bot_user = {"id": 1000001, "is_bot": True, "first_name": "Displacement Bot", "username": BOT_USERNAME}

    def member(status: str) -> dict[str, Any]:
        return {"status": status, "user": bot_user, **({"until_date": 0} if status == "kicked" else {})}

    return {
        "my_chat_member": {
            "chat": chat.as_json(person),
            "from": {"id": person.id, "is_bot": False, "first_name": person.first_name},
            "date": int(time.time()),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }
    }


class Conversation:
    """Talk to the bot through the double and collect what it answers."""

    def __init__(self, api: BotApiDouble) -> None:
        self.api = api

    def say(
        self, chat: ChatRef, person: Person, text: str, *, expect: int = 1, timeout: float = 10.0, **kwargs: Any
    ) -> list[SentMessage]:
        """Send a command and return the bot's next `expect` messages to that chat."""
        before = len(self.api.messages_to(chat.id))
        self.api.push_update(command_update(chat, person, text, **kwargs))
        if expect == 0:
            return []
        messages = wait_for(
            lambda: (
                self.api.messages_to(chat.id)[before:]
                if len(self.api.messages_to(chat.id)) >= before + expect
                else None
            ),
            timeout=timeout,
            what=f"{expect} answer(s) to {text!r}",
        )
        return list(messages)

    def ask(self, chat: ChatRef, person: Person, text: str, **kwargs: Any) -> str:
        """Send a command and return the text of the single answer."""
        return self.say(chat, person, text, **kwargs)[0].text
