"""The database queues between stages: undecided reports, leased outbox rows, leased source polls, upserted chats."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import sqlalchemy as sa

from bot.storage import NewReport, Store
from bot.storage.chats_repo import ChatRepository, queue_digest
from bot.storage.outbox_repo import NewAlert, OutboxRepository, enqueue, enqueue_alerts
from bot.storage.schema import chats, deliveries, events

NOW = dt.datetime(2024, 3, 4, 10, tzinfo=dt.UTC)


def _report(n: int) -> NewReport:
    return NewReport(
        source="wire",
        external_id=f"r{n}",
        url=None,
        title=f"Report {n}",
        text=f"Report number {n} says what happened in the valley, at some length to be hashed.",
        lang="en",
        published_at=NOW,
        fetched_at=NOW,
        alertable=True,
    )


def _outbox(store: Store, chat_ids: list[int]) -> list[int]:
    with store.engine.begin() as connection:
        connection.execute(
            sa.insert(chats),
            [{"chat_id": c, "type": "private", "timezone": "UTC", "created_at": NOW} for c in chat_ids],
        )
        ids = [enqueue(connection, chat_id=c, text=f"to {c}", purpose="alert", revision=c, now=NOW) for c in chat_ids]
    return [i for i in ids if i is not None]


def test_stored_reports_wait_undecided_until_marked(store: Store) -> None:
    """A poll's reports are stored together, wait in the decider's queue, and leave it once marked decided."""
    ids = store.reports.add_all([(_report(1), []), (_report(2), []), (_report(1), [])])
    assert ids[2] is None  # the same source id twice in one poll is stored once
    stored = [i for i in ids if i is not None]
    assert store.reports.undecided() == stored
    store.reports.mark_decided(stored[:1], NOW)
    assert store.reports.undecided() == stored[1:]


def test_claimed_rows_belong_to_one_owner_until_their_lease_ends(store: Store) -> None:
    """Two owners never claim the same row; a dead owner's rows come back when the lease expires."""
    outbox = OutboxRepository(store.engine)
    ids = _outbox(store, [1, 2, 3])
    first = outbox.claim(ids, owner="a", now=NOW, lease_seconds=60)
    assert [item.id for item in first] == ids
    assert outbox.claim(ids, owner="b", now=NOW + dt.timedelta(seconds=30), lease_seconds=60) == []
    assert outbox.candidates(NOW + dt.timedelta(seconds=30)) == []
    later = NOW + dt.timedelta(seconds=61)
    assert {c.id for c in outbox.candidates(later)} == set(ids)
    taken = outbox.claim(ids, owner="b", now=later, lease_seconds=60)
    assert [item.attempts for item in taken] == [1, 1, 1]  # the dead owner's attempt counts


def test_released_rows_return_without_counting_an_attempt(store: Store) -> None:
    """Rows given back unsent (a stop mid-round) are pending again with their attempts unchanged."""
    outbox = OutboxRepository(store.engine)
    ids = _outbox(store, [1, 2])
    outbox.claim(ids, owner="a", now=NOW, lease_seconds=60)
    outbox.release(ids, "a")
    again = outbox.claim(ids, owner="b", now=NOW, lease_seconds=60)
    assert [item.attempts for item in again] == [0, 0]


def test_images_are_read_only_when_sent_and_dropped_by_retention(store: Store) -> None:
    """Claims carry no image; the image is read on demand; retention drops old images and finished digests."""
    outbox = OutboxRepository(store.engine)
    _outbox(store, [5])
    with store.engine.begin() as connection:
        digest = enqueue(connection, chat_id=5, text="chart", purpose="digest", now=NOW, photo=b"\x89PNG")
    assert digest is not None
    [item] = outbox.claim([digest], owner="a", now=NOW, lease_seconds=60)
    assert item.has_photo
    assert outbox.photo(digest) == b"\x89PNG"
    outbox.mark_sent(digest, 10, NOW)
    assert outbox.purge(sent_before=NOW, photos_before=NOW + dt.timedelta(seconds=1)) == (0, 1)
    assert outbox.photo(digest) is None
    assert outbox.purge(sent_before=NOW + dt.timedelta(days=1), photos_before=NOW) == (1, 0)
    with store.engine.connect() as connection:
        purposes = connection.execute(sa.select(deliveries.c.purpose)).scalars().all()
    assert purposes == ["alert"]  # the alert row stays: it is what the bot told the chat


