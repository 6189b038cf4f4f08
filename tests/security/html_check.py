"""What "never an unescaped character in a reply" means: only Telegram's own tags, every & an entity."""

from __future__ import annotations

import re

# the tags the bot itself writes; an href's value must itself be escaped (no quotes or angle brackets inside)
_OWN_TAGS = re.compile(r'<(?:b|i|u|code|pre|blockquote)>|</(?:b|i|u|code|pre|blockquote|a)>|<a href="[^"<>]*">')
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#x27|#39);")


def assert_safe_html(text: str) -> None:
    """Fail when `text` holds a markup character that did not come from the bot's own tags or entities."""
    bare = _ENTITY.sub("", _OWN_TAGS.sub("", text))
    for character in "<>&":
        assert character not in bare, f"unescaped {character!r} in {text!r}"
    for href in re.findall(r'<a href="([^"]*)">', text):
        assert href.lower().startswith(("http://", "https://")), href
