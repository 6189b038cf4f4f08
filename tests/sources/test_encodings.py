"""Feeds that declare no encoding, served on loopback in Cyrillic (cp1251), Arabic (cp1256) and French (latin-1).

Neither the Content-Type nor the XML declaration names a charset; the text must still come out right.
"""

from __future__ import annotations

import httpx
import pytest

from bot.sources import RssSource, SourceState
from bot.sources.text import decode
from tests.support.feed_server import FeedServer, Route, rss

CYRILLIC = (
    ("ru1", "Идлиб: тысячи людей бежали", "Более пяти тысяч человек покинули свои дома в провинции Идлиб."),
    ("ru2", "Обстрелы в Алеппо", "По данным ООН, 12 человек погибли и 40 получили ранения."),
)
ARABIC = (
    ("ar1", "إدلب: نزوح الآلاف", "نزح أكثر من خمسة آلاف شخص من منازلهم في محافظة إدلب بعد القصف."),
    ("ar2", "قصف في حلب", "قتل 12 شخصا وأصيب 40 آخرون وفقا للأمم المتحدة."),
)
# the case: a feed whose only non-ASCII text is a place name
CYRILLIC_NAME_ONLY = (("ru3", "Идлиб", "Идлиб"),)
FRENCH = (
    ("fr1", "Déplacés à Goma", "Près de 3 000 personnes ont fui leurs maisons à Goma, selon l'ONU."),
    ("fr2", "Crue à Bouaké", "Élèves évacués ; la crue a détruit 45 maisons près du marché."),
)


def _undeclared(items: tuple[tuple[str, str, str], ...], encoding: str) -> bytes:
    body = rss(*items, encoding=encoding, declared="X")
    return body.replace(b' encoding="X"', b"")


@pytest.mark.parametrize(
    ("items", "encoding"),
    [(CYRILLIC, "cp1251"), (CYRILLIC_NAME_ONLY, "cp1251"), (ARABIC, "cp1256"), (FRENCH, "latin-1")],
    ids=["ru", "ru-name-only", "ar", "fr"],
)
async def test_undeclared_feed_is_read_in_its_own_script(
    server: FeedServer, client: httpx.AsyncClient, items: tuple[tuple[str, str, str], ...], encoding: str
) -> None:
    """Titles and texts come out exactly as written, not as Latin mojibake."""
    body = _undeclared(items, encoding)
    assert b"encoding=" not in body
    server.routes["/feed"] = Route(body=body, content_type="application/rss+xml")
    source = RssSource(name="feed", url=server.url("/feed"), client=client)
    result = await source.fetch(SourceState())
    assert [(item.title, item.text) for item in result.items] == [(title, text) for _, title, text in items]


@pytest.mark.parametrize(
    ("word", "encoding"),
    [
        ("Идлиб", "cp1251"),
        ("Déplacés", "latin-1"),
        ("Überschwemmung in Köln", "latin-1"),
        ("Αθήνα, Πειραιάς", "cp1253"),
    ],
)
def test_decode_names_in_markup(word: str, encoding: str) -> None:
    """A few non-ASCII words drowned in ASCII markup are still decoded in their script."""
    body = f"<rss><channel><title>News</title><item><title>{word}</title></item></channel></rss>"
    assert word in decode(body.encode(encoding))


def test_declared_encoding_is_trusted() -> None:
    """A declared charset wins over detection."""
    assert "Идлиб" in decode("<p>Идлиб</p>".encode("koi8_r"), "text/html; charset=koi8-r")
