"""The interface through the real Application and the Bot API double: buttons and taps, languages, the rate
limit, timed mute with its catch-up, confirm-and-undo, forum topics and per-scope command menus."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools

import pytest

from bot.storage import NewReport
from bot.telegram_ui.chat_commands import end_mutes
from bot.telegram_ui.command_queue import CommandQueue
from bot.telegram_ui.rate_limit import CommandRateLimiter
from bot.values import Figure, Kind, Location, Qualifier
from tests.support.bot_api_double import BotApiDouble
from tests.telegram.live_app import LiveBot, command, group, private, user, wait_until

RLM = "\u200f"


async def test_exact_name_subscribes_and_says_what_it_follows(bot: LiveBot) -> None:
    """Kivu is the DR Congo region (once answered "Following Kyiv")."""
    [answer] = await bot.say(command(private(501), user(501), "/subscribe Kivu"))
    assert "Following <b>Kivu (region, DR Congo)</b>" in answer.text
    [sub] = bot.services.chats.subscriptions(501)
    assert (sub.place.name, sub.place.country_iso3) == ("Kivu", "COD")


async def test_a_near_miss_offers_buttons_and_a_tap_subscribes(bot: LiveBot, api: BotApiDouble) -> None:
    """Kharotum never subscribes by itself: distinct buttons naming level and country; tapping one follows it."""
    [answer] = await bot.say(command(private(502), user(502), "/subscribe Kharotum"))
    labels = [button["text"] for button in answer.buttons()]
    assert labels[0] == "Khartoum (state, Sudan)"
    assert len(labels) == len(set(labels))
    assert bot.services.chats.subscriptions(502) == []
    api.press(answer, answer.buttons()[0]["callback_data"], user(502))
    await wait_until(lambda: api.edits, what="the message to be edited")
    shown = api.current(502, answer.message_id)
    assert shown is not None
    assert "Following <b>Khartoum (state, Sudan)</b>" in shown.text
    assert shown.reply_markup is None
    assert api.answers, "the tap was answered"
    assert [s.place.name for s in bot.services.chats.subscriptions(502)] == ["Khartoum"]


async def test_part_of_a_name_offers_the_country_first(bot: LiveBot) -> None:
    """Burkina once offered towns in Peru and the US: now Burkina Faso comes first, as a button."""
    [answer] = await bot.say(command(private(503), user(503), "/subscribe Burkina"))
    assert answer.buttons()[0]["text"] == "Burkina Faso (country)"
    assert bot.services.chats.subscriptions(503) == []


async def test_french_user_gets_french_buttons_and_confirmation(bot: LiveBot, api: BotApiDouble) -> None:
    """language_code=fr: the question, the buttons and the confirmation are in French."""
    person = user(504, "fr")
    [answer] = await bot.say(command(private(504), person, "/subscribe Sahel"))
    assert answer.text.startswith("Quel lieu voulez-vous dire par « Sahel »")
    labels = [button["text"] for button in answer.buttons()]
    assert labels[:2] == ["Sahel (région, plusieurs pays)", "Sahel (région, Burkina Faso)"]
    api.press(answer, answer.buttons()[0]["callback_data"], person)
    await wait_until(lambda: api.edits, what="the edit")
    shown = api.current(504, answer.message_id)
    assert shown is not None
    assert "Vous suivez <b>Sahel (région, plusieurs pays)</b>" in shown.text
    [sub] = bot.services.chats.subscriptions(504)
    assert (sub.place.name, sub.place.country_iso3) == ("Sahel", None)


async def test_arabic_user_gets_right_to_left_arabic(bot: LiveBot) -> None:
    """An Arabic name resolves; the reply is Arabic, each line opened by a right-to-left mark."""
    [answer] = await bot.say(command(private(505), user(505, "ar"), "/subscribe إدلب"))
    assert answer.text.startswith(RLM + "تتابع الآن")
    assert "Idlib (محافظة، سوريا)" in answer.text or "Idlib (محافظة, سوريا)" in answer.text
    assert all(line.startswith(RLM) for line in answer.text.split("\n") if line)


async def test_language_command_sets_the_chat_language(bot: LiveBot) -> None:
    """/language fr makes the chat French for an English-speaking user; a bad code gets the usage."""
    chat, person = private(506), user(506, "en")
    [answer] = await bot.say(command(chat, person, "/language fr"))
    assert "français" in answer.text
    [answer] = await bot.say(command(chat, person, "/subscribe Darfur"))
    assert "Vous suivez <b>Darfur (région, Soudan)</b>" in answer.text
    [answer] = await bot.say(command(chat, person, "/threshold killed 10"))
    assert "partent désormais de 10" in answer.text
    [answer] = await bot.say(command(chat, person, "/subscriptions"))
    assert "<b>Cette discussion suit</b>" in answer.text
    assert "tués ≥ 10" in answer.text
    [answer] = await bot.say(command(chat, person, "/language xx"))
    assert "Usage : /language en" in answer.text


async def test_group_member_tap_changes_nothing(bot: LiveBot, api: BotApiDouble) -> None:
    """In a group only administrators' taps subscribe; a member's tap gets an alert saying so."""
    team = group(-5001)
    admin, member = user(61), user(62)
    api.set_member_status(-5001, 61, "administrator")
    [answer] = await bot.say(command(team, admin, "/subscribe Tripoli"))
    api.press(answer, answer.buttons()[1]["callback_data"], member)
    await wait_until(lambda: api.answers, what="the tap to be answered")
    assert api.answers[0].get("show_alert") in (True, "true")
    assert bot.services.chats.subscriptions(-5001) == []
    api.press(answer, answer.buttons()[1]["callback_data"], admin)
    await wait_until(lambda: api.edits, what="the edit")
    assert [s.place.country_iso3 for s in bot.services.chats.subscriptions(-5001)] == ["LBN"]


async def test_unsubscribe_all_asks_first_and_can_be_undone(bot: LiveBot, api: BotApiDouble) -> None:
    """/unsubscribe all asks with buttons; Yes removes all and offers Undo, which restores them."""
    chat, person = private(507), user(507)
    await bot.say(command(chat, person, "/subscribe Sudan"))
    await bot.say(command(chat, person, "/subscribe Idlib"))
    [question] = await bot.say(command(chat, person, "/unsubscribe all"))
    assert "Stop following every place this chat follows (2)" in question.text
    assert len(bot.services.chats.subscriptions(507)) == 2, "nothing removed before confirming"
    api.press(question, "unsub:all", person)
    await wait_until(lambda: len(api.edits) == 1, what="the confirmation")
    assert bot.services.chats.subscriptions(507) == []
    shown = api.current(507, question.message_id)
    assert shown is not None
    assert "Stopped following <b>Sudan</b>, <b>Idlib (governorate, Syria)</b>" in shown.text
    [undo] = shown.buttons()
    api.press(shown, undo["callback_data"], person)
    await wait_until(lambda: len(api.edits) == 2, what="the undo")
    assert {s.place.name for s in bot.services.chats.subscriptions(507)} == {"Sudan", "Idlib"}


async def test_no_command_is_swallowed_by_the_rate_limit(bot: LiveBot, api: BotApiDouble) -> None:
    """Over the limit, commands wait their turn; beyond the queue one notice names each refused command."""
    bot.replace(
        limiter=CommandRateLimiter(burst=1, refill_seconds=0.3, private_refill_seconds=0.3),
        command_queue=CommandQueue(max_waiting=2),
    )
    chat, person = private(508), user(508)
    texts = ["/subscribe Sudan", "/subscribe Chad", "/subscribe Cabo Delgado", "/subscribe Mali", "/subscribe Niger"]
    for text in texts:
        api.push_update(command(chat, person, text))
    answers = await bot.messages(508, 4, within=20)
    await wait_until(lambda: api.edits, what="the notice to name the second refused command")
    notices = [m for m in answers if m.text.startswith("Too many commands")]
    assert len(notices) == 1
    edited = api.current(508, notices[0].message_id)
    assert edited is not None
    assert "/subscribe" in edited.text
    assert "Send again in" in edited.text
    followed = {s.place.name for s in bot.services.chats.subscriptions(508)}
    assert len(followed) == 3, "the first command and the two queued ones ran"
    assert "Cabo Delgado" in followed


async def test_timed_mute_ends_with_a_catch_up(bot: LiveBot, api: BotApiDouble) -> None:
    """/mute 8h mutes for eight hours, not forever; when it ends, what arrived meanwhile is summarised."""
    chat, person = private(509), user(509)
    await bot.say(command(chat, person, "/subscribe Darfur"))
    start = dt.datetime.now(dt.UTC)
    [answer] = await bot.say(command(chat, person, "/mute 8h"))
    assert "Muted until" in answer.text
    record = bot.services.chats.get(509)
    assert record is not None
    assert record.muted_until is not None
    assert abs((record.muted_until - start) - dt.timedelta(hours=8)) < dt.timedelta(minutes=1)
    # While muted, a report of people killed in El Fasher (North Darfur) arrives: no alert, held for the catch-up.
    el_fasher = Location(name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379555)
    figure = Figure(kind=Kind.KILLED, value=12, qualifier=Qualifier.EXACT, location=el_fasher,
                    date=start.date(), sentence="12 people were killed in El Fasher.")  # fmt: skip
    store_and_decide(bot, figure, start + dt.timedelta(hours=1))
    later = start + dt.timedelta(hours=9)
    bot.replace(clock=lambda: later)
    # (the running "mutes" job may end it first, under the same clock: the mute ends once, by either)
    ended = await end_mutes(bot.services)
    assert ended + await end_mutes(bot.services) <= 1
    [catch_up] = await bot.messages(509, 3, after=2)
    assert "Mute ended" in catch_up.text
    assert "El Fasher" in catch_up.text
    record = bot.services.chats.get(509)
    assert record is not None
    assert not record.muted


@pytest.mark.parametrize("text", ["/mute forever", "/mute 90d", "/mute 0h"])
async def test_bad_mute_durations_get_the_usage(bot: LiveBot, text: str) -> None:
    """A duration that is not one, or over 30 days, mutes nothing and says how to write one."""
    [answer] = await bot.say(command(private(510), user(510), text))
    assert "Usage: /mute" in answer.text
    record = bot.services.chats.get(510)
    assert record is None or not record.muted


async def test_forum_topic_replies_stay_in_the_topic_and_alerts_go_there(bot: LiveBot) -> None:
    """In a group with topics, the reply is in the topic /subscribe was sent in, and the chat remembers it."""
    team = group(-5002, forum=True)
    bot.api.set_member_status(-5002, 63, "administrator")
    [answer] = await bot.say(command(team, user(63), "/subscribe Sudan", topic=77))
    assert answer.message_thread_id == 77
    record = bot.services.chats.get(-5002)
    assert record is not None
    assert record.thread_id == 77
    khartoum = Location(name="Khartoum", country_iso3="SDN", admin1="Khartoum", geonames_id=379252)
    now = dt.datetime.now(dt.UTC)
    figure = Figure(kind=Kind.KILLED, value=5, qualifier=Qualifier.EXACT, location=khartoum, date=now.date(),
                    sentence="5 people were killed in Khartoum.")  # fmt: skip
    store_and_decide(bot, figure, now)
    [alert] = await bot.messages(-5002, 2, after=1)
    assert "Khartoum" in alert.text
    assert alert.message_thread_id == 77


async def test_command_menus_are_registered_per_language_and_scope(bot: LiveBot, api: BotApiDouble) -> None:
    """Administrators see every command, other group members only the reading ones, in en, fr and ar."""
    for language in ("", "fr", "ar"):
        admins = {c["command"] for c in api.scoped_commands("all_chat_administrators", language)}
        members = {c["command"] for c in api.scoped_commands("all_group_chats", language)}
        assert {"subscribe", "mute", "language"} <= admins
        assert "subscribe" not in members
        assert "digest" in members
    french = {c["command"]: c["description"] for c in api.scoped_commands("default", "fr")}
    assert french["subscribe"].startswith("Suivre")


def store_and_decide(bot: LiveBot, figure: Figure, at: dt.datetime) -> None:
    """Store one report holding `figure` and run the alert engine over it, as the pipeline would."""
    from bot.alerting import decide_alerts
    from bot.geo.containment import contains
    from bot.storage import Store

    store = Store(bot.settings.database_url)
    try:
        report_id = store.reports.add(
            NewReport(source="wire", external_id=f"r{at.timestamp()}", url="https://news.example/r", title="r",
                      text="report", lang="en", published_at=at, fetched_at=at, alertable=True),
            [figure],
        )  # fmt: skip
        assert report_id is not None
        decide_alerts(store.engine, [report_id], contains=contains, now=at)
    finally:
        store.close()


async def test_digest_states_an_outage_and_sends_no_empty_chart(bot: LiveBot, api: BotApiDouble) -> None:
    """Every source failing for an hour: /digest says so instead of a bare 'nothing new', and sends no chart."""
    from bot.storage import Store

    now = dt.datetime.now(dt.UTC)
    store = Store(bot.settings.database_url)
    try:
        for name in ("wire", "agency", "relief"):
            store.sources.record_success(name, type="rss", now=now - dt.timedelta(hours=1), etag=None,
                                         last_modified=None, cursor=None, new_items=1)  # fmt: skip
        for name in ("wire", "agency"):
            store.sources.record_failure(name, type="rss", now=now, error="timeout", next_attempt_at=None)
    finally:
        store.close()
    chat, person = private(511), user(511)
    await bot.say(command(chat, person, "/subscribe Idlib"))
    [answer] = await bot.say(command(chat, person, "/digest"))
    assert "received in the last 24 hours" in answer.text
    assert "2 of 3 sources failing since" in answer.text
    await asyncio.sleep(1.5)  # a chart would follow within the per-chat pace
    assert [m.method for m in api.messages_to(511)] == ["sendMessage", "sendMessage"]


async def test_settings_is_one_message_that_edits_itself(bot: LiveBot, api: BotApiDouble) -> None:
    """/settings: taps change thresholds, mute, quiet hours and language, always editing the same message."""
    chat, person = private(512), user(512)
    await bot.say(command(chat, person, "/subscribe Sudan"))
    [menu] = await bot.say(command(chat, person, "/settings"))
    assert "<b>Settings</b>" in menu.text
    assert "Sudan" in menu.text

    async def tap(data: str) -> str:
        shown = api.current(512, menu.message_id)
        assert shown is not None
        before = len(api.edits)
        api.press(shown, data, person)
        await wait_until(lambda: len(api.edits) > before, what=f"the edit after {data}")
        now = api.current(512, menu.message_id)
        assert now is not None
        return now.text

    assert "tap − or +" in await tap("set:v:thr")
    await tap("set:thr:killed:+")
    assert bot.services.chats.subscriptions(512)[0].thresholds["killed"] == 5
    await tap("set:v:main")
    await tap("set:v:mute")
    assert "muted until" in await tap("set:mute:8")
    record = bot.services.chats.get(512)
    assert record is not None
    assert record.muted_until is not None
    await tap("set:v:quiet")
    assert "22:00–07:00" in await tap("set:quiet:22000700")
    await tap("set:v:places")
    [sub] = bot.services.chats.subscriptions(512)
    await tap(f"set:unsub:{sub.id}")
    assert bot.services.chats.subscriptions(512) == []
    await tap("set:v:main")
    await tap("set:v:lang")
    assert "<b>Réglages</b>" in await tap("set:lang:fr")
    assert len([m for m in api.messages_to(512) if m.message_id == menu.message_id]) == 1, "edited, never resent"


async def test_settings_are_for_group_admins(bot: LiveBot, api: BotApiDouble) -> None:
    """A group member's /settings is refused; an admin's menu ignores a member's taps."""
    team = group(-5003)
    admin, member = user(64), user(65)
    api.set_member_status(-5003, 64, "administrator")
    [refusal] = await bot.say(command(team, member, "/settings"))
    assert "Only the group's administrators" in refusal.text
    [menu] = await bot.say(command(team, admin, "/settings"))
    api.press(menu, "set:v:lang", member)
    await wait_until(lambda: api.answers, what="the tap to be answered")
    assert not api.edits


