"""Numbers, dates, durations and country names written as each language writes them (CLDR through Babel)."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pycountry
from babel import Locale
from babel.dates import format_date, format_datetime, format_timedelta, get_day_names
from babel.numbers import format_compact_decimal, format_decimal
from babel.units import format_unit

from bot.geo.names import country_display_name
from bot.geo.names_fr_ar import AREA_NAMES
from bot.i18n import Lang


def number(value: int, lang: Lang) -> str:
    """A whole number with the language's grouping: 23,000 / 23 000 / 23,000."""
    return str(format_decimal(value, locale=lang.value))


def ratio(value: float, lang: Lang) -> str:
    """A ratio to one decimal: 20.0 / 20,0 / 20.0."""
    return str(format_decimal(value, format="0.0", locale=lang.value))


def weekday(index: int, lang: Lang) -> str:
    """A day of the week by number (0 = Monday): "Monday", "lundi", "الاثنين"."""
    return str(get_day_names("wide", locale=lang.value)[index])


def compact(value: float, lang: Lang) -> str:
    """A number short enough for a chart axis on a phone: 24K, 24 k, 24 ألف; 1.5M, 1,5 M."""
    return str(format_compact_decimal(value, locale=lang.value, fraction_digits=1))


def day(value: dt.date, lang: Lang) -> str:
    """A day: "15 Jan 2020", "15 janv. 2020", "15 يناير 2020"."""
    return str(format_date(value, "d MMM y", locale=lang.value))


def day_month(value: dt.date, lang: Lang) -> str:
    """A day in its month, year understood: "15 Jan", "15 janv.", "15 يناير"."""
    return str(format_date(value, "d MMM", locale=lang.value))


def moment(value: dt.datetime, lang: Lang, *, with_year: bool = True) -> str:
    """A local date and time: "05 Jan 2020 10:00" (or without the year)."""
    pattern = "dd MMM y HH:mm" if with_year else "dd MMM HH:mm"
    return str(format_datetime(value, pattern, tzinfo=value.tzinfo, locale=lang.value))


def clock(value: dt.datetime, lang: Lang) -> str:
    """A time of day on the 24-hour clock: "06:10"."""
    return str(format_datetime(value, "HH:mm", tzinfo=value.tzinfo, locale=lang.value))


def hours(count: int, lang: Lang) -> str:
    """A number of hours with the noun agreeing (CLDR plural rules): "24 hours", "24 heures", "24 ساعة"."""
    return str(format_unit(count, "duration-hour", length="long", locale=lang.value))


def days(count: int, lang: Lang) -> str:
    """A number of days with the noun agreeing: "14 days", "14 jours", "14 يومًا"."""
    return str(format_unit(count, "duration-day", length="long", locale=lang.value))


def ago(delta: dt.timedelta, lang: Lang) -> str:
    """How long ago: "3 minutes ago", "il y a 3 minutes", "قبل 3 دقائق"."""
    return str(format_timedelta(-delta, add_direction=True, threshold=1.5, locale=lang.value))


@cache
def country_name(iso3: str, lang: Lang) -> str:
    """A country's everyday name in `lang` (CLDR through Babel; the English display name as fallback)."""
    english = country_display_name(iso3)
    if lang is Lang.EN:
        return english
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return english
    return str(Locale.parse(lang.value).territories.get(country.alpha_2, english))


def area_name(iso3: str | None, english: str, lang: Lang) -> str:
    """A first-level area's name in Arabic where the gazetteer keeps one ("Khartoum" → "الخرطوم"); otherwise,
    and in English and French (the kept French forms are not told apart from other spellings), as given."""
    if lang is not Lang.AR or iso3 is None:
        return english
    names = AREA_NAMES.get((iso3, english), ())
    return next((name for name in names if "\u0600" <= name[0] <= "\u06ff"), english)
