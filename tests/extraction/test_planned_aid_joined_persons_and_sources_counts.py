"""Aid readied for people who may yet have to move (a planning figure, not beneficiaries), one more person joined
to a count before the verb they share, a source putting "their dead" at a count, a person hurt who then died, and
families staying at a sports complex.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, bool]]:
    return [(f.kind.value, f.value, f.projection) for f in extract(text, lang="en")]


def test_aid_for_people_who_may_have_to_move_is_a_projection() -> None:
    text = "The ministry stocked food packs for up to 40,000 families who may be displaced by the cyclone."
    assert _read(text) == [("displaced", 40000, True)]
    # aid handed to people already moved stays no figure
    assert _read("The ministry handed food packs to 4,000 families.") == []


def test_one_more_person_joined_before_a_shared_verb() -> None:
    text = "Four residents and a volunteer suffered minor burns and were treated at the clinic."
    assert _read(text)[:1] == [("injured", 4, False)]


def test_a_source_putting_their_dead_at_a_count() -> None:
    assert _read("Village elders put their dead at 18 after the raid.") == [("killed", 18, False)]


def test_a_person_hurt_who_then_died_is_dead() -> None:
    assert _read("A farmer, Musa Ibrahim Danjuma, 47, was hit by a stray bullet and died before reaching help.") == [
        ("killed", 1, False)
    ]


def test_families_staying_at_a_sports_complex_are_sheltered() -> None:
    assert _read("About 640 families were temporarily staying at the Rizal Sports Complex.") == [
        ("sheltered", 640, False)
    ]
