"""French and Arabic: an aside on who the counted were does not say what befell them, the verb after it does; one
reported missing in an aside and then found dead is dead; a time's minutes count no one; a row labelled by
things (beds, operations, schools) inherits no figure; a row's count ends its line; denied cues, room for so many
and the eight camps of a people count no one.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_an_aside_on_who_they_were_then_their_own_verb() -> None:
    assert _read("Quatre personnes, toutes des déplacés, ont été tuées dans la nuit à Djibo.", "fr") == [("killed", 4)]
    assert _read("Quelque 200 personnes, toutes des réfugiés, ont regagné leur village.", "fr") == [("returned", 200)]


def test_missing_in_an_aside_then_found_dead() -> None:
    text = "Un berger de Kousseri, porté disparu depuis mardi, a été retrouvé mort jeudi près du fleuve."
    assert _read(text, "fr") == [("killed", 1)]


def test_the_minutes_of_a_time_count_no_one() -> None:
    assert _read("MISE À JOUR, 21 h 15 – Le bilan s'élève désormais à 19 morts.", "fr") == [("killed", 19)]


def test_rows_of_beds_and_operations_take_no_figure() -> None:
    text = (
        "Bilan de la semaine :\nBlessés pris en charge : 240\nInterventions chirurgicales : 97\nLits disponibles : 40\n"
    )
    assert _read(text, "fr") == [("injured", 240)]


def test_arabic_rows_of_homes_each_their_own_and_schools_none() -> None:
    text = "أضرار المساكن:\nالمنازل المدمرة كلياً: 14\nالمنازل المتضررة جزئياً: 52\nالمدارس المتضررة: 3\n"
    assert _read(text, "ar") == [("houses_destroyed", 14), ("houses_damaged", 52)]


def test_other_places_in_a_list_of_destinations_still_count() -> None:
    text = "وتوزع النازحون على النحو التالي:\n- ولاية كسلا: نحو 21 ألف شخص\n- مواقع أخرى: نحو 6 آلاف\n"
    assert ("displaced", 6000) in _read(text, "ar")


def test_a_denied_cue_gives_no_figure_to_the_counts_around_it() -> None:
    text = "Au total, 410 cas ont été notifiés : 300 à Moroni et 110 à Mutsamudu, où aucun décès n'a été signalé."
    assert _read(text, "fr") == []
    assert _read("Aucun blessé n'est à déplorer parmi les 800 pompiers mobilisés.", "fr") == []


def test_a_double_negation_keeps_the_forecast() -> None:
    text = "La mairie n'exclut pas d'évacuer jusqu'à 200 personnes si la rivière continue de monter."
    assert _read(text, "fr") == [("evacuated", 200)]


def test_arabic_security_agents_and_cracked_homes() -> None:
    assert _read("وأسفرت المواجهات عن إصابة 5 أعوان أمن.", "ar") == [("injured", 5)]
    assert _read("وأحصت المصالح التقنية تشقق 140 مسكناً في الحي القديم.", "ar") == [("houses_damaged", 140)]


def test_arabic_numbers_after_a_noun_that_count_no_one() -> None:
    assert _read("ويعد المخيم أحد مخيمات اللاجئين الثمانية في المنطقة.", "ar") == []
    assert _read("وقالت نازحة وصلت إلى المدينة مع أطفالها الأربعة إنها مشت يومين.", "ar") == []
    assert _read("واستشهد أطفالها الثلاثة في الغارة.", "ar") == [("killed", 3)]


def test_arabic_room_for_so_many_is_no_figure() -> None:
    assert _read("وأشار المستشفى إلى أن ثلاجات الموتى لا تتسع لأكثر من 30 جثة.", "ar") == []


def test_arabic_a_denied_cue_gives_no_figure() -> None:
    text = "وأكد المتحدث أنه لم يتم تسجيل أي وفيات، مشيرا إلى أن 7 أشخاص تلقوا الإسعافات في المكان."
    assert ("killed", 7) not in _read(text, "ar")
    assert _read("قتلى ومفقودون وإجلاء آلاف السكان بعد العاصفة", "ar") == [("evacuated", None)]


def test_french_kin_along_on_a_move_count_no_one_but_those_killed_along_do() -> None:
    assert (
        _read("« Tout a brûlé », raconte Fatima, 29 ans, arrivée avec ses cinq enfants après trois jours.", "fr") == []
    )
    assert _read("Une femme a été tuée avec ses deux enfants.", "fr") == [("killed", 1), ("killed", 2)]


def test_french_apartments_are_homes() -> None:
    text = "Selon la mairie, 48 appartements ont été entièrement détruits et près de 300 autres endommagés."
    assert _read(text, "fr") == [("houses_destroyed", 48), ("houses_damaged", 300)]
