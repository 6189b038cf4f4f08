"""French and Arabic numbers that are no counts and cues that name no figure: a day after its weekday ("la nuit
du vendredi 22 au samedi 23"), a district's number ("l'arrondissement 4"), a witness's own children, a count
with a trailing "+"; people found in evacuation centres (sheltered); the dead brought to hospitals (not people
on the move); and a hosting word in a clause before the verb that kills.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_a_day_after_its_weekday_is_no_count() -> None:
    text = "Les orages qui se sont abattus dans la nuit du jeudi 14 au vendredi 15 mars sur Bouaké ont fait 6 morts."
    assert _read(text, "fr") == [("killed", 6)]


def test_a_district_number_is_no_count() -> None:
    text = "Parmi les victimes figurent deux enfants emportés par un caniveau dans l'arrondissement 7, selon la mairie."
    assert _read(text, "fr") == [("killed", 2)]


def test_a_witness_with_her_own_children_is_no_figure() -> None:
    text = "« Nous avons passé la nuit sous un pont, avec mes trois enfants », raconte une habitante de Mamoudzou."
    assert _read(text, "fr") == []


def test_a_count_with_a_trailing_plus_is_more_than_it() -> None:
    found = extract("Bilan au 3 mai : 12 décès, 4 100+ maisons effondrées", lang="fr")
    assert [(f.kind.value, f.value, f.qualifier.value) for f in found] == [
        ("killed", 12, "exact"),
        ("houses_destroyed", 4100, "more_than"),
    ]


def test_people_found_in_evacuation_centres_are_sheltered() -> None:
    text = "Environ 2 300 personnes se trouvaient lundi dans des centres d'évacuation à Nouméa."
    assert _read(text, "fr") == [("sheltered", 2300)]


def test_the_dead_brought_to_hospitals_are_not_people_on_the_move() -> None:
    text = "وقالت الوزارة إن 3,410 شهداء وصلوا إلى المستشفيات، بينهم 1,020 طفلا و640 سيدة."
    assert _read(text, "ar") == [("killed", 3410), ("killed", 1020), ("killed", 640)]


def test_a_hosting_word_before_the_verb_that_kills_is_another_clause() -> None:
    assert _read("قصف على مدرسة تؤوي نازحين في خان يونس يقتل 15 على الأقل", "ar") == [("killed", 15)]
