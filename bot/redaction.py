"""Secrets out of every text that leaves the process: logs, stored errors, replies.

The bot token (`123456789:AAH...`) is matched without regard to case (python-telegram-bot lower-cases it in
some "Bad Request" texts), and its numeric id and its secret part are also matched apart, so a URL-encoded colon
or a message quoting one half still leaks nothing. The process registers its token once, when the
configuration is read; `redact` is then safe to call anywhere, and a no-op before that.
"""

from __future__ import annotations

import logging
import re
import threading

REPLACEMENT = "<token>"
# shorter pieces would match ordinary numbers and words
_MIN_ID_DIGITS = 5
_MIN_SECRET_CHARS = 8


class Redactor:
    """Replaces a set of secrets, each also by its parts, in any text."""

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        self.secrets = tuple(secret for secret in secrets if secret)
        self._pattern = _pattern(self.secrets)

    def __call__(self, text: str) -> str:
        """`text` with every secret replaced."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(REPLACEMENT, text)

    def with_secret(self, secret: str) -> Redactor:
        """A redactor that also hides `secret`."""
        secret = secret.strip()
        return self if not secret or secret in self.secrets else Redactor((*self.secrets, secret))


def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    pieces: set[str] = set()
    for secret in secrets:
        pieces.add(re.escape(secret))
        bot_id, colon, rest = secret.partition(":")
        if colon and bot_id.isdigit() and len(bot_id) >= _MIN_ID_DIGITS:
            pieces.add(rf"(?<!\d){re.escape(bot_id)}(?!\d)")
        if colon and len(rest) >= _MIN_SECRET_CHARS:
            pieces.add(re.escape(rest))
    if not pieces:
        return None
    # longest first: the whole token is replaced as one, not piece by piece
    return re.compile("|".join(sorted(pieces, key=len, reverse=True)), re.IGNORECASE)


_lock = threading.Lock()
_active = Redactor()


def register_secret(secret: str) -> None:
    """Hide `secret` (and its parts) from every later `redact` call and log line."""
    global _active
    with _lock:
        _active = _active.with_secret(secret)


def redact(text: str) -> str:
    """`text` without any registered secret."""
    return _active(text)


class RedactSecret(logging.Filter):
    """Rewrites a log record so that no registered secret (nor `secret`, when given) appears in it."""

    def __init__(self, secret: str | None = None) -> None:
        super().__init__()
        self._secret = secret
        self._combined: tuple[Redactor, Redactor] | None = None

    def _redact(self, text: str) -> str:
        if not self._secret:
            return redact(text)
        # one pattern for the registered secrets and this one, so a whole token is never cut up piece by piece
        active = _active
        if self._combined is None or self._combined[0] is not active:
            self._combined = (active, active.with_secret(self._secret))
        return self._combined[1](text)

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the message, its arguments and any traceback; never drop the record."""
        try:
            message = record.getMessage()
        except Exception:  # a malformed %-format: keep what there is
            message = str(record.msg)
        cleaned = self._redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            record.exc_text = self._redact(text)
        elif record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redact(record.stack_info)
        return True
