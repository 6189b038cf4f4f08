"""French report shapes read by class: people named by role or kin, subjects with "autres", returns of displaced
people, crossings in every verb form, ranges after "d'", tolls after "s'élève à", counts in brackets and in
registers, paired vague nouns, percentages, OCR zeros, and what is no count ("de nombreux", public buildings).

Every sentence here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.values import Group, Kind, Qualifier

K, INJ, M, D, R = Kind.KILLED, Kind.INJURED, Kind.MISSING, Kind.DISPLACED, Kind.RETURNED
EX, VAGUE = Qualifier.EXACT, Qualifier.VAGUE
HD, HX = Kind.HOUSES_DESTROYED, Kind.HOUSES_DAMAGED
SH = Kind.SHELTERED


def _read(text: str) -> list[tuple[Kind, int | None, Qualifier]]:
    return [(f.kind, f.value, f.qualifier) for f in extract(text, lang="fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named by their role, outside the word lists, and by kin after a possessive
        ("Neuf vendeurs ambulants ont été tués par des hommes armés.", [(K, 9, EX)]),
        ("Un chauffeur de taxi a été abattu à Bamenda.", [(K, 1, EX)]),
        (
            "Les assaillants ont tué un infirmier et blessé sa femme.",
            [(K, 1, EX), (INJ, 1, EX)],
        ),
        (
            "La milice a tué un parent d'un député et quatre autres hommes.",
            [(K, 1, EX), (K, 4, EX)],
        ),
        # a subject with "autres" takes the verb after it, not the one before
        ("Huit personnes ont péri et 19 autres ont été blessées.", [(K, 8, EX), (INJ, 19, EX)]),
        # displaced people who go home are returns
        ("Quelque 4 000 déplacés ont regagné leurs villages.", [(R, 4000, Qualifier.ABOUT)]),
        ("Plus de 200 déplacés ont fui de nouveau vers Goma.", [(D, 200, Qualifier.MORE_THAN)]),
        # crossings in every form
        ("En moyenne, 450 personnes franchissant la frontière chaque jour.", [(D, 450, EX)]),
        # a dropped "une" no longer bounds the clause
        ("Quatre enfants d'une même fratrie ont péri dans les flammes.", [(K, 4, EX)]),
        # houses: the second count of a pair takes its own adverb and participle
        (
            "Au moins 900 maisons ont été partiellement endommagées et 120 totalement détruites.",
            [(HX, 900, Qualifier.AT_LEAST), (HD, 120, Qualifier.AT_LEAST)],
        ),
        ("Le cyclone a endommagé de nombreux bâtiments publics.", []),
        ("De nombreux habitants ont fui vers les collines.", []),
        # ranges after "d'" and "de", with a projection
        (
            "Les agences prévoient le départ d'un à deux millions de personnes qui pourraient fuir les combats.",
            [(D, 1_000_000, Qualifier.RANGE)],
        ),
        # a toll after "s'élève à", even far from its noun
        (
            "Le nombre de réfugiés arrivés dans la région depuis janvier s'élève désormais à environ 6 500.",
            [(D, 6500, Qualifier.ABOUT)],
        ),
        # a heading's colon
        ("Séisme au Maroc : 2 100 morts selon un dernier bilan", [(K, 2100, EX)]),
        # vague counts: a second kind noun shares the count
        (
            "Des dizaines de morts et de blessés sont à déplorer.",
            [(K, None, VAGUE), (INJ, None, VAGUE)],
        ),
        ("L'ouragan a causé des centaines de pertes en vies humaines.", [(K, None, VAGUE)]),
        # an OCR zero read as the letter O
        ("Au total, 15O0 personnes ont péri.", [(K, 1500, EX)]),
        # "celles", "ceux" stand for the counted noun
        (
            "On compte 40 morts et près de 70 celles portées disparues.",
            [(K, 40, EX), (M, 70, Qualifier.ABOUT)],
        ),
    ],
)
def test_french_shapes(text: str, expected: list[tuple[Kind, int | None, Qualifier]]) -> None:
    assert _read(text) == expected


def test_a_count_in_brackets_reaches_the_verb_before_its_bracket() -> None:
    """A breakdown by place: each count in brackets is a return, 'pour cent' is no hundred."""
    text = (
        "Les déplacés sont retournés dans leurs foyers, surtout dans la province de Kira (55 pour cent, soit "
        "près de 80 000 personnes) et de Tala (20 pour cent ou 29 000 personnes)."
    )
    assert _read(text) == [(R, 80000, Qualifier.ABOUT), (R, 29000, EX)]


def test_a_count_in_a_register_takes_the_kind_the_sentence_speaks_of() -> None:
    text = "Ces nouveaux réfugiés s'ajoutent aux 12 400 déjà enregistrés dans la région de l'Est."
    assert _read(text) == [(D, 12400, EX)]
    # (the count it is set against is the old one, as "rose to X from Y" labels X alone)
    text = "Le nombre de déplacés est estimé à 9 800, contre 14 200 recensés en mars 2021."
    assert _read(text) == [(D, 9800, Qualifier.ABOUT)]
    text = "Le nombre de déplacés est estimé à 9 800, et 14 200 autres ont été recensés à Goma."
    assert _read(text) == [(D, 9800, Qualifier.ABOUT), (D, 14200, EX)]
    assert _read("Plus de 3 000 élèves enregistrés cette année.") == []


def test_a_list_item_is_checked_for_traps_too() -> None:
    """'dans cette ville de 80 000 habitants', after a vague toll, is a population."""
    found = _read("Les crues ont causé des centaines de morts dans cette ville de 80 000 habitants.")
    assert found == [(K, None, VAGUE)]


def test_groups_of_people_named_by_role_and_kin() -> None:
    figures = extract("Une fillette et son père ont été tués par une balle perdue.", lang="fr")
    assert [(f.kind, f.value, f.group) for f in figures] == [(K, 1, Group.CHILDREN), (K, 1, Group.PEOPLE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal with no scale counts no one; with one, or as a range's low end, it does
        ("Une secousse de magnitude 5,9 a tué 14 personnes.", [(K, 14, EX)]),
        # an adjective before the verb: "cinq jeunes ont été tués"
        ("Six jeunes ont été tués par balles.", [(K, 6, EX)]),
        # an adjective saying no figure, then a verb saying one
        # (taken in by schools: the sheltered, as "in evacuation centres" is in English)
        ("Plus de 700 familles sinistrées ont été relogées dans des écoles.", [(SH, 700, Qualifier.MORE_THAN)]),
        ("Quelque 900 familles sinistrées ont reçu des vivres.", []),
        # returnees arriving are returns
        ("Un convoi de 420 rapatriés est arrivé jeudi à Bujumbura.", [(R, 420, EX)]),
        # an adjective "déplacés", then a verb of return
        ("Près de 600 familles déplacées sont rentrées dans leurs villages.", [(R, 600, Qualifier.ABOUT)]),
        # a participle right after "autres" is theirs, not the verb before
        ("Un chauffeur a été tué et trois autres kidnappés sur la route de Kidal.", [(K, 1, EX)]),
        # people a site hosts
        ("Environ 40 000 personnes déplacées vivent dans le site de Bulengo.", []),
        # but people sheltered are displaced
        ("Plus de 8 000 sinistrés sont hébergés dans des écoles.", [(SH, 8000, Qualifier.MORE_THAN)]),
        # a count of other things before the houses does not stop the verb reaching them
        ("Les eaux ont emporté deux ponts et 65 maisons.", [(HD, 65, EX)]),
    ],
)
def test_french_shapes_of_the_second_round(text: str, expected: list[tuple[Kind, int | None, Qualifier]]) -> None:
    assert _read(text) == expected


def test_a_decimal_low_end_of_a_range_is_kept() -> None:
    """ "entre 1,5 et 2 millions": the range stands (its low end is read rounded, as before)."""
    figures = extract("Entre 1,5 et 2 millions de personnes ont fui.", lang="fr")
    assert [(f.kind, f.qualifier, f.value_max) for f in figures] == [(D, Qualifier.RANGE, 2_000_000)]


def test_elided_hedges() -> None:
    """ "près d'un million": the hedge before an elided article still hedges."""
    assert _read("Près d'un million de personnes ont fui les combats.") == [(D, 1_000_000, Qualifier.ABOUT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un habitant a raconté que les assaillants ont tué 5 personnes.", [(K, 5, EX)]),
        ("Selon un militant, les forces de sécurité ont tué trois manifestants.", [(K, 3, EX)]),
        ("Un survivant raconte comment les rebelles ont massacré sa famille.", []),
        ("Un enseignant qui a fui le village décrit des scènes de panique.", []),
        ("Un membre d'une ONG locale a été tué.", [(K, 1, EX)]),
        ("Un soldat, originaire de Gao, a été mortellement blessé.", [(K, 1, EX)]),
        ("Quatorze personnes, dont un bébé, ont été tuées par la foudre.", [(K, 14, EX), (K, 1, EX)]),
    ],
)
def test_one_person_is_counted_only_by_its_own_verb(
    text: str, expected: list[tuple[Kind, int | None, Qualifier]]
) -> None:
    """A witness or a speaker ("un habitant a raconté que ...") is no one killed: one person counts only as the
    subject or the object of the verb that says what happened."""
    assert _read(text) == expected
