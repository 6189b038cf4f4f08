"""Dates in French and Arabic reports, attached to figures by the same rules as English dates.

Month and weekday names come from CLDR through Babel: French, and Arabic as written in Egypt and the Gulf
(يناير), the Maghreb (جانفي, يوليوز) and the Levant and Iraq (كانون الثاني, تشرين الأول). Forms read: "le 12
décembre 2023", "12 كانون الأول", "3 مارس/آذار", weekdays ("mardi", "الثلاثاء": the latest on or before
publication), "hier"/"أمس", "aujourd'hui"/"اليوم", "depuis le 1er décembre", "منذ 26 تشرين الأول", "depuis le
début de l'année", "منذ بداية العام", "en mars 2024", "في مارس 2024". Arabic text arrives folded
(``bot.text.arabic``), so the names are folded the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from bot.extraction.dates import DateCue, Period, _DateReader, _infer_year, _month_end, _safe_day
from bot.text.arabic import fold_arabic
from bot.values import Anchor

_ARABIC_LOCALES = ("ar", "ar_MA", "ar_DZ", "ar_TN", "ar_SY", "ar_LB", "ar_IQ", "ar_JO")


def _fold(lang: str, word: str) -> str:
    return fold_arabic(word)[0] if lang == "ar" else word.lower()


@cache
def _names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month names (to 1-12) and weekday names (to 0 = Monday) of a language, from CLDR."""
    from babel import Locale

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for code in _ARABIC_LOCALES if lang == "ar" else (lang,):
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for number, name in locale.months["format"][width].items():
                if len(name.strip(".")) >= (2 if lang == "ar" else 3):  # "آب" (August) is a whole name
                    months[_fold(lang, name.strip("."))] = number
        for number, name in locale.days["format"]["wide"].items():
            weekdays[_fold(lang, name)] = number
    return months, weekdays


def _alternation(words: object) -> str:
    ordered = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def _pattern(lang: str) -> re.Pattern[str]:
    months, weekdays = _names(lang)
    month = rf"(?:{_alternation(months)})"
    # "3 مارس/آذار", "mars-avril": a second name for the same month is read past
    month_pair = rf"(?P<m>{month})(?:\s*/\s*{month})?"
    year = r"(?P<y>(?:19|20)\d\d)"
    if lang == "ar":
        since = r"منذ"
        start_of_year = r"منذ\s+(?:بدايه|مطلع|اول|بدء)\s+(?:العام|السنه|هذا العام)(?:\s+الجاري)?"
        relative = r"(?P<rel>امس|البارحه|اليوم)"
        weekday = rf"(?:يوم\s+)?(?P<w>{_alternation(weekdays)})"
        day = r"(?P<d>[0-3]?\d)"
        in_month = rf"(?:في|خلال)\s+(?:شهر\s+)?(?P<im>{month})(?:\s*/\s*{month})?\s+(?P<iy>(?:19|20)\d\d)"
        words_after = r"(?:\s+(?:من\s+)?(?:الماضي|الجاري|المنصرم|الفايت|الفائت))?"
    else:
        since = r"depuis"
        start_of_year = r"depuis\s+(?:le\s+)?d[ée]but\s+(?:de\s+l'ann[ée]e|d['’]ann[ée]e|janvier)(?:\s+(?:19|20)\d\d)?"
        relative = r"(?P<rel>hier|aujourd['’]hui|avant-hier)"
        weekday = rf"(?P<w>{_alternation(weekdays)})"
        day = r"(?:le\s+)?(?P<d>[0-3]?\d)(?:er|e)?"
        in_month = rf"(?:en|au\s+mois\s+de|courant)\s+(?P<im>{month})\s+(?P<iy>(?:19|20)\d\d)"
        words_after = ""
    return re.compile(
        rf"(?P<start>{start_of_year})"
        rf"|(?P<since>{since})\s+(?:le\s+)?(?P<sd>[0-3]?\d)(?:er)?\s+(?P<sm>{month})(?:\s*/\s*{month})?"
        rf"(?:\s+(?P<sy>(?:19|20)\d\d))?"
        rf"|{day}\s+(?:من\s+)?{month_pair}{words_after}(?:,?\s+{year})?(?!\d)"
        rf"|{in_month}"
        rf"|(?<!\w){relative}(?!\w)"
        rf"|(?<!\w){weekday}(?!\w)"
    )


def _day(lang: str, month_name: str, day: str, year: str | None, published: dt.date | None) -> dt.date | None:
    month = _names(lang)[0][month_name]
    year_number = int(year) if year else _infer_year(month, int(day), published)
    return _safe_day(year_number, month, int(day)) if year_number is not None else None


def _resolve(lang: str, m: re.Match[str], published: dt.date | None) -> tuple[Period, bool] | None:
    """The period a match means, and whether a full date (day, month, year) was written."""
    months, weekdays = _names(lang)
    if m.group("start"):
        return ((dt.date(published.year, 1, 1), published), False) if published else None
    if m.group("since"):
        first = _day(lang, re.sub(r"\s+", " ", m.group("sm")), m.group("sd"), m.group("sy"), published)
        return ((first, published), False) if first and published else None
    if m.group("d"):
        found = _day(lang, re.sub(r"\s+", " ", m.group("m")), m.group("d"), m.group("y"), published)
        return ((found, None), m.group("y") is not None) if found else None
    if m.group("im"):
        month = months[re.sub(r"\s+", " ", m.group("im"))]
        return (dt.date(int(m.group("iy")), month, 1), _month_end(int(m.group("iy")), month)), False
    if published is None:
        return None
    if m.group("rel"):
        back = 2 if m.group("rel").startswith("avant") else 1 if m.group("rel") in ("hier", "امس", "البارحه") else 0
        return (published - dt.timedelta(days=back), None), False
    if m.group("w"):
        back = (published.weekday() - weekdays[m.group("w")]) % 7
        return (published - dt.timedelta(days=back), None), False
    return None


class _ForeignDateReader(_DateReader):
    """The English reader's attachment rules over French or Arabic date expressions."""

    def __init__(self, text: str, published: dt.date | None, lang: str) -> None:
        super().__init__(text, published)
        self._lang = lang
        self._folded = fold_arabic(text)[0] if lang == "ar" else text.lower()
        self._foreign: dict[tuple[int, int], list[DateCue]] = {}

    def cues(self, start: int, end: int) -> list[DateCue]:
        """The dates written in [start, end), in this language (ISO and numeric dates too)."""
        found = self._foreign.get((start, end))
        if found is None:
            found = [c for c in super().cues(start, end) if self._text[c.start : c.start + 1].isdigit()]
            published = self._published
            for m in _pattern(self._lang).finditer(self._folded, start, end):
                resolved = _resolve(self._lang, m, published)
                if resolved is not None and resolved[0][0] is not None:
                    (date, date_end), full = resolved
                    assert date is not None
                    found.append(DateCue(start=m.start(), end=m.end(), date=date, date_end=date_end, full=full))
            found.sort(key=lambda c: c.start)
            self._foreign[(start, end)] = found
        return found


def foreign_date_figures(
    text: str, anchors: Sequence[Anchor], published: dt.date | None, lang: str
) -> list[tuple[dt.date | None, dt.date | None]]:
    """The (date, date_end) each anchored figure of a French or Arabic text refers to."""
    reader = _ForeignDateReader(text, published, lang)
    return [reader.period_of(anchor) for anchor in anchors]
