"""Commands over a user's rate limit wait their turn instead of vanishing.

Up to `MAX_WAITING` commands per (chat, user) are run later, when the user's bucket has a token again. Beyond
that, the commands are not run, and one notice per burst says which ones and when to send them again; the
notice is edited in place as more are refused, so every command is answered without flooding the chat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_WAITING = 5


@dataclass(slots=True)
class _Burst:
    waiting: int = 0
    refused: list[str] = field(default_factory=list)
    notice: tuple[int, int] | None = None  # (chat id, message id) of the notice to edit


class CommandQueue:
    """Per (chat, user): how many commands wait, and what the current burst refused."""

    def __init__(self, max_waiting: int = MAX_WAITING) -> None:
        self._max_waiting = max_waiting
        self._bursts: dict[tuple[int, int], _Burst] = {}
        self.admitted: set[int] = set()  # update ids released from the queue: let through once

    def try_wait(self, key: tuple[int, int]) -> bool:
        """Count one more waiting command, or False when the queue is full."""
        burst = self._bursts.setdefault(key, _Burst())
        if burst.waiting >= self._max_waiting:
            return False
        burst.waiting += 1
        return True

    def waiting(self, key: tuple[int, int]) -> int:
        """How many of this user's commands wait."""
        burst = self._bursts.get(key)
        return burst.waiting if burst else 0

    def done_waiting(self, key: tuple[int, int]) -> None:
        """A waiting command has been released; the burst ends when none waits any more."""
        burst = self._bursts.get(key)
        if burst is None:
            return
        burst.waiting = max(0, burst.waiting - 1)
        if burst.waiting == 0:
            del self._bursts[key]

    def refuse(self, key: tuple[int, int], command: str) -> tuple[list[str], tuple[int, int] | None, bool]:
        """Note a refused command: the burst's refused commands, its notice (if sent), and whether this refusal
        is the first (it sends the notice; later ones edit it, or are picked up when the first is sent)."""
        burst = self._bursts.setdefault(key, _Burst())
        burst.refused.append(command)
        return list(burst.refused), burst.notice, len(burst.refused) == 1

    def refused(self, key: tuple[int, int]) -> list[str]:
        """The commands this burst refused so far."""
        burst = self._bursts.get(key)
        return list(burst.refused) if burst else []

    def noticed(self, key: tuple[int, int], chat_id: int, message_id: int) -> None:
        """Remember the notice sent for this burst, to edit it for the next refusals."""
        burst = self._bursts.get(key)
        if burst is not None:
            burst.notice = (chat_id, message_id)
