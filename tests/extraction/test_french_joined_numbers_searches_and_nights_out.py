"""French: "et" joins number words only before "un", "une" or "onze" ("sept et cinq décès" are two counts); people
still searched for and with no news are missing; shelter taken in schools, churches and missions, and nights under
the open sky; tolls named with "coûté la vie à"; a toll as it stood, set off before its rise, is no new figure;
departures caused and people pushed towards a town.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_two_counts_joined_by_et_stay_two() -> None:
    text = "Les communes de Fianarantsoa et d'Ambalavao ont déploré respectivement huit et trois décès."
    assert kinds_values(text, "fr") == [("killed", 8), ("killed", 3)]
    text = "On dénombre quatre-vingt-un morts et soixante et onze blessés."
    assert kinds_values(text, "fr") == [("killed", 81), ("injured", 71)]


def test_people_still_searched_for_or_with_no_news_are_missing() -> None:
    text = "Les plongeurs recherchaient toujours jeudi trois élèves emportés par le courant."
    assert kinds_values(text, "fr") == [("missing", 3)]
    text = "À Moroni, les familles restent sans nouvelles de six marins partis lundi."
    assert kinds_values(text, "fr") == [("missing", 6)]
    # (the police after suspects seek no missing people)
    assert kinds_values("Les gendarmes recherchent toujours deux suspects.", "fr") == []


def test_shelter_in_schools_churches_and_missions() -> None:
    text = "Environ 900 personnes dorment dans des églises du quartier depuis l'incendie."
    assert kinds_values(text, "fr") == [("sheltered", 900)]
    text = "Au moins 2 300 habitants ont trouvé refuge dans trois établissements scolaires de la ville."
    assert kinds_values(text, "fr") == [("sheltered", 2300)]
    text = "Près de 3 000 d'entre eux s'abritent à la paroisse Saint-Joseph."
    assert kinds_values(text, "fr") == [("sheltered", 3000)]


def test_nights_under_the_open_sky_and_refugees_still_abroad() -> None:
    assert kinds_values("Plus de 800 autres vivent toujours à ciel ouvert.", "fr") == [("homeless", 800)]
    text = "Quelque 120 000 Burundais vivent encore comme réfugiés en Tanzanie."
    assert kinds_values(text, "fr") == [("displaced", 120_000)]


def test_a_toll_cost_to_displaced_people_is_a_toll() -> None:
    text = "L'attaque du site a coûté la vie à 22 déplacés dans la nuit de dimanche."
    assert kinds_values(text, "fr") == [("killed", 22)]


def test_a_toll_as_it_stood_before_its_rise() -> None:
    text = "Le bilan, qui était de 17 morts mardi soir, s'est alourdi à 26 décès."
    assert kinds_values(text, "fr") == [("killed", 26)]


def test_departures_caused_and_people_pushed_towards_a_town() -> None:
    text = "Les affrontements ont provoqué le départ de plusieurs milliers d'habitants de Kitchanga."
    assert kinds_values(text, "fr") == [("displaced", None)]
    text = "Les combats poussent chaque jour des milliers de personnes vers Minova."
    assert kinds_values(text, "fr") == [("displaced", None)]
    text = "Une nouvelle offensive pourrait contraindre 40 000 personnes à partir."
    assert kinds_values(text, "fr") == [("displaced", 40_000)]


def test_tradesmen_harmed_one_at_a_time() -> None:
    assert kinds_values("Un maçon est mort dans l'effondrement d'un chantier à Yopougon.", "fr") == [("killed", 1)]
