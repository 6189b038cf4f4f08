"""Poll one source once: fetch, drop what was seen, extract, store, record health. No Telegram here."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.outage_log import OutageLog
from bot.scheduling.backoff import retry_delay, should_wait
from bot.sources.base import FetchResult, Item, Source, SourceError, SourceState
from bot.storage import NewReport, SourceRow, Store, content_hash
from bot.storage.report_repo import add_reports
from bot.storage.source_repo import record_success
from bot.values import Figure

log = logging.getLogger(__name__)
# a source that stays down is logged when it fails, once a minute at most while down, and when it answers again
source_outages = OutageLog(log)

Extractor = Callable[[str, dt.date | None], Sequence[Figure]]
# the alert engine's entry point: ids of newly stored reports that may alert
OnNewReports = Callable[[list[int]], Awaitable[None]]


class PollStatus(StrEnum):
    """How a poll ended."""

    FETCHED = "fetched"
    NOT_MODIFIED = "not_modified"
    FAILED = "failed"
    BACKING_OFF = "backing_off"


@dataclass(frozen=True, slots=True, kw_only=True)
class PollOutcome:
    """What one poll of one source did."""

    source: str
    status: PollStatus
    fetched: int = 0
    already_seen: int = 0
    stored: int = 0
    duplicates: int = 0
    figures: int = 0
    # every report this poll stored; the alertable ones are also in alertable_report_ids
    stored_report_ids: tuple[int, ...] = ()
    alertable_report_ids: tuple[int, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()


def default_extractor(text: str, published: dt.date | None, lang: str | None = None) -> Sequence[Figure]:
    """The project's extraction (imported on first use: it loads the gazetteer); ``lang`` None: detected."""
    from bot.extraction.extract import extract

    return extract(text, published, lang=lang)


def run_extractor(extractor: Extractor, text: str, published: dt.date | None, lang: str) -> Sequence[Figure]:
    """The extractor's figures; the project's own extraction is told the report's language (stand-ins used in
    tests read no language)."""
    if extractor is default_extractor:
        return default_extractor(text, published, lang)
    return extractor(text, published)


def report_language(source: Source, item: Item) -> str:
    """The language a report is read in: the source's declared one (``lang`` in the TOML), else detected. A
    feed's own language tag is not trusted: aggregators mark every item with the feed's language."""
    declared = getattr(source, "declared_lang", None)
    if isinstance(declared, str):
        return declared
    from bot.extraction.language import detect_language

    return detect_language(f"{item.title}\n{item.text}")


async def poll_source(
    source: Source,
    store: Store,
    *,
    now: dt.datetime,
    extractor: Extractor = default_extractor,
    on_new_reports: OnNewReports | None = None,
) -> PollOutcome:
    """Fetch what is new from ``source`` and store it; failures are recorded, never raised."""
    row = await asyncio.to_thread(store.sources.get, source.name)
    if row is not None and should_wait(now, row.next_attempt_at, source.poll_seconds):
        return PollOutcome(source=source.name, status=PollStatus.BACKING_OFF, error=row.last_error)
    state = SourceState(etag=row.etag, last_modified=row.last_modified, cursor=row.cursor) if row else SourceState()
    try:
        result = await source.fetch(state)
    except Exception as exc:
        return await _record_failure(source, store, row, now, exc)
    if result.not_modified:
        await asyncio.to_thread(_record_success, store, source, result, now, 0, result.warnings)
        return PollOutcome(source=source.name, status=PollStatus.NOT_MODIFIED)
    # a source that never answered before (even if it failed at start) only fills the archive this time
    alertable = row is not None and row.ever_succeeded
    outcome = await _store_items(source, store, result, now=now, alertable=alertable, extractor=extractor)
    if on_new_reports is not None and outcome.alertable_report_ids:
        try:
            await on_new_reports(list(outcome.alertable_report_ids))
        except Exception:
            log.exception("the new-report hook failed for source %s; the reports stay stored", source.name)
    return outcome


def make_poller(
    store: Store, *, extractor: Extractor = default_extractor, on_new_reports: OnNewReports | None = None
) -> Callable[[Source], Awaitable[PollOutcome]]:
    """A one-argument poller for the scheduler, reading the clock at each run."""

    async def poll(source: Source) -> PollOutcome:
        return await poll_source(
            source, store, now=dt.datetime.now(dt.UTC), extractor=extractor, on_new_reports=on_new_reports
        )

    return poll


