"""French shapes from fresh press text (f022): a town's population with an adjective before "de" ("ville côtière de
quelque 100 000 habitants") or an adverb after "qui compte" is no figure, nor people aboard a boat; drains
("réseaux d'évacuation des eaux") are no evacuation; the rescued taken to hospital did not flee; cracks in houses
are damage; "coûtant la vie à"; "se trouvent dans un état jugé grave"; "sans logement"; and two close numbers joined
by "à" are a range even with no "de" before them ("pourrait atteindre 18 000 à 20 000 morts"); displaced people
killed, hurt or put in tents take what befell them ("58 déplacés tués"); a participle before the main verb ("deux
agriculteurs revenus à Nizi ont été tués"); names with a number ("AK-47", "Point-Zéro"), sector numbers, the first of
two days ("les 29 et 30 novembre"), "mère de cinq enfants" and a site that "hébergeait" N are no figures; and an
item of a list a heading opens takes its kind when only a place follows its noun; people ordered out are evacuated;
"une famille de sept personnes" is seven people; persons named in apposition, as many as counted, are no more; and
roads' numbers and a municipality's population are no figures.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str, int | None]]:
    return [(f.kind.value, f.value, f.qualifier.value, f.value_max) for f in extract(text, lang="fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plus de 300 personnes ont péri à Tiznit, ville côtière de quelque 80 000 habitants.",
            [("killed", 300, "more_than", None)],
        ),
        ("Des fissures sont apparues sur quelque 240 habitations.", [("houses_damaged", 240, "about", None)]),
        ("La crue a ravagé la vallée, coûtant la vie à 57 personnes.", [("killed", 57, "exact", None)]),
        ("Au total, 12 se trouvent dans un état jugé grave.", [("injured", 12, "exact", None)]),
        ("Jusqu'à 9 000 personnes pourraient rester sans logement.", [("homeless", 9000, "up_to", None)]),
        ("Le bilan pourrait atteindre 4 000 à 5 000 morts.", [("killed", 4000, "range", 5000)]),
        # displaced people killed, hurt or sheltered take what befell them; a participle before the main verb
        ("Djugu : 41 déplacés tués dans l'attaque du site.", [("killed", 41, "exact", None)]),
        ("Trois déplacés ont été blessés par balles.", [("injured", 3, "exact", None)]),
        (
            "Quelque 1 200 déplacés ont été installés sous des tentes près du stade.",
            [("sheltered", 1200, "about", None)],
        ),
        ("Deux pêcheurs revenus à Kasenyi ont été tués par des hommes armés.", [("killed", 2, "exact", None)]),
        # a model's or a place's name is no count; nor a sector's number, nor the first of two days
        ("Les soldats ont abattu six rebelles et saisi trois fusils AK-47.", [("killed", 6, "exact", None)]),
        ("Il a vu au moins 30 corps dans les rues du secteur 7.", [("killed", 30, "at_least", None)]),
        ("Au moins 80 civils ont été tués les 12 et 13 mars à Kiwanja.", [("killed", 80, "at_least", None)]),
        # an item of a list the heading opens takes its kind; a line of its own does not
        (
            "Répartition des décès :\n- 7 personnes à Kalehe\n- 12 000 élèves privés de cours",
            [("killed", 7, "exact", None)],
        ),
        # ordered out is evacuated; one family of seven is seven people; people named in apposition as many as
        # counted are no more people
        ("Quelque 380 résidents ont reçu l'ordre de quitter les lieux.", [("evacuated", 380, "about", None)]),
        ("Un glissement de terrain a tué une famille de sept personnes.", [("killed", 7, "exact", None)]),
        (
            "Les corps de deux personnes, un homme de 58 ans et une femme de 55 ans, ont été retrouvés en aval.",
            [("killed", 2, "exact", None)],
        ),
        ("La mairie parlait de plus de 400 personnes évacuées.", [("evacuated", 400, "more_than", None)]),
        # (a toll that changed keeps only its new value)
        ("Le bilan est passé de 10 à 25 morts.", [("killed", 25, "exact", None)]),
    ],
)
def test_shapes(text: str, expected: list[tuple[str, int | None, str, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Près de 300 agents ont été mobilisés pour curer les réseaux d'évacuation des eaux pluviales.",
        "Les secours ont porté assistance à 19 rescapés, transférés à l'hôpital régional.",
        "Le bateau, qui transportait 64 personnes selon des rescapés, avait quitté la côte de nuit.",
        "Les habitants avaient quitté la ville, qui compte habituellement plus de 50 000 habitants.",
        "Aïcha, mère de six enfants, vit dans le camp depuis un an.",  # who she is
        "Le site de Kashuga hébergeait environ 3 000 personnes.",  # a site's standing count
        "Quelque 2 000 ménages ont été enregistrés à Point-Zéro.",  # (a registration, and no zero)
        "Les résidents partaient par la route 113.",  # a road's number
        "À Chapais, municipalité de 1 500 habitants, le calme est revenu.",  # a population
    ],
)
def test_no_figure(text: str) -> None:
    assert _read(text) == []
