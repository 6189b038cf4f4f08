"""Language detection on reports whose opening is mostly names, which the model reads as another language."""

from __future__ import annotations

import pytest

from bot.extraction.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "IOM DTM Burundi – Flash report: floods in Gatumba and Buterere (Bujumbura Mairie)\n"
            "Reporting period: 20–30 April 2024\nIndividuals displaced: 11,240",
            "en",
            id="english-sitrep-opening-on-names",
        ),
        pytest.param(
            "OCHA RDC – Note d'information: affrontements à Kitshanga et Mweso (Masisi, Nord-Kivu)\n"
            "Plus de 8 000 personnes ont fui vers Kalembe.",
            "fr",
            id="french-note-opening-on-names",
        ),
        pytest.param("Al menos 30 personas murieron en el ataque contra el mercado de Gao.", "es", id="spanish-stays"),
        pytest.param("Watu 12 wamefariki dunia baada ya mafuriko makubwa mkoani Morogoro.", "sw", id="swahili-stays"),
    ],
)
def test_the_uncapitalised_words_decide_when_names_mislead_the_model(text: str, expected: str) -> None:
    """Names can outweigh the words around them; a report in another language is still told as such."""
    assert detect_language(text) == expected


def test_a_bulletin_opening_on_a_letterhead_and_place_names_is_read_as_english() -> None:
    text = (
        "CONAGUA - COMISION NACIONAL DEL AGUA DE MEXICO\n"
        "Tropical Storm Alberto - Situation Report No. 4\n"
        "Monterrey, Nuevo León, 21 June 2024, 09:00\n\n"
        "ALERT LEVELS\n"
        "RED: Nuevo León, Tamaulipas, Coahuila de Zaragoza\n"
        "ORANGE: San Luis Potosí, Veracruz de Ignacio de la Llave\n\n"
        "IMPACTS SINCE 19 JUNE\n"
        "People evacuated: 3,118\n"
        "Deaths: 4\n\n"
        "NOTES\n"
        "- The deaths were recorded in Monterrey and in two rural districts, and rivers remain above warning levels."
    )
    assert detect_language(text) == "en"
