"""One person named among the dead after a count: a figure of its own, unless that person spells the count out.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

from bot.extraction.extract import extract
from bot.values import Group, Kind


def _read(text: str) -> list[tuple[Kind, int | None, Group]]:
    return [(f.kind, f.value, f.group) for f in extract(text, lang="en")]


def test_a_person_after_a_counted_group_among_the_dead_is_one_more_dead() -> None:
    text = "Among the dead are four pupils from one school and a 66-year-old woman who was carried off by the water."
    assert (Kind.KILLED, 1, Group.WOMEN) in _read(text)


def test_people_who_spell_the_count_out_are_not_counted_again() -> None:
    """ "two children, a boy and his cousin" names the two children; no singleton figure follows."""
    for text in (
        "Among the dead were two children, a six-year-old boy and his young cousin from Gulu.",
        "Among the killed were two children — a 9-year-old boy in Izium and a 14-year-old girl in Balakliia.",
    ):
        assert [value for _kind, value, _group in _read(text)] == [2], text


def test_a_part_named_after_what_the_dead_were_doing() -> None:
    """ "drowned on 9 May while trying to cross the road, among them a boy": the boy is one of them."""
    text = "Three people drowned on 4 June while trying to ford the swollen river, among them a seven-year-old boy."
    assert (Kind.KILLED, 1, Group.CHILDREN) in _read(text)


def test_the_dead_named_one_by_one_after_a_count_of_deaths_and_a_colon() -> None:
    """ "Two deaths have been confirmed: a man who ..., and an elderly woman ...": each is one dead."""
    text = (
        "Two deaths have been confirmed: a fisherman who drowned off Lautoka, and an elderly woman in Nausori, "
        "who was struck by a falling branch."
    )
    figures = _read(text)
    assert (Kind.KILLED, 2, Group.PEOPLE) in figures
    assert (Kind.KILLED, 1, Group.WOMEN) in figures


def test_a_person_named_after_where_deaths_occurred_is_one_of_them() -> None:
    """ "Four of the deaths occurred in Colón, including a woman ... who was swept away": dead, not missing."""
    text = "Three of the deaths occurred in Tela, including a woman who was swept away by the Lean river."
    assert (Kind.KILLED, 1, Group.WOMEN) in _read(text)
    assert all(kind is Kind.KILLED for kind, _value, _group in _read(text))
