"""Only http(s) links reach a message; any other scheme is dropped and the linked text kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from bot.digest.compose import SourceRef, compose_digest
from bot.domain.alert_text import alert_text
from bot.domain.containment import fallback_contains
from bot.domain.events import Family, JoinRole, group_sightings
from bot.domain.evidence import EventEvidence, Statement, why_text
from bot.domain.links import link_html, safe_url
from bot.domain.sides import Side
from bot.domain.thresholds import Purpose
from bot.domain.time_shape import TimeShape
from bot.values import Figure, Group, Kind, Qualifier
from tests.digest.test_compose import NOW, event
from tests.domain.builders import sighting
from tests.security.html_check import assert_safe_html

HOSTILE = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\u200bscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "vbscript:msgbox",
    "tg://resolve?domain=evil",
    "//evil.example/path",
    "http://",
    "https:///nohost",
    "http://[::1",
    "mailto:a@example.org",
    "http://exa mple.org/",
    "https://example.org/\u202egnp.exe",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_links_are_refused(url: str) -> None:
    """Not a plain http(s) address with a host: no link."""
    assert safe_url(url) is None
    assert link_html(url, "Outlet") == "Outlet"


@pytest.mark.parametrize("url", ["https://example.org/a?b=1&c=2", "HTTP://Example.org/x", "http://127.0.0.1:8080/y"])
def test_plain_web_links_are_kept_escaped(url: str) -> None:
    """An http(s) URL is linked, with its ampersands and quotes escaped for HTML."""
    assert safe_url(url) == url
    assert link_html(url, "Outlet").startswith('<a href="')


def _hrefs(text: str) -> list[str]:
    return re.findall(r'href="([^"]*)"', text)


@pytest.mark.parametrize("url", HOSTILE[:8])
def test_alert_drops_the_link_and_keeps_the_text(url: str) -> None:
    """An alert whose report link is hostile has no anchor, yet still says everything else."""
    seen = dataclasses.replace(sighting(23, sentence="Strikes killed 23 civilians.", outlet="A"), url=url)
    change = group_sightings([seen], [], contains=fallback_contains, max_age_days=30).changes[0]
    text = alert_text(change.after, purpose=Purpose.ALERT)
    assert _hrefs(text) == []
    assert "Strikes killed 23 civilians." in text
    assert "According to: A" in text


@pytest.mark.parametrize("url", HOSTILE[:8])
def test_digest_drops_the_link_and_keeps_the_outlet(url: str) -> None:
    """A digest line names the outlet without an anchor when its link is hostile."""
    sources = (SourceRef(outlet="Hostile Outlet", url=url), SourceRef(outlet="Good", url="https://e.org/1"))
    digest = compose_digest(
        places=["West Darfur"], events=[event(sources=sources, corroboration=2)], projections=[], window_end=NOW
    )
    assert _hrefs(digest.text) == ["https://e.org/1"]
    assert "Hostile Outlet" in digest.text


def _evidence(url: str | None) -> EventEvidence:
    figure = Figure(kind=Kind.KILLED, value=23, qualifier=Qualifier.AT_LEAST, group=Group.CIVILIANS)
    statement = Statement(
        figure=figure,
        outlet="Outlet <A>",
        published=dt.date(2024, 3, 4),
        url=url,
        role=JoinRole.FIRST,
        side=Side.CIVILIAN,
        shape=TimeShape.INCIDENT,
        speaker="Outlet <A>",
        sentences=("Strikes killed at least 23 civilians.",),
    )
    return EventEvidence(
        event_id=1,
        family=Family.KILLED,
        location=None,
        date=dt.date(2024, 3, 3),
        date_end=dt.date(2024, 3, 3),
        shape=TimeShape.INCIDENT,
        side=Side.CIVILIAN,
        accepted=figure,
        destination=None,
        disagreement=None,
        told_value=23,
        statements=(statement,),
    )


@pytest.mark.parametrize("url", HOSTILE[:8])
def test_why_drops_the_link_and_keeps_the_outlet(url: str) -> None:
    """/why lists the outlet and its sentence, without an anchor for a hostile link."""
    text = why_text("alert", [_evidence(url)], [], fallback_contains)
    assert _hrefs(text) == []
    assert "(no link)" in text
    assert "Outlet &lt;A&gt;" in text
    assert_safe_html(text)


def test_why_links_a_web_address() -> None:
    """/why keeps an http(s) link."""
    assert _hrefs(why_text("alert", [_evidence("https://e.org/r?a=1&b=2")], [], fallback_contains)) == [
        "https://e.org/r?a=1&amp;b=2"
    ]
