"""Whether this process leads now: the jobs whose effects must happen once run only where it does.

With several processes on one PostgreSQL every process runs the same JobQueue. Ending timed mutes (with their
catch-up message), weekly summaries and baseline notices read, decide and queue in separate transactions, so two
processes running them at once could queue the same message twice. They run only in the process that holds the
Telegram leader lock (``bot.lifecycle.Supervisor`` sets the flag); a process that never competes for the lock
(one embedded Application, as the in-process tests run it) leads.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any


class Leadership:
    """A flag the supervisor sets when this process takes or loses the leader lock."""

    def __init__(self, *, leading: bool = True) -> None:
        self.leading = leading


Job = Callable[[Any], Coroutine[Any, Any, None]]


def when_leading(leadership: Leadership, job: Job) -> Job:
    """The job, skipped (until its next run) while another process leads."""

    @functools.wraps(job)
    async def run(context: Any) -> None:
        if leadership.leading:
            await job(context)

    return run
