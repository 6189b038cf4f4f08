"""Arabic counts that are no figure of their kind: a toll a newer one replaced ("بعد أن كانت الوزارة أعلنت ..."),
supplies sized for people, people treated for panic, people still held by captors, the dead brought to hospital;
and the hurt named twice as one count ("جريحا ومصابا"), which is not the dead and the hurt together.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="ar")]


def test_the_toll_a_newer_one_replaced_is_no_figure() -> None:
    text = "ارتفعت الحصيلة إلى 19 قتيلا، بعد أن كانت السلطات أعلنت صباح الجمعة مقتل 7 أشخاص وإصابة 23 آخرين."
    assert _read(text) == [("killed", 19)]


def test_supplies_sized_for_people_are_no_figure() -> None:
    text = "نزح نحو 3,000 شخص من القرى، وخزنت المنظمة مواد غذائية تكفي 12,000 شخص لمدة أسبوعين."
    assert _read(text) == [("displaced", 3000)]


def test_people_treated_for_panic_are_not_hurt() -> None:
    assert _read("وأصيب رجلان بشظايا، فيما عولج 14 شخصا من حالات هلع.") == [("injured", 2)]


def test_people_still_held_are_no_figure() -> None:
    text = "لا يزال نحو 90 ألفا من أبناء المنطقة نازحين، فيما ما زال أكثر من 400 صياد مختطفين منذ عامين."
    assert _read(text) == [("displaced", 90000)]


def test_the_dead_brought_to_hospital_are_not_arrivals() -> None:
    assert _read("وتوفي 5 من الجرحى بعد وصولهم إلى المستشفى، بينهم امرأتان.")[:1] == [("killed", 5)]
    assert ("displaced", 2) not in _read("وتوفي 5 من الجرحى بعد وصولهم إلى المستشفى، بينهم امرأتان.")


def test_the_hurt_named_twice_are_one_count_of_the_hurt() -> None:
    assert _read("• 8,240 جريحا ومصابا منذ بدء الهجوم.") == [("injured", 8240)]
