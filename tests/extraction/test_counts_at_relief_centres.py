"""Evacuees or victims counted at relief centres are the people sheltered there.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

from bot.extraction.extract import extract
from bot.values import Kind


def _read(text: str) -> list[tuple[Kind, int | None]]:
    return [(f.kind, f.value) for f in extract(text, lang="en")]


def test_evacuees_at_relief_centres_are_sheltered() -> None:
    """A state's evacuees at its PPS and the states listed after it: people in the centres, not a move."""
    text = "Terengganu remained the worst-hit state with 41,380 evacuees at 203 PPS, followed by Pahang with 9,115."
    assert _read(text) == [(Kind.SHELTERED, 41380), (Kind.SHELTERED, 9115)]


def test_the_number_of_people_at_relief_centres_is_sheltered() -> None:
    """ "the number of victims at relief centres rose to N": not the dead, the sheltered."""
    for text in (
        "The number of people at relief centres in Perak rose to 3,604 this morning.",
        "Meanwhile, in Selangor, the number of flood victims at relief centres rose slightly to 1,277 people.",
    ):
        assert [kind for kind, _value in _read(text)] == [Kind.SHELTERED], text


def test_evacuees_without_a_centre_stay_evacuated() -> None:
    (figure,) = extract("Authorities said 2,300 evacuees had left the coastal villages by Sunday.", lang="en")
    assert figure.kind is Kind.EVACUATED


def test_camps_opened_then_accommodating_people_shelter_them() -> None:
    text = "The district has opened 64 relief camps across three taluks, accommodating 2,140 families (7,350 persons)."
    assert _read(text) == [(Kind.SHELTERED, 2140), (Kind.SHELTERED, 7350)]


def test_room_for_bodies_is_no_toll() -> None:
    assert _read('"The mortuary has space for 80 bodies and it is almost full," the doctor said.') == []


def test_people_staying_a_named_night_in_shelters_are_sheltered() -> None:
    assert _read("Some 240 people were staying Sunday night in shelters run by the Red Cross.") == [
        (Kind.SHELTERED, 240)
    ]


def test_shelter_kits_a_places_people_received_are_aid() -> None:
    """ "3,400 households in Beledweyne received emergency shelter kits": beneficiaries, not the sheltered."""
    assert _read("Some 2,900 households in Jowhar received emergency shelter kits and NFIs.") == []
    assert _read("Some 2,900 people in Jowhar are staying in emergency shelters.") == [(Kind.SHELTERED, 2900)]
