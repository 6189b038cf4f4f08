"""French shapes from a look at the held-out French reports' misses: a relative clause between the counted people
and what befell them ("deux hommes qui tentaient de regagner leur maison ont été tués"); one person named with two
complements before the verb ("un infirmier du centre de santé de Djibo a été tué"); the count completing an event's
noun, whoever the people were ("l'évacuation de 64 familles vivant au pied de la falaise"); residents and peoples
the demonym endings miss ("93 Belges", "Burkinabè", "Peuls"); people still sought are missing; shelter named after
a count of its own ("ont trouvé refuge dans 14 abris"); and one person in a subordinate clause after a toll is no
item of its list ("alors qu'il transportait une femme"); people named by where they live, then the main verb
("230 ménages vivant dans des zones à haut risque ont été évacués"), where "à haut risque" is no forecast; houses
carried away in the participle ("emportant une trentaine d'habitations"); one person with an age and another joined
to it ("une fillette de 4 ans et son grand-père sont morts"); and a neighbour or friend by possessive.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang="fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what befell them comes after the relative clause that says who they were
        (
            "Samedi, trois bergers qui tentaient de regagner leur village près de Tillabéri ont été tués par balles.",
            [("killed", 3, "people")],
        ),
        (
            "Deux femmes qui rentraient du marché de Kaya sont mortes dans l'embuscade.",
            [("killed", 2, "women")],
        ),
        # one person with a chain of complements, then the verb
        ("Un infirmier du centre de santé de Gorom a été tué lundi soir.", [("killed", 1, "people")]),
        ("Un gendarme de la brigade de Dori a été blessé lors de l'attaque.", [("injured", 1, "fighters")]),
        # the event's noun counts them, whatever the words after them say of them
        (
            "Le préfet a ordonné l'évacuation de 85 familles vivant au bord du ravin.",
            [("evacuated", 85, "families")],
        ),
        (
            "Un hélicoptère a permis l'évacuation de 130 personnes bloquées par la crue.",
            [("evacuated", 130, "people")],
        ),
        # residents, and peoples the demonym endings miss
        ("Quelque 1 400 résidents de Saint-Jovite ont été évacués mardi.", [("evacuated", 1400, "people")]),
        ("Au moins onze Peuls ont été tués dans le village.", [("killed", 11, "people")]),
        ("Plus de 30 000 Burkinabè ont fui vers le nord du Ghana.", [("displaced", 30000, "people")]),
        # still sought is missing
        ("Plus de 700 personnes restent recherchées après la coulée de boue.", [("missing", 700, "people")]),
        ("Deux pêcheurs sont toujours activement recherchés.", [("missing", 2, "people")]),
        # a shelter's own count after the cue does not cut it short
        (
            "Plus de 2 300 personnes ont trouvé refuge dans 18 abris provisoires.",
            [("sheltered", 2300, "people")],
        ),
        # one person listed after a toll, or named in a subordinate clause
        (
            "Cinq personnes ont été tuées à Bama, ainsi qu'une femme à Gwoza.",
            [("killed", 5, "people"), ("killed", 1, "women")],
        ),
        (
            "Un chauffeur de la Croix-Rouge a été tué par un tir, alors qu'il conduisait une femme à la maternité.",
            [("killed", 1, "people")],
        ),
        # who they were ("vivant ..."), then the main verb that says what befell them; a place's risk is no forecast
        (
            "Au total, 310 ménages vivant dans des zones à haut risque ont été évacués.",
            [("evacuated", 310, "households")],
        ),
        # a flood carrying houses away, in the participle
        (
            "La crue a rompu une digue, emportant une quarantaine d'habitations.",
            [("houses_destroyed", 40, "households")],
        ),
        # one person with an age, then another joined to it, then their verb; a neighbour by possessive
        (
            "Lundi, une fillette de 6 ans et son grand-père sont morts noyés.",
            [("killed", 1, "children"), ("killed", 1, "people")],
        ),
        ("Les hommes armés ont tué mon voisin devant sa boutique.", [("killed", 1, "people")]),
    ],
)
def test_shapes(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le camp accueille 3 000 personnes vivant sous des bâches.",  # the people a site hosts
        "La police a recherché 12 suspects dans le quartier.",  # those the police seek are no missing people
        "Les Belges ont été nombreux à voter dimanche.",
    ],
)
def test_no_figure(text: str) -> None:
    assert _read(text) == []


def test_a_place_at_high_risk_is_no_forecast() -> None:
    (figure,) = extract("Quelque 150 ménages vivant dans des zones à haut risque ont été évacués.", lang="fr")
    assert figure.projection is False
