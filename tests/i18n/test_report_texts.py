"""Alerts, digests, /why, usage messages and /sources in English, French and Arabic, checked directly: every kind,
group and reading has its words in each language, numbers and dates follow the locale, quoted sentences stay as
the report wrote them, and the HTML stays valid."""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser

import pytest

from bot.digest.compose import DigestEvent, DigestProjection, SourceOutage, SourceRef, compose_digest
from bot.domain.alert_text import alert_text, headline, quantity
from bot.domain.containment import fallback_contains
from bot.domain.events import JoinRole, group_sightings
from bot.domain.sides import Side
from bot.domain.thresholds import Purpose
from bot.domain.time_shape import TimeShape
from bot.i18n import CATALOGUE, RLM, Lang, isolate, t
from bot.i18n.reports import REPORTS
from bot.storage.records import SourceRow
from bot.telegram_ui.args import UsageError, parse_threshold
from bot.telegram_ui.replies import sources_text
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier
from tests.domain.builders import sighting

_TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote"}
FRENCH_SENTENCE = "Au moins 23 civils ont été tués à Idlib mardi, selon des secouristes <locaux> & des médecins."
ARABIC_SENTENCE = "قُتل 23 مدنياً على الأقل في إدلب يوم الثلاثاء، بحسب مسعفين <محليين> & أطباء."
GOMA = Location(name="Goma", country_iso3="COD", admin1="North Kivu", level=PlaceLevel.TOWN)


class _TelegramHtml(HTMLParser):
    """Fails on tags Telegram refuses or tags left open or closed out of order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in _TELEGRAM_TAGS, tag
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open, tag
        assert self.open.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def visible(text: str) -> str:
    """What Telegram shows for this HTML, after checking it is HTML Telegram accepts."""
    parser = _TelegramHtml()
    parser.feed(text)
    parser.close()
    assert not parser.open, parser.open
    return "".join(parser.text)


def _event(sentence: str):  # type: ignore[no-untyped-def]
    found = [
        sighting(23, qualifier=Qualifier.AT_LEAST, sentence=sentence, outlet="Radio A"),
        sighting(20, report_id=2, figure_id=2, outlet="Radio B", sentence=sentence),
    ]
    return group_sightings(found, [], contains=fallback_contains, max_age_days=30).changes[0].after


@pytest.mark.parametrize(
    "prefix",
    [
        *(f"kind_word_{k.value}" for k in Kind),
        *(f"kind_one_{k.value}" for k in Kind),
        *(f"kind_label_{k.value}" for k in Kind),
        *(f"projected_{k.value}" for k in Kind),
        *(f"group_{g.value}" for g in Group),
        *(f"role_{r.value}" for r in JoinRole),
        *(f"shape_{s.value}" for s in TimeShape),
        *(f"side_{s.value}" for s in Side),
    ],
)
def test_every_kind_group_and_reading_has_words(prefix: str) -> None:
    """Keys built from the model's values exist: a new kind or role cannot reach a chat as a KeyError."""
    assert prefix in CATALOGUE


def test_report_messages_are_in_the_shared_catalogue() -> None:
    """One table: the interface's test of three languages and equal placeholders covers these messages too."""
    assert set(REPORTS) <= set(CATALOGUE)


@pytest.mark.parametrize(
    ("lang", "qualifier", "expected"),
    [
        (Lang.EN, Qualifier.AT_LEAST, "at least 23,000 civilians killed"),
        (Lang.FR, Qualifier.AT_LEAST, "au moins 23\u202f000 civils tués"),
        (Lang.AR, Qualifier.AT_LEAST, "القتلى من المدنيين: \u206823,000\u2069 على الأقل"),
        (Lang.FR, Qualifier.MORE_THAN, "plus de 23\u202f000 civils tués"),
        (Lang.AR, Qualifier.ABOUT, "القتلى من المدنيين: نحو \u206823,000\u2069"),
    ],
)
def test_headlines_translate_kind_qualifier_and_group(lang: Lang, qualifier: Qualifier, expected: str) -> None:
    """French keeps the English order with French grouping; Arabic uses the neutral "noun: number" form."""
    figure = Figure(kind=Kind.KILLED, value=23_000, qualifier=qualifier, group=Group.CIVILIANS)
    assert headline(figure, lang).replace(RLM, "") == expected


