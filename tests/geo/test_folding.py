"""Name folding: spellings of one place meet in one key; different places stay apart."""

from __future__ import annotations

import pytest

from bot.geo import folding
from bot.geo.folding import fold_name, fold_word, fold_words


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Maarat al-Numan", "Ma'arrat al-Nu'man", id="apostrophes-and-doubled-letters"),
        pytest.param("Ma`arrat an Nu`man", "Maʿarrat al-Nuʿman", id="backtick-and-ayn"),
        pytest.param("Maaret el Noman", "Maaret al-Numan", id="o-u-and-el-al"),
        pytest.param("Idleb", "Idlib", id="e-i"),
        pytest.param("Saraqeb", "Saraqib", id="e-i-inside"),
        pytest.param("Saraqib", "Sarakib", id="q-k"),
        pytest.param("Deir ez-Zor", "Deir al-Zour", id="ez-al-and-ou-u"),
        pytest.param("El Fasher", "Al Fashir", id="article-and-vowel"),
        pytest.param("Ḩarastā", "Harasta", id="diacritics"),
        pytest.param("Harastah", "Harasta", id="final-h"),
        pytest.param("Ash Shaykh Maskin", "Shaykh Maskin", id="ash-article"),
        pytest.param("Northern Darfur", "North Darfur", id="northern-north"),
        pytest.param("Nord Kivu", "North Kivu", id="french-compass"),
        pytest.param("Türkiye", "TURKIYE", id="case-and-umlaut"),
    ],
)
def test_spellings_of_one_place_fold_alike(first: str, second: str) -> None:
    """Transliteration variants of one name get the same key."""
    assert fold_name(first) == fold_name(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Homs", "Hama", id="different-towns"),
        pytest.param("North Darfur", "South Darfur", id="different-compass"),
        pytest.param("Aleppo", "Idlib", id="different-areas"),
    ],
)
def test_different_places_keep_different_keys(first: str, second: str) -> None:
    """Folding does not merge names that differ in substance."""
    assert fold_name(first) != fold_name(second)


def test_article_alone_folds_to_nothing() -> None:
    """A name made only of an article leaves no key, so it can never match."""
    assert fold_name("al-") == ""


def test_folding_words_survives_forgetting_what_it_knew(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the remembered keys are dropped to bound memory, words remembered before are folded again: a name
    of a known word and a new one (as the gazetteer build meets them by the hundred thousand) still folds."""
    fold_words(["Hacienda"])
    monkeypatch.setattr(folding, "_KEYS_KEPT", 0)
    assert fold_words(["Hacienda", "Nueva"]) == [fold_word("Hacienda"), fold_word("Nueva")]
