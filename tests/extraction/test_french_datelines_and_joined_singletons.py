"""French: a dateline's year followed by a dash and a count is no range ("4 septembre 2022 – Dix-sept personnes"),
while a fall told with "de ... à" still is; and one more person joined by "et" shares the count's verb
("Vingt et un soldats nigériens et un civil ont été tués").

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="fr")]


def test_a_datelines_year_and_a_count_after_a_dash() -> None:
    assert _read("Maroua, 9 mars 2023 – Douze personnes ont été tuées dans la nuit.") == [("killed", 12)]
    assert _read("Maroua, 9 mars 2023 - 12 personnes ont été tuées dans la nuit.") == [("killed", 12)]


def test_a_count_and_one_more_person_share_their_verb() -> None:
    assert _read("Quatorze soldats maliens et un civil ont été tués lundi.") == [("killed", 14), ("killed", 1)]


def test_the_return_an_events_noun_counts_is_not_its_relative_clauses_flight() -> None:
    text = "Des unités ont escorté le retour de 900 personnes qui avaient quitté Djibo pour Kaya en mai."
    assert _read(text) == [("returned", 900)]


def test_people_pushed_back_onto_the_road_are_displaced() -> None:
    text = "L'attaque a fait deux morts et poussé environ 600 personnes à reprendre la route vers Diffa."
    assert _read(text) == [("killed", 2), ("displaced", 600)]


def test_villagers_lying_dead() -> None:
    assert _read("Au petit matin, 14 habitants gisaient dans les ruelles du village.") == [("killed", 14)]


def test_martyrs_are_the_dead() -> None:
    text = "Le nombre total de martyrs depuis janvier s'élève à 1 214, dont 402 enfants et 188 femmes."
    assert _read(text) == [("killed", 1214), ("killed", 402), ("killed", 188)]
    assert _read("Parmi les martyrs figurent six enfants.") == [("killed", 6)]


def test_a_count_a_correction_takes_back_is_no_figure() -> None:
    assert _read("Rectificatif : le chiffre de 2 310 morts diffusé par erreur résultait d'un double comptage.") == []
    text = "Rectificatif : une version précédente de cet article indiquait que 48 personnes avaient été tuées à Rafah."
    assert _read(text) == []


def test_a_count_after_a_subgroup_and_et_with_its_own_fate() -> None:
    text = "Le cyclone a fait 11 morts, dont trois enfants, et plus de 9 000 personnes sont hébergées dans des écoles."
    assert _read(text) == [("killed", 11), ("killed", 3), ("sheltered", 9000)]
    # (the next clause's verb is not the part's own: both children were killed)
    assert _read("Un obus a explosé, tuant une femme et deux enfants et blessant six autres personnes.") == [
        ("killed", 1),
        ("killed", 2),
        ("injured", 6),
    ]
