"""The language model's cache: the identifier read from it scores exactly as the one unpacked from py3langid, a
second load reads the cache (which anyone may read) instead of the archive, and a broken or unwritable cache
falls back to the archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy
import pytest

from bot.extraction import langid_model
from bot.extraction.language import _LEFT_OUT

TEXTS = (
    "Heavy rain flooded the lower town overnight and 2,300 residents left for the school on the hill.",
    "Les pluies ont inondé la ville basse et 2 300 habitants ont rejoint l'école sur la colline.",
    "Las lluvias inundaron la parte baja del pueblo durante la noche.",
    "Injured: 4,071",
    "DER FLUSS TRAT ÜBER DIE UFER",
    "",
)


@pytest.fixture(scope="module")
def unpacked() -> Any:
    """The identifier as py3langid's archive gives it (unpacking takes about half a second, so once)."""
    return langid_model._from_package(_LEFT_OUT)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DISPLACEMENT_BOT_CACHE", str(tmp_path))
    return tmp_path


def _refuse_archive(left_out: Any) -> Any:
    raise AssertionError("the archive was unpacked although the cache was there")


def test_the_cached_model_scores_every_language_exactly_as_the_archive(
    cache: Path, unpacked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    langid_model.write_atomically(langid_model.cache_path(_LEFT_OUT), langid_model._pack(unpacked))
    monkeypatch.setattr(langid_model, "_from_package", _refuse_archive)
    cached = langid_model.load_identifier(_LEFT_OUT)
    assert cached.nb_classes == unpacked.nb_classes
    assert "pcm" not in cached.nb_classes
    assert "fr" in cached.nb_classes
    for text in TEXTS:
        assert numpy.array_equal(cached._decide(text), unpacked._decide(text)), text
        assert cached.rank(text) == unpacked.rank(text)


def test_a_missing_cache_is_written_by_the_first_load(
    cache: Path, unpacked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(langid_model, "_from_package", lambda left_out: unpacked)
    first = langid_model.load_identifier(_LEFT_OUT)
    assert first is unpacked
    assert langid_model.cache_path(_LEFT_OUT).stat().st_mode & 0o777 == 0o644  # an image's user reads it too
    monkeypatch.setattr(langid_model, "_from_package", _refuse_archive)
    assert langid_model.load_identifier(_LEFT_OUT).classify(TEXTS[1])[0] == "fr"


def test_another_restriction_is_cached_apart(cache: Path) -> None:
    assert langid_model.cache_path(_LEFT_OUT) != langid_model.cache_path({"pcm"})


@pytest.mark.parametrize("damage", ["truncated", "foreign"])
def test_a_damaged_cache_is_replaced_from_the_archive(
    cache: Path, unpacked: Any, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    path = langid_model.cache_path(_LEFT_OUT)
    packed = langid_model._pack(unpacked)
    path.write_bytes(packed[: len(packed) // 2] if damage == "truncated" else b"not a model" * 100)
    monkeypatch.setattr(langid_model, "_from_package", lambda left_out: unpacked)
    assert langid_model.load_identifier(_LEFT_OUT) is unpacked
    assert path.read_bytes() == packed


def test_an_unwritable_cache_still_gives_the_model(
    tmp_path: Path, unpacked: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("DISPLACEMENT_BOT_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(langid_model, "_from_package", lambda left_out: unpacked)
    assert langid_model.load_identifier(_LEFT_OUT) is unpacked
    assert "language model cache not written" in caplog.text
