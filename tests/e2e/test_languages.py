"""French and Arabic reports end to end: a feed on loopback → the bot process → the Bot API double.

Chats follow places by their English, French or Arabic names; a French report about Rutshuru and an Arabic one
about Idlib alert the chats following those places, each alert quoting the report's own sentence.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import BotProcess, ChatRef, Conversation, Person, wait_for, write_config
from tests.e2e.test_alerts import alerts_to, polled, publish
from tests.support.bot_api_double import BotApiDouble
from tests.support.feed_server import FeedServer

KIVU_FR = (ChatRef(7101), Person(7101))  # follows "Nord-Kivu"
IDLIB_AR = (ChatRef(7102), Person(7102))  # follows "إدلب"
IDLIB_EN = (ChatRef(7103), Person(7103))  # follows "Idlib"
SYRIA_FR = (ChatRef(7104), Person(7104))  # follows "Syrie"

FRENCH = (
    "Au moins 23 civils ont été tués mardi lors d'une attaque contre le village de Kiwanja, près de Rutshuru, "
    "dans la province du Nord-Kivu, ont indiqué des sources locales."
)
ARABIC = "قتل 14 مدنيا على الأقل في قصف استهدف سوقا شعبيا في مدينة إدلب شمال غربي سوريا يوم الثلاثاء."
SPANISH = "Al menos 40 personas murieron en Idlib y 3.000 fueron desplazadas, según fuentes locales."


@pytest.fixture(scope="module")
def bot(api: BotApiDouble, feeds: FeedServer, workdir: Path) -> Iterator[BotProcess]:
    """The bot polling one feed, empty at its first poll."""
    publish(feeds, "/world.xml", [])
    process = BotProcess(api, workdir, write_config(workdir / "bot.toml", {"world": feeds.url("/world.xml")})).start()
    polled(feeds, "/world.xml")
    yield process
    if not process.process_exited():
        assert process.stop() == 0, process.log()


def test_french_and_arabic_names_subscribe(conversation: Conversation, bot: BotProcess) -> None:
    """Places are followed by their French, Arabic and English names, and shown by their English one."""
    assert "Following <b>North Kivu" in conversation.ask(*KIVU_FR, "/subscribe Nord-Kivu")
    assert "Following <b>Idlib" in conversation.ask(*IDLIB_AR, "/subscribe إدلب")
    assert "Following <b>Idlib" in conversation.ask(*IDLIB_EN, "/subscribe Idlib")
    assert "Following <b>Syria" in conversation.ask(*SYRIA_FR, "/subscribe Syrie")


def test_french_and_arabic_reports_alert_the_chats_following_their_places(
    api: BotApiDouble, feeds: FeedServer, bot: BotProcess
) -> None:
    """The French report alerts the North Kivu chat; the Arabic one the three chats following Idlib or Syria;
    the Spanish one, in a language the bot does not read, alerts nobody."""
    publish(feeds, "/world.xml", [("w-1", FRENCH), ("w-2", ARABIC), ("w-3", SPANISH)])
    kivu = wait_for(lambda: alerts_to(api, KIVU_FR[0]), timeout=30, what="the French alert")[0]
    assert "at least 23 civilians killed" in kivu.lower()
    assert "Au moins 23 civils ont été tués" in kivu  # the report's own sentence is quoted
    for chat in (IDLIB_AR, IDLIB_EN, SYRIA_FR):
        alert = wait_for(lambda chat=chat: alerts_to(api, chat[0]), timeout=30, what="the Arabic alert")[0]
        assert "at least 14 civilians killed" in alert.lower()
        assert "Idlib" in alert
        assert "قتل 14 مدنيا" in alert
    polled(feeds, "/world.xml")
    time.sleep(1.5)  # one delivery round after the last decision
    assert len(alerts_to(api, KIVU_FR[0])) == 1
    assert all(len(alerts_to(api, chat[0])) == 1 for chat in (IDLIB_AR, IDLIB_EN, SYRIA_FR))


def test_sources_counts_the_report_the_bot_cannot_read(conversation: Conversation, bot: BotProcess) -> None:
    """/sources tells that one report of the feed is in a language the bot does not read."""
    answer = conversation.ask(*KIVU_FR, "/sources")
    assert "1 in a language the bot does not read" in answer
