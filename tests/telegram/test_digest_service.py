"""Digests from stored reports: events matched to a chat's places, projections as warnings, queued once a day."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
import sqlalchemy as sa

from bot.alerting import decide_alerts
from bot.digest.chart import render_chart
from bot.geo.containment import contains
from bot.i18n import Lang
from bot.storage import NewReport, Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.schema import chats, deliveries
from bot.telegram_ui import digests
from bot.telegram_ui.digests import DigestService
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

NOW = dt.datetime(2025, 3, 10, 9, 30, tzinfo=dt.UTC)
SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
NYALA = Location(name="Nyala", country_iso3="SDN", admin1="South Darfur", geonames_id=364103, level=PlaceLevel.TOWN)
GOMA = Location(name="Goma", country_iso3="COD", admin1="North Kivu", geonames_id=216281, level=PlaceLevel.TOWN)
THRESHOLDS = {"killed": 1, "injured": 5, "missing": 5, "displaced": 100}


def store_report(store: Store, external_id: str, url: str, figures: list[Figure]) -> int:
    """Store one report with its figures, fetched an hour before NOW, and run the alert engine over it."""
    report_id = store.reports.add(
        NewReport(
            source="wire",
            external_id=external_id,
            url=url,
            title=external_id,
            text=f"report {external_id}",
            lang="en",
            published_at=NOW - dt.timedelta(hours=1),
            fetched_at=NOW - dt.timedelta(hours=1),
            alertable=True,
        ),
        figures,
    )
    assert report_id is not None
    decide_alerts(store.engine, [report_id], contains=contains, now=NOW - dt.timedelta(hours=1))
    return report_id


@pytest.fixture
def service(store: Store) -> DigestService:
    """A digest service over a store holding a Nyala killing, a Goma displacement and a Nyala projection."""
    day = NOW.date() - dt.timedelta(days=1)
    killed = Figure(
        kind=Kind.KILLED,
        value=27,
        qualifier=Qualifier.AT_LEAST,
        group=Group.CIVILIANS,
        location=NYALA,
        date=day,
        sentence="At least 27 civilians were killed in Nyala.",
    )
    fled = Figure(
        kind=Kind.DISPLACED,
        value=8000,
        qualifier=Qualifier.ABOUT,
        location=GOMA,
        date=day,
        sentence="About 8,000 people fled Goma.",
    )
    forecast = Figure(
        kind=Kind.DISPLACED,
        value=90_000,
        qualifier=Qualifier.UP_TO,
        location=NYALA,
        date=day,
        projection=True,
        sentence="Up to 90,000 could flee Nyala.",
    )
    store_report(store, "r1", "https://darfur-news.example/r1", [killed, forecast])
    store_report(store, "r2", "https://kivu-wire.example/r2", [fled])
    chats_repo = ChatRepository(store.engine)
    chats_repo.ensure_chat(
        55, type="private", title=None, digest_time=dt.time(9), timezone="UTC", now=NOW - dt.timedelta(days=1)
    )
    chats_repo.subscribe(55, SUDAN, THRESHOLDS, NOW - dt.timedelta(days=2))
    return DigestService(store.engine, chats_repo, contains)


def test_digest_shows_only_the_chats_places(service: DigestService) -> None:
    """A chat following Sudan sees the Nyala killing and projection, not the displacement in Goma."""
    digest, chart = service.build(55, NOW)
    assert "Killed: at least 27 in 1 event" in digest.text
    assert "⚠ projection: up to 90,000 could be displaced" in digest.text
    assert "Goma" not in digest.text
    assert '<a href="https://darfur-news.example/r1">wire</a>' in digest.text
    assert chart is not None
    assert chart.startswith(b"\x89PNG")


def test_a_chart_asked_for_by_many_at_once_is_drawn_once(
    service: DigestService, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three chats following Sudan ask for their digest together: one drawing, the same picture for each."""
    chats_repo = ChatRepository(store.engine)
    for chat_id in (57, 58):
        chats_repo.ensure_chat(chat_id, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
        chats_repo.subscribe(chat_id, SUDAN, THRESHOLDS, NOW)
    drawn: list[dt.date] = []

    def counted(daily: digests._FrozenTotals, end: dt.date, lang: Lang = Lang.EN) -> bytes | None:
        drawn.append(end)
        return render_chart({kind: {day: dict(places) for day, places in days} for kind, days in daily}, end=end)

    monkeypatch.setattr(digests, "_chart", counted)

    async def ask_together() -> list[bytes | None]:
        texts = await asyncio.gather(*(service.text_first(chat_id, NOW) for chat_id in (55, 57, 58)))
        return list(await asyncio.gather(*(draw() for _, draw in texts)))

    charts = asyncio.run(ask_together())
    assert drawn == [NOW.date()]
    assert charts[0] is not None
    assert charts[0].startswith(b"\x89PNG")
    assert charts == [charts[0]] * 3


def test_digest_of_a_chat_following_nothing_has_no_chart(service: DigestService) -> None:
    """A chat with no subscriptions is told how to subscribe and gets no chart."""
    digest, chart = service.build(56, NOW)
    assert digest.empty
    assert chart is None


def test_scheduled_digest_is_queued_once_per_day(service: DigestService, store: Store) -> None:
    """The due digest becomes two outbox rows (text, then chart) with the day marked; a second run adds nothing."""
    assert asyncio.run(service.queue_due(NOW)) == 1
    assert asyncio.run(service.queue_due(NOW + dt.timedelta(minutes=1))) == 0
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(deliveries.c.purpose, deliveries.c.photo.is_not(None))
            .where(deliveries.c.chat_id == 55)
            .order_by(deliveries.c.id)
        ).all()
        marked = connection.execute(sa.select(chats.c.last_digest_on).where(chats.c.chat_id == 55)).scalar_one()
    digest_rows = [(purpose, has_photo) for purpose, has_photo in rows if purpose == "digest"]
    assert digest_rows == [("digest", False), ("digest", True)]
    assert marked == NOW.date()


