"""The folder where built indexes and unpacked models are kept between runs, and how files get there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """``$DISPLACEMENT_BOT_CACHE``, else ``$XDG_CACHE_HOME/displacement-bot`` (``~/.cache/...``)."""
    explicit = os.environ.get("DISPLACEMENT_BOT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "displacement-bot"


def write_atomically(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all: parallel processes never read a half-written file.

    Raises OSError when the folder cannot be created or written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", delete=False) as handle:
        handle.write(data)
    # Readable by all, like the folder: an image builds its caches as root for the unprivileged user that runs it
    # (the temporary file is created private).
    os.chmod(handle.name, 0o644)
    os.replace(handle.name, path)
