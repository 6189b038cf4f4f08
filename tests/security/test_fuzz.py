"""Fuzzing with hypothesis: the feed parser, the folder reader and every command's argument parser never raise
anything but their own clear errors, and nothing they produce reaches a reply unescaped.

Example counts are modest so the suite stays fast; the strategies aim at the hostile shapes (markup, entities,
invisible characters, odd numbers, broken XML and JSON) rather than at uniform noise.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.sources import DirectorySource, SourceError
from bot.sources.http import HttpResult
from bot.sources.rss import _parse
from bot.telegram_ui import args as parse
from bot.telegram_ui import replies
from bot.values import Location, PlaceLevel
from tests.security.html_check import assert_safe_html

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PIECES = [
    *"<>&\"';:/.,-_ 0123456789abcXYZ\n\t",
    *("\u200b", "\u00ad", "\u202e", "\ufeff", "\x00", "\x1b", "\ud7ff", "\U0001f600"),
    *("&amp;", "&#0;", "&bogus;", "]]>", "<![CDATA[", "<script>", "javascript:", "Идлиб", "إدلب", "http://x/?a=1&b=2"),
]
HOSTILE_TEXT = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)
WORDS = st.lists(st.one_of(HOSTILE_TEXT, st.text(max_size=20), st.sampled_from(["10,000", "07:30", "UTC", "all"])))


def _http(body: bytes, content_type: str = "application/rss+xml") -> HttpResult:
    return HttpResult(
        url="http://127.0.0.1/feed", status=200, body=body, content_type=content_type, etag=None, last_modified=None
    )


def _feed_parse_ok(body: bytes, content_type: str = "application/rss+xml") -> None:
    try:
        items, warnings = _parse(_http(body, content_type), 600)
    except SourceError:
        return
    for item in items:
        assert isinstance(item.title, str)
        assert isinstance(item.text, str)
        assert item.external_id
    assert all(isinstance(warning, str) for warning in warnings)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["application/rss+xml", "text/html", "", "text/xml; charset=x"]))
def test_feed_parser_on_arbitrary_bytes(body: bytes, content_type: str) -> None:
    """Any bytes: a feed's items, or a SourceError, never another exception."""
    _feed_parse_ok(body, content_type)


ENTRY = st.tuples(HOSTILE_TEXT, HOSTILE_TEXT, HOSTILE_TEXT, HOSTILE_TEXT, st.booleans())


@FUZZ
@given(st.lists(ENTRY, max_size=6), st.sampled_from(["utf-8", "cp1251", "latin-1", "utf-16"]), st.booleans())
def test_feed_parser_on_hostile_entries(
    entries: list[tuple[str, str, str, str, bool]], encoding: str, rss: bool
) -> None:
    """Well-formed or broken RSS and Atom with hostile text in every field."""
    parts = []
    for guid, title, text, link, raw in entries:
        fix = (lambda value: value) if raw else escape  # raw: markup lands unescaped in the XML
        if rss:
            parts.append(
                f"<item><guid>{fix(guid)}</guid><title>{fix(title)}</title><link>{fix(link)}</link>"
                f"<description>{fix(text)}</description><pubDate>{fix(guid)}</pubDate></item>"
            )
        else:
            parts.append(
                f'<entry><id>{fix(guid)}</id><title type="html">{fix(title)}</title><link href="{fix(link)}"/>'
                f'<content type="html">{fix(text)}</content><updated>{fix(title)}</updated></entry>'
            )
    inner = "".join(parts)
    document = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{inner}</channel></rss>'
        if rss
        else f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{inner}</feed>'
    )
    _feed_parse_ok(document.encode(encoding, errors="replace"))


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | HOSTILE_TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(HOSTILE_TEXT, children, max_size=3),
    max_leaves=8,
)
REPORT = st.fixed_dictionaries(
    {},
    optional={
        "title": JSON_VALUE,
        "text": HOSTILE_TEXT | JSON_VALUE,
        "url": JSON_VALUE,
        "published": st.sampled_from(["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-14:00", "2024-02-30", "x"])
        | HOSTILE_TEXT,
        "outlet": JSON_VALUE,
    },
)
FILE_BODY = st.one_of(
    st.binary(max_size=500),
    HOSTILE_TEXT.map(lambda text: text.encode("utf-8")),
    st.lists(REPORT, max_size=3).map(lambda records: json.dumps(records).encode()),
    REPORT.map(lambda record: json.dumps(record).encode()),
    st.integers(1, 3000).map(lambda depth: b"[" * depth + b"]" * depth),
)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from([".txt", ".md", ".html", ".json"]), FILE_BODY), min_size=1, max_size=4))
def test_folder_reader_never_fails_on_a_file(files: list[tuple[str, bytes]]) -> None:
    """Whatever the files hold, each becomes items or a warning; the scan itself never raises."""
    with tempfile.TemporaryDirectory() as folder:
        for index, (suffix, body) in enumerate(files):
            (Path(folder) / f"report-{index}{suffix}").write_bytes(body)
        items, warnings = DirectorySource(name="dropbox", path=Path(folder))._scan()
    assert len(items) + len(warnings) >= 1
    for item in items:
        assert item.text.strip()


