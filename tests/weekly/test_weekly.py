"""The weekly summary: a week against the four before, the /weekly arguments, and scheduling per chat zone."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from bot.domain.history import ArchivedEvent
from bot.geo.containment import contains
from bot.i18n import RLM, Lang
from bot.storage import Store
from bot.storage.chats_repo import ChatRepository
from bot.storage.schema import deliveries
from bot.weekly.compare import compare_weeks
from bot.weekly.schedule import WeeklyUsageError, parse_weekly
from bot.weekly.service import WeeklySummaries
from tests.signals.history import EL_FASHER, NORTH_DARFUR, add_event, follow

LAST = dt.date(2025, 3, 9)  # a Sunday: the week is 3-9 March


def incident(days_back: int, value: int | None, family: str = "killed", *, total: bool = False) -> ArchivedEvent:
    """An archived incident ``days_back`` days before LAST."""
    day = LAST - dt.timedelta(days=days_back)
    return ArchivedEvent(
        event_id=1, family=family, kind=family, group="people", location=EL_FASHER, date=day, date_end=day,
        total=total, projection=False, value=value, value_max=None, qualifier="exact", outlets=("OCHA",), url=None,
    )  # fmt: skip


def test_each_kind_is_summed_per_week() -> None:
    """Days fall into their week; totals, vague figures and days outside the five weeks do not count."""
    events = [
        incident(0, 10),
        incident(6, 5),
        incident(7, 3),  # the week before
        incident(34, 4),  # the oldest of the four weeks
        incident(35, 100),  # six weeks back: out
        incident(2, None),  # "dozens": no number
        incident(1, 900, "displaced"),
    ]
    weeks = {week.kind: week for week in compare_weeks(events, LAST)}
    assert weeks["killed"].this_week == 15
    assert weeks["killed"].prior == (4, 0, 0, 3)
    assert weeks["killed"].average == pytest.approx(1.75)
    assert weeks["displaced"].this_week == 900
    assert weeks["injured"].quiet


@pytest.mark.parametrize(
    ("args", "weekday", "time"),
    [
        pytest.param(["monday", "08:00"], 0, dt.time(8, 0), id="english"),
        pytest.param(["Fri", "17.30"], 4, dt.time(17, 30), id="abbreviated"),
        pytest.param(["dimanche", "7h05"], 6, dt.time(7, 5), id="french"),
    ],
)
def test_a_day_and_time_schedule_the_summary(args: list[str], weekday: int, time: dt.time) -> None:
    """Day names in English or French, times with : . or h."""
    parsed = parse_weekly(args)
    assert (parsed.weekday, parsed.time) == (weekday, time)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["someday", "08:00"], "is not a day of the week", id="bad-day"),
        pytest.param(["monday", "25:00"], "is not a time of day", id="bad-time"),
        pytest.param(["monday"], "Usage: /weekly", id="missing-time"),
    ],
)
def test_bad_weekly_arguments_get_the_usage(args: list[str], message: str) -> None:
    """Anything else is answered with what is wrong and how to write it."""
    with pytest.raises(WeeklyUsageError, match=message):
        parse_weekly(args)
    assert parse_weekly([]).now
    assert parse_weekly(["off"]).off


def test_the_summary_comes_once_on_the_chosen_day_in_the_chat_zone(store: Store) -> None:
    """Monday 08:00 in Nairobi (05:00 UTC): not before, once at the time, not again that day; then next Monday."""
    monday = dt.datetime(2025, 3, 10, 4, 59, tzinfo=dt.UTC)
    for back in range(1, 40):
        add_event(store, EL_FASHER, monday.date() - dt.timedelta(days=back), 40 if back <= 7 else 2)
    follow(store, 7, NORTH_DARFUR, now=monday)
    ChatRepository(store.engine).set_digest_time(7, None, "Africa/Nairobi", monday)
    summaries = WeeklySummaries(store.engine, contains)
    summaries.schedule.set(7, 0, dt.time(8, 0), monday - dt.timedelta(days=3))
    assert summaries.queue_due(monday) == 0
    at_eight = monday + dt.timedelta(minutes=1)
    assert summaries.queue_due(at_eight) == 1
    assert summaries.queue_due(at_eight + dt.timedelta(hours=2)) == 0
    assert summaries.queue_due(at_eight + dt.timedelta(days=7)) == 1
    with store.engine.connect() as connection:
        texts = (
            connection.execute(
                sa.select(deliveries.c.text).where(deliveries.c.purpose == "weekly").order_by(deliveries.c.id)
            )
            .scalars()
            .all()
        )
    first = texts[0]
    assert "3 Mar – 9 Mar 2025" in first
    assert "North Darfur, Sudan" in first
    assert "killed: <b>280</b> (the four weeks before: 14, 14, 14, 14; average 14) ▲ 20.0× the average" in first
    assert "only 39 days of history" in first  # no year to compare with: said, not guessed


def test_a_time_already_past_today_starts_next_week(store: Store) -> None:
    """Scheduling Monday 08:00 at 09:00 on a Monday does not send one at once."""
    monday_nine = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)
    follow(store, 8, NORTH_DARFUR, now=monday_nine)
    summaries = WeeklySummaries(store.engine, contains)
    summaries.schedule.set(8, 0, dt.time(8, 0), monday_nine)
    assert summaries.queue_due(monday_nine) == 0
    assert summaries.queue_due(monday_nine + dt.timedelta(days=7)) == 1
    assert summaries.schedule.clear(8)
    assert summaries.queue_due(monday_nine + dt.timedelta(days=14)) == 0


def _weekly_texts(store: Store) -> dict[int, str]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            sa.select(deliveries.c.chat_id, deliveries.c.text).where(deliveries.c.purpose == "weekly")
        ).all()
    return {row.chat_id: row.text for row in rows}


def test_french_and_arabic_chats_get_the_summary_in_their_language(store: Store) -> None:
    """The scheduled summary speaks each chat's chosen language, with its numbers, dates and kinds."""
    monday = dt.datetime(2025, 3, 10, 8, 1, tzinfo=dt.UTC)
    for back in range(1, 40):
        add_event(store, EL_FASHER, monday.date() - dt.timedelta(days=back), 400 if back <= 7 else 200)
    summaries = WeeklySummaries(store.engine, contains)
    for chat_id, language in ((31, "fr"), (32, "ar")):
        follow(store, chat_id, NORTH_DARFUR, now=monday)
        ChatRepository(store.engine).set_language(chat_id, language)
        summaries.schedule.set(chat_id, 0, dt.time(8, 0), monday - dt.timedelta(days=3))
    assert summaries.queue_due(monday) == 2
    texts = _weekly_texts(store)
    french, arabic = texts[31], texts[32]
    assert french.startswith("📅 <b>Résumé hebdomadaire</b>, du 3 mars au 9 mars 2025")
    assert "tués : <b>2\u202f800</b> (les quatre semaines précédentes : 1\u202f400, 1\u202f400" in french
    assert "Weekly" not in french
    assert "killed" not in french
    assert all(line.startswith(RLM) for line in arabic.split("\n") if line)
    assert "الملخص الأسبوعي" in arabic
    assert "القتلى: <b>\u20682,800\u2069</b> (الأسابيع الأربعة السابقة: \u20681,400\u2069، \u20681,400\u2069" in arabic
    assert "خلال آخر 30 يومًا" in arabic
    assert "Weekly" not in arabic
    assert "killed" not in arabic


def test_the_weekly_command_language_overrides_the_chats(store: Store) -> None:
    """`/weekly` asks in the language the command chose (a user's Telegram language when the chat chose none)."""
    now = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)
    follow(store, 33, NORTH_DARFUR, now=now)
    text = WeeklySummaries(store.engine, contains).build(33, now, Lang.FR)
    assert "aucun incident chiffré pendant ces cinq semaines" in text
    assert text.startswith("📅 <b>Résumé hebdomadaire</b>")
    assert "North Darfur, Soudan" in text  # the country named in French


def test_weekly_usage_is_told_in_the_chats_language() -> None:
    """A bad day is refused in French and Arabic too, the usage following in the same language."""
    with pytest.raises(WeeklyUsageError) as refused:
        parse_weekly(["someday", "08:00"])
    assert refused.value.text(Lang.FR).startswith("« someday » n'est pas un jour de la semaine. Usage : /weekly")
    arabic = refused.value.text(Lang.AR)
    assert arabic.startswith(RLM + "«\u2068someday\u2069» ليس يومًا من أيام الأسبوع. \u200fالاستخدام:")
