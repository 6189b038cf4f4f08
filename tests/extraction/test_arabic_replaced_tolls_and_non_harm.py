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


def test_the_toll_it_had_reached_before_is_no_figure() -> None:
    text = "ارتفعت حصيلة الانهيار إلى 64 قتيلا، بعدما كانت قد بلغت 29 قتيلا مساء الجمعة."
    assert _read(text) == [("killed", 64)]
    assert _read("ارتفع عدد الوفيات إلى 41 حالة، بعد أن كان العدد 30 حالة في التقرير السابق.") == [("killed", 41)]


def test_food_handed_out_to_families_is_no_figure() -> None:
    text = (
        "ووزع الهلال الأحمر حصصا غذائية على أكثر من 4 آلاف أسرة، فيما أرسلت منظمة أطباء بلا حدود 8 أطنان من "
        "الإمدادات الطبية وأكياس حفظ الجثث."
    )
    assert _read(text) == []


def test_reception_centres_and_schools_counted_in_words_are_shelter() -> None:
    assert _read("ويقيم نحو 9 آلاف شخص في 40 مركز استقبال جماعي.") == [("sheltered", 9000)]
    assert _read("وتقيم 210 أسر حاليا في خمس مدارس.") == [("sheltered", 210)]


def test_a_partial_collapse_after_the_homes_is_damage() -> None:
    text = (
        "أدت السيول إلى انهيار 1,200 منزل انهيارا كاملا، وانهيار 3,400 منزل انهيارا جزئيا، وتدمير 90 منزلا بشكل جزئي."
    )
    assert _read(text) == [("houses_destroyed", 1200), ("houses_damaged", 3400), ("houses_damaged", 90)]