def test_one_person_agrees_in_french() -> None:
    """ "1 tué", not "1 tués"."""
    figure = Figure(kind=Kind.KILLED, value=1, qualifier=Qualifier.EXACT)
    assert headline(figure, Lang.FR) == "1 tué"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Des dizaines de milliers de personnes ont fui", Lang.EN, "tens of thousands"),
        ("Des dizaines de personnes ont été tuées", Lang.FR, "des dizaines"),
        ("نزح عشرات الآلاف من السكان", Lang.AR, "عشرات الآلاف"),
        ("Dozens were killed", Lang.AR, "العشرات"),
    ],
)
def test_vague_numbers_are_read_from_any_language_and_said_in_the_chats(
    sentence: str, lang: Lang, expected: str
) -> None:
    """A figure without a number names its order of magnitude in the chat's language."""
    figure = Figure(kind=Kind.DISPLACED, value=None, qualifier=Qualifier.VAGUE, sentence=sentence)
    assert quantity(figure, lang).replace(RLM, "") == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "parts"),
    [
        (Lang.FR, FRENCH_SENTENCE, ["Au moins 23 civils tués", "Lieu : Idlib, Syrie", "15 janv. 2020",
                                    "Selon : Radio A (rapporté par 2 médias)", "Lire le rapport"]),
        (Lang.AR, ARABIC_SENTENCE, ["القتلى من المدنيين: 23 على الأقل", "المكان: Idlib، سوريا", "15 يناير 2020",
                                    "المصدر: Radio A", "اقرأ التقرير"]),
        (Lang.FR, ARABIC_SENTENCE, ["Au moins 23 civils tués"]),
    ],
)  # fmt: skip
def test_alert_in_the_chats_language_quotes_the_report_unchanged(lang: Lang, sentence: str, parts: list[str]) -> None:
    """Everything around the quote is translated; the quoted sentence is the report's own, escaped, valid HTML."""
    text = alert_text(_event(sentence), purpose=Purpose.ALERT, lang=lang)
    shown = visible(text)
    for part in parts:
        assert part in shown.replace(RLM, "").replace("\u2068", "").replace("\u2069", "")
    assert f"<blockquote>{html.escape(sentence)}</blockquote>" in text
    assert sentence in shown
    if lang is Lang.AR:
        assert all(line.startswith(RLM) for line in text.split("\n") if not line.startswith("<blockquote>"))


def test_arabic_update_isolates_latin_names_and_numbers() -> None:
    """Latin names and digits inside Arabic lines are isolated, so they cannot reorder the line around them."""
    text = alert_text(_event(ARABIC_SENTENCE), purpose=Purpose.UPDATE, previous_value=12, lang=Lang.AR)
    assert text.startswith(RLM + "<b>تحديث: ")
    assert "(سابقًا \u206812\u2069)" in text
    assert "\u2068Idlib\u2069" in text
    assert isolate("سوريا") == "سوريا"


def _digest(lang: Lang) -> str:
    figure = Figure(kind=Kind.KILLED, value=23, qualifier=Qualifier.AT_LEAST, group=Group.CIVILIANS, location=GOMA,
                    date=dt.date(2026, 11, 28), sentence=FRENCH_SENTENCE)  # fmt: skip
    events = [DigestEvent(followed_place="North Kivu", figure=figure, cumulative=False, corroboration=2,
                          sources=(SourceRef(outlet="Radio <Okapi>", url="https://x.example/a?b=1&c=2"),),
                          event_id=1)]  # fmt: skip
    projection = DigestProjection(
        followed_place="North Kivu",
        figure=Figure(kind=Kind.DISPLACED, value=5000, qualifier=Qualifier.UP_TO, location=GOMA),
        source=SourceRef(outlet="OCHA"),
    )
    since = dt.datetime(2026, 11, 29, 3, 10, tzinfo=dt.UTC)
    return compose_digest(
        places=["North Kivu", "Idlib"],
        events=events,
        projections=[projection],
        window_end=dt.datetime(2026, 11, 29, 5, tzinfo=dt.UTC),
        zone="Africa/Nairobi",
        outage=SourceOutage(failing=2, total=3, since=since),
        lang=lang,
    ).text


