"""French and Arabic old values: a toll a rise started from, right after the new one ("38 morts contre 21 mardi",
"الي 12 قتيلا من 9", "ارتفعت الي 40,005 من 39,953"), and a first toll told in a long clause, are no figures; "Aucun
des 40 policiers ... n'a été blessé" counts no one; a capital's population is no count.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_french_toll_against_the_one_before_it() -> None:
    assert kinds_values("Le bilan de l'éboulement est passé à 26 morts contre 17 lundi, selon la mairie.", "fr") == [
        ("killed", 26)
    ]
    # what the dead fought against is no old toll
    assert kinds_values("Les combats ont fait 12 morts contre les rebelles.", "fr") == [("killed", 12)]


def test_none_of_a_french_count_was_hurt() -> None:
    assert kinds_values("Aucun des 25 gendarmes déployés n'a été blessé.", "fr") == []


def test_a_capital_s_population_is_no_count() -> None:
    assert (
        kinds_values(
            "La mairie a mobilisé des camions pour évacuer les ordures de la capitale de 2 millions d'habitants.", "fr"
        )
        == []
    )


def test_an_arabic_rise_from_an_older_toll() -> None:
    assert kinds_values("ارتفع عدد قتلى القصف إلى 17 قتيلا من 11 في الحصيلة الأولى.", "ar") == [("killed", 17)]
    assert (
        kinds_values("وكانت الحصيلة الأولية التي نشرتها الوزارة بعد ساعتين من الانفجار قد تحدثت عن 6 قتلى.", "ar") == []
    )
