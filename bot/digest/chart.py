"""The digest chart: the last 14 days per kind for a chat's places, as a PNG readable on a phone.

One small panel per kind (killed and displaced differ by orders of magnitude, so they never share an axis),
bars per day stacked by followed place with a legend, the unit on each axis and a footer saying what is
counted. Nothing to draw, no chart. Matplotlib's object API on the headless Agg canvas: no pyplot global
state, safe to call from a worker thread.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from bot.domain.alert_text import kind_label
from bot.i18n import Lang, formats, t
from bot.values import Kind

CHART_DAYS = 14
CHART_KINDS: tuple[Kind, ...] = (Kind.KILLED, Kind.INJURED, Kind.MISSING, Kind.DISPLACED)
MAX_PLACES_SHOWN = 6
_OTHERS = "\x00others"  # the shared stack's key; its label is in the chat's language
# Colour-blind-safe palette (Okabe–Ito), one colour per followed place.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#999999")
# Bidirectional marks help Telegram's text, but the chart's fonts may draw them as boxes; Matplotlib lays out
# Arabic (shaping and right-to-left runs) itself.
_BIDI_MARKS = str.maketrans("", "", "\u200e\u200f\u2066\u2067\u2068\u2069")

DailyTotals = Mapping[Kind, Mapping[dt.date, Mapping[str, int]]]


def chart_days(end: dt.date, days: int = CHART_DAYS) -> list[dt.date]:
    """The `days` calendar days ending with `end`, oldest first."""
    return [end - dt.timedelta(days=offset) for offset in range(days - 1, -1, -1)]


def _places(totals: DailyTotals, dates: Sequence[dt.date]) -> list[str]:
    """Places with figures, biggest total first; beyond the first few they share one stack."""
    sums: dict[str, int] = {}
    for series in totals.values():
        for day in dates:
            for place, value in series.get(day, {}).items():
                sums[place] = sums.get(place, 0) + value
    return [place for place, total in sorted(sums.items(), key=lambda item: -item[1]) if total > 0]


def render_chart(
    totals: DailyTotals,
    *,
    end: dt.date,
    title: str = "",
    kinds: Sequence[Kind] = CHART_KINDS,
    days: int = CHART_DAYS,
    lang: Lang = Lang.EN,
) -> bytes | None:
    """PNG bytes of one stacked bar panel per kind over the `days` days ending with `end`; None when empty.

    Titles, axis units, dates, legend and footer are in `lang`; place names as the chat follows them.
    """

    def say(key: str, **values: object) -> str:
        return t(lang, key, **values).translate(_BIDI_MARKS)

    dates = chart_days(end, days)
    shown = [k for k in kinds if any(sum(totals.get(k, {}).get(day, {}).values()) for day in dates)]
    if not shown:
        return None
    ranked = _places(totals, dates)
    named, rest = ranked[:MAX_PLACES_SHOWN], set(ranked[MAX_PLACES_SHOWN:])
    stacks = named + ([_OTHERS] if rest else [])
    colours = dict(zip(stacks, _PALETTE, strict=False))
    figure = MplFigure(figsize=(7.2, 2.2 + 2.4 * len(shown)), dpi=120, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(len(shown), 1, sharex=True, squeeze=False)[:, 0]
    positions = list(range(len(dates)))
    for ax, kind in zip(axes, shown, strict=True):
        series = totals.get(kind, {})
        bottoms = [0] * len(dates)
        for stack in stacks:
            values = [
                sum(v for p, v in series.get(day, {}).items() if (p in rest if stack == _OTHERS else p == stack))
                for day in dates
            ]
            if any(values):
                label = say("chart_other_places") if stack == _OTHERS else stack
                ax.bar(positions, values, bottom=bottoms, color=colours[stack], width=0.75, label=label)
                bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        ax.set_title(
            say(
                "chart_panel",
                kind=kind_label(kind, lang).lower(),
                total=formats.number(sum(bottoms), lang),
                days=formats.days(days, lang),
            ),
            loc="right" if lang is Lang.AR else "left",
            fontsize=14,
        )
        ax.set_ylabel(say("chart_people"), fontsize=11)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True, min_n_ticks=1))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _position: formats.compact(value, lang)))
        ax.tick_params(labelsize=12)
        ax.set_ylim(bottom=0, top=max(1, max(bottoms)) * 1.15)
        ax.grid(axis="y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
    last = axes[-1]
    last.set_xticks(positions[::2] if days > 8 else positions)
    ticks = [formats.day_month(d, lang) for d in (dates[::2] if days > 8 else dates)]
    last.set_xticklabels(ticks, rotation=45, ha="right")
    labels = [say("chart_other_places") if s == _OTHERS else s for s in stacks]
    handles = _legend_handles(figure, labels)
    # Title above, legend below the panels and the footer under it: the constrained layout makes room for each
    # (a legend beside the title, or a footer drawn at a fixed spot, overlapped them).
    figure.legend(handles, [h.get_label() for h in handles], loc="outside lower center", ncols=min(3, len(handles)),
                  fontsize=11, frameon=False)  # fmt: skip
    suptitle = title or say("chart_title", days=formats.days(days, lang))
    figure.suptitle(suptitle, fontsize=15, fontweight="bold")
    figure.supxlabel(say("chart_footer"), fontsize=8, color="#555555")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _legend_handles(figure: MplFigure, stacks: Sequence[str]) -> list[Any]:
    """One legend entry per place drawn, in stack order, whatever panel drew it first."""
    found: dict[str, Any] = {}
    for ax in figure.axes:
        for container in ax.containers:
            label = str(container.get_label())
            if label in stacks and label not in found:
                found[label] = container
    return [found[s] for s in stacks if s in found]
