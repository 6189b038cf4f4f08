"""The folder source: every supported file type read, bad files reported, never fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.sources import DirectorySource, SourceError, SourceState


async def test_each_file_type_becomes_an_item(tmp_path: Path) -> None:
    """Text, Markdown, HTML and JSON (one object or a list) are all read."""
    (tmp_path / "a.txt").write_text("Landslide\n\nTwelve people are missing after the landslide.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Camp fire\n\nThe fire left 300 families homeless.", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><body><h1>Storm</h1><p>Two villages were evacuated.</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "d.json").write_text(
        json.dumps({"title": "Clashes", "text": "Five civilians were killed.", "published": "2024-06-01"}),
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.json").write_text(
        json.dumps([{"text": "First."}, {"text": "Second.", "url": "https://example.org/2"}]), encoding="utf-8"
    )
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    result = await DirectorySource(name="dir", path=tmp_path).fetch(SourceState())
    by_title = {item.title: item for item in result.items}
    assert set(by_title) == {"Landslide", "Camp fire", "Storm", "Clashes", "First.", "Second."}
    assert "Two villages were evacuated." in by_title["Storm"].text
    assert by_title["Clashes"].published.isoformat() == "2024-06-01T00:00:00+00:00"
    assert by_title["Second."].url == "https://example.org/2"
    assert by_title["Second."].external_id.startswith("sub/e.json[1]#")
    assert result.warnings == ()


async def test_json_outlet_names_the_publisher(tmp_path: Path) -> None:
    """A JSON report may say who published it; other files leave the outlet to the source's name."""
    (tmp_path / "a.json").write_text(json.dumps({"text": "Nine were injured.", "outlet": "Kivu Observer"}))
    (tmp_path / "b.txt").write_text("Nine were injured in Goma.", encoding="utf-8")
    result = await DirectorySource(name="dir", path=tmp_path).fetch(SourceState())
    assert sorted((item.outlet or "-") for item in result.items) == ["-", "Kivu Observer"]


async def test_same_content_keeps_its_id_and_an_edit_makes_a_new_one(tmp_path: Path) -> None:
    """Re-reading an unchanged file gives the same id; editing it gives a new report."""
    report = tmp_path / "r.txt"
    report.write_text("Flood update: 40 houses destroyed.", encoding="utf-8")
    source = DirectorySource(name="dir", path=tmp_path)
    first = (await source.fetch(SourceState())).items[0].external_id
    assert (await source.fetch(SourceState())).items[0].external_id == first
    report.write_text("Flood update: 55 houses destroyed.", encoding="utf-8")
    assert (await source.fetch(SourceState())).items[0].external_id != first


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        pytest.param("bad.json", b"{not json", "invalid JSON", id="invalid-json"),
        pytest.param("shape.json", b'[{"title": "no text"}]', 'non-empty "text"', id="json-without-text"),
        pytest.param("date.json", b'{"text": "x", "published": "last Tuesday"}', "not an ISO date", id="bad-date"),
        pytest.param("bin.txt", b"\x00\x01\x02binary", "binary", id="binary"),
        pytest.param("big.txt", b"x" * 5000, "cap", id="too-big"),
        pytest.param("empty.md", b"   \n", "no text", id="empty"),
    ],
)
async def test_bad_files_are_reported_and_the_rest_read(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    """A broken file becomes a warning naming it; the good file next to it is still read."""
    (tmp_path / "good.txt").write_text("Nine people were injured.", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    result = await DirectorySource(name="dir", path=tmp_path, max_bytes=4096).fetch(SourceState())
    assert [item.text for item in result.items] == ["Nine people were injured."]
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith(name)
    assert problem in result.warnings[0]


async def test_cp1252_text_file_is_decoded(tmp_path: Path) -> None:
    """A file saved in Windows-1252 reads correctly."""
    (tmp_path / "fr.txt").write_bytes("Des familles déplacées à Goma.".encode("cp1252"))
    [item] = (await DirectorySource(name="dir", path=tmp_path).fetch(SourceState())).items
    assert item.text == "Des familles déplacées à Goma."


async def test_missing_folder_is_a_source_error(tmp_path: Path) -> None:
    """A folder that does not exist fails the poll with its path."""
    with pytest.raises(SourceError, match="folder not found"):
        await DirectorySource(name="dir", path=tmp_path / "nope").fetch(SourceState())
