"""Through extraction and the database: one card per incident, one alert for a restated figure, a chat following
Aleppo keeps its Aleppo toll, and every figure's reason for joining its event is kept."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from bot.alerting import AlertPolicy, decide_alerts
from bot.domain.containment import default_contains
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.events_repo import EvidenceRepository
from bot.storage.records import NewReport
from bot.storage.schema import deliveries, delivery_events, event_evidence, events
from bot.values import Location, PlaceLevel, destination_of

NOW = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)
PUBLISHED = dt.date(2026, 11, 20)
POLICY = AlertPolicy()


def _follow(store: Store, chat_id: int, place: Location) -> None:
    chats = ChatRepository(store.engine)
    chats.ensure_chat(chat_id, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
    chats.subscribe(chat_id, place, {}, NOW)


def _publish(store: Store, outlet: str, text: str, *, minutes: int = 0) -> int:
    from bot.extraction.extract import extract

    report = NewReport(
        source=outlet,
        external_id=f"{outlet}-{minutes}",
        url=f"https://{outlet}.example/{minutes}",
        title=text[:40],
        text=text,
        lang="en",
        outlet=outlet,
        published_at=NOW - dt.timedelta(hours=2) + dt.timedelta(minutes=minutes),
        fetched_at=NOW,
        alertable=True,
    )
    report_id = store.reports.add(report, list(extract(text, PUBLISHED)))
    assert report_id is not None
    decide_alerts(store.engine, [report_id], policy=POLICY, contains=default_contains(), now=NOW)
    return report_id


def _texts(store: Store, chat_id: int) -> list[tuple[str, str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(deliveries.c.purpose, deliveries.c.text)
            .where(deliveries.c.chat_id == chat_id)
            .order_by(deliveries.c.id)
        ).all()
    return [(r.purpose, r.text) for r in rows]


SUDAN = Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY)
SYRIA = Location(name="Syria", country_iso3="SYR", level=PlaceLevel.COUNTRY)


def test_killed_injured_and_displaced_of_one_incident_make_one_card_and_one_update(store: Store) -> None:
    """One shelling with its dead, wounded and displaced: one message; the later rise: one update replying to it."""
    _follow(store, 1, SUDAN)
    _publish(
        store,
        "wire",
        "At least 30 people were killed and 80 injured when shells hit the market in Kadugli, South Kordofan, "
        "on Thursday, and about 4,000 people fled Kadugli on Thursday.",
    )
    (alert,) = _texts(store, 1)
    assert alert[0] == "alert"
    for part in ("At least 30 killed", "80 injured", "about 4,000 displaced", "Kadugli"):
        assert part in alert[1], part
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(delivery_events)).scalar_one() == 3
    _publish(
        store,
        "wire",
        "The toll from Thursday's shelling of the market in Kadugli, South Kordofan, rose to 52 killed and 140 "
        "injured, the same sources said.",
        minutes=60,
    )
    _alert, update = _texts(store, 1)
    assert update[0] == "update"
    assert "52 killed" in update[1]
    assert "140 injured" in update[1]
    with store.engine.begin() as connection:
        ids = connection.execute(sa.select(deliveries.c.id).order_by(deliveries.c.id)).scalars().all()
        for message_id, delivery_id in enumerate(ids, start=100):
            connection.execute(
                sa.update(deliveries).where(deliveries.c.id == delivery_id).values(status="sent", message_id=message_id)
            )
    # /why replying to the update tells of its two events, each with both reports behind it
    found = EvidenceRepository(store.engine).why(1, 101, POLICY.defaults)
    assert found is not None
    evidence, _subscriptions = found
    assert evidence.purpose == "update"
    assert sorted(e.family.value for e in evidence.events) == ["injured", "killed"]
    assert all([s.role.value for s in e.statements] == ["first", "rises"] for e in evidence.events)


def test_a_figure_restated_in_one_report_alerts_once(store: Store) -> None:
    """'Since 1 November almost 350,000 fled' and 'from 1 to 18 November almost 350,000 were displaced'."""
    _follow(store, 1, SUDAN)
    _publish(
        store,
        "un",
        "Since 1 November almost 350,000 people have fled fighting in North Darfur, the UN said.\n\n"
        "Camps are full. From 1 November to 18 November almost 350,000 people were displaced across North Darfur.",
    )
    assert [purpose for purpose, _ in _texts(store, 1)] == ["alert"]
    with store.engine.connect() as connection:
        history = connection.execute(sa.select(event_evidence.c.figure_id, event_evidence.c.claim_figure_id)).all()
        shapes = connection.execute(sa.select(events.c.time_shape)).scalars().all()
    assert len(history) == 2
    assert len({row.claim_figure_id for row in history}) == 1
    assert shapes == ["running_total"]


def test_children_among_the_dead_ride_on_the_incident_card(store: Store) -> None:
    """'40 civilians killed, including 9 children': one message naming both, not a second alert for the children."""
    _follow(store, 1, SUDAN)
    _publish(
        store,
        "wire",
        "At least 40 civilians, including nine children, were killed when shells hit a market in Kadugli, "
        "South Kordofan, on Thursday, medics said.",
    )
    (alert,) = _texts(store, 1)
    assert alert[0] == "alert"
    assert "40 civilians killed" in alert[1]
    assert "9 children killed" in alert[1]


def test_a_toll_in_another_governorate_is_not_absorbed(store: Store) -> None:
    """'51 killed in Saraqib (Idlib)' then '17 killed in Aleppo city': the chat following Aleppo is alerted."""
    _follow(store, 1, SYRIA)
    _follow(store, 2, Location(name="Aleppo", country_iso3="SYR", admin1="Aleppo", level=PlaceLevel.ADMIN1))
    _publish(store, "one", "Air strikes killed 51 people in Saraqib in Idlib province on Thursday, medics said.")
    _publish(store, "two", "Shelling killed 17 people in Aleppo city on Thursday, residents said.", minutes=30)
    with store.engine.connect() as connection:
        places = sorted(connection.execute(sa.select(events.c.place_name)).scalars())
    assert places == ["Aleppo", "Saraqib"]
    (alert,) = _texts(store, 2)
    assert "17 killed" in alert[1]
    assert "Aleppo" in alert[1]


def test_opposing_sides_do_not_update_each_other(store: Store) -> None:
    """'22 anti-government fighters' then another outlet's '29 regime fighters': two alerts, no update."""
    _follow(store, 1, SYRIA)
    _publish(store, "one", "At least 22 anti-government fighters were killed near Saraqib in Idlib on Thursday.")
    _publish(store, "two", "In Saraqib in Idlib, 29 regime fighters were killed on Thursday.", minutes=20)
    assert [purpose for purpose, _ in _texts(store, 1)] == ["alert", "alert"]


