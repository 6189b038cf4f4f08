"""What a baseline reading says, in Telegram HTML and the chat's language: the "unusual" notice, and one line for
weekly summaries."""

from __future__ import annotations

import html

from bot.domain.baseline import LOOKBACK_DAYS, WINDOW_DAYS, Reading, Verdict
from bot.i18n import CATALOGUE, Lang, formats, t


def kind_word(kind: str, lang: Lang) -> str:
    """The report catalogue's word for a kind ("killed", "tués", "القتلى"); an unknown kind as written."""
    key = f"kind_word_{kind}"
    return t(lang, key) if key in CATALOGUE else kind.replace("_", " ")


def signal_text(place_label: str, reading: Reading, lang: Lang = Lang.EN) -> str:
    """The one notice a chat gets when a month is unusual for a place, stating the comparison."""
    assert reading.previous_max is not None
    assert reading.previous_max_end is not None
    notice = t(
        lang,
        "signal_unusual",
        place=html.escape(place_label),
        count=formats.number(reading.window_sum, lang),
        kind=kind_word(reading.kind, lang),
        window=formats.days(WINDOW_DAYS, lang),
        end=formats.day(reading.window_end, lang),
        months=LOOKBACK_DAYS // 30,
        highest=formats.number(reading.previous_max, lang),
        highest_end=formats.day(reading.previous_max_end, lang),
    )
    return notice + "\n" + t(lang, "signal_note", floor=formats.number(reading.floor, lang))


def reading_line(reading: Reading, lang: Lang = Lang.EN) -> str:
    """How the last 30 days compare with the year before, in one line (short history says so)."""
    window = formats.days(WINDOW_DAYS, lang)
    last = t(
        lang,
        "reading_last",
        count=formats.number(reading.window_sum, lang),
        kind=kind_word(reading.kind, lang),
        window=window,
    )
    if reading.verdict is Verdict.SHORT_HISTORY:
        held = (
            t(lang, "reading_held", held=formats.days(reading.history_days, lang))
            if reading.history_days
            else t(lang, "reading_no_history")
        )
        return t(lang, "reading_short", last=last, held=held, needed=formats.days(reading.needed_days, lang))
    assert reading.previous_max is not None
    compared = t(lang, "reading_compared", window=window, highest=formats.number(reading.previous_max, lang))
    if reading.verdict is Verdict.UNUSUAL:
        return t(lang, "reading_unusual", last=last, compared=compared)
    if reading.verdict is Verdict.BELOW_FLOOR:
        return t(lang, "reading_below_floor", last=last, floor=formats.number(reading.floor, lang), compared=compared)
    return t(lang, "reading_usual", last=last, compared=compared)
