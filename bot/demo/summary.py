"""The demo's closing summary: counted from the database the run filled, not from what the demo expected."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.storage.schema import deliveries, event_figures, events, reports


@dataclass(frozen=True, slots=True, kw_only=True)
class DemoSummary:
    """What one demo run did."""

    reports: int
    archived: int
    identical_dropped: int
    figures: int
    projections: int
    stale: int
    events: int
    alerts: int
    updates: int
    digests: int
    repeats: int

    @property
    def suppressed(self) -> int:
        """Repeats of a known event that sent nothing (another outlet, or a later report without a marked rise)."""
        return max(0, self.repeats - self.updates)

    def lines(self) -> list[str]:
        """The summary as short lines for the console."""
        return [
            f"reports read:          {self.reports} ({self.archived} archived at the first poll, "
            f"{self.reports - self.archived} new; {self.identical_dropped} identical copies dropped)",
            f"figures found:         {self.figures} ({self.projections} projections, "
            f"{self.stale} about long-past periods: neither alerts)",
            f"events:                {self.events}",
            f"alerts sent:           {self.alerts} (+ {self.updates} update(s) as replies; "
            f"{self.digests} digest message(s))",
            f"duplicates suppressed: {self.suppressed} (the same event again from another outlet or a later report)",
        ]


def count_run(engine: Engine, *, figures: int, projections: int, stale: int, identical_dropped: int) -> DemoSummary:
    """Count the run's reports, events and sent messages in `engine`'s database."""
    with engine.connect() as connection:
        total = connection.execute(sa.select(sa.func.count()).select_from(reports)).scalar_one()
        archived = connection.execute(
            sa.select(sa.func.count()).select_from(reports).where(reports.c.alertable.is_(False))
        ).scalar_one()
        event_count = connection.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        linked = connection.execute(sa.select(sa.func.count()).select_from(event_figures)).scalar_one()
        by_purpose = sa.select(deliveries.c.purpose, sa.func.count()).where(deliveries.c.status == "sent")
        sent: Counter[str] = Counter(
            {str(purpose): int(n) for purpose, n in connection.execute(by_purpose.group_by(deliveries.c.purpose))}
        )
    return DemoSummary(
        reports=int(total),
        archived=int(archived),
        identical_dropped=identical_dropped,
        figures=figures,
        projections=projections,
        stale=stale,
        events=int(event_count),
        alerts=int(sent["alert"]),
        updates=int(sent["update"]),
        digests=int(sent["digest"]),
        repeats=int(linked) - int(event_count),
    )
