"""What happened and to whom: kinds in both word orders, verb chains, groups, subgroups and coordination."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import summary


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        pytest.param("23 people were killed in a market strike in Khan Younis.", "killed", 23, id="passive"),
        pytest.param("The strike in Rafah killed 23 people.", "killed", 23, id="active"),
        pytest.param("Shelling hit El Fasher, killing at least 23.", "killed", 23, id="participle"),
        pytest.param("The quake left 144 people dead in Hatay.", "killed", 144, id="left-dead"),
        pytest.param("The death toll rose to 23 on Sunday.", "killed", 23, id="death-toll"),
        pytest.param("The landslide claimed 12 lives in Kerala.", "killed", 12, id="claimed-lives"),
        pytest.param("Rescuers recovered 17 bodies from the rubble.", "killed", 17, id="bodies"),
        pytest.param("Nine migrants lost their lives off Lampedusa.", "killed", 9, id="lost-lives"),
        pytest.param("Four fishermen died when the boat capsized.", "killed", 4, id="died"),
        pytest.param("Six people were injured by the blast.", "injured", 6, id="injured"),
        pytest.param("The attack wounded 31 people in Bamako.", "injured", 31, id="wounded"),
        pytest.param("Eleven climbers are missing on the glacier.", "missing", 11, id="missing"),
        pytest.param("About 5,000 people fled their homes near Goma.", "displaced", 5000, id="fled-homes"),
        pytest.param("Some 3,000 residents were forced to flee Bakhmut.", "displaced", 3000, id="forced-to-flee"),
        pytest.param("The floods displaced 40,000 people in Sindh.", "displaced", 40000, id="displaced"),
        pytest.param("Violence has uprooted 8,000 families in Ituri.", "displaced", 8000, id="uprooted"),
        pytest.param("About 9,000 refugees crossed into Chad this week.", "displaced", 9000, id="crossed-into"),
        pytest.param("Some 2,500 people were evacuated from Derna.", "evacuated", 2500, id="evacuated"),
        pytest.param("About 1,900 people are staying in evacuation centres.", "sheltered", 1900, id="centres"),
        pytest.param("Nearly 700 people were still in camps near Beira.", "sheltered", 700, id="camps"),
        pytest.param("The cyclone left 3,000 people homeless.", "homeless", 3000, id="homeless"),
        pytest.param("More than 4,000 families returned to Mosul.", "returned", 4000, id="returned"),
        pytest.param("The earthquake destroyed 2,300 houses in Herat.", "houses_destroyed", 2300, id="destroyed"),
        pytest.param("At least 900 homes were damaged by the storm.", "houses_damaged", 900, id="damaged"),
        pytest.param("Some 150 buildings collapsed in Antakya.", "houses_destroyed", 150, id="collapsed"),
    ],
)
def test_kind_is_read_from_the_verb(text: str, kind: str, value: int) -> None:
    """Each verb chain gives its kind and number."""
    assert [(k, v) for k, v, _q, _g in summary(text)] == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        pytest.param("60,000+ Flee Attacks on Khartoum Suburbs", "displaced", 60000, id="headline-flee"),
        pytest.param("Airstrikes Kill 17 on Saturday in Marib", "killed", 17, id="headline-kill"),
    ],
)
def test_headlines_state_figures(text: str, kind: str, value: int) -> None:
    """Title-case headlines without final punctuation still state figures."""
    assert [(k, v) for k, v, _q, _g in summary(text)] == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        pytest.param("Five children were killed in Gaza City.", "children", id="children"),
        pytest.param("Three girls were injured in the school fire.", "children", id="girls"),
        pytest.param("Four women were killed in Cité Soleil.", "women", id="women"),
        pytest.param("Nine soldiers were killed in an ambush in Mali.", "fighters", id="soldiers"),
        pytest.param("Twelve militants were killed in the raid.", "fighters", id="militants"),
        pytest.param("Some 300 households were displaced in Sylhet.", "households", id="households"),
        pytest.param("Around 80 families fled Kachin villages.", "families", id="families"),
        pytest.param("Eight civilians died in Kherson.", "civilians", id="civilians"),
    ],
)
def test_group_is_kept_as_written(text: str, group: str) -> None:
    """The counted unit becomes the figure's group."""
    assert [g for _k, _v, _q, g in summary(text)] == [group]


def test_implicit_singleton_counts_one() -> None:
    """'A woman was killed' is one woman killed."""
    assert summary("A woman was killed when a shell hit her house in Donetsk.") == [("killed", 1, "exact", "women")]


def test_subgroup_gives_a_second_figure() -> None:
    """'20 civilians, including three children' gives both figures."""
    assert summary("Shelling killed 20 civilians, including three children, in Sumy.")[:1] == [
        ("killed", 20, "exact", "civilians")
    ]
    text = "In Sumy 20 civilians, including three children, were killed by shelling."
    assert summary(text) == [("killed", 20, "exact", "civilians"), ("killed", 3, "exact", "children")]


def test_of_the_dead_names_a_subgroup() -> None:
    """'At least six of the dead are children' is six children killed."""
    assert summary("At least six of the dead are children.") == [("killed", 6, "at_least", "children")]


def test_coordinated_subjects_share_one_verb() -> None:
    """Two counted subjects before one verb give two killed figures."""
    assert summary("In Ituri 14 soldiers and 9 rebels have died in the clashes.") == [
        ("killed", 14, "exact", "fighters"),
        ("killed", 9, "exact", "fighters"),
    ]


def test_coordinated_kinds_after_one_subject() -> None:
    """'6 civilians killed and 15 injured' gives one killed and one injured figure."""
    assert summary("Officials reported 6 civilians killed and 15 injured in Odesa.") == [
        ("killed", 6, "exact", "civilians"),
        ("injured", 15, "exact", "people"),
    ]