def test_a_source_is_polled_by_one_owner_once_a_period(store: Store) -> None:
    """Of two processes checking a source, one gets each period; a lease lost with its owner expires."""
    claim = store.sources.claim_poll
    assert claim("wire", type="rss", owner="a", now=NOW, poll_seconds=60, lease_seconds=20)
    assert not claim("wire", type="rss", owner="b", now=NOW, poll_seconds=60, lease_seconds=20)
    store.sources.release_poll("wire", "a")
    soon = NOW + dt.timedelta(seconds=30)
    assert not claim("wire", type="rss", owner="b", now=soon, poll_seconds=60, lease_seconds=20)  # not due yet
    due = NOW + dt.timedelta(seconds=61)
    assert claim("wire", type="rss", owner="b", now=due, poll_seconds=5, lease_seconds=20)
    # b dies mid-poll: the source is due again after 5 s, but b's lease holds it until it runs out
    held, expired = due + dt.timedelta(seconds=10), due + dt.timedelta(seconds=21)
    assert not claim("wire", type="rss", owner="a", now=held, poll_seconds=5, lease_seconds=20)
    assert claim("wire", type="rss", owner="a", now=expired, poll_seconds=5, lease_seconds=20)


def test_two_first_commands_from_a_new_chat_at_once_both_succeed(store: Store) -> None:
    """Creating a chat is an upsert: concurrent first commands leave one row and raise nothing."""
    repo = ChatRepository(store.engine)
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def first_command() -> None:
        barrier.wait()
        try:
            repo.ensure_chat(77, type="private", title=None, digest_time=None, timezone="UTC", now=NOW)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_command) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(chats)).scalar_one() == 1


@pytest.mark.parametrize("twice", [False, True])
def test_a_day_s_digest_is_queued_once_however_many_processes_build_it(store: Store, twice: bool) -> None:
    """The day's mark is taken before queueing: a second builder of the same digest queues nothing."""
    _outbox(store, [9])
    day = NOW.date()
    assert queue_digest(store.engine, 9, day, [("digest", None)], NOW)
    if twice:
        assert not queue_digest(store.engine, 9, day, [("digest", None)], NOW)
    with store.engine.connect() as connection:
        digests = connection.execute(
            sa.select(sa.func.count()).select_from(deliveries).where(deliveries.c.purpose == "digest")
        ).scalar_one()
    assert digests == 1


def test_a_decisions_alerts_go_in_one_executemany_with_ids_in_order(store: Store) -> None:
    """Each alert gets its id in order; one already queued, or twice in the batch, gets None and no second row."""
    with store.engine.begin() as connection:
        connection.execute(
            sa.insert(chats), [{"chat_id": c, "type": "private", "timezone": "UTC", "created_at": NOW} for c in (1, 2)]
        )
        event = connection.execute(
            sa.insert(events)
            .values(kind="killed", grp="people", cumulative=False, best_value=20, first_seen_at=NOW, updated_at=NOW)
            .returning(events.c.id)
        ).scalar_one()
        earlier = enqueue(connection, chat_id=2, text="old", purpose="alert", event_id=event, revision=20, now=NOW)
    alerts = [
        NewAlert(chat_id=1, event_id=event, purpose="alert", revision=20, text="to 1"),
        NewAlert(chat_id=2, event_id=event, purpose="alert", revision=20, text="to 2 again"),
        NewAlert(chat_id=1, event_id=event, purpose="update", revision=30, text="rise", reply_to_delivery_id=earlier),
        NewAlert(chat_id=1, event_id=event, purpose="alert", revision=20, text="to 1 twice"),
    ]
    statements: list[str] = []
    sa.event.listen(store.engine, "before_execute", lambda _c, clause, *_a: statements.append(str(clause)))
    with store.engine.begin() as connection:
        ids = enqueue_alerts(connection, alerts, NOW)
    assert sum("INSERT INTO deliveries" in s for s in statements) == 1
    assert [i is None for i in ids] == [False, True, False, True]
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(deliveries).order_by(deliveries.c.id)).mappings().all()
    assert [(r["id"], r["text"], r["reply_to_delivery_id"]) for r in rows] == [
        (earlier, "old", None),
        (ids[0], "to 1", None),
        (ids[2], "rise", earlier),
    ]
