"""What `/unsubscribe all` removed, kept for a while so its Undo button can restore it."""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import Sequence

from bot.storage.chats_repo import SubscriptionRecord

_KEPT = 1000


class UndoShelf:
    """Removed subscriptions by a short token (the oldest forgotten first; a restart forgets all)."""

    def __init__(self, kept: int = _KEPT) -> None:
        self._kept = kept
        self._removed: OrderedDict[str, tuple[int, tuple[SubscriptionRecord, ...]]] = OrderedDict()

    def put(self, chat_id: int, removed: Sequence[SubscriptionRecord]) -> str:
        """Keep what was removed from a chat; the token its Undo button carries."""
        token = secrets.token_hex(6)
        self._removed[token] = (chat_id, tuple(removed))
        while len(self._removed) > self._kept:
            self._removed.popitem(last=False)
        return token

    def take(self, chat_id: int, token: str) -> tuple[SubscriptionRecord, ...] | None:
        """What was removed under `token` from this chat (once), None when unknown or another chat's."""
        found = self._removed.get(token)
        if found is None or found[0] != chat_id:
            return None
        del self._removed[token]
        return found[1]
