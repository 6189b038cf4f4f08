"""Which language a report is written in, decided offline: Arabic by its script, the rest by py3langid."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from bot.text.arabic import ARABIC_LETTER

READ_LANGUAGES = ("en", "fr", "ar")  # the languages the extraction engine has a lexicon for
# Characters read: enough for a steady answer on news text (every labelled report and excerpt of ../shared and of
# tests/extraction/data is told right from its first 150, and every paragraph and sentence of them longer than that
# gets the answer its first 300 gave; benchmarks/language_sample.py), and the cost stays flat for long reports:
# about 0.1 ms, where 300 characters cost twice that. A bilingual text is read in the language it opens with.
_SAMPLE = 150
_SHORT = 80  # letters: below this a text is read as English or French only
_SHORT_MARGIN = 6.0  # log-probability another language must win by in a short text ("Houses destroyed: 469,512")
_PLAIN_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-ZÀ-ÖØ-Þ][\w'’-]*")  # words that do not open with a capital or a digit
_MIN_PLAIN_LETTERS = 20
_PLAIN_WINDOWS = (2 * _SAMPLE, 8 * _SAMPLE, 20 * _SAMPLE)  # characters read for uncapitalised words, widening
_MIN_ARABIC_SHARE = 0.3  # of the letters: an English report quoting one Arabic name is still English
# Of the letters, in capitals: a bulletin typed in capitals, or opening with a letterhead (often the agency's name in
# the national language), is read lower-cased and over a longer opening, so that its words outweigh the letterhead.
_SHOUTING_SHARE = 0.7
_SHOUTING_SAMPLE = 3 * _SAMPLE
_TITLE_SHARE = 0.5  # of the words of the opening, capitalised: a letterhead or a headline in title case
# Varieties so close to English or French in news text that short reports get mistaken for them (a list of
# Nigerian states reads as Pidgin); dead, constructed and "no language" classes are left out too.
_LEFT_OUT = frozenset({"pcm", "sco", "la", "grc", "hbo", "eo", "vo", "zxx", "an", "ext", "lij", "vec", "wa", "oc"})


@cache
def _identifier() -> Any:
    """py3langid's model, loaded once on first use (from the cache folder after the first run)."""
    from bot.extraction.langid_model import load_identifier

    return load_identifier(_LEFT_OUT)


def load_model() -> None:
    """Load (on the first run: unpack and cache) the language model now rather than on the first report."""
    _identifier()


def detect_language(text: str) -> str:
    """The ISO 639-1 code of a text's language ("en", "fr", "ar", "es", ...); "en" for text without letters."""
    sample = text[:_SAMPLE]
    letters = sum(map(str.isalpha, sample))
    if not letters:
        return "en"
    if len(ARABIC_LETTER.findall(sample)) >= _MIN_ARABIC_SHARE * letters:
        return "ar"
    if letters < _SHORT:
        return _short_text_language(sample)
    if sum(map(str.isupper, sample)) >= _SHOUTING_SHARE * letters:
        sample = text[:_SHOUTING_SAMPLE].lower()
    code, _score = _identifier().classify(sample)
    if code in READ_LANGUAGES and len(text) > 2 * _SAMPLE and _is_title_cased(sample):
        # a letterhead or a headline of names ("HAITI - Direction Générale de la Protection Civile (DGPC) /
        # Situation Report No. 5 - Floods of ..." reads as French): the uncapitalised words of a longer opening decide
        plain = " ".join(_PLAIN_WORD.findall(text[:_SHOUTING_SAMPLE]))
        if sum(map(str.isalpha, plain)) >= 4 * _MIN_PLAIN_LETTERS:
            plain_code, _plain_score = _identifier().classify(plain)
            if plain_code in READ_LANGUAGES:
                return str(plain_code)
    if code not in READ_LANGUAGES:
        # Names can outweigh the words around them ("IOM DTM Burundi - Flash report: floods in Gatumba and
        # Buterere (Bujumbura Mairie)" reads as Shona): the language of the uncapitalised words decides then.
        # (a bulletin opening on a letterhead, a date line and a list of place names has few such words near its
        # start: "COPECO ... / Tropical Storm Sara - Situation Report No. 9 / ... / RED: Colón, Gracias a Dios"
        # reads as Bikol; the window widens until the words are enough)
        for window in _PLAIN_WINDOWS:
            plain = " ".join(_PLAIN_WORD.findall(text[:window]))
            if sum(map(str.isalpha, plain)) >= _MIN_PLAIN_LETTERS:
                plain_code, _plain_score = _identifier().classify(plain)
                if plain_code in READ_LANGUAGES:
                    return str(plain_code)
            if window >= len(text):
                break
    return str(code)


def _is_title_cased(sample: str) -> bool:
    """Whether most words of a sample open with a capital (a letterhead, a headline in title case)."""
    words = [word for word in sample.split() if word[:1].isalpha()]
    return len(words) >= 6 and sum(word[:1].isupper() for word in words) >= _TITLE_SHARE * len(words)


def _short_text_language(sample: str) -> str:
    """A headline or a table row ("Injured: 4,071") is too short for the model to tell languages apart: it
    chooses between the Latin-script languages the bot reads, English unless French is clearly likelier."""
    ranked = _identifier().rank(sample.lower())  # a headline's title case reads as Hausa or German otherwise
    scores = dict(ranked)
    best, best_score = ranked[0]
    if best not in READ_LANGUAGES and best_score - max(scores["en"], scores["fr"]) >= _SHORT_MARGIN:
        return str(best)  # clearly another language ("Al menos 30 personas murieron")
    return "fr" if scores["fr"] - scores["en"] >= _SHORT_MARGIN else "en"


def is_read(lang: str) -> bool:
    """Whether the engine reads figures in this language."""
    return lang in READ_LANGUAGES
