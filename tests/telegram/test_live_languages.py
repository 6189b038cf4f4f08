"""A French and an Arabic chat through the real Application and the Bot API double: the alert, its /why, the
digest and its chart speak the chat's language, and quote the report's sentence exactly as it was written."""

from __future__ import annotations

import asyncio
import datetime as dt
import html

import pytest

from bot.i18n import RLM
from bot.values import Figure, Group, Kind, Location, Qualifier
from tests.i18n.test_report_texts import visible
from tests.support.bot_api_double import BotApiDouble
from tests.telegram.live_app import LiveBot, command, private, user
from tests.telegram.test_live_interface import store_and_decide

KHARTOUM = Location(name="Khartoum", country_iso3="SDN", admin1="Khartoum", geonames_id=379252)
# Reports written for this test, in each language, with characters HTML must escape.
FRENCH = "Au moins 14 civils ont été tués mardi à Khartoum lors de bombardements, selon l'équipe <médicale> & la Croix."
ARABIC = "قُتل 14 مدنياً على الأقل في الخرطوم يوم الثلاثاء جراء القصف، بحسب الفريق <الطبي> & المسعفين."
_MARKS = str.maketrans("", "", "\u200f\u2068\u2069\u200e")


async def _until_recorded(bot: LiveBot, chat_id: int, message_id: int) -> None:
    """Wait until the outbox has recorded that its alert went out as ``message_id``."""
    from bot.storage import Store
    from bot.storage.events_repo import find_alert

    store = Store(bot.settings.database_url)

    def recorded() -> bool:
        with store.engine.connect() as connection:
            return find_alert(connection, chat_id, message_id) is not None

    try:
        deadline = asyncio.get_running_loop().time() + 15
        while not await asyncio.to_thread(recorded):
            assert asyncio.get_running_loop().time() < deadline, "the alert's message id was never recorded"
            await asyncio.sleep(0.05)
    finally:
        store.close()


def _figure(sentence: str, now: dt.datetime) -> Figure:
    return Figure(kind=Kind.KILLED, value=14, qualifier=Qualifier.AT_LEAST, group=Group.CIVILIANS, location=KHARTOUM,
                  date=now.date(), sentence=sentence)  # fmt: skip


@pytest.mark.parametrize(
    ("code", "sentence", "alert_parts", "digest_parts", "caption_start"),
    [
        pytest.param(
            "fr",
            FRENCH,
            ["Au moins 14 civils tués", "Lieu : Khartoum, Soudan", "Selon : wire", "Lire le rapport"],
            ["Résumé : reçu au cours des dernières 24\u00a0heures", "• Tués : au moins 14 en 1 événement",
             "Les plus importants : tués", "<b>Soudan</b>", "au moins 14 tués à Khartoum, Soudan"],
            "Chiffres par jour des faits",
            id="french",
        ),
        pytest.param(
            "ar",
            ARABIC,
            ["القتلى من المدنيين: 14 على الأقل", "المكان: Khartoum، السودان", "المصدر: wire", "اقرأ التقرير"],
            ["الملخص: ما ورد خلال آخر 24 ساعة", "• القتلى: 14 على الأقل في حدث واحد", "الأكبر: القتلى",
             "<b>السودان</b>", "القتلى: 14 على الأقل في Khartoum، السودان"],
            "الأرقام حسب يوم وقوعها",
            id="arabic",
        ),
    ],
)  # fmt: skip
async def test_alert_why_and_digest_speak_the_chats_language(
    bot: LiveBot,
    api: BotApiDouble,
    code: str,
    sentence: str,
    alert_parts: list[str],
    digest_parts: list[str],
    caption_start: str,
) -> None:
    """/language, /subscribe, an alert decided by the engine and sent by the outbox, /why on it, /digest and its
    chart: all in the chat's language, the quote unchanged, the HTML valid."""
    chat_id = 520 if code == "fr" else 521
    chat, person = private(chat_id), user(chat_id, code)
    await bot.say(command(chat, person, f"/language {code}"))
    await bot.say(command(chat, person, "/subscribe Sudan"))
    now = dt.datetime.now(dt.UTC)
    store_and_decide(bot, _figure(sentence, now), now)
    [alert] = await bot.messages(chat_id, 3, after=2)
    shown = visible(alert.text)
    for part in alert_parts:
        assert part in shown.translate(_MARKS)
    assert f"<blockquote>{html.escape(sentence)}</blockquote>" in alert.text
    assert sentence in shown
    assert "Where:" not in shown
    if code == "ar":
        assert all(line.startswith(RLM) for line in alert.text.split("\n") if "<blockquote>" not in line)

    # (the outbox records the alert's message id once Telegram has answered its send: a reply faster than that
    # would find no alert behind the message, so the test waits for the record as a person's reply always does)
    await _until_recorded(bot, chat_id, alert.message_id)
    reply_why = command(chat, person, "/why")
    bot_user = {"id": 1, "is_bot": True, "first_name": "Bot"}
    replied = {"message_id": alert.message_id, "date": 0, "chat": chat, "from": bot_user, "text": "alert"}
    reply_why["message"]["reply_to_message"] = replied
    [why] = await bot.say(reply_why)
    why_shown = visible(why.text).translate(_MARKS)
    assert ("Pourquoi cette alerte" if code == "fr" else "سبب هذا التنبيه") in why_shown
    assert sentence in visible(why.text)

    # the chart may follow within the same poll of the double: the digest text is the first new message
    digest = (await bot.say(command(chat, person, "/digest")))[0]
    digest_shown = visible(digest.text).translate(_MARKS)
    for part in digest_parts:
        assert part in (digest.text.translate(_MARKS) if part.startswith("<b>") else digest_shown)
    [chart] = await bot.messages(chat_id, 6, after=5)
    assert chart.method == "sendPhoto"
    assert chart.photo
    assert visible(chart.text).translate(_MARKS).startswith(caption_start)
    assert "Digest" not in digest_shown


async def test_private_chat_alerts_follow_the_users_telegram_language(bot: LiveBot) -> None:
    """No /language: a French client's private chat still gets French alerts (no message of theirs carries them),
    while a group, where members differ, stays in the default until an admin chooses."""
    chat, person = private(522), user(522, "fr")
    await bot.say(command(chat, person, "/subscribe Sudan"))
    record = bot.services.chats.get(522)
    assert record is not None
    assert record.language == "fr"
    now = dt.datetime.now(dt.UTC)
    store_and_decide(bot, _figure(FRENCH, now), now)
    [alert] = await bot.messages(522, 2, after=1)
    assert "Au moins 14 civils tués" in alert.text
    english = private(523)
    await bot.say(command(english, user(523, "en"), "/subscribe Sudan"))
    found = bot.services.chats.get(523)
    assert found is not None
    assert found.language is None
