"""Backfill one source: read its archive, store what is new as reports that may never alert, group into events.

Reports are stored under the source's own name and ids, exactly as a poll would store them, so the next normal
poll finds them known and neither stores nor alerts them again. They are stored with ``alertable`` false: the
alert engine groups their figures into events (history for digests, baselines and exports) and queues nothing.
Events are grouped in publication order, a few days at a time (``CHUNK_REPORTS`` reports, at most
``CHUNK_DAYS`` days), with the end of those days as the events' time, so a year of history does not look
"updated today" to the next digest.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby

from bot.alerting import AlertPolicy, Decision, decide_alerts
from bot.backfill.archive import read_archive
from bot.domain.containment import Contains
from bot.pipeline import Extractor, default_extractor, report_language, run_extractor
from bot.sources.base import Item, Source
from bot.storage import NewReport, Store, content_hash
from bot.values import Figure

log = logging.getLogger(__name__)

# Grouping reads every subscription and the week's events once per call: a few days' reports per call.
CHUNK_REPORTS = 200
CHUNK_DAYS = 7


@dataclass(frozen=True, slots=True, kw_only=True)
class BackfillOutcome:
    """What backfilling one source did."""

    source: str
    read: int
    already_known: int
    stored: int
    duplicates: int
    figures: int
    events_changed: int
    alerts_queued: int
    seconds: float
    warnings: tuple[str, ...] = ()


async def backfill_source(
    source: Source,
    store: Store,
    *,
    since: dt.date,
    now: dt.datetime,
    policy: AlertPolicy,
    contains: Contains,
    extractor: Extractor = default_extractor,
) -> BackfillOutcome:
    """Read ``source`` back to ``since`` and store its reports as history; raises SourceError when unreadable."""
    started = time.perf_counter()
    archive = await read_archive(source, since)
    unique = list({item.external_id: item for item in archive.items}.values())
    known = await asyncio.to_thread(store.reports.known_external_ids, source.name, [i.external_id for i in unique])
    fresh = [item for item in unique if item.external_id not in known]
    warnings = list(archive.warnings)
    stored = figures = 0
    decisions: list[Decision] = []
    grouping: asyncio.Task[Decision] | None = None
    for chunk in _chunks(fresh):
        items = [await _completed(source, item, warnings) for item in chunk]
        # extraction and storage of this chunk overlap the grouping of the previous one (mostly database waits)
        language = functools.partial(report_language, source)
        report_ids, figure_count = await asyncio.to_thread(
            _store_items, store, source.name, items, now, extractor, language
        )
        stored += len(report_ids)
        figures += figure_count
        if grouping is not None:
            decisions.append(await grouping)  # chunks are grouped in order, one at a time
            grouping = None
        if report_ids:
            # the end of the chunk's last day (or now, for today) is when these events were "seen"
            last_day = chunk[-1].published.date()
            seen = min(now, dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), dt.UTC))
            grouping = asyncio.create_task(
                asyncio.to_thread(decide_alerts, store.engine, report_ids, policy=policy, contains=contains, now=seen)
            )
    if grouping is not None:
        decisions.append(await grouping)
    return BackfillOutcome(
        source=source.name,
        read=len(archive.items),
        already_known=len(known),
        stored=stored,
        duplicates=len(fresh) - stored,
        figures=figures,
        events_changed=sum(decision.events_changed for decision in decisions),
        alerts_queued=sum(decision.deliveries_queued for decision in decisions),
        seconds=time.perf_counter() - started,
        warnings=tuple(warnings),
    )


def _chunks(items: Sequence[Item]) -> list[list[Item]]:
    """Items (oldest first) cut at day boundaries into runs of about CHUNK_REPORTS, spanning at most CHUNK_DAYS."""
    chunks: list[list[Item]] = []
    current: list[Item] = []
    for day, same_day in groupby(items, key=lambda item: item.published.date()):
        if current and (len(current) >= CHUNK_REPORTS or (day - current[0].published.date()).days >= CHUNK_DAYS):
            chunks.append(current)
            current = []
        current.extend(same_day)
    if current:
        chunks.append(current)
    return chunks


async def _completed(source: Source, item: Item, warnings: list[str]) -> Item:
    try:
        return await source.complete(item)
    except Exception as exc:
        warnings.append(f"kept the summary of {item.url}: {exc}")
        return item


def _store_items(
    store: Store,
    source: str,
    items: Sequence[Item],
    now: dt.datetime,
    extractor: Extractor,
    language: Callable[[Item], str],
) -> tuple[list[int], int]:
    """Extract and store items in one transaction (a worker thread: CPU work and blocking SQL); new ids, figures."""
    batch: list[tuple[NewReport, list[Figure]]] = []
    digests = [content_hash(item.text) for item in items]
    known = store.reports.known_content_hashes(digest for digest in digests if digest is not None)
    for item, digest in zip(items, digests, strict=True):
        if digest in known:
            continue  # the same text from another source: stored once, and no extraction spent on it
        lang = language(item)  # the source's declared language, else the report's detected one
        try:
            found = list(run_extractor(extractor, item.text, item.published.date(), lang))
        except Exception:
            log.exception("extraction failed on %s from %s; stored without figures", item.external_id, source)
            found = []
        report = NewReport(
            source=source,
            external_id=item.external_id,
            url=item.url,
            title=item.title,
            text=item.text,
            lang=lang,
            outlet=item.outlet or source,
            published_at=item.published,
            fetched_at=now,
            alertable=False,
        )
        batch.append((report, found))
    stored = store.reports.add_many(batch)
    report_ids = [report_id for report_id in stored if report_id is not None]
    figure_count = sum(len(found) for (_, found), report_id in zip(batch, stored, strict=True) if report_id is not None)
    return report_ids, figure_count
