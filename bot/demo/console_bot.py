"""A console in place of Telegram: the two Bot methods the delivery loop calls, printing what a chat would see.

Each message gets a header naming what it is and which chat receives it; replies say which earlier message
they answer; photos are written to PNG files whose paths are printed. Message ids count up from 1 per console,
as Telegram's do per chat, so the delivery loop records real-looking ids and threads updates under alerts.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from telegram import Chat, Message, ReplyParameters

from bot.demo.terminal_html import html_to_terminal

RULE = "──"
# What the console calls a message whose purpose it was not told (e.g. a send outside the outbox).
UNLABELLED = "message"

Labeller = Callable[[int, str], str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Shown:
    """One message the console printed: what it was, to whom, and its first line for later reply markers."""

    message_id: int
    chat_id: int
    label: str
    first_line: str
    text: str
    photo_path: Path | None = None


class ConsoleBot:
    """Stands in for ``telegram.Bot``: prints messages as terminal text and keeps photos as PNG files."""

    def __init__(
        self,
        *,
        chat_titles: dict[int, str],
        photo_dir: Path,
        out: TextIO | None = None,
        ansi: bool | None = None,
        label: Labeller | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self._titles = chat_titles
        self._photo_dir = photo_dir
        self._out = out or sys.stdout
        # ANSI styling only on a terminal, and never when the user asked for no colour (no-color.org)
        self._ansi = (self._out.isatty() and not os.environ.get("NO_COLOR")) if ansi is None else ansi
        self._label = label or (lambda _chat_id, _text: UNLABELLED)
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.shown: list[Shown] = []

    async def send_message(
        self, chat_id: int, text: str, *, reply_parameters: ReplyParameters | None = None, **_options: object
    ) -> Message:
        """Print a text message (HTML rendered for the terminal) and return it as Telegram would."""
        return self._show(chat_id, text, reply_parameters=reply_parameters)

    async def send_photo(
        self,
        chat_id: int,
        photo: bytes,
        *,
        caption: str | None = None,
        reply_parameters: ReplyParameters | None = None,
        **_options: object,
    ) -> Message:
        """Write the photo to a PNG file, print its path and caption, and return the message."""
        self._photo_dir.mkdir(parents=True, exist_ok=True)
        path = self._photo_dir / f"chart-chat{chat_id}-message{len(self.shown) + 1}.png"
        path.write_bytes(photo)
        return self._show(chat_id, caption or "", reply_parameters=reply_parameters, photo=(path, len(photo)))

    def _show(
        self,
        chat_id: int,
        html: str,
        *,
        reply_parameters: ReplyParameters | None,
        photo: tuple[Path, int] | None = None,
    ) -> Message:
        label = self._label(chat_id, html)
        if photo is not None and label == UNLABELLED:
            label = "photo"
        title = self._titles.get(chat_id, str(chat_id))
        lines = [f"{RULE} {label} to chat “{title}” {RULE}"]
        if reply_parameters is not None:
            lines.append(self._reply_marker(reply_parameters.message_id))
        if photo is not None:
            path, size = photo
            lines.append(f"[image: {path} ({size / 1024:.0f} KB PNG)]")
        body = html_to_terminal(html, ansi=self._ansi)
        if body:
            lines.append(body)
        print("\n".join(lines) + "\n", file=self._out, flush=True)
        message_id = len(self.shown) + 1
        plain = html_to_terminal(html)
        first_line = next((line.strip() for line in plain.splitlines() if line.strip()), "")
        self.shown.append(
            Shown(
                message_id=message_id,
                chat_id=chat_id,
                label=label,
                first_line=first_line,
                text=plain,
                photo_path=photo[0] if photo else None,
            )
        )
        return Message(message_id=message_id, date=self._clock(), chat=Chat(id=chat_id, type=self._chat_type(chat_id)))

    def _reply_marker(self, message_id: int) -> str:
        earlier = next((s for s in self.shown if s.message_id == message_id), None)
        if earlier is None:
            return f"↳ reply to message #{message_id}"
        return f"↳ reply to message #{message_id} ({earlier.label}: {earlier.first_line})"

    @staticmethod
    def _chat_type(chat_id: int) -> str:
        # Telegram gives groups negative ids; private chats are users' positive ids
        return Chat.GROUP if chat_id < 0 else Chat.PRIVATE
