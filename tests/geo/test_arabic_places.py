"""Places in Arabic text, found through the gazetteer (no capital letters), and Arabic folding with offsets."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.geo.arabic_scan import scan_arabic
from bot.geo.gazetteer import Gazetteer
from bot.text.arabic import fold_arabic


def _found(text: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], gazetteer.name(c.numbers[0])) for c in scan_arabic(text, gazetteer)]


def test_names_are_found_with_their_proclitic_set_aside(gazetteer: Gazetteer) -> None:
    """'بإدلب' is Idlib, 'والحديدة' Al Hudaydah; the span leaves the proclitic out."""
    found = _found("قصف بإدلب والحديدة وفي دارفور", gazetteer)
    assert found == [("إدلب", "Idlib"), ("الحديدة", "Al Hudaydah"), ("دارفور", "Darfur")]


def test_longest_name_wins_and_common_words_are_no_place(gazetteer: Gazetteer) -> None:
    """'شمال دارفور' is North Darfur, not Darfur; 'دعم مالي' (financial support) is not Mali."""
    assert _found("نزوح في شمال دارفور", gazetteer) == [("شمال دارفور", "North Darfur")]
    assert _found("قدمت المنظمة دعم مالي للأسر", gazetteer) == []


def test_pakistan_provinces_have_their_arabic_names(gazetteer: Gazetteer) -> None:
    """Flood reports in Arabic name Pakistan's provinces: Sindh, Punjab, Khyber Pakhtunkhwa, Balochistan."""
    found = _found("فيضانات في إقليم السند وإقليم البنجاب وفي خيبر بختونخوا وبلوشستان", gazetteer)
    assert [name for _, name in found] == ["Sindh", "Punjab", "Khyber Pakhtunkhwa", "Balochistan"]


def test_an_arabic_report_places_its_figures(gazetteer: Gazetteer) -> None:
    """The figure of an Arabic report lies in the place its sentence names."""
    [figure] = extract("قتل 12 مدنيا في قصف على مدينة إدلب يوم الثلاثاء.", lang="ar")
    assert figure.location is not None
    assert (figure.location.name, figure.location.country_iso3) == ("Idlib", "SYR")


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("أَحْمَد", "احمد"),
        ("إدلب آمنة", "ادلب امنه"),
        ("مستشفى", "مستشفي"),
        ("ســوريا", "سوريا"),
        ("١٢٣٬٤٥٦ ٪", "123,456 %"),
    ],
)
def test_folding_maps_spellings_together(text: str, folded: str) -> None:
    """Hamza forms, alef maqsura, ta marbuta, vowel marks, tatweel and Eastern digits fold to one spelling."""
    assert fold_arabic(text)[0] == folded


def test_folding_keeps_a_map_to_the_original_offsets() -> None:
    """Every folded character points at the original character it came from."""
    text = "قُتِلَ ٧٥ شخصـاً"
    folded, origin = fold_arabic(text)
    assert origin is not None
    assert len(origin) == len(folded) + 1
    assert text[origin[folded.index("75")]] == "٧"
    assert origin[-1] == len(text)
