"""Reports in several languages through the whole path: the TOML's declared language, detection per report,
French and Arabic figures stored, a language the bot does not read stored without figures and counted for
/sources, and `extract --lang`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.geo.lookup import lookup_place
from bot.pipeline import poll_source
from bot.sources import DirectorySource
from bot.sources.language import DeclaredLanguage
from bot.storage import Store
from bot.telegram_ui.replies import sources_text
from bot.values import Kind

T0 = dt.datetime(2024, 3, 4, 12, 0, tzinfo=dt.UTC)
FRENCH = "Au moins 23 civils ont été tués mardi à Rutshuru, dans le Nord-Kivu, selon des sources locales."
ARABIC = "قتل 12 مدنيا على الأقل وأصيب 30 آخرون في قصف على مدينة إدلب يوم الثلاثاء."
SPANISH = "Al menos 40 personas murieron y 3.000 fueron desplazadas por las inundaciones en la provincia."


def _write(folder: Path, reports: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in reports.items():
        (folder / f"{name}.json").write_text(
            json.dumps({"title": name, "text": text, "published": "2024-03-04T08:00:00Z"}), encoding="utf-8"
        )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'bot.db'}")


async def test_each_report_is_read_in_its_language_and_unread_ones_are_counted(tmp_path: Path, store: Store) -> None:
    """French and Arabic reports give their figures; a Spanish one is stored, gives none, and /sources says so."""
    _write(tmp_path / "in", {"fr": FRENCH, "ar": ARABIC, "es": SPANISH})
    source = DirectorySource(name="folder", path=tmp_path / "in", poll_seconds=60)
    outcome = await poll_source(source, store, now=T0)
    assert outcome.stored == 3
    by_lang = {}
    for report_id in outcome.stored_report_ids:
        report = store.reports.get(report_id)
        assert report is not None
        by_lang[report.lang] = [(f.kind, f.value) for f in store.reports.figures_of(report_id)]
    assert by_lang == {"fr": [(Kind.KILLED, 23)], "ar": [(Kind.KILLED, 12), (Kind.INJURED, 30)], "es": []}
    unread = store.reports.unread_by_source(("en", "fr", "ar"))
    assert unread == {"folder": 1}
    health = store.sources.health()
    assert "1 in a language the bot does not read" in sources_text([("folder", "directory")], health, T0, unread)
    store.close()


async def test_a_declared_language_wins_over_detection(tmp_path: Path, store: Store) -> None:
    """`lang = "fr"` in the TOML: every report of the source is read as French, whatever it looks like."""
    _write(tmp_path / "in", {"es": SPANISH})
    source = DeclaredLanguage(DirectorySource(name="folder", path=tmp_path / "in", poll_seconds=60), "fr")
    outcome = await poll_source(source, store, now=T0)
    [report_id] = outcome.stored_report_ids
    report = store.reports.get(report_id)
    assert report is not None
    assert report.lang == "fr"
    assert store.reports.unread_by_source(("en", "fr", "ar")) == {}
    store.close()


def test_lang_key_is_validated(tmp_path: Path) -> None:
    """`lang` accepts en, fr and ar; anything else is refused with the key's name."""
    path = tmp_path / "bot.toml"
    source = '[[sources]]\nname = "feed"\ntype = "rss"\nurl = "https://example.org/feed"\n'
    path.write_text(source + 'lang = "fr"\n', encoding="utf-8")
    assert load_settings({}, path).sources[0].lang == "fr"
    path.write_text(source + 'lang = "es"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"sources\[0\]\.lang"):
        load_settings({}, path)


def test_extract_lang_forces_the_language_and_each_output_names_it() -> None:
    """Detected by default; `--lang` forces it; a language the bot does not read gives no figure."""

    def run(*args: str, stdin: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "extract", *args], input=stdin, capture_output=True, text=True, check=True
        )
        result: dict[str, object] = json.loads(done.stdout)
        return result

    detected = run(stdin=ARABIC)
    assert detected["lang"] == "ar"
    assert [f["value"] for f in detected["figures"]] == [12, 30]  # type: ignore[attr-defined]
    assert run(stdin=SPANISH) == {"lang": "es", "figures": []}
    forced = run("--lang", "fr", stdin="Plus de 5 000 personnes ont fui.")
    assert forced["lang"] == "fr"
    assert [f["kind"] for f in forced["figures"]] == ["displaced"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("query", "name", "iso3"),
    [
        ("Soudan", "Sudan", "SDN"),
        ("RDC", "Democratic Republic of the Congo", "COD"),
        ("Nord-Kivu", "North Kivu", "COD"),
        ("Tchad", "Chad", "TCD"),
        ("إدلب", "Idlib", "SYR"),
        ("دارفور", "Darfur", "SDN"),
        ("الحديدة", "Al Hudaydah", "YEM"),
        ("السودان", "Sudan", "SDN"),
        ("لبنان", "Lebanon", "LBN"),
    ],
)
def test_french_and_arabic_place_names_subscribe(query: str, name: str, iso3: str) -> None:
    """/subscribe's lookup knows places by their French and Arabic names, from the same gazetteer."""
    found = lookup_place(query)
    assert found.exact is not None, found.suggestions
    assert (found.exact.name, found.exact.country_iso3) == (name, iso3)
