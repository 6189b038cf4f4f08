"""Words of a language from pyspellchecker's frequency lists (MIT), kept by length and by how often they occur.

Parsing a packaged list costs about 0.1 s, so the kept words are written once to the cache folder as plain lines,
named with a stamp of the packaged file (its size and time: reading the package's version costs more than the
list) and of the filter, and read from there afterwards (tens of milliseconds). When the cache cannot be read or
written the list is parsed each run (slower, the same words).
"""

from __future__ import annotations

import gzip
import json
import logging
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from bot.cache import cache_dir, write_atomically

log = logging.getLogger(__name__)


@cache
def frequent_words(lang: str, *, min_length: int = 1, min_count: int = 0) -> frozenset[str]:
    """Lower-case alphabetic words of ``lang`` with at least ``min_length`` letters, seen at least ``min_count``
    times in the list's corpus (the lists hold no proper nouns: "croix", "santé", but not "patrick")."""
    spec = find_spec("spellchecker")  # (found, not imported: the package's own start-up is not needed)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyspellchecker is not installed", name="spellchecker")
    source = Path(spec.submodule_search_locations[0]) / "resources" / f"{lang}.json.gz"
    stamp = source.stat()
    path = cache_dir() / f"words-{lang}-{stamp.st_size}-{stamp.st_mtime_ns}-{min_length}-{min_count}.txt"
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except (OSError, UnicodeDecodeError):
        pass
    counts: dict[str, int] = json.loads(gzip.decompress(source.read_bytes()))
    words = sorted(w for w, n in counts.items() if n >= min_count and len(w) >= min_length and w.isalpha())
    try:
        write_atomically(path, "\n".join(words).encode("utf-8"))
    except OSError as error:
        log.warning("%s word list cache not written (%s); it will be parsed again next run", lang, error)
    return frozenset(words)
