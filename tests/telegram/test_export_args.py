"""`/export [days]`: the day count, or the usage for anything else."""

from __future__ import annotations

import pytest

from bot.i18n import Lang, formats
from bot.telegram_ui.export_commands import ExportArgs, ExportUsageError, parse_days, parse_export


@pytest.mark.parametrize(
    ("args", "days"),
    [
        pytest.param([], 7, id="default"),
        pytest.param(["30"], 30, id="number"),
        pytest.param(["90"], 90, id="maximum"),
        pytest.param(["14d"], 14, id="suffix-d"),
        pytest.param(["14", "days"], 14, id="word-days"),
        pytest.param(["٣٠"], 30, id="arabic-indic-digits"),
    ],
)
def test_day_counts_are_read(args: list[str], days: int) -> None:
    """No argument means a week; a number up to 90, with or without "d" or "days"."""
    assert parse_days(args) == days


@pytest.mark.parametrize("args", [["0"], ["91"], ["-5"], ["week"], ["7", "weeks"], ["1e3"], ["²"], ["3.5"]])
def test_anything_else_gets_the_usage(args: list[str]) -> None:
    """Zero, too many, negative, words and other digits are refused with the usage."""
    with pytest.raises(ValueError, match=r"Usage: /export \[days\]"):
        parse_days(args)


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        pytest.param([], ExportArgs(days=7), id="nothing"),
        pytest.param(["projections"], ExportArgs(days=7, projections=True), id="projections-only"),
        pytest.param(["30", "Projections"], ExportArgs(days=30, projections=True), id="days-and-projections"),
        pytest.param(["30", "days", "forecasts"], ExportArgs(days=30, projections=True), id="with-the-word-days"),
    ],
)
def test_projections_are_asked_for_by_name(args: list[str], wanted: ExportArgs) -> None:
    """Forecast figures come only when asked, after the day count."""
    assert parse_export(args) == wanted


def test_projections_before_the_days_get_the_usage() -> None:
    """The word comes last."""
    with pytest.raises(ValueError, match="Usage"):
        parse_export(["projections", "30"])


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (Lang.EN, "“91” is not a number of days from 1 to 90. Usage: /export [days]"),
        (Lang.FR, "« 91 » n'est pas un nombre de jours de 1 à 90. Usage : /export [jours]"),
        (Lang.AR, "«\u206891\u2069» ليس عددًا من الأيام بين 1 و\u206890\u2069. \u200fالاستخدام: \u200e/export [أيام]"),
    ],
)
def test_the_usage_is_told_in_the_chats_language(lang: Lang, expected: str) -> None:
    """The refusal and the usage after it are in the language of the chat (the default, 7, filled in too)."""
    with pytest.raises(ExportUsageError) as refused:
        parse_days(["91"])
    told = refused.value.text(lang)
    assert expected in told
    assert formats.number(7, lang) in told
