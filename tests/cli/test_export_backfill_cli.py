"""`displacement-bot export` and `displacement-bot backfill` from the command line, on a SQLite file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.__main__ import main
from bot.export.table import HEADER, HXL_TAGS
from bot.storage import Store
from bot.storage.schema import deliveries, events, reports
from tests.export import stored


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """DATABASE_URL pointing at a fresh file, with history seeded relative to today."""
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setattr(stored, "NOW", dt.datetime.now(dt.UTC))
    store = Store(url)
    try:
        stored.seed_history(store)
    finally:
        store.close()
    return url


def _rows(data: bytes) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == HEADER
    assert tuple(rows[1]) == HXL_TAGS
    return rows[2:]


def test_export_to_a_file_for_one_place(database: str, tmp_path: Path) -> None:
    """--place keeps that place and what it contains: North Darfur's one event of the week."""
    out = tmp_path / "week.csv"
    assert main(["export", "--days", "7", "--place", "North Darfur", "--out", str(out)]) == 0
    rows = _rows(out.read_bytes())
    assert len(rows) == 1
    assert rows[0][HEADER.index("Location")] == "El Fasher"


def test_export_to_stdout_holds_every_place(database: str, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Without --place and --out: every event of the span on standard output, BOM first."""
    assert main(["export", "--days", "30"]) == 0
    data = capsysbinary.readouterr().out
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(_rows(data)) == 5
    assert main(["export", "--days", "30", "--projections"]) == 0
    assert [row[HEADER.index("Projection")] for row in _rows(capsysbinary.readouterr().out)].count("yes") == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["export", "--days", "0"], "between 1 and 90", id="zero-days"),
        pytest.param(["export", "--days", "91"], "between 1 and 90", id="too-many-days"),
        pytest.param(["export", "--place", "Xqzwv Nowhere"], "no single place", id="unknown-place"),
    ],
)
def test_export_refuses_bad_arguments(
    database: str, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad day count or an unknown place gets exit code 2 and one clear line."""
    assert main(argv) == 2
    assert message in capsys.readouterr().err


@pytest.fixture
def folder_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A configuration with one folder source holding three reports, one of them older than the backfill date."""
    folder = tmp_path / "drop"
    folder.mkdir()
    today = dt.datetime.now(dt.UTC)
    stories = (
        (3, "Shelling killed 12 people in Kadugli on {day}."),
        (9, "Floods displaced 4,000 people in Kassala on {day}."),
        (80, "Clashes killed 5 people in Nyala on {day}."),
    )
    for days_back, text in stories:
        day = today - dt.timedelta(days=days_back)
        record = {
            "text": text.format(day=f"{day:%d %B %Y}"),
            "published": (day + dt.timedelta(days=1)).isoformat(),
            "url": f"https://example.org/{days_back}",
        }
        (folder / f"r{days_back}.json").write_text(json.dumps(record), encoding="utf-8")
    config = tmp_path / "bot.toml"
    config.write_text(f'[[sources]]\nname = "drop"\ntype = "directory"\npath = "{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("BOT_CONFIG", str(config))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    return tmp_path / "bot.db"


def test_backfill_stores_history_and_queues_nothing(folder_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two of the three files are newer than --since: both stored and grouped, nothing queued."""
    since = (dt.datetime.now(dt.UTC) - dt.timedelta(days=30)).date().isoformat()
    assert main(["backfill", "--since", since]) == 0
    assert "drop: 2 read" in capsys.readouterr().out
    engine = sa.create_engine(f"sqlite:///{folder_config}")
    with engine.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(reports)).scalar_one() == 2
        assert connection.execute(sa.select(sa.func.count()).select_from(events)).scalar_one() == 2
        assert connection.execute(sa.select(sa.func.count()).select_from(deliveries)).scalar_one() == 0
    engine.dispose()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["backfill", "--since", "last week"], "is not a date", id="bad-date"),
        pytest.param(["backfill", "--since", "2999-01-01"], "in the future", id="future"),
        pytest.param(["backfill", "--since", "2024-01-01", "--source", "nope"], "not an enabled source", id="source"),
    ],
)
def test_backfill_refuses_bad_arguments(
    folder_config: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad dates and unknown sources get exit code 2 and one clear line."""
    assert main(argv) == 2
    assert message in capsys.readouterr().err
