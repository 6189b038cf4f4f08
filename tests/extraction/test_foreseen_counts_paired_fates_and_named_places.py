"""A French count that "could reach" a number is a projection of it, even with a time after the bare number,
while aid that reaches people stays no figure; two counts sharing one noun take its two fates in order
("killed and injured respectively"); foreigners and the badly burned are counted people; a word inside a
hyphenated place name ("Vieux-Habitants") says nothing about those counted.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values


def test_a_count_that_could_reach_a_number_is_its_projection() -> None:
    text = "Selon l'agence, le nombre de réfugiés au Niger pourrait atteindre 90 000 d'ici la fin du mois."
    figures = extract(text, lang="fr")
    assert [(f.kind.value, f.value, f.projection) for f in figures] == [("displaced", 90000, True)]
    text = "Le maire estime que le nombre de morts pourrait atteindre entre 700 et 900."
    assert [(f.kind.value, f.value, f.value_max, f.projection) for f in extract(text, lang="fr")] == [
        ("killed", 700, 900, True)
    ]


def test_a_time_after_a_bare_count_is_no_noun_but_a_departure_is_no_time() -> None:
    assert kinds_values("Le bilan est passé à 61 hier soir, selon la mairie.", "fr") == [("killed", 61)]
    text = "Les automobilistes peuvent appeler le 511 avant de prendre la route vers Gaspé."
    assert kinds_values(text, "fr") == []
    text = "Les habitants du quartier, qui en comptait environ 9 000 avant les combats, ont presque tous fui."
    assert kinds_values(text, "fr") == []


def test_two_counts_sharing_a_noun_take_its_two_fates_in_order() -> None:
    text = "The ministry said 212 and 590 people had been killed and injured respectively in the north."
    assert kinds_values(text, "en") == [("killed", 212), ("injured", 590)]


def test_foreigners_and_the_badly_burned_are_counted_people() -> None:
    text = (
        "L'explosion a fait 75 morts, dont au moins 12 étrangers, et 140 blessés, dont une vingtaine de grands brûlés."
    )
    assert kinds_values(text, "fr") == [("killed", 75), ("killed", 12), ("injured", 140), ("injured", 20)]
    assert kinds_values("Un garçonnet est toujours porté disparu à Kasai.", "fr") == [("missing", 1)]


def test_a_word_inside_a_place_name_says_nothing_of_those_counted() -> None:
    text = "Une vingtaine de familles de Vieux-Habitants ont été évacuées par les pompiers."
    assert kinds_values(text, "fr") == [("evacuated", 20)]
