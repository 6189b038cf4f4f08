"""The digest chart: a PNG of the last 14 days per kind, sized for a phone."""

from __future__ import annotations

import datetime as dt
import struct

from bot.digest.chart import chart_days, render_chart
from bot.values import Kind

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_fourteen_days_end_on_the_given_day() -> None:
    """The chart covers the 14 calendar days ending with today, oldest first."""
    days = chart_days(dt.date(2024, 3, 1))
    assert (days[0], days[-1], len(days)) == (dt.date(2024, 2, 17), dt.date(2024, 3, 1), 14)


def test_chart_is_a_phone_sized_png() -> None:
    """Two kinds with figures give a PNG between 600 and 1400 pixels wide, taller than wide."""
    end = dt.date(2024, 3, 1)
    totals = {
        Kind.KILLED: {end: {"Idlib": 23}, end - dt.timedelta(days=3): {"Idlib": 5}},
        Kind.DISPLACED: {end: {"Idlib": 350_000}},
    }
    png = render_chart(totals, end=end)
    assert png is not None
    width, height = png_size(png)
    assert png.startswith(PNG_SIGNATURE)
    assert 600 <= width <= 1400
    assert height > width * 0.7


def test_kinds_without_figures_take_no_panel() -> None:
    """A chart with one kind is shorter than one with four: empty kinds are left out."""
    end = dt.date(2024, 3, 1)
    one = render_chart({Kind.KILLED: {end: {"Gaza": 3}}}, end=end)
    four = render_chart({k: {end: {"Gaza": 3}} for k in (Kind.KILLED, Kind.INJURED, Kind.MISSING, Kind.DISPLACED)},
                        end=end)  # fmt: skip
    assert one is not None
    assert four is not None
    assert png_size(one)[1] < png_size(four)[1]


def test_nothing_to_draw_gives_no_chart() -> None:
    """No figures in the window: no chart at all (it used to send an empty panel)."""
    end = dt.date(2024, 3, 1)
    assert render_chart({}, end=end) is None
    assert render_chart({Kind.KILLED: {end - dt.timedelta(days=30): {"Gaza": 9}}}, end=end) is None


def test_each_place_is_drawn_apart_with_a_legend() -> None:
    """Two places make two stacks (a legend names them), not one summed bar: the picture differs from one place
    holding the same total."""
    end = dt.date(2024, 3, 1)
    apart = render_chart({Kind.KILLED: {end: {"Idlib": 3, "North Darfur": 9}}}, end=end)
    summed = render_chart({Kind.KILLED: {end: {"Idlib": 12}}}, end=end)
    assert apart is not None
    assert summed is not None
    assert apart != summed


def test_figures_outside_the_window_are_ignored() -> None:
    """A figure from before the 14 days changes nothing in the picture."""
    end = dt.date(2024, 3, 1)
    inside = {Kind.KILLED: {end: {"T": 3}}}
    with_old = {Kind.KILLED: {end: {"T": 3}, end - dt.timedelta(days=30): {"T": 999}}}
    assert render_chart(inside, end=end) == render_chart(with_old, end=end)