@pytest.mark.parametrize(
    ("lang", "parts"),
    [
        (Lang.EN, ["Digest: received in the last 24 hours, to 29 Nov 2026 08:00", "2 of 3 sources failing since 06:10",
                   "• Killed: at least 23 in 1 event", "up to 5,000 could be displaced", "Nothing new for Idlib."]),
        (Lang.FR, ["Résumé : reçu au cours des dernières 24\u00a0heures, jusqu'au 29 nov. 2026 08:00",
                   "2 sources sur 3 en échec depuis 06:10", "• Tués : au moins 23 en 1 événement",
                   "jusqu'à 5\u202f000 pourraient être déplacés", "Rien de nouveau pour Idlib.",
                   "au moins 23 civils tués à Goma"]),
        (Lang.AR, ["الملخص: ما ورد خلال آخر 24 ساعة، حتى 29 نوفمبر 2026 08:00", "مصادر متعطلة: 2 من 3 منذ 06:10",
                   "• القتلى: 23 على الأقل في حدث واحد", "النازحون المحتملون: ما يصل إلى 5,000",
                   "لا جديد في Idlib.", "الأكبر: القتلى"]),
    ],
)  # fmt: skip
def test_digest_in_the_chats_language(lang: Lang, parts: list[str]) -> None:
    """Header, outage, per-kind lines, projections and largest events in the chat's language; valid HTML."""
    shown = visible(_digest(lang)).replace(RLM, "").replace("\u2068", "").replace("\u2069", "")
    for part in parts:
        assert part in shown


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (Lang.EN, "Unknown kind “dead”. Usage: /threshold <kind> <number> [place]"),
        (Lang.FR, "Type inconnu « dead ». Usage : /threshold <type> <nombre> [lieu]"),
        (Lang.AR, "نوع غير معروف «dead». الاستخدام: ‎/threshold <النوع> <العدد> [المكان]"),
    ],
)
def test_usage_messages_in_the_chats_language(lang: Lang, expected: str) -> None:
    """A bad argument is answered in the chat's language, with the command's usage in the same language."""
    with pytest.raises(UsageError) as caught:
        parse_threshold(["dead", "10"])
    assert caught.value.text(lang).replace(RLM, "").replace("\u2068", "").replace("\u2069", "").startswith(expected)
    assert str(caught.value).startswith("Unknown kind")


def test_sources_in_french_and_arabic() -> None:
    """/sources says when, in words and numbers of the chat's language."""
    now = dt.datetime(2026, 11, 29, 5, tzinfo=dt.UTC)
    row = SourceRow(name="wire", type="rss", last_success_at=now - dt.timedelta(minutes=5), items_seen=1200)
    french = sources_text([("wire", "rss")], [row], now, {"wire": 3}, lang=Lang.FR)
    assert "dernier succès il y a 5 minutes ; 1\u202f200 éléments vus" in french
    assert "(dont 3 dans une langue que le bot ne lit pas)" in french
    arabic = sources_text([("wire", "rss")], [row], now, lang=Lang.AR)
    assert "آخر نجاح قبل 5 دقائق" in arabic
    assert all(line.startswith(RLM) for line in arabic.split("\n"))
    assert t(Lang.AR, "sources_none").startswith(RLM)


def test_disagreeing_speakers_are_named_in_the_chats_language() -> None:
    """ "20 (authorities) – 45 (civil society)" becomes "20 (autorités) – 45 (société civile)"."""
    found = [
        sighting(20, sentence="At least 20 people were killed, authorities said.", outlet="Wire"),
        sighting(45, report_id=2, figure_id=2, outlet="Paper",
                 sentence="45 people were killed, according to civil society groups."),
    ]  # fmt: skip
    event = group_sightings(found, [], contains=fallback_contains, max_age_days=30).changes[0].after
    assert event.disagreement is not None
    assert "(autorités) – " in alert_text(event, purpose=Purpose.ALERT, lang=Lang.FR)
    assert "(société civile)" in alert_text(event, purpose=Purpose.ALERT, lang=Lang.FR)
    assert "(civil society)" in alert_text(event, purpose=Purpose.ALERT, lang=Lang.EN)


def test_arabic_names_first_level_areas_in_arabic() -> None:
    """A town keeps its gazetteer name (isolated); its first-level area and country read in Arabic."""
    from bot.domain.alert_text import place_line

    el_fasher = Location(name="El Fasher", country_iso3="SDN", admin1="North Darfur", level=PlaceLevel.TOWN)
    assert place_line(el_fasher, Lang.AR) == "\u2068El Fasher\u2069، شمال دارفور، السودان"
    assert place_line(el_fasher, Lang.FR) == "El Fasher, North Darfur, Soudan"
    assert place_line(el_fasher, Lang.EN) == "El Fasher, North Darfur, Sudan"
