"""Storing a batch of reports in one transaction: ids in order, duplicates refused as one at a time would."""

from __future__ import annotations

import datetime as dt

from bot.storage import NewReport, Store
from bot.values import Figure, Kind, Qualifier

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)


def _report(ident: str, text: str, source: str = "rw") -> NewReport:
    return NewReport(
        source=source, external_id=ident, url=None, title=ident, text=text, lang="en",
        published_at=NOW, fetched_at=NOW, alertable=False,
    )  # fmt: skip


def _figure(value: int) -> Figure:
    return Figure(kind=Kind.KILLED, value=value, qualifier=Qualifier.EXACT, sentence=f"{value} killed")


def test_a_batch_keeps_order_and_refuses_duplicates(store: Store) -> None:
    """Known ids, known texts and repeats inside the batch get None; the rest get ids in order, with figures."""
    stored_before = store.reports.add(_report("old", "An earlier report about shelling that killed seven people."))
    assert stored_before is not None
    batch = [
        (_report("a", "Shelling killed twelve people in the market on Monday, officials said."), [_figure(12)]),
        (_report("old", "Another text under an id the source already delivered, so it is known."), [_figure(1)]),
        (_report("b", "An earlier report about shelling that killed seven people."), [_figure(7)]),
        (_report("c", "Floods injured thirty people and destroyed forty houses on Sunday."), [_figure(30)]),
        (_report("a", "The same id again inside the batch, with a different text this time."), [_figure(2)]),
        (_report("d", "Shelling killed twelve people in the market on Monday, officials said."), []),
    ]
    ids = store.reports.add_many(batch)
    assert [report_id is not None for report_id in ids] == [True, False, False, True, False, False]
    first, fourth = ids[0], ids[3]
    assert first is not None
    assert fourth is not None
    assert first < fourth
    assert [f.value for f in store.reports.figures_of(first)] == [12]
    assert [f.value for f in store.reports.figures_of(fourth)] == [30]
    assert store.reports.count() == 3
    assert store.reports.add_many([]) == []
