"""The message catalogue, place labels, mute durations and quiet hours, checked directly."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from bot.telegram_ui.durations import parse_duration
from bot.telegram_ui.i18n import CATALOGUE, COMMAND_DESCRIPTIONS, Lang, language_of, t
from bot.telegram_ui.place_buttons import PendingQueries, parse_pick, place_label, suggestion_keyboard
from bot.telegram_ui.quiet_hours import quiet_until
from bot.values import Location, PlaceLevel

NORTH_KIVU = Location(name="North Kivu", country_iso3="COD", admin1="North Kivu", level=PlaceLevel.ADMIN1)
KIVU = Location(name="Kivu", country_iso3="COD", admin1="Kivu", level=PlaceLevel.ADMIN1)
GOMA = Location(name="Goma", country_iso3="COD", admin1="North Kivu", geonames_id=216281)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_exists_in_three_languages_with_the_same_placeholders(key: str) -> None:
    """No message is missing a language or a value another language shows (a stale translation shows here)."""
    english, french, arabic = CATALOGUE[key]
    assert english.strip()
    assert french.strip()
    assert arabic.strip()
    assert _fields(english) == _fields(french) == _fields(arabic)


def test_every_command_has_a_description_in_three_languages() -> None:
    """The menus registered per language describe every command (Telegram allows 3-256 characters)."""
    for name, descriptions in COMMAND_DESCRIPTIONS.items():
        assert all(3 <= len(d) <= 256 for d in descriptions), name


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr", Lang.FR), ("fr-CA", Lang.FR), ("ar", Lang.AR), ("ar-EG", Lang.AR), ("de", Lang.EN), (None, Lang.EN)],
)
def test_telegram_language_codes_map_to_the_bots_languages(code: str | None, expected: Lang) -> None:
    """Regional variants take their language; languages the bot lacks get English."""
    assert language_of(code) is expected


def test_arabic_lines_open_with_a_right_to_left_mark() -> None:
    """A line starting with a command or Latin name still reads right to left."""
    text = t(Lang.AR, "mute_usage")
    assert all(line.startswith("\u200f") for line in text.splitlines())
    assert not t(Lang.FR, "mute_usage").startswith("\u200f")


@pytest.mark.parametrize(
    ("place", "lang", "label"),
    [
        (NORTH_KIVU, Lang.EN, "North Kivu (province, DR Congo)"),
        (NORTH_KIVU, Lang.FR, "North Kivu (province, Congo-Kinshasa)"),
        (KIVU, Lang.EN, "Kivu (region, DR Congo)"),
        (GOMA, Lang.EN, "Goma (town, DR Congo)"),
        (Location(name="Sudan", country_iso3="SDN", level=PlaceLevel.COUNTRY), Lang.FR, "Soudan (pays)"),
    ],
)
def test_place_labels_name_level_and_country(place: Location, lang: Lang, label: str) -> None:
    """A button says what kind of place it is and where: no two identical-looking choices."""
    assert place_label(place, lang) == label


def test_buttons_fit_telegram_and_long_queries_are_kept_apart() -> None:
    """Callback data stays within 64 bytes; a long (Arabic) query is carried by a digest and found again."""
    pending = PendingQueries()
    long_query = "محافظة " * 8
    token = pending.token(long_query)
    keyboard = suggestion_keyboard([NORTH_KIVU, GOMA], token, Lang.EN)
    data = [button.callback_data for row in keyboard.inline_keyboard for button in row]
    assert all(isinstance(d, str) and len(d.encode()) <= 64 for d in data)
    picked = parse_pick(str(data[1]))
    assert picked is not None
    assert picked[0] == 1
    assert pending.query(picked[1]) == long_query
    assert pending.query("#unknown") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8h", dt.timedelta(hours=8)),
        ("2d", dt.timedelta(days=2)),
        ("30m", dt.timedelta(minutes=30)),
        ("1d12h", dt.timedelta(hours=36)),
        ("90 min", dt.timedelta(minutes=90)),
        ("1w", dt.timedelta(weeks=1)),
        ("2 jours", dt.timedelta(days=2)),
        ("forever", None),
        ("0h", None),
        ("31d", None),
        ("8", None),
        ("", None),
    ],
)
def test_mute_durations(text: str, expected: dt.timedelta | None) -> None:
    """Durations people write; nonsense, zero and more than 30 days are refused."""
    assert parse_duration(text) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        pytest.param(
            dt.datetime(2025, 1, 5, 19, 3, tzinfo=dt.UTC),
            dt.datetime(2025, 1, 6, 4, 0, tzinfo=dt.UTC),
            id="begins-22:03-nairobi-ends-07:00-next-day",
        ),
        pytest.param(dt.datetime(2025, 1, 5, 19, 30, tzinfo=dt.UTC), None, id="half-an-hour-late-is-not-a-start"),
        pytest.param(dt.datetime(2025, 1, 5, 12, 0, tzinfo=dt.UTC), None, id="midday"),
    ],
)
def test_quiet_hours_start_in_the_chats_zone(now: dt.datetime, expected: dt.datetime | None) -> None:
    """22:00-07:00 in Nairobi (UTC+3) starts at 19:00 UTC and holds alerts until 04:00 UTC."""
    assert quiet_until(now, "Africa/Nairobi", dt.time(22, 0), dt.time(7, 0)) == expected
