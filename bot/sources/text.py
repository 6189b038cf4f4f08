"""Turning fetched bytes into clean text: charset repair, HTML to plain text, article extraction."""

from __future__ import annotations

import codecs
import re

import charset_normalizer
import lxml.html  # type: ignore[import-untyped]  # no stubs installed; only two calls used
import trafilatura
from charset_normalizer.utils import is_multi_byte_encoding
from lxml import etree

_XML_DECLARATION = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_LATIN_CODE_PAGES = {
    "cp1250", "cp1252", "cp1257", "cp775", "cp850", "cp852", "cp437", "mac_latin2", "mac_roman",
    "latin_1", "iso8859_2", "iso8859_4", "iso8859_13", "iso8859_15", "iso8859_16",
}  # fmt: skip
# the words of a document that hold non-ASCII bytes (markup and ASCII words carry no hint of the encoding)
_HIGH_WORDS = re.compile(rb"[^\s<>&;\"'=/]*[\x80-\xff][^\s<>&;\"'=/]*")
# in French, German or Spanish words at most about a third of the letters are accented; mojibake is nearly all
_MAX_LATIN_ACCENTED_SHARE = 0.5
_MIN_MULTIBYTE_SAMPLE = 64
_NON_LATIN_SINGLE_BYTE = (
    "cp1251", "cp1256", "cp1253", "cp1255", "cp1254", "cp874", "koi8_r", "koi8_u", "iso8859_5", "iso8859_6",
    "iso8859_7", "iso8859_8", "mac_cyrillic", "cp866",
)  # fmt: skip
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def declared_charset(body: bytes, content_type: str = "") -> str | None:
    """The encoding the server or the document claims (HTTP header, XML declaration or HTML meta)."""
    for match in (_HTTP_CHARSET.search(content_type),):
        if match:
            return match.group(1).lower()
    head = body[:2048]
    for pattern in (_XML_DECLARATION, _META_CHARSET):
        found = pattern.search(head)
        if found:
            return found.group(2 if pattern is _XML_DECLARATION else 1).decode("ascii").lower()
    return None


def decode(body: bytes, content_type: str = "") -> str:
    """Decode a document whatever its declaration says: a BOM wins, valid UTF-8 is UTF-8, else trust or detect."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(encoding, errors="replace")
    try:
        # non-ASCII bytes that happen to form valid UTF-8 are almost never Latin-1 or cp1252 text
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_charset(body, content_type)
    if declared and not declared.replace("-", "").startswith("utf8"):
        try:
            # cp1252 is what "iso-8859-1" means in practice (browsers decode it so too)
            return body.decode("cp1252" if declared in ("iso-8859-1", "latin-1", "latin1") else declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(body)


def _detect(body: bytes) -> str:
    """Decode an undeclared, non-UTF-8 document with charset-normalizer's best guess.

    The guess is made on the words that hold non-ASCII bytes, not on the whole document: in a feed the ASCII
    markup outweighs a few Cyrillic or Arabic titles, and the detector would then settle for a Latin code page
    ("Идлиб" read as "Èäëèá"). Latin code pages are told apart by how the words read in cp1252: real French or
    German words keep most of their letters ASCII, mojibake of another script has almost none.
    """
    sample = b" ".join(_HIGH_WORDS.findall(body))
    try:
        western: str | None = body.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (not sample or _reads_as_latin(sample.decode("cp1252"))):
        return western
    encoding = _best_guess(sample or body)
    if encoding is not None:
        return body.decode(encoding, errors="replace")
    return western if western is not None else body.decode("cp1252", errors="replace")


def _best_guess(sample: bytes) -> str | None:
    """The detector's best non-Latin reading; a short sample gets a single-byte code page, not a CJK guess."""
    best = charset_normalizer.from_bytes(sample).best()
    if (
        best is not None
        and best.encoding not in _LATIN_CODE_PAGES
        and (len(sample) >= _MIN_MULTIBYTE_SAMPLE or not is_multi_byte_encoding(best.encoding))
    ):
        return best.encoding
    narrowed = charset_normalizer.from_bytes(sample, cp_isolation=list(_NON_LATIN_SINGLE_BYTE)).best()
    return narrowed.encoding if narrowed is not None else None


def _reads_as_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if not ch.isascii())
    return accented <= len(letters) * _MAX_LATIN_ACCENTED_SHARE


def as_utf8_xml(body: bytes, content_type: str = "") -> bytes:
    """The document re-encoded as UTF-8 with its XML declaration saying so (feedparser then needs no guessing)."""
    text = decode(body, content_type).lstrip("\ufeff")
    encoded = text.encode("utf-8")
    return _XML_DECLARATION.sub(rb"\g<1>utf-8\g<3>", encoded, count=1)


def looks_like_html_page(body: bytes, content_type: str = "") -> bool:
    """Whether a response is a web page rather than a feed."""
    head = body[:1024].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment, paragraphs kept as lines, scripts and styles dropped."""
    if "<" not in html:
        return normalize_space(html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return normalize_space(re.sub(r"<[^>]+>", " ", html))
    for element in root.iter("script", "style", "noscript"):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return normalize_space(root.text_content())


def html_title(html: str) -> str | None:
    """The page's title (its <title>, else its first <h1>), or None."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for path in (".//title", ".//h1"):
        found = root.find(path)
        if found is not None and normalize_space(found.text_content()):
            return normalize_space(found.text_content())
    return None


def article_text(html: str) -> str | None:
    """The main text of an article page (navigation, ads and footers left out), or None when none is found."""
    extracted = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    return normalize_space(extracted) if extracted else None


def normalize_space(text: str) -> str:
    """Collapse runs of spaces, trim lines and keep at most one blank line between paragraphs."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
