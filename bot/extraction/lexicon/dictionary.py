"""English words that are whole as written, so that a lost-space repair never splits them ("overnight" is not
"over night", "firefighters" not "fire fighters", "campus" not "camp us").

The list is pyspellchecker's English frequency list (MIT), of which only words of six letters or more are kept:
the repair judges no shorter run. Parsing the packaged JSON costs about 0.1 s, so the kept words are written once
to the cache folder as plain lines, named with a stamp of the packaged file (its size and time: reading the
package's version costs more than the list), and read from there afterwards (about 30 ms). When the cache cannot
be read or written the list is parsed each run (slower, the same words).
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

MIN_LENGTH = 6  # as the repair's long-word pattern: shorter runs are never judged


@cache
def english_words() -> frozenset[str]:
    """Lower-case English words of at least MIN_LENGTH letters."""
    spec = find_spec("spellchecker")  # (found, not imported: the package's own start-up is not needed)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyspellchecker is not installed", name="spellchecker")
    source = Path(spec.submodule_search_locations[0]) / "resources" / "en.json.gz"
    stamp = source.stat()
    path = cache_dir() / f"english-words-{stamp.st_size}-{stamp.st_mtime_ns}-{MIN_LENGTH}.txt"
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except (OSError, UnicodeDecodeError):
        pass
    packaged = source.read_bytes()
    words = sorted(w for w in json.loads(gzip.decompress(packaged)) if len(w) >= MIN_LENGTH and w.isalpha())
    try:
        write_atomically(path, "\n".join(words).encode("utf-8"))
    except OSError as error:
        log.warning("English word list cache not written (%s); it will be parsed again next run", error)
    return frozenset(words)
