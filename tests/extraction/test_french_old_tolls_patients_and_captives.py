"""French: a toll first given in an aside before its rise is no figure, and the rise after it still is ("Le bilan,
initialement fixé à 9 morts, est passé à 14"); how many times people fled is no count ("trois, quatre, voire cinq
fois"); fighters captured after others were killed are no dead; children sick with malnutrition who were taken to
hospital are no injured; a site hosting people stays a trap past "pour sa part"; people who had fled and then came
back, past an adverb ("étaient pourtant revenus"), returned.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_toll_first_given_in_an_aside_gives_way_to_its_rise() -> None:
    assert kinds_values(
        "Le bilan de l'éboulement, initialement fixé à 7 morts, est passé à 12 après la découverte de corps.", "fr"
    ) == [("killed", 12)]
    assert kinds_values("Le bilan, qui était de 18 morts lundi soir, s'est alourdi à 26.", "fr") == [("killed", 26)]


def test_how_many_times_people_fled_is_no_count() -> None:
    assert kinds_values("Ces familles ont été déplacées deux, trois, voire quatre fois depuis janvier.", "fr") == []


def test_captured_fighters_are_not_counted_with_the_dead() -> None:
    assert kinds_values(
        "Quatre assaillants ont été tués pendant l'accrochage, et deux autres ont été capturés par l'armée.", "fr"
    ) == [("killed", 4)]


def test_patients_of_a_disease_taken_to_hospital_are_not_injured() -> None:
    assert kinds_values(
        "Deux nourrissons sont morts et 37 enfants souffrant de malnutrition aiguë ont été hospitalisés.", "fr"
    ) == [("killed", 2)]
    # the hurt taken to hospital still are
    assert kinds_values("Onze personnes ont été hospitalisées après l'explosion.", "fr") == [("injured", 11)]


def test_a_site_hosting_people_stays_no_figure_past_an_aside() -> None:
    assert kinds_values("Le camp de Mugunga abrite pour sa part quelque 7 400 déplacés.", "fr") == []


def test_people_who_had_fled_and_came_back_returned() -> None:
    assert kinds_values(
        "Environ 650 habitants qui avaient fui le village en mars y étaient pourtant revenus en juin.", "fr"
    ) == [("returned", 650)]
