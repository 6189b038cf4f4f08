"""A French table's title on the line right above it, in the same paragraph, says what its cells count.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

from bot.extraction.extract import extract
from bot.values import Group, Kind

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
