"""A French table's title on the line right above it, in the same paragraph, says what its cells count.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

from bot.extraction.extract import extract
from bot.values import Group, Kind
from tests.extraction.helpers import kinds_values

_REPORT = """POINTS SAILLANTS
• 96 400 personnes retournées ont été identifiées dans la région.

RETOURNÉS PAR DÉPARTEMENT
| Département | Ménages | Individus |
|---|---|---|
| Diamaré | 4 120 | 23 500 |
| Mayo-Danay | 2 310 | 12 960 |
"""


def test_a_title_right_above_a_table_names_its_kind() -> None:
    figures = [(f.kind, f.value, f.group) for f in extract(_REPORT, lang="fr")]
    assert (Kind.RETURNED, 4120, Group.HOUSEHOLDS) in figures
    assert (Kind.RETURNED, 12960, Group.PEOPLE) in figures


def test_a_title_ending_the_line_above_the_table_names_its_kind() -> None:
    """ "... l'axe. Répartition des retours par département :" then the table on the next line."""
    text = (
        "Les retours se poursuivent le long de l'axe. Répartition des retours par département :\n"
        "| Département | Ménages | Personnes |\n|---|---|---|\n| Ayorou | 188 | 1 044 |\n"
    )
    figures = [(f.kind, f.value) for f in extract(text, lang="fr")]
    assert figures == [(Kind.RETURNED, 188), (Kind.RETURNED, 1044)]


def test_soldiers_fallen_at_a_clause_end_are_dead_and_a_bulletin_number_is_no_count() -> None:
    text = "Au cours des combats, onze soldats et sept VDP sont malheureusement tombés."
    assert [(f.kind, f.value) for f in extract(text, lang="fr")] == [(Kind.KILLED, 11), (Kind.KILLED, 7)]
    text = "Le bilan publié dans le Flash Update No. 2 faisait état de 9 décès."
    assert [f.value for f in extract(text, lang="fr")] == [9]


def test_a_breakdown_title_over_unit_columns_takes_the_figure_above() -> None:
    text = (
        "Au 31 août, 96 400 personnes déplacées internes étaient recensées dans la région de Mopti.\n\n"
        "Répartition par cercle (au 31 août)\n"
        "Cercle | Personnes\n"
        "Bandiagara | 41 200\n"
        "Bankass | 23 900"
    )
    assert kinds_values(text, "fr") == [("displaced", 96400), ("displaced", 41200), ("displaced", 23900)]


def test_a_breakdown_title_without_a_colon_over_labelled_rows() -> None:
    text = (
        "L'OIM a enregistré 9 870 personnes déplacées par les attaques dans la commune de Cabaret.\n\n"
        "Répartition par commune d'accueil (au 30 juin)\n"
        "Arcahaie : 5 210 personnes\n"
        "Saint-Marc : 2 940 personnes"
    )
    assert kinds_values(text, "fr") == [("displaced", 9870), ("displaced", 5210), ("displaced", 2940)]
