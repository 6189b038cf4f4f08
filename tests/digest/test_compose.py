"""What a digest says: totals per place and kind, top events with sources, projections as warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.digest.compose import (
    MAX_CAPTION_CHARS,
    MAX_TEXT_CHARS,
    DigestEvent,
    DigestProjection,
    SourceOutage,
    SourceRef,
    compose_digest,
)
from bot.values import Figure, Group, Kind, Location, PlaceLevel, Qualifier

NOW = dt.datetime(2023, 6, 15, 8, 0, tzinfo=dt.UTC)
EL_GENEINA = Location(name="El Geneina", admin1="West Darfur", country_iso3="SDN", level=PlaceLevel.TOWN)


def event(
    place: str = "West Darfur",
    *,
    cumulative: bool = False,
    corroboration: int = 1,
    sources: tuple[SourceRef, ...] = (SourceRef(outlet="Darfur Monitor", url="https://example.org/a"),),
    **figure_changes: object,
) -> DigestEvent:
    """An incident in El Geneina reported by one outlet, with fields overridable."""
    figure = Figure(
        kind=Kind.KILLED,
        value=40,
        qualifier=Qualifier.AT_LEAST,
        group=Group.CIVILIANS,
        location=EL_GENEINA,
        date=dt.date(2023, 6, 14),
    ).with_(**figure_changes)
    return DigestEvent(
        followed_place=place, figure=figure, cumulative=cumulative, corroboration=corroboration, sources=sources
    )


def test_no_places_says_how_to_subscribe() -> None:
    """A chat following nothing is told to /subscribe, with the angle brackets escaped."""
    digest = compose_digest(places=[], events=[], projections=[], window_end=NOW)
    assert digest.empty
    assert "/subscribe &lt;place&gt;" in digest.text


def test_quiet_day_is_one_short_line() -> None:
    """Nothing in the window gives a short 'nothing new' line naming the places."""
    digest = compose_digest(places=["Sudan", "Chad"], events=[], projections=[], window_end=NOW)
    assert digest.empty
    assert digest.text.splitlines()[-1] == "Nothing new for Sudan, Chad."


def test_incidents_are_totalled_per_place_and_kind() -> None:
    """Two incidents of one kind in one place are added up, hedged when one of them is a lower bound."""
    events = [event(value=40), event(value=12, qualifier=Qualifier.EXACT), event(kind=Kind.INJURED, value=9)]
    digest = compose_digest(places=["West Darfur"], events=events, projections=[], window_end=NOW)
    assert not digest.empty
    assert "• Killed: at least 52 in 2 events" in digest.text
    assert "• Injured: at least 9 in 1 event" in digest.text


def test_cumulative_totals_are_not_added_to_incidents() -> None:
    """A period total is shown beside the incidents, never summed with them (that would count twice)."""
    events = [
        event(value=40),
        event(value=1100, qualifier=Qualifier.MORE_THAN, cumulative=True),
        event(value=800, qualifier=Qualifier.ABOUT, cumulative=True),
    ]
    digest = compose_digest(places=["West Darfur"], events=events, projections=[], window_end=NOW)
    assert "• Killed: at least 40 in 1 event; reported total more than 1,100" in digest.text


def test_children_among_the_dead_are_not_added_to_the_toll() -> None:
    """Nine children among 40 civilians killed that day are part of the 40; children elsewhere still count."""
    events = [
        event(value=40),
        event(value=9, group=Group.CHILDREN),
        event(value=3, group=Group.CHILDREN, date=dt.date(2023, 6, 13)),
    ]
    digest = compose_digest(places=["West Darfur"], events=events, projections=[], window_end=NOW)
    assert "• Killed: at least 43 in 2 events" in digest.text


def test_projection_is_a_warning_not_a_total() -> None:
    """A forecast appears as a ⚠ projection line and adds nothing to the totals."""
    figure = Figure(kind=Kind.DISPLACED, value=650_000, qualifier=Qualifier.UP_TO, projection=True)
    projection = DigestProjection(
        followed_place="West Darfur", figure=figure, source=SourceRef(outlet="UN agency", url=None)
    )
    digest = compose_digest(places=["West Darfur"], events=[], projections=[projection], window_end=NOW)
    assert "⚠ projection: up to 650,000 could be displaced (UN agency)" in digest.text
    assert "Displaced:" not in digest.text


def test_places_are_grouped_and_quiet_places_named() -> None:
    """Each followed place gets its own block; places without news are listed as quiet."""
    events = [event(place="West Darfur"), event(place="Khartoum", kind=Kind.DISPLACED, value=3000)]
    digest = compose_digest(places=["West Darfur", "Khartoum", "Chad"], events=events, projections=[], window_end=NOW)
    assert digest.text.index("<b>West Darfur</b>") < digest.text.index("<b>Khartoum</b>")
    assert "Nothing new for Chad." in digest.text


def test_top_events_name_sources_and_corroboration() -> None:
    """A top event says what, where, when, and which outlets reported it, linked."""
    sources = (SourceRef(outlet="Outlet A", url="https://a.example/1"), SourceRef(outlet="Outlet B", url=None))
    digest = compose_digest(
        places=["West Darfur"], events=[event(corroboration=2, sources=sources)], projections=[], window_end=NOW
    )
    line = next(line for line in digest.text.splitlines() if line.startswith("1. "))
    assert "at least 40 civilians killed in El Geneina, West Darfur, Sudan, 14 Jun" in line
    assert 'reported by 2 outlets: <a href="https://a.example/1">Outlet A</a>, Outlet B' in line


def test_deadliest_events_come_first() -> None:
    """Top events put killings before displacement and larger tolls before smaller ones."""
    events = [event(kind=Kind.DISPLACED, value=9000), event(value=3), event(value=70)]
    digest = compose_digest(places=["West Darfur"], events=events, projections=[], window_end=NOW)
    ranked = [line for line in digest.text.splitlines() if line[:2] in {"1.", "2.", "3."}]
    assert ["70" in ranked[0], "3 civilians" in ranked[1], "9,000" in ranked[2]] == [True, True, True]


def test_deaths_rank_above_larger_injury_tolls() -> None:
    """65 killed is listed before 112 injured: a death toll outranks a bigger count of wounded."""
    events = [event(kind=Kind.INJURED, value=112), event(value=65)]
    digest = compose_digest(places=["West Darfur"], events=events, projections=[], window_end=NOW)
    first = next(line for line in digest.text.splitlines() if line.startswith("1. "))
    assert "65 civilians killed" in first


@pytest.mark.parametrize(
    ("outlet", "url", "unsafe"),
    [
        pytest.param("<script>x</script>", "https://e.org", "<script>", id="tag-in-outlet"),
        pytest.param("A & B", 'https://e.org/"><b>', '"><b>', id="quote-in-url"),
        pytest.param("Outlet", "javascript:alert(1)", "javascript:", id="non-http-link"),
    ],
)
def test_report_derived_text_is_escaped(outlet: str, url: str, unsafe: str) -> None:
    """Outlet names and links from reports cannot inject HTML or non-web links."""
    sources = (SourceRef(outlet=outlet, url=url),)
    digest = compose_digest(
        places=["<b>Gaza</b>"], events=[event(place="<b>Gaza</b>", sources=sources)], projections=[], window_end=NOW
    )
    assert unsafe not in digest.text
    assert "&lt;b&gt;Gaza&lt;/b&gt;" in digest.text


def test_huge_digest_fits_one_message() -> None:
    """Hundreds of places and events still give at most 4096 characters and a caption within 1024."""
    places = [f"Place number {i} with a rather long name" for i in range(300)]
    events = [event(place=p, kind=kind) for p in places for kind in (Kind.KILLED, Kind.DISPLACED)]
    digest = compose_digest(places=places, events=events, projections=[], window_end=NOW)
    assert len(digest.text) <= MAX_TEXT_CHARS
    assert digest.text.endswith("… (shortened)")
    assert len(digest.caption) <= MAX_CAPTION_CHARS


def test_header_says_received_in_the_chats_zone() -> None:
    """The window is about when reports were received, shown in the chat's zone, not UTC."""
    digest = compose_digest(places=["Sudan"], events=[], projections=[], window_end=NOW, zone="Africa/Nairobi")
    assert "received in the last 24 hours, to 15 Jun 2023 11:00 Africa/Nairobi" in digest.text


def test_source_outage_is_stated_before_nothing_new() -> None:
    """Failing sources are said first: 'nothing new' may only mean 'nothing heard'."""
    outage = SourceOutage(failing=2, total=3, since=dt.datetime(2023, 6, 15, 6, 10, tzinfo=dt.UTC))
    digest = compose_digest(places=["Idlib"], events=[], projections=[], window_end=NOW, outage=outage)
    lines = digest.text.splitlines()
    assert "2 of 3 sources failing since 06:10: figures may be missing" in lines[1]
    assert lines[-1] == "Nothing new for Idlib."


def test_each_kind_is_ranked_by_its_own_scale() -> None:
    """Two deaths do not outrank 25,000 displaced, nor the reverse: each kind lists its largest events."""
    events = [event(value=2), event(kind=Kind.DISPLACED, value=25_000), event(kind=Kind.DISPLACED, value=300)]
    digest = compose_digest(places=["West Darfur"], events=events, projections=[], window_end=NOW)
    text = digest.text
    killed, displaced = text.index("<b>Largest: killed</b>"), text.index("<b>Largest: displaced</b>")
    block = text[displaced:]
    assert killed < displaced
    assert block.index("25,000") < block.index("300")
