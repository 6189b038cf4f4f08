"""The digest chart: the last 14 days per kind for a chat's places, as a PNG readable on a phone.

One small panel per kind (killed and displaced differ by orders of magnitude, so they never share an axis),
bars per day, large type. Matplotlib's object API on the headless Agg canvas: no pyplot global state, safe to
call from a worker thread.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from bot.extraction.model import Kind

CHART_DAYS = 14
CHART_KINDS: tuple[Kind, ...] = (Kind.KILLED, Kind.INJURED, Kind.MISSING, Kind.DISPLACED)
_COLOURS = {Kind.KILLED: "#b2182b", Kind.INJURED: "#ef8a62", Kind.MISSING: "#7b3294", Kind.DISPLACED: "#2166ac"}

DailyTotals = Mapping[Kind, Mapping[dt.date, int]]


def chart_days(end: dt.date, days: int = CHART_DAYS) -> list[dt.date]:
    """The `days` calendar days ending with `end`, oldest first."""
    return [end - dt.timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def render_chart(
    totals: DailyTotals,
    *,
    end: dt.date,
    title: str,
    kinds: Sequence[Kind] = CHART_KINDS,
    days: int = CHART_DAYS,
) -> bytes:
    """PNG bytes of one bar panel per kind with figures over the `days` days ending with `end`."""
    dates = chart_days(end, days)
    # Empty panels waste a phone screen: show only kinds with figures (or the first kind, saying it is empty).
    shown = [k for k in kinds if any(totals.get(k, {}).get(day, 0) for day in dates)] or list(kinds[:1])
    figure = MplFigure(figsize=(7.2, 1.6 + 2.4 * len(shown)), dpi=120, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(shown), 1, sharex=True, squeeze=False)[:, 0]
    positions = list(range(len(dates)))
    for ax, kind in zip(axes, shown, strict=True):
        series = totals.get(kind, {})
        values = [series.get(day, 0) for day in dates]
        ax.bar(positions, values, color=_COLOURS.get(kind, "#555555"), width=0.75)
        ax.set_title(f"{kind.value}: {sum(values):,} reported in {days} days", loc="left", fontsize=14)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True, min_n_ticks=1))
        ax.yaxis.set_major_formatter(FuncFormatter(_compact))
        ax.tick_params(labelsize=12)
        ax.set_ylim(bottom=0, top=max(1, max(values)) * 1.15)
        ax.grid(axis="y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
    last = axes[-1]
    last.set_xticks(positions[::2] if days > 8 else positions)
    last.set_xticklabels([f"{d:%d %b}" for d in (dates[::2] if days > 8 else dates)], rotation=45, ha="right")
    figure.suptitle(title[:80], fontsize=15, fontweight="bold")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _compact(value: float, _position: object) -> str:
    """Axis labels short enough for a phone: 1.2k, 350k, 1.5M."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f}M".replace(".0M", "M")
    if abs(value) >= 1_000:
        return f"{value / 1_000:.1f}k".replace(".0k", "k")
    return f"{value:.0f}"
