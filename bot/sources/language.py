"""A source whose configuration declares its reports' language (`lang = "fr"`): the declaration wins over
detection for every item it yields."""

from __future__ import annotations

from dataclasses import replace

from bot.sources.base import FetchResult, Item, Source, SourceState


class DeclaredLanguage:
    """Wraps a source so each of its items carries the declared language; the pipeline reads it as forced."""

    def __init__(self, inner: Source, lang: str) -> None:
        self._inner = inner
        self.declared_lang = lang

    @property
    def name(self) -> str:
        """The wrapped source's name."""
        return self._inner.name

    @property
    def type(self) -> str:
        """The wrapped source's type."""
        return self._inner.type

    @property
    def poll_seconds(self) -> int:
        """The wrapped source's poll interval."""
        return self._inner.poll_seconds

    async def fetch(self, state: SourceState) -> FetchResult:
        """The wrapped source's items, each in the declared language."""
        result = await self._inner.fetch(state)
        return replace(result, items=tuple(replace(item, lang=self.declared_lang) for item in result.items))

    async def complete(self, item: Item) -> Item:
        """The wrapped source's completion, keeping the declared language."""
        return replace(await self._inner.complete(item), lang=self.declared_lang)
