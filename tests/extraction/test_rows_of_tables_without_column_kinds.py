"""French and Arabic tables whose rows, not columns, say what is counted ("| Indicateur | Chiffre |"): each count
takes its own row's label, never the next row's nor the row above's; rows counting things (sites, kits handed
out) give nothing, and a place's name is no participle.

Every row here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_each_count_takes_its_own_rows_label() -> None:
    text = "CHIFFRES CLÉS\n| Catégorie | Nombre |\n| Déplacés internes | 48 200 |\n| Retournés | 9 100 |\n"
    assert _read(text, "fr") == [("displaced", 48200), ("returned", 9100)]


def test_rows_counting_things_give_nothing() -> None:
    text = (
        "CHIFFRES CLÉS\n| Indicateur | Chiffre |\n| Personnes déplacées | 5 120 |\n| Sites de déplacement | 14 |\n"
        "| Kits d'hygiène distribués | 2 300 |\n| Maisons détruites | 410 |\n"
    )
    assert _read(text, "fr") == [("displaced", 5120), ("houses_destroyed", 410)]


def test_a_row_whose_label_tells_no_fate_takes_none_from_the_row_above() -> None:
    text = (
        "| Indicateur | 2020 | 2024 |\n|---|---|---|\n| Maisons détruites | 8 400 | – |\n"
        "| Maisons reconstruites par l'État | – | 2 900 |\n"
    )
    assert _read(text, "fr") == [("houses_destroyed", 8400)]


def test_a_place_name_is_no_participle() -> None:
    text = "| Structure | Blessés |\n|---|---|\n| Hôpital de Daloa | 7 blessés |\n| CHR de Séguéla | 3 blessés |\n"
    assert _read(text, "fr") == [("injured", 7), ("injured", 3)]


def test_an_arabic_row_of_shelters_counts_no_one() -> None:
    text = "| المؤشر | العدد |\n| النازحون | 7,450 |\n| مراكز الإيواء | 23 |\n| المنازل المدمرة | 640 |\n"
    assert _read(text, "ar") == [("displaced", 7450), ("houses_destroyed", 640)]
