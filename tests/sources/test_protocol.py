"""Every source type built from configuration satisfies the one Source Protocol."""

from __future__ import annotations

from pathlib import Path

from bot.config import load_settings
from bot.sources import Source, build_sources, make_client

CONFIG = """
[[sources]]
name = "feed"
type = "rss"
url = "http://127.0.0.1:9/feed"

[[sources]]
name = "rw"
type = "reliefweb"
countries = ["sdn"]
url = "http://127.0.0.1:9/v2"

[[sources]]
name = "folder"
type = "directory"
path = "reports"

[[sources]]
name = "off"
type = "rss"
url = "http://127.0.0.1:9/off"
enabled = false
"""


async def test_every_configured_source_type_meets_the_protocol(tmp_path: Path) -> None:
    """One source object per enabled entry, each with name, type, poll_seconds, fetch and complete."""
    path = tmp_path / "bot.toml"
    path.write_text(CONFIG, encoding="utf-8")
    settings = load_settings({"RELIEFWEB_APPNAME": "app"}, path)
    async with make_client() as client:
        sources = build_sources(settings, client)
    assert [(source.name, source.type) for source in sources] == [
        ("feed", "rss"),
        ("rw", "reliefweb"),
        ("folder", "directory"),
    ]
    for source in sources:
        assert isinstance(source, Source)
        assert source.poll_seconds == 900
