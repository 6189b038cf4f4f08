"""Telegram's HTML subset turned into text a terminal reader sees as a chat would show it.

Bold becomes ANSI bold on a terminal and UPPER CASE elsewhere (a log or a pipe keeps the emphasis without escape
codes); italics and underlines become ANSI on a terminal and plain text elsewhere; links read "text <url>";
blockquotes are indented with a bar. Entities are decoded by the standard library's HTML parser.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BOLD = ("b", "strong")
_STYLES = {"b": "1", "strong": "1", "i": "3", "em": "3", "u": "4", "ins": "4", "s": "9", "strike": "9", "del": "9"}
QUOTE_PREFIX = "  │ "


class _TerminalWriter(HTMLParser):
    """Collects text while tracking the open tags that change how it looks."""

    def __init__(self, *, ansi: bool) -> None:
        super().__init__(convert_charrefs=True)
        self._ansi = ansi
        self._parts: list[str] = []
        self._open: list[str] = []
        self._link: tuple[str, int] | None = None  # href and where the link's text starts in _parts
        self._quote_start: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a style, a link or a quote."""
        if tag == "br":
            self._parts.append("\n")
            return
        self._open.append(tag)
        if tag in _STYLES and self._ansi:
            self._parts.append(f"\x1b[{_STYLES[tag]}m")
        elif tag == "a":
            self._link = (dict(attrs).get("href") or "", len(self._parts))
        elif tag == "blockquote":
            self._quote_start = len(self._parts)

    def handle_endtag(self, tag: str) -> None:
        """Close what the tag opened; stray end tags are ignored."""
        if tag not in self._open:
            return
        # drop the innermost matching tag (and anything a sloppy writer left open inside it)
        while self._open and self._open.pop() != tag:
            pass
        if tag in _STYLES and self._ansi:
            self._parts.append("\x1b[0m" + "".join(f"\x1b[{_STYLES[t]}m" for t in self._open if t in _STYLES))
        elif tag == "a" and self._link is not None:
            self._close_link(*self._link)
        elif tag == "blockquote" and self._quote_start is not None:
            self._close_quote(self._quote_start)

    def handle_data(self, data: str) -> None:
        """Text, upper-cased inside bold when the terminal cannot show bold."""
        bold = any(tag in _BOLD for tag in self._open)
        self._parts.append(data.upper() if bold and not self._ansi else data)

    def text(self) -> str:
        """Everything written so far, with styling reset when a sloppy writer left a style open."""
        text = "".join(self._parts)
        if self._ansi and any(tag in _STYLES for tag in self._open):
            text += "\x1b[0m"
        return text

    def _close_link(self, href: str, start: int) -> None:
        shown = "".join(self._parts[start:]).strip()
        if href and href != shown:
            self._parts.append(f" <{href}>" if shown else href)
        self._link = None

    def _close_quote(self, start: int) -> None:
        quoted = "".join(self._parts[start:]).strip("\n")
        del self._parts[start:]
        self._parts.append("\n".join(QUOTE_PREFIX + line for line in quoted.split("\n")))
        self._quote_start = None


def html_to_terminal(html: str, *, ansi: bool = False) -> str:
    """Telegram HTML as terminal text: bold as ANSI or upper case, links as "text <url>", quotes indented."""
    writer = _TerminalWriter(ansi=ansi)
    writer.feed(html)
    writer.close()
    return writer.text()
