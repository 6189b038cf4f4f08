"""The digest chart: a PNG of the last 14 days per kind, sized for a phone."""

from __future__ import annotations

import datetime as dt
import struct

from bot.digest.chart import chart_days, render_chart
from bot.extraction.model import Kind

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
    totals = {Kind.KILLED: {end: 23, end - dt.timedelta(days=3): 5}, Kind.DISPLACED: {end: 350_000}}
    png = render_chart(totals, end=end, title="Idlib")
    width, height = png_size(png)
    assert png.startswith(PNG_SIGNATURE)
    assert 600 <= width <= 1400
    assert height > width * 0.7


def test_kinds_without_figures_take_no_panel() -> None:
    """A chart with one kind is shorter than one with four: empty kinds are left out."""
    end = dt.date(2024, 3, 1)
    one = render_chart({Kind.KILLED: {end: 3}}, end=end, title="Gaza")
    four = render_chart(
        {k: {end: 3} for k in (Kind.KILLED, Kind.INJURED, Kind.MISSING, Kind.DISPLACED)}, end=end, title="Gaza"
    )
    assert png_size(one)[1] < png_size(four)[1]


def test_empty_chart_still_renders() -> None:
    """No figures at all still give a valid image (one empty panel), never an error."""
    png = render_chart({}, end=dt.date(2024, 3, 1), title="Nowhere")
    assert png.startswith(PNG_SIGNATURE)


def test_figures_outside_the_window_are_ignored() -> None:
    """A figure from before the 14 days changes nothing in the picture."""
    end = dt.date(2024, 3, 1)
    inside = {Kind.KILLED: {end: 3}}
    with_old = {Kind.KILLED: {end: 3, end - dt.timedelta(days=30): 999}}
    assert render_chart(inside, end=end, title="T") == render_chart(with_old, end=end, title="T")