async def _store_items(
    source: Source, store: Store, result: FetchResult, *, now: dt.datetime, alertable: bool, extractor: Extractor
) -> PollOutcome:
    """Complete the new items (network), then extract and store them all with the source's new state at once.

    One transaction holds every report of the poll, its figures and the source's new cursor: a kill or a database
    outage mid-poll leaves the previous cursor, so the next poll fetches the same items again and nothing is lost.
    """
    unique = list({item.external_id: item for item in result.items}.values())
    known = await asyncio.to_thread(store.reports.known_external_ids, source.name, [i.external_id for i in unique])
    warnings = list(result.warnings)
    completed: list[Item] = []
    for item in unique:
        if item.external_id in known:
            continue
        try:
            item = await source.complete(item)
        except Exception as exc:
            warnings.append(f"kept the summary of {item.url}: {exc}")
        completed.append(item)
    stored_ids, figure_count = await asyncio.to_thread(
        _extract_and_store_all, store, source, result, completed, now, alertable, extractor, warnings
    )
    return PollOutcome(
        source=source.name,
        status=PollStatus.FETCHED,
        fetched=len(result.items),
        already_seen=len(known),
        stored=len(stored_ids),
        duplicates=len(unique) - len(known) - len(stored_ids),
        figures=figure_count,
        stored_report_ids=tuple(stored_ids),
        alertable_report_ids=tuple(stored_ids) if alertable else (),
        warnings=tuple(warnings),
    )


def _extract_and_store_all(
    store: Store,
    source: Source,
    result: FetchResult,
    items: Sequence[Item],
    now: dt.datetime,
    alertable: bool,
    extractor: Extractor,
    warnings: list[str],
) -> tuple[list[int], int]:
    """Runs in a worker thread: extraction is CPU work and the database calls block. Appends to `warnings`."""
    batch: list[tuple[NewReport, list[Figure]]] = []
    for item in items:
        digest = content_hash(item.text)
        if digest is not None and store.reports.has_content_hash(digest):
            continue
        lang = report_language(source, item)
        try:
            # a language the engine does not read gives no figure: it is stored, and /sources counts it
            figures = list(run_extractor(extractor, item.text, item.published.date(), lang))
        except Exception as exc:
            log.exception("extraction failed on %s from %s", item.external_id, source.name)
            figures = []
            warnings.append(f"extraction failed on {item.external_id}: {type(exc).__name__}: {exc}")
        batch.append((_new_report(source, item, now, alertable, lang), figures))
    with store.engine.begin() as connection:
        ids = add_reports(connection, batch)
        stored = [report_id for report_id in ids if report_id is not None]
        record_success(
            connection,
            source.name,
            type=source.type,
            now=now,
            etag=result.state.etag,
            last_modified=result.state.last_modified,
            cursor=result.state.cursor,
            new_items=len(stored),
            warning="; ".join(warnings) if warnings else None,
        )
    source_outages.recovered(f"source {source.name}")
    figure_count = sum(len(figures) for (_, figures), report_id in zip(batch, ids, strict=True) if report_id)
    return stored, figure_count


def _new_report(source: Source, item: Item, now: dt.datetime, alertable: bool, lang: str) -> NewReport:
    return NewReport(
        source=source.name,
        external_id=item.external_id,
        url=item.url,
        title=item.title,
        text=item.text,
        lang=lang,
        outlet=item.outlet or source.name,
        published_at=item.published,
        fetched_at=now,
        alertable=alertable,
    )


async def _record_failure(
    source: Source, store: Store, row: SourceRow | None, now: dt.datetime, exc: Exception
) -> PollOutcome:
    if isinstance(exc, SourceError):
        error = str(exc)
        source_outages.failed(f"source {source.name}", error)
    else:
        # a bug or a surprise in a source must not stop polling; it is kept for /sources and traced once
        error = f"unexpected {type(exc).__name__}: {exc}"
        source_outages.failed(f"source {source.name}", exc, traceback=True)
    failures = (row.consecutive_failures if row else 0) + 1
    next_attempt = now + retry_delay(source.poll_seconds, failures)
    await asyncio.to_thread(
        store.sources.record_failure, source.name, type=source.type, now=now, error=error, next_attempt_at=next_attempt
    )
    return PollOutcome(source=source.name, status=PollStatus.FAILED, error=error)


def _record_success(
    store: Store, source: Source, result: FetchResult, now: dt.datetime, stored: int, warnings: Sequence[str]
) -> None:
    source_outages.recovered(f"source {source.name}")
    store.sources.record_success(
        source.name,
        type=source.type,
        now=now,
        etag=result.state.etag,
        last_modified=result.state.last_modified,
        cursor=result.state.cursor,
        new_items=stored,
        warning="; ".join(warnings) if warnings else None,
    )
