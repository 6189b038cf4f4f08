"""Arabic returns: rows with no bullet under a heading on returning families ("نينوى: 2,910 عائلة"), a heading
whose bracket names other people than its words ("للعائدين (لاجئون ونازحون)"), and families a ministry brought
back ("أعادت"), never those pushed back to shore ("وأعادهم").

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang="ar")]


def test_rows_without_bullets_under_a_heading_on_returning_families() -> None:
    text = "وتوزعت العائلات العائدة حسب المحافظات على النحو الآتي:\n\nديالى: 1,240 عائلة\nكركوك: 310 عائلة\n"
    assert _read(text) == [("returned", 1240), ("returned", 310)]


def test_the_words_outside_a_headings_bracket_name_the_kind() -> None:
    text = "أكثر المحافظات استقبالا للعائدين (لاجئون ونازحون داخليا):\n\n- حماة: نحو 120 ألفا\n- درعا: نحو 95 ألفا\n"
    assert _read(text) == [("returned", 120000), ("returned", 95000)]


def test_families_a_ministry_brought_back_returned() -> None:
    assert _read("وقالت الوزارة إنها أعادت 2,600 عائلة نازحة إلى مناطقها الأصلية.") == [("returned", 2600)]


def test_migrants_pushed_back_to_shore_did_not_return() -> None:
    text = "واعترض خفر السواحل 1,900 مهاجر وأعادهم إلى البر، حيث نقلوا إلى مراكز الاحتجاز."
    assert ("returned", 1900) not in _read(text)
