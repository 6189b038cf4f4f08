"""Pipe tables in French and Arabic reports: each header cell is read as a row's label by the clause lexicon,
a column that counts no figure (population, people affected) is skipped, and the lines read are not read again
as prose. Every table here is invented for these tests."""

from __future__ import annotations

from bot.extraction.clause_tables import read_clause_tables
from bot.extraction.clauses import clause_lexicon
from bot.extraction.extract import extract

_FRENCH = """Bilan provisoire des inondations au 12 mai, par province :

| Province | Population | Morts | Blessés | Maisons détruites | Maisons endommagées | Ménages sinistrés |
|---|---|---|---|---|---|---|
| Gitega | 1 200 000 | 4 | 12 | 938 | 1 517 | 3 400 |
| Rumonge | 350 000 | 5 | 9 | 611 | - | 2 100 |

Les pluies devraient se poursuivre jusqu'à la fin du mois."""

_ARABIC = """حصيلة الأضرار حسب المحافظة:

| المحافظة | عدد السكان | القتلى | الجرحى | المنازل المدمرة |
| درنة | 90,000 | 12 | 40 | 310 |
| البيضاء | 250,000 | 3 | 9 | 45 |"""


def _figures(text: str, lang: str) -> list[tuple[str, int | None, str | None]]:
    return [(f.kind.value, f.value, f.location.name if f.location else None) for f in extract(text, lang=lang)]


def test_a_french_table_gives_each_named_column_and_skips_population_and_the_affected() -> None:
    assert [(kind, value) for kind, value, _place in _figures(_FRENCH, "fr")] == [
        ("killed", 4),
        ("injured", 12),
        ("houses_destroyed", 938),
        ("houses_damaged", 1517),
        ("killed", 5),
        ("injured", 9),
        ("houses_destroyed", 611),
    ]


def test_a_table_row_is_placed_by_its_first_cell() -> None:
    places = {place for _kind, _value, place in _figures(_FRENCH, "fr")}
    assert places == {"Gitega", "Rumonge"}


def test_an_arabic_table_reads_like_a_french_one() -> None:
    assert [(kind, value) for kind, value, _place in _figures(_ARABIC, "ar")] == [
        ("killed", 12),
        ("injured", 40),
        ("houses_destroyed", 310),
        ("killed", 3),
        ("injured", 9),
        ("houses_destroyed", 45),
    ]


def test_the_lines_read_are_blanked_and_other_lines_kept() -> None:
    paragraph = "Total :\n| Ville | Morts |\n| Goma | 3 |\nFin."
    figures, blanked = read_clause_tables(paragraph, clause_lexicon("fr"))
    assert [(f.kind.value, f.value) for f in figures] == [("killed", 3)]
    assert blanked.startswith("Total :\n")
    assert blanked.endswith("\nFin.")
    assert "|" not in blanked
    assert len(blanked) == len(paragraph)


def test_a_table_whose_columns_name_no_figure_gives_none() -> None:
    paragraph = "| Région | Population | Écoles fermées |\n| Est | 2 300 000 | 140 |"
    assert read_clause_tables(paragraph, clause_lexicon("fr")) == ([], paragraph)


def test_french_rows_under_a_heading_take_its_kind() -> None:
    text = (
        "Le glissement de terrain a fait 17 morts selon un bilan provisoire.\n\n"
        "Décès par commune :\n- Kabare : 9\n- Kalehe : 6\n- Idjwi : 2\n\nLes recherches continuent."
    )
    assert [(kind, value) for kind, value, _place in _figures(text, "fr")] == [
        ("killed", 17),
        ("killed", 9),
        ("killed", 6),
        ("killed", 2),
    ]


def test_arabic_rows_under_a_heading_take_its_kind() -> None:
    text = "توزيع النازحين حسب المنطقة:\nمنطقة إدلب: 12,400 شخص\nمنطقة حارم: 3,150 شخصا"
    found = [(kind, value) for kind, value, _place in _figures(text, "ar")]
    assert found == [("displaced", 12400), ("displaced", 3150)]


def test_a_row_label_naming_people_without_their_fate_does_not_take_a_house_noun_after_it() -> None:
    text = "- Familles hébergées dans les 9 abris ouverts : 1 340"
    assert ("houses_damaged", 1340) not in [(kind, value) for kind, value, _place in _figures(text, "fr")]


def test_rows_in_a_bracket_after_a_toll_take_its_kind() -> None:
    text = "- Décès : 14 (Kasese : 8 ; Bundibugyo : 4 ; Ntoroko : 2)"
    assert [(kind, value) for kind, value, _place in _figures(text, "fr")] == [
        ("killed", 14),
        ("killed", 8),
        ("killed", 4),
        ("killed", 2),
    ]


def test_a_count_after_a_month_is_a_count_unless_it_is_a_year() -> None:
    assert _figures("La mission a recensé en août 146 civils tués dans le pays.", "fr")[0][:2] == ("killed", 146)
    assert [(kind, value) for kind, value, _place in _figures("En mars 2024, 300 familles ont fui.", "fr")] == [
        ("displaced", 300)
    ]
