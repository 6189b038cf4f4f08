"""Which links may go into a message: only http(s) URLs with a host, so no `javascript:`, `data:` or `file:`.

Telegram refuses a message whose anchor holds another scheme, and a refused send is failed for good; every
message that links a report builds its anchor here, so one rule holds for alerts, digests and replies.
"""

from __future__ import annotations

import html
import unicodedata
from urllib.parse import urlsplit

_SAFE_SCHEMES = frozenset({"http", "https"})
MAX_URL_CHARS = 2000


def safe_url(url: str | None) -> str | None:
    """`url` when it is a plain http(s) address with a host, else None."""
    if not url:
        return None
    candidate = url.strip()
    # whitespace, control or format characters inside a URL hide schemes from naive checks ("java	script:")
    if not candidate or len(candidate) > MAX_URL_CHARS or any(_hidden(ch) for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not host:
        return None
    return candidate


def link_html(url: str | None, label_html: str) -> str:
    """An anchor around `label_html` (already escaped) when `url` is safe, else the label alone."""
    safe = safe_url(url)
    if safe is None:
        return label_html
    return f'<a href="{html.escape(safe, quote=True)}">{label_html}</a>'


def _hidden(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "CZ"