def _reply_for(parser_result: object) -> None:
    if isinstance(parser_result, parse.UsageError):
        assert_safe_html(replies.usage(str(parser_result)))


@FUZZ
@given(WORDS)
def test_every_argument_parser_answers_a_value_or_usage(words: list[str]) -> None:
    """Each parser returns a value or a UsageError; the reply built from either is safe HTML."""
    for parser in (parse.parse_place, parse.parse_unsubscribe, parse.parse_threshold, parse.parse_digest_time):
        try:
            result: object = parser(words)
        except parse.UsageError as exc:
            result = exc
        _reply_for(result)
    for word in words:
        for single in (parse.parse_number, parse.resolve_zone):
            try:
                single(word)
            except parse.UsageError as exc:
                _reply_for(exc)


@FUZZ
@given(HOSTILE_TEXT, st.lists(st.tuples(HOSTILE_TEXT, HOSTILE_TEXT), max_size=4))
def test_place_replies_escape_what_was_typed_and_found(typed: str, candidates: list[tuple[str, str]]) -> None:
    """Unknown-place and choose-a-place answers in every language, and confirmations, carry no raw markup."""
    import html

    from bot.telegram_ui.i18n import Lang, t

    try:
        query = parse.parse_place([typed])
    except parse.UsageError:
        return
    for lang in Lang:
        # follow_commands.subscribe escapes the query exactly so
        assert_safe_html(t(lang, "unknown_place", query=html.escape(query)))
        assert_safe_html(t(lang, "choose_place", query=html.escape(query)))
    places = [Location(name=name or "x", admin1=area or None, level=PlaceLevel.TOWN) for name, area in candidates]
    for place in places:
        assert_safe_html(replies.subscribed(place, created=True, thresholds={"killed": 1}))


@FUZZ
@given(HOSTILE_TEXT, HOSTILE_TEXT, HOSTILE_TEXT)
def test_alerts_from_hostile_reports_are_safe_html(sentence: str, outlet: str, url: str) -> None:
    """An alert quoting hostile report text, outlet and link is safe HTML with only http(s) links."""
    import dataclasses

    from bot.domain.alert_text import alert_text
    from bot.domain.containment import fallback_contains
    from bot.domain.events import group_sightings
    from bot.domain.thresholds import Purpose
    from tests.domain.builders import sighting

    seen = dataclasses.replace(sighting(23, sentence=sentence, outlet=outlet or "o"), url=url)
    change = group_sightings([seen], [], contains=fallback_contains, max_age_days=30).changes[0]
    assert_safe_html(alert_text(change.after, purpose=Purpose.ALERT))


def test_json_nesting_bomb_is_a_warning() -> None:
    """A JSON file nested a hundred thousand deep is skipped with a warning (no RecursionError)."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "bomb.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
        (Path(folder) / "ok.txt").write_text("Floods displaced 300 people.")
        items, warnings = DirectorySource(name="dropbox", path=Path(folder))._scan()
    assert [item.text for item in items] == ["Floods displaced 300 people."]
    assert len(warnings) == 1
    assert warnings[0].startswith("bomb.json")


def test_out_of_range_dates_are_a_warning() -> None:
    """A "published" moment that overflows when turned to UTC is the record's problem, not the scan's."""
    record = {"text": "Floods displaced 300 people.", "published": "0001-01-01T00:00:00+01:00"}
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.json").write_text(json.dumps(record))
        items, warnings = DirectorySource(name="dropbox", path=Path(folder))._scan()
    assert items == []
    assert len(warnings) == 1


@FUZZ
@given(st.lists(st.tuples(HOSTILE_TEXT, HOSTILE_TEXT), min_size=1, max_size=4), HOSTILE_TEXT)
def test_digests_from_hostile_reports_are_safe_html(sources: list[tuple[str, str]], place: str) -> None:
    """A digest naming hostile outlets, links and a hostile followed place is safe HTML with only http(s) links."""
    from bot.digest.compose import SourceRef, compose_digest
    from tests.digest.test_compose import NOW, event

    refs = tuple(SourceRef(outlet=outlet or "o", url=url) for outlet, url in sources)
    followed = place or "West Darfur"
    events = [event(followed, sources=refs, corroboration=len(refs))]
    digest = compose_digest(places=[followed], events=events, projections=[], window_end=NOW)
    assert_safe_html(digest.text)
    assert_safe_html(digest.caption)


@FUZZ
@given(st.one_of(HOSTILE_TEXT, st.text(max_size=30), st.from_regex(r"\d{1,40}\s?[mhdjw]{1,3}", fullmatch=True)))
def test_mute_duration_is_a_duration_or_none(text: str) -> None:
    """/mute's argument: a duration within 30 days or None, never an exception (huge numbers included)."""
    from bot.telegram_ui.durations import MAX_MUTE, parse_duration

    duration = parse_duration(text)
    assert duration is None or dt.timedelta(0) < duration <= MAX_MUTE
