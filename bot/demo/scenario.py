"""The demo's morning: a folder source, one subscribed chat, polls as reports arrive, alerts, then the digest.

Everything is the bot's own machinery (folder source, poll pipeline, alert engine, outbox, delivery loop, digest
service, gazetteer); only Telegram is replaced, by ``ConsoleBot``. The clock is fixed to the morning after the
bundled reports were published (21 Nov 2026), so the printed output never drifts with the calendar: every
component that reads the time is handed this clock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO, cast

from telegram import Bot

from bot.alerting import Decision, decide_alerts
from bot.app import alert_policy
from bot.config import Settings
from bot.delivery.flood import FloodGate, FloodLimits
from bot.delivery.sender import Deliverer
from bot.demo.console_bot import ConsoleBot
from bot.demo.timeline import REPORTS_DIR, ScenarioClock, Timeline, arrival_batches
from bot.geo.containment import contains
from bot.pipeline import PollOutcome, poll_source
from bot.sources.directory import DirectorySource
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.outbox_repo import OutboxRepository
from bot.telegram_ui.digests import DigestService
from bot.telegram_ui.places import gazetteer_resolver

SOURCE_NAME = "demo-inbox"
# A console has no flood limits; the real ones would only make the demo wait about a second per message.
CONSOLE_LIMITS = FloodLimits(overall_per_second=1000, per_chat_seconds=0.0, group_per_minute=1000)


@dataclass(frozen=True, slots=True, kw_only=True)
class DemoChat:
    """The subscribed chat: a group of coordinators following four crises with the default thresholds."""

    chat_id: int = -1001
    title: str = "Emergency desk (demo)"
    places: tuple[str, ...] = ("Sudan", "North Kivu", "Somalia", "Syria")
    digest_time: dt.time = dt.time(11, 0)
    timezone: str = "Africa/Khartoum"


@dataclass(slots=True)
class Tally:
    """What the run did, gathered as it goes (mutable: it is filled in step by step)."""

    reports_stored: int = 0
    archived: int = 0
    identical_dropped: int = 0
    figures: int = 0
    projections: int = 0
    stale: int = 0
    decisions: list[Decision] = field(default_factory=list)


class Scenario:
    """Runs the demo's morning against one store, printing to ``out``."""

    def __init__(self, *, workdir: Path, chart_dir: Path, out: TextIO, chat: DemoChat | None = None) -> None:
        self.chat = chat or DemoChat()
        self.timeline = Timeline()
        self.clock = ScenarioClock(self.timeline.start)
        self.store = Store(f"sqlite:///{workdir / 'demo.db'}")
        self.inbox = workdir / "inbox"
        self.settings = Settings(config_path=Path("(demo: built-in defaults)"))
        self.tally = Tally()
        self._out = out
        self._labels: dict[tuple[int, str], str] = {}
        self.console = ConsoleBot(
            chat_titles={self.chat.chat_id: self.chat.title},
            photo_dir=chart_dir,
            out=out,
            label=lambda chat_id, text: self._labels.get((chat_id, text), "message"),
            clock=self.clock.now,
        )
        self.outbox = OutboxRepository(self.store.engine)
        # the console is not a telegram.Bot, but it has the two methods the delivery loop calls
        self.deliverer = Deliverer(
            cast(Bot, self.console), self.outbox, gate=FloodGate(CONSOLE_LIMITS), now=self.clock.now
        )
        self.chats = ChatRepository(self.store.engine)
        self.source = DirectorySource(name=SOURCE_NAME, path=self.inbox)
        self.policy = alert_policy(self.settings)

    def say(self, text: str) -> None:
        """Print one narration line, stamped with the scenario's time."""
        print(f"{self.clock.now():%H:%M} UTC  {text}", file=self._out, flush=True)

    async def run(self) -> None:
        """The whole morning: subscribe, archive, new arrivals with their alerts, the digest."""
        for folder in (REPORTS_DIR / "1_already_published", REPORTS_DIR / "2_new"):
            if not any(folder.glob("*.json")):
                raise FileNotFoundError(f"the bundled sample reports are missing: no JSON files in {folder}")
        self.inbox.mkdir(parents=True, exist_ok=True)
        await asyncio.to_thread(self.subscribe_chat)
        self.clock.set(self.timeline.poll(0))
        await self.first_poll()
        for index, (day, files) in enumerate(arrival_batches(REPORTS_DIR / "2_new"), start=1):
            self.clock.set(self.timeline.poll(index))
            await self.poll_arrivals(day, files)
        self.clock.set(self.timeline.digest_at(self.chat.digest_time, self.chat.timezone))
        await self.scheduled_digest()

    def subscribe_chat(self) -> None:
        """The chat follows its places with the default thresholds and a daily digest (as /subscribe does)."""
        chat, now = self.chat, self.clock.now()
        self.chats.ensure_chat(
            chat.chat_id, type="group", title=chat.title, digest_time=chat.digest_time, timezone=chat.timezone, now=now
        )
        resolve = gazetteer_resolver()
        thresholds = self.settings.thresholds.model_dump()
        followed = []
        for name in chat.places:
            place = resolve(name).place
            if place is None:
                self.say(f"“{name}” is not in the gazetteer; the chat cannot follow it")
                continue
            self.chats.subscribe(chat.chat_id, place, thresholds, now)
            followed.append(place.name)
        limits = ", ".join(f"{kind} ≥ {value:,}" for kind, value in thresholds.items())
        self.say(f"chat “{chat.title}” follows {', '.join(followed)}")
        self.say(f"  default thresholds: {limits}; digest daily at {chat.digest_time:%H:%M} {chat.timezone}")

    async def first_poll(self) -> None:
        """The folder as the bot finds it at start: stored, turned into events, never alerted."""
        copied = _copy_in(sorted((REPORTS_DIR / "1_already_published").glob("*.json")), self.inbox)
        outcome = await self._poll()
        archived = [i for i in outcome.stored_report_ids if i not in outcome.alertable_report_ids]
        await self._decide(archived)
        self.tally.archived += len(archived)
        self.say(
            f"first poll of folder “{SOURCE_NAME}”, which already holds {count(copied, 'report')}: "
            f"{count(len(archived), 'report')} archived ({count(outcome.figures, 'figure')}), no alerts: "
            "what a source holds at its first poll feeds digests but never alerts"
        )

    async def poll_arrivals(self, day: dt.date | None, files: list[Path]) -> None:
        """New report files land in the folder; the next poll stores them, decides and delivers alerts."""
        _copy_in(files, self.inbox)
        decided = len(self.tally.decisions)
        outcome = await self._poll()
        new = self.tally.decisions[decided:]
        queued = sum(d.deliveries_queued for d in new)
        notes = [
            f"{count(outcome.figures, 'figure')} found",
            f"{count(queued, 'message')} queued",
            f"{count(sum(d.projections for d in new), 'projection')} kept for the digest as warnings",
            f"{count(sum(d.stale for d in new), 'figure')} about long-past dates (never alert)",
        ]
        notes = [note for note in notes if not note.startswith("0 ")] or ["nothing to tell"]
        published = f"published {day.day} {day:%b}" if day else "undated"
        self.say(f"poll: {count(outcome.stored, 'new report')} ({published}): {'; '.join(notes)}")
        for warning in outcome.warnings:
            self.say(f"  warning: {warning}")
        await self.deliver()

    async def scheduled_digest(self) -> None:
        """The digest job at the chat's local digest time: queued in the outbox, then delivered."""
        digests = DigestService(self.store.engine, self.chats, contains)
        queued = await digests.queue_due(self.clock.now())
        self.say(f"digest time for the chat ({self.chat.digest_time:%H:%M} {self.chat.timezone}): {queued} queued")
        await self.deliver()

    async def deliver(self) -> None:
        """Drain the outbox through the console until nothing is ready (replies wait for their first alert)."""
        while True:
            ready = await asyncio.to_thread(self.outbox.ready, self.clock.now())
            for item in ready:
                label = f"{item.purpose} chart" if item.has_photo else item.purpose
                self._labels[(item.chat_id, item.text)] = label
            if not ready or await self.deliverer.drain_once() == 0:
                return

    async def _poll(self) -> PollOutcome:
        outcome = await poll_source(self.source, self.store, now=self.clock.now(), on_new_reports=self._decide)
        self.tally.reports_stored += outcome.stored
        self.tally.identical_dropped += outcome.duplicates
        self.tally.figures += outcome.figures
        if outcome.error:
            self.say(f"the folder could not be read: {outcome.error}")
        return outcome

    async def _decide(self, report_ids: list[int]) -> None:
        """The alert engine on newly stored reports, at the scenario's time (as the app's decider, clock fixed)."""
        if not report_ids:
            return
        decision = await asyncio.to_thread(
            decide_alerts, self.store.engine, report_ids, policy=self.policy, contains=contains, now=self.clock.now()
        )
        self.tally.decisions.append(decision)
        self.tally.projections += decision.projections
        self.tally.stale += decision.stale

    def close(self) -> None:
        """Release the database."""
        self.store.close()


def count(number: int, noun: str) -> str:
    """A counted noun: "1 report", "3 reports"."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _copy_in(files: list[Path], folder: Path) -> int:
    for file in files:
        shutil.copyfile(file, folder / file.name)
    return len(files)
