"""Tables whose columns count people by their unit under a title naming the kind ("عدد العائلات | عدد الأفراد" under
"the returning families were spread as follows:"), columns that count things (shelters, camps) read as no
figure, a title on the displaced in camps read as the sheltered, and a total row placed in the whole country, not
in the row above it.

Every table here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract

_RETURNS = """وأعلنت الوزارة عودة 95 عائلة إلى مناطقها الأصلية. وتوزعت العائلات العائدة على النحو الآتي:

| المحافظة | عدد العائلات | عدد الأفراد |
|---|---|---|
| الأنبار | 51 | 240 |
| نينوى | 44 | 198 |
"""

_SHELTERS = """ويبين الجدول التالي توزع الأسر المقيمة في مراكز الإيواء بحسب المحافظات:

| المحافظة | مراكز الإيواء | الأسر المقيمة | عدد الأفراد |
|---|---|---|---|
| حمص | 12 | 610 | 2,480 |
| حماة | 7 | 305 | 1,390 |
| المجموع | 19 | 915 | 3,870 |
"""

_CAMPS = """وجاء توزيع النازحين المقيمين في المخيمات بحسب المحافظات كما يلي:

| المحافظة | عدد المخيمات | عدد الأسر |
|---|---|---|
| دهوك | 9 | 12,400 |
"""


def _rows(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang=lang)]


def test_unit_columns_take_the_kind_the_title_names() -> None:
    """Families and individuals in columns headed "number of ..." are the returns the line above the table names."""
    assert _rows(_RETURNS, "ar") == [
        ("returned", 95, "families"),
        ("returned", 51, "families"),
        ("returned", 240, "people"),
        ("returned", 44, "families"),
        ("returned", 198, "people"),
    ]


def test_a_column_of_shelters_is_no_figure_and_the_total_row_is_the_whole_country() -> None:
    """The count of shelters gives nothing; the families and people in them are sheltered; the total row is placed
    in Syria (the country of the rows), not in the province of the row above it."""
    figures = extract(_SHELTERS + "\nوذكرت الوزارة السورية أن العمل جار لإعادة تأهيل المدارس.", lang="ar")
    assert [(f.kind.value, f.value) for f in figures] == [
        ("sheltered", 610),
        ("sheltered", 2480),
        ("sheltered", 305),
        ("sheltered", 1390),
        ("sheltered", 915),
        ("sheltered", 3870),
    ]
    assert [f.location.country_iso3 if f.location else None for f in figures[-2:]] == ["SYR", "SYR"]
    assert figures[-1].location is not None
    assert figures[-1].location.level.value == "country"


def test_a_title_on_the_displaced_in_camps_reads_as_the_sheltered() -> None:
    """ "The displaced living in camps, by governorate:" names the sheltered; the count of camps is no figure."""
    assert _rows(_CAMPS, "ar") == [("sheltered", 12400, "families")]


def test_an_english_total_row_is_not_placed_in_the_row_above() -> None:
    """ "| Total | 61 |" under provinces of Yemen is placed in Yemen, not in the last province listed."""
    text = (
        "Deaths by governorate in Yemen:\n\n| Governorate | Deaths |\n|---|---|\n"
        "| Taiz | 40 |\n| Hajjah | 21 |\n| Total | 61 |\n"
    )
    figures = extract(text, lang="en")
    assert [(f.value, f.location.name if f.location else None) for f in figures] == [
        (40, "Ta‘izz"),
        (21, "Hajjah"),
        (61, "Yemen"),
    ]


def test_a_unit_column_of_the_affected_is_no_figure() -> None:
    """ "Affected families" beside "displaced families" under one title: only the displaced are counted."""
    text = (
        "وتوزعت الأسر المتضررة والنازحة وفق كشوفات أولية كما يلي:\n\n"
        "| المديرية | الأسر المتضررة | الأسر النازحة |\n| المراوعة | 2700 | 380 |\n"
    )
    assert _rows(text, "ar") == [("displaced", 380, "families")]
