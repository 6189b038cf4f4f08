"""Jobs whose effects must happen once run only in the process that leads."""

from __future__ import annotations

from typing import Any

from bot.scheduling.leadership import Leadership, when_leading


async def test_a_job_runs_only_while_its_process_leads() -> None:
    """Skipped while another process holds the leader lock, run again once this one takes it."""
    runs: list[object] = []

    async def job(context: Any) -> None:
        runs.append(context)

    leadership = Leadership(leading=False)
    guarded = when_leading(leadership, job)
    await guarded("first")
    assert runs == []
    leadership.leading = True
    await guarded("second")
    assert runs == ["second"]
    leadership.leading = False
    await guarded("third")
    assert runs == ["second"]


def test_a_process_that_never_competes_for_the_lock_leads() -> None:
    """One embedded Application (no supervisor) runs every job."""
    assert Leadership().leading