def test_scheduled_digest_speaks_the_chats_language(service: DigestService, store: Store) -> None:
    """A chat that chose Arabic gets its scheduled digest (text and caption) in Arabic, quoted outlets unchanged."""
    ChatRepository(store.engine).set_language(55, "ar")
    assert asyncio.run(service.queue_due(NOW)) == 1
    with store.engine.connect() as connection:
        texts = connection.execute(
            sa.select(deliveries.c.text)
            .where(deliveries.c.chat_id == 55, deliveries.c.purpose == "digest")
            .order_by(deliveries.c.id)
        ).scalars()
        text, caption = list(texts)
    assert text.startswith("\u200f<b>الملخص</b>")
    assert "القتلى: \u206827\u2069 على الأقل" in text
    assert "السودان" in text
    assert '<a href="https://darfur-news.example/r1">wire</a>' in text
    assert "Killed" not in text
    assert "الأرقام حسب يوم وقوعها" in caption


def test_scheduled_digests_share_one_read_of_the_fortnight(service: DigestService, store: Store) -> None:
    """Three chats due at once: the events of the chart's days are read once for all three, not once per chat."""
    chats_repo = ChatRepository(store.engine)
    for chat_id in (56, 57):
        chats_repo.ensure_chat(
            chat_id, type="private", title=None, digest_time=dt.time(9), timezone="UTC", now=NOW - dt.timedelta(days=1)
        )
        chats_repo.subscribe(chat_id, SUDAN, THRESHOLDS, NOW - dt.timedelta(days=2))
    statements: list[str] = []
    sa.event.listen(store.engine, "before_execute", lambda _c, clause, *_a: statements.append(str(clause)))
    assert asyncio.run(service.queue_due(NOW)) == 3
    assert sum("FROM events LEFT OUTER JOIN figures" in s for s in statements) == 1
    with store.engine.connect() as connection:
        texts = connection.execute(
            sa.select(deliveries.c.text).where(deliveries.c.purpose == "digest", deliveries.c.photo.is_(None))
        ).scalars()
        assert ["Killed: at least 27 in 1 event" in text for text in texts] == [True, True, True]