async def test_quiet_hours_hold_alerts_overnight_and_summarise_them(bot: LiveBot, api: BotApiDouble) -> None:
    """Quiet hours 22:00-07:00 (chosen in /settings) mute at 22:00 local and send the catch-up after 07:00."""
    chat, person = private(513), user(513)
    await bot.say(command(chat, person, "/subscribe Sudan"))
    [menu] = await bot.say(command(chat, person, "/settings"))
    api.press(menu, "set:v:quiet", person)
    await wait_until(lambda: api.edits, what="the quiet-hours view")
    shown = api.current(513, menu.message_id)
    assert shown is not None
    api.press(shown, "set:quiet:22000700", person)
    await wait_until(lambda: len(api.edits) == 2, what="the overview")
    evening = dt.datetime.now(dt.UTC).replace(hour=22, minute=2, second=0, microsecond=0)  # the chat is on UTC
    bot.replace(clock=lambda: evening)
    await end_mutes(bot.services)
    record = bot.services.chats.get(513)
    assert record is not None
    assert record.muted
    assert record.muted_until == evening.replace(minute=0) + dt.timedelta(hours=9)
    morning = evening + dt.timedelta(hours=9)
    bot.replace(clock=lambda: morning)
    assert await end_mutes(bot.services) == 1
    [catch_up] = await bot.messages(513, 3, after=2)
    assert "Mute ended" in catch_up.text


