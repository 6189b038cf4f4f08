"""The baseline job over a stored history: one notice per chat for a surge, none again within the cooldown."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from bot.domain.baseline import Reading
from bot.geo.containment import contains
from bot.i18n import RLM, Lang
from bot.signals import service
from bot.signals.service import BaselineSignals
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.schema import baseline_signals, deliveries
from tests.signals.history import ABECHE, CHAD, EL_FASHER, KASSALA, NORTH_DARFUR, SUDAN, add_event, follow

NOW = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


def _quiet_year_then_surge(store: Store) -> None:
    """A killing every ten days in El Fasher for 14 months, then 30 killed a day for the last week."""
    for back in range(430, 7, -10):
        add_event(store, EL_FASHER, TODAY - dt.timedelta(days=back), 2)
    for back in range(7):
        add_event(store, EL_FASHER, TODAY - dt.timedelta(days=back), 30)
    add_event(store, KASSALA, TODAY - dt.timedelta(days=3), 5_000, total=True)  # a running total never counts


def _messages(store: Store) -> list[tuple[int, str, str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(sa.select(deliveries.c.chat_id, deliveries.c.purpose, deliveries.c.text)).all()
    return [(row.chat_id, row.purpose, row.text) for row in rows]


def test_a_surge_signals_each_following_chat_once(store: Store) -> None:
    """Chats following North Darfur and Sudan each get one notice stating the comparison; a muted chat none."""
    _quiet_year_then_surge(store)
    follow(store, 1, NORTH_DARFUR, now=NOW)
    follow(store, 2, SUDAN, now=NOW)
    follow(store, 3, NORTH_DARFUR, now=NOW, muted=True)
    job = BaselineSignals(store.engine, contains)
    assert job.queue_due(NOW) == 2
    sent = _messages(store)
    assert sorted(chat for chat, _, _ in sent) == [1, 2]
    assert all(purpose == "signal" for _, purpose, _ in sent)
    by_chat = {chat: text for chat, _, text in sent}
    assert "Unusual for North Darfur" in by_chat[1]
    # 7 days of 30 and two quiet days of 2; the highest earlier window is yesterday's: 6 days of 30, three of 2
    assert "214 killed in the 30 days to 10 Mar 2025" in by_chat[1]
    assert "the highest was 186, in the 30 days to 9 Mar 2025" in by_chat[1]
    # the same day again, the next day, and three weeks later: the cooldown holds
    for later in (NOW, NOW + dt.timedelta(days=1), NOW + dt.timedelta(days=21)):
        add_event(store, EL_FASHER, later.date(), 40)
        assert job.queue_due(later) == 0
    assert len(_messages(store)) == 2
    with store.engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(baseline_signals)).scalar_one() == 2


def test_a_place_with_short_history_gets_no_guess(store: Store) -> None:
    """Chad's archive begins two months ago: a surge there is not called unusual."""
    for back in range(60, 0, -1):
        add_event(store, ABECHE, TODAY - dt.timedelta(days=back), 40 if back < 10 else 1)
    follow(store, 4, CHAD, now=NOW)
    assert BaselineSignals(store.engine, contains).queue_due(NOW) == 0
    assert _messages(store) == []


def test_french_and_arabic_chats_get_the_notice_in_their_language(store: Store) -> None:
    """Each chat reads the notice in its chosen language, numbers and dates as that language writes them."""
    _quiet_year_then_surge(store)
    for chat_id, language in ((11, "fr"), (12, "ar"), (13, None)):
        follow(store, chat_id, NORTH_DARFUR, now=NOW)
        ChatRepository(store.engine).set_language(chat_id, language)
    assert BaselineSignals(store.engine, contains).queue_due(NOW) == 3
    by_chat = {chat: text for chat, _, text in _messages(store)}
    french, arabic = by_chat[11], by_chat[12]
    assert "Inhabituel pour" in french
    assert "214 tués sur les 30\u00a0jours jusqu'au 10 mars 2025" in french
    assert "le maximum était de 186, sur les 30\u00a0jours jusqu'au 9 mars 2025" in french
    assert "Unusual" not in french
    assert arabic.startswith(RLM + "📈 <b>غير معتاد في")
    assert "القتلى: \u2068214\u2069 خلال" in arabic
    assert "خلال 30 يومًا حتى 10 مارس 2025" in arabic
    assert "شمال دارفور، السودان" in arabic  # the place named in Arabic too
    assert "Unusual" not in arabic
    assert "killed" not in arabic
    assert "214 killed in the 30 days to 10 Mar 2025" in by_chat[13]  # no language chosen: English


def test_the_notice_is_composed_once_per_language(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many chats following one place share one text per language rather than one composition per chat."""
    _quiet_year_then_surge(store)
    for chat_id in range(20, 26):
        follow(store, chat_id, NORTH_DARFUR, now=NOW)
        ChatRepository(store.engine).set_language(chat_id, "fr" if chat_id % 2 else "ar")
    composed: list[Lang] = []
    original = service.signal_text

    def counting(place_label: str, reading: Reading, lang: Lang = Lang.EN) -> str:
        composed.append(lang)
        return original(place_label, reading, lang)

    monkeypatch.setattr(service, "signal_text", counting)
    assert BaselineSignals(store.engine, contains).queue_due(NOW) == 6
    assert sorted(composed) == [Lang.AR, Lang.FR]