def test_evidence_reads_the_alert_behind_a_message(store: Store) -> None:
    """The stored history answers /why: the alert by its Telegram message, each claim with its role."""
    _follow(store, 1, SUDAN)
    _publish(store, "wire", "At least 20 people were killed in Kadugli, South Kordofan, on Thursday, authorities said.")
    _publish(
        store,
        "monitor",
        "Civil society groups said 45 people were killed in Kadugli, South Kordofan, on Thursday, disputing the "
        "official figure.",
        minutes=30,
    )
    with store.engine.begin() as connection:
        connection.execute(sa.update(deliveries).values(status="sent", message_id=555))
    reader = EvidenceRepository(store.engine)
    found = reader.why(1, 555, POLICY.defaults)
    assert found is not None
    evidence, subscriptions = found
    (event,) = evidence.events
    assert [(s.outlet, s.role.value, s.speaker) for s in event.statements] == [
        ("wire", "first", "authorities"),
        ("monitor", "disputes", "civil society"),
    ]
    assert event.disagreement == "at least 20 (authorities) – 45 (civil society)"
    assert [s.place for s in subscriptions] == [SUDAN]
    assert reader.why(1, 999, POLICY.defaults) is None
    assert reader.why(1, None, POLICY.defaults) is not None


def test_displacement_alerts_chats_following_the_origin_or_the_destination(store: Store) -> None:
    """'Fled from Kanyabayonga to Kirumba': chats following either town hear of it, with both places named."""
    from bot.extraction.extract import extract

    text = "Some 3,000 people fled from Kanyabayonga to Kirumba on Thursday as fighting spread."
    (figure,) = extract(text, PUBLISHED)
    origin, destination = figure.location, destination_of(figure)
    assert origin is not None
    assert destination is not None
    assert destination.name == "Kirumba"
    _follow(store, 1, origin)
    _follow(store, 2, destination)
    _follow(store, 3, Location(name="Goma", country_iso3="COD", admin1="North Kivu", level=PlaceLevel.TOWN))
    _publish(store, "kivu", text)
    for chat_id in (1, 2):
        (alert,) = _texts(store, chat_id)
        assert "about 3,000 displaced" in alert[1].lower()
        assert f"from {origin.name} to Kirumba" in alert[1]
    assert _texts(store, 3) == []


def test_a_dateline_and_a_town_people_fled_to_do_not_place_a_death_toll(store: Store) -> None:
    """'GOMA, ... fled towards Goma. At least 3 killed': the dead are placed where the fighting was, not Goma."""
    _follow(store, 1, Location(name="Goma", country_iso3="COD", admin1="North Kivu", level=PlaceLevel.TOWN))
    _publish(
        store,
        "kivu",
        "GOMA, 19 November 2026 – Some 9,000 people fled their homes around Rutshuru on Wednesday as fighting moved "
        "closer, aid workers said.\n\nMany of the displaced walked towards Goma. At least 4 people were killed by "
        "stray bullets, a local official said.",
    )
    with store.engine.connect() as connection:
        killed = connection.execute(sa.select(events.c.place_name).where(events.c.kind == "killed")).scalars().all()
    assert killed == ["Rutshuru"]
    assert _texts(store, 1) == []


def test_a_digest_shows_who_says_what_when_outlets_disagree(store: Store) -> None:
    """The digest's top event is the range with its speakers, not a sum and not the higher figure alone."""
    from bot.digest.compose import DigestEvent, compose_digest
    from bot.storage.digest_repo import DigestRepository

    _publish(store, "wire", "At least 20 people were killed in Kadugli, South Kordofan, on Thursday, authorities said.")
    _publish(
        store,
        "monitor",
        "Civil society groups said 45 people were killed in Kadugli, South Kordofan, on Thursday, disputing the "
        "official figure.",
        minutes=30,
    )
    (recent,) = DigestRepository(store.engine).events_since(NOW - dt.timedelta(days=1))
    assert recent.disagreement == "at least 20 (authorities) – 45 (civil society)"
    shown = DigestEvent(
        followed_place="Sudan",
        figure=recent.figure,
        cumulative=recent.cumulative,
        corroboration=recent.corroboration,
        sources=recent.sources,
        disagreement=recent.disagreement,
    )
    digest = compose_digest(places=["Sudan"], events=[shown], projections=[], window_end=NOW)
    assert "at least 20 (authorities) – 45 (civil society) killed in Kadugli" in digest.text
    assert "65" not in digest.text