async def test_digest_charts_do_not_hold_up_other_chats_commands(bot: LiveBot, api: BotApiDouble) -> None:
    """As many /digest at once as the bot handles updates concurrently, then /help from another chat: /help is
    answered before any chart, which may follow its text only a second later (once, each digest held a slot
    until its chart was sent, and /help waited that second for one)."""
    now = dt.datetime.now(dt.UTC)
    el_fasher = Location(name="El Fasher", country_iso3="SDN", admin1="North Darfur", geonames_id=379555)
    figure = Figure(kind=Kind.KILLED, value=12, qualifier=Qualifier.EXACT, location=el_fasher,
                    date=now.date(), sentence="12 people were killed in El Fasher.")  # fmt: skip
    store_and_decide(bot, figure, now - dt.timedelta(hours=1))  # before anyone follows Darfur: no alert
    chats = [540 + n for n in range(bot.app.update_processor.max_concurrent_updates)]
    for chat_id in chats:
        await bot.say(command(private(chat_id), user(chat_id), "/subscribe Darfur"))
    for chat_id in chats:
        api.push_update(command(private(chat_id), user(chat_id), "/digest"))
    [help_answer] = await bot.say(command(private(539), user(539), "/help"))
    for chat_id in chats:
        await bot.messages(chat_id, 3)  # the confirmation, the digest, its chart
    charts = [m for m in api.messages if m.chat_id in chats and m.method == "sendPhoto"]
    assert len(charts) == len(chats)
    assert help_answer.at < min(chart.at for chart in charts)


async def test_one_users_quick_commands_do_not_hold_up_other_chats(bot: LiveBot, api: BotApiDouble) -> None:
    """Users each sending four commands at once: their later answers wait for the chat's pace (a second apart),
    enough of them to fill every update slot; another chat's /help is answered before any of those later answers
    (once, each waiting answer held a slot until it was sent)."""
    slots = bot.app.update_processor.max_concurrent_updates
    quick = [560 + n for n in range(slots // 3 + 1)]  # three answers waiting per user: more than the slots
    for chat_id in quick:
        for _ in range(4):
            api.push_update(command(private(chat_id), user(chat_id), "/help"))
    await wait_until(lambda: all(api.messages_to(chat_id) for chat_id in quick), what="the first answers")
    [help_answer] = await bot.say(command(private(559), user(559), "/help"))
    for chat_id in quick:
        await bot.messages(chat_id, 4)
    later = [m for chat_id in quick for m in api.messages_to(chat_id)[1:]]
    assert help_answer.at < min(m.at for m in later)
    assert all(b.at - a.at >= 1.0 for c in quick for a, b in itertools.pairwise(api.messages_to(c)))
