"""py3langid's model, unpacked once into the cache folder.

The package ships its model as an LZMA archive that takes about half a second to unpack, in every process that
detects a language. The arrays the identifier reads (restricted to the languages we consider) are kept raw in one
file of the cache folder, named with a stamp of the package version and that restriction, and mapped into memory:
opening it takes milliseconds and only the pages a text visits are read. When the cache cannot be read or written
the archive is unpacked each run (slow, but the same model).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import mmap
from collections.abc import Collection
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy

from bot.cache import cache_dir, write_atomically

log = logging.getLogger(__name__)

_MAGIC = b"displacement-bot langid 1\n"  # change the number when the arrays kept change
_ALIGN = 64


def cache_path(left_out: Collection[str]) -> Path:
    """The file the model restricted to all languages but ``left_out`` is cached in."""
    parts = [_MAGIC.decode(), metadata.version("py3langid"), ",".join(sorted(left_out))]
    return cache_dir() / f"langid-{hashlib.sha256('|'.join(parts).encode()).hexdigest()[:16]}.bin"


def load_identifier(left_out: Collection[str]) -> Any:
    """A py3langid identifier without raw-score normalisation, choosing among all its languages but
    ``left_out``: from the cache when it is there, else unpacked from the package and cached."""
    path = cache_path(left_out)
    try:
        return _from_arrays(*_read(path))
    except (OSError, ValueError, KeyError):
        pass
    identifier = _from_package(left_out)
    try:
        write_atomically(path, _pack(identifier))
    except OSError as error:
        log.warning("language model cache not written (%s); it will be unpacked again next run", error)
    return identifier


def _from_package(left_out: Collection[str]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages([code for code in identifier.nb_classes if code not in left_out])
    identifier.nb_ptc = numpy.ascontiguousarray(identifier.nb_ptc)  # the column subset, laid out for fast products
    return identifier


def _pack(identifier: Any) -> bytes:
    """The identifier's arrays as one file: a header naming each array's type, shape and offset, then the arrays,
    each aligned."""
    arrays = {
        "ptc": identifier.nb_ptc,
        "pc": identifier.nb_pc,
        "nextmove": numpy.frombuffer(identifier.tk_nextmove, dtype=f"u{identifier.tk_nextmove.itemsize}"),
        "row": numpy.frombuffer(identifier.tk_row, dtype=f"u{identifier.tk_row.itemsize}"),
        "output": numpy.array(identifier.tk_output, dtype=numpy.int64),
    }
    layout: dict[str, tuple[str, list[int], int]] = {}
    body = bytearray()
    for name, values in arrays.items():
        body += bytes(-len(body) % _ALIGN)
        layout[name] = (values.dtype.str, list(values.shape), len(body))
        body += numpy.ascontiguousarray(values).tobytes()
    header = json.dumps({"classes": list(identifier.nb_classes), "arrays": layout, "size": len(body)}).encode()
    head = _MAGIC + len(header).to_bytes(8, "little") + header
    return head + bytes(-len(head) % _ALIGN) + body


def _read(path: Path) -> tuple[list[str], dict[str, numpy.ndarray[Any, Any]]]:
    """The classes and arrays of a cache file, the arrays mapped read-only from it (ValueError if malformed)."""
    with path.open("rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    if mapped[: len(_MAGIC)] != _MAGIC:
        raise ValueError(f"{path} is not a language model cache of this version")
    size = int.from_bytes(mapped[len(_MAGIC) : len(_MAGIC) + 8], "little")
    start = len(_MAGIC) + 8
    header = json.loads(mapped[start : start + size])
    base = start + size + -(start + size) % _ALIGN
    if len(mapped) != base + header["size"]:
        raise ValueError(f"{path} is truncated")
    arrays = {
        name: numpy.frombuffer(mapped, dtype=dtype, count=math.prod(shape), offset=base + offset).reshape(shape)
        for name, (dtype, shape, offset) in header["arrays"].items()
    }
    return header["classes"], arrays


def _from_arrays(classes: list[str], arrays: dict[str, numpy.ndarray[Any, Any]]) -> Any:
    from py3langid.langid import LanguageIdentifier

    # Built straight from the restricted arrays: the same columns, in the same order, as set_languages leaves.
    # The DFA tables stay views of the mapped file; as memoryviews they index to plain ints, as py3langid's own
    # stdlib arrays do.
    return LanguageIdentifier(
        arrays["ptc"],
        arrays["pc"],
        classes,
        arrays["nextmove"].data,
        arrays["output"].tolist(),
        norm_probs=False,
        tk_row=arrays["row"].data,
    )
