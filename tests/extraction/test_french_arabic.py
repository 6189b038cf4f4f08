"""French and Arabic reports: numbers as each language writes them, kinds, hedges, traps, projections, spans.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.extraction.extract import extract
from bot.extraction.language import detect_language
from bot.values import Figure, Group, Kind, Qualifier


def _read(text: str, lang: str | None = None) -> list[tuple[Kind, int | None, Qualifier]]:
    return [(f.kind, f.value, f.qualifier) for f in extract(text, lang=lang)]


def _only(text: str, lang: str | None = None, published: dt.date | None = None) -> Figure:
    figures = extract(text, published or PUBLISHED, lang=lang)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Au moins 30 civils ont été tués dimanche dans une attaque contre un village du centre du pays.", "fr"),
        ("قتل 12 شخصا على الأقل في قصف استهدف سوقا شعبيا وسط المدينة صباح الثلاثاء.", "ar"),
        ("At least 30 civilians were killed on Sunday in an attack on a village in the centre of the country.", "en"),
        ("Al menos 30 civiles murieron el domingo en un ataque contra una aldea del centro del país.", "es"),
    ],
)
def test_language_is_detected_per_report(text: str, lang: str) -> None:
    """Arabic by its script; French, English and the rest by the language identifier."""
    assert detect_language(text) == lang


def test_a_language_the_bot_does_not_read_gives_no_figure() -> None:
    """A Spanish report is never read as English, even where English words would match."""
    spanish = "Al menos 30 personas murieron y 5.000 fueron desplazadas por las inundaciones."
    assert extract(spanish) == []
    assert extract(spanish, lang="es") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins sept villageois ont été tués.", [(Kind.KILLED, 7, Qualifier.AT_LEAST)]),
        ("Plus de 5 000 personnes ont fui les combats.", [(Kind.DISPLACED, 5000, Qualifier.MORE_THAN)]),
        ("La province compte 1 902 150 déplacés internes.", [(Kind.DISPLACED, 1902150, Qualifier.EXACT)]),
        ("Le Nord-Kivu accueille désormais 2,4 millions de déplacés.", []),
        ("Le conflit a déplacé 2,4 millions de personnes.", [(Kind.DISPLACED, 2400000, Qualifier.EXACT)]),
        ("Une vingtaine de personnes ont été blessées.", [(Kind.INJURED, 20, Qualifier.ABOUT)]),
        ("Des dizaines de milliers de personnes ont fui.", [(Kind.DISPLACED, None, Qualifier.VAGUE)]),
        (
            "Le séisme a fait 632 morts et 329 blessés.",
            [(Kind.KILLED, 632, Qualifier.EXACT), (Kind.INJURED, 329, Qualifier.EXACT)],
        ),
        ("Près de 4.000 maisons ont été détruites.", [(Kind.HOUSES_DESTROYED, 4000, Qualifier.ABOUT)]),
        ("Dix-neuf personnes sont portées disparues.", [(Kind.MISSING, 19, Qualifier.EXACT)]),
        ("Quelque 1 200 réfugiés sont rentrés chez eux.", [(Kind.RETURNED, 1200, Qualifier.ABOUT)]),
        ("Le bilan est passé de 10 à 25 morts.", [(Kind.KILLED, 25, Qualifier.EXACT)]),
        ("Entre 2 et 3 millions de personnes ont fui.", [(Kind.DISPLACED, 2000000, Qualifier.RANGE)]),
        ("Un enfant a été tué par une balle perdue.", [(Kind.KILLED, 1, Qualifier.EXACT)]),
    ],
)
def test_french_numbers_kinds_and_hedges(text: str, expected: list[tuple[Kind, int | None, Qualifier]]) -> None:
    """French number writing (spaces, dots, decimal commas, -aine words) with its verbs and nouns."""
    assert _read(text, "fr") == expected


def test_french_subgroups_and_lists_share_the_figure_they_follow() -> None:
    """'9 morts dont 7 à X et 2 à Y': the 7 and the 2 are deaths too."""
    found = _read("Le bilan de l'attaque s'élève à neuf morts, dont sept à Kobé et deux à Tiné.", "fr")
    assert found == [(Kind.KILLED, 9, Qualifier.EXACT), (Kind.KILLED, 7, Qualifier.EXACT),
                     (Kind.KILLED, 2, Qualifier.EXACT)]  # fmt: skip


def test_french_projection_and_traps() -> None:
    """A forecast is flagged; population, money, percentages, ages and dates give nothing."""
    forecast = _only("Jusqu'à 50 000 personnes pourraient être contraintes de fuir leurs foyers.", "fr")
    assert (forecast.kind, forecast.value, forecast.projection) == (Kind.DISPLACED, 50000, True)
    quiet = (
        "La ville de 50 000 habitants a reçu 2 millions de dollars. Un homme de 45 ans, 30 % des écoles, le 12 mars "
        "2024. Le camp accueille 12 000 déplacés. Plusieurs personnes ont fui."
    )
    assert _read(quiet, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل ٧٥ شخصاً في قصف على المدينة.", [(Kind.KILLED, 75, Qualifier.EXACT)]),
        (
            "سقط 75 قتيلا و120 جريحا في الهجوم.",
            [(Kind.KILLED, 75, Qualifier.EXACT), (Kind.INJURED, 120, Qualifier.EXACT)],
        ),
        ("نزح ما لا يقل عن 30 ألف شخص من المدينة.", [(Kind.DISPLACED, 30000, Qualifier.AT_LEAST)]),
        ("أصيب أكثر من 7 آلاف شخص في الزلزال.", [(Kind.INJURED, 7000, Qualifier.MORE_THAN)]),
        ("بلغ عدد النازحين نحو ربع مليون نازح.", [(Kind.DISPLACED, 250000, Qualifier.ABOUT)]),
        ("قتل شخصين في الغارة.", [(Kind.KILLED, 2, Qualifier.EXACT)]),
        ("نزح عشرات الآلاف من السكان جراء القتال.", [(Kind.DISPLACED, None, Qualifier.VAGUE)]),
        ("ارتفع عدد الجرحى إلى 5 آلاف و278 جريحا.", [(Kind.INJURED, 5278, Qualifier.EXACT)]),
        ("دمرت السيول 1676 منزلا بالكامل.", [(Kind.HOUSES_DESTROYED, 1676, Qualifier.EXACT)]),
        ("فقد 40 شخصا في عرض البحر.", [(Kind.MISSING, 40, Qualifier.EXACT)]),
        ("عاد أكثر من 1,6 مليون لاجئ إلى ديارهم.", [(Kind.RETURNED, 1600000, Qualifier.MORE_THAN)]),
        ("ارتفعت حصيلة القتلى من 30 إلى 45 قتيلا.", [(Kind.KILLED, 45, Qualifier.EXACT)]),
        (
            "أسفر القصف عن مقتل طفل وإصابة 5 آخرين.",
            [(Kind.KILLED, 1, Qualifier.EXACT), (Kind.INJURED, 5, Qualifier.EXACT)],
        ),
        ("قتل 14 مدنيا على الأقل في الغارة.", [(Kind.KILLED, 14, Qualifier.AT_LEAST)]),
    ],
)
def test_arabic_numbers_kinds_and_hedges(text: str, expected: list[tuple[Kind, int | None, Qualifier]]) -> None:
    """Western and Eastern digits, scale words, duals, fractions, counted nouns, numbers in two parts."""
    assert _read(text, "ar") == expected


def test_arabic_subgroups_take_the_kind_of_their_figure() -> None:
    """'killed 30, among them 10 children and 5 women': the children and women were killed."""
    figures = extract("أسفر القصف عن مقتل 30 شخصا، بينهم 10 أطفال و5 نساء.", lang="ar")
    assert [(f.kind, f.value, f.group) for f in figures] == [
        (Kind.KILLED, 30, Group.PEOPLE),
        (Kind.KILLED, 10, Group.CHILDREN),
        (Kind.KILLED, 5, Group.WOMEN),
    ]


def test_arabic_projection_and_traps() -> None:
    """'Expected to be displaced' is a projection; population, money, ages, hosts and dates give nothing."""
    forecast = _only("من المتوقع أن ينزح 50 ألف شخص خلال الأسابيع المقبلة.", "ar")
    assert (forecast.kind, forecast.value, forecast.projection) == (Kind.DISPLACED, 50000, True)
    quiet = (
        "يبلغ عدد سكان المدينة 300 ألف نسمة. وقدمت المنظمة 5 ملايين دولار. ويستضيف المخيم 12 ألف نازح. "
        "وارتفعت الأسعار بنسبة 40 بالمئة منذ 12 مارس 2024. وتحدث رجل يبلغ من العمر 70 عاما."
    )
    assert extract(quiet, lang="ar") == []


def test_arabic_spans_point_into_the_original_text() -> None:
    """Diacritics and tatweel are folded away for matching, yet each span slices the original words."""
    text = "وَقُتِلَ ٧٥ شَخْصـاً في الهُجُوم."
    figure = _only(text)
    start, end = figure.span
    assert text[start:end].startswith("وَقُتِلَ ٧٥ شَخْص")
    assert figure.sentence == text


PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(
    ("text", "date", "date_end"),
    [
        ("Au moins 30 civils ont été tués mardi à Beni.", "2024-03-12", None),
        ("Le 12 janvier 2024, quatre personnes ont été blessées.", "2024-01-12", None),
        ("Depuis le 1er décembre, plus de 5 000 personnes ont fui.", "2023-12-01", "2024-03-14"),
        ("Hier, 40 maisons ont été détruites.", "2024-03-13", None),
        ("Depuis le début de l'année, 12 000 personnes ont été déplacées.", "2024-01-01", "2024-03-14"),
        ("قتل 75 شخصا يوم الثلاثاء.", "2024-03-12", None),
        ("نزح 3 آلاف شخص منذ 26 تشرين الأول الماضي.", "2023-10-26", "2024-03-14"),
        ("أصيب 12 شخصا في 3 مارس/آذار 2024.", "2024-03-03", None),
        ("نزح 500 ألف شخص منذ بداية العام.", "2024-01-01", "2024-03-14"),
        ("قتل 9 أشخاص في 5 جانفي 2024.", "2024-01-05", None),
        ("قتل 9 أشخاص أمس.", "2024-03-13", None),
        ("نزح 400 شخص في 3 آب 2023.", "2023-08-03", None),
    ],
)
def test_dates_in_french_and_arabic(text: str, date: str, date_end: str | None) -> None:
    """Day and month names from CLDR (Egyptian, Maghreb and Levantine months), weekdays, 'since' periods."""
    figure = _only(text)
    assert figure.date == dt.date.fromisoformat(date)
    assert figure.date_end == (dt.date.fromisoformat(date_end) if date_end else None)


def test_a_subgroup_of_a_forecast_is_a_forecast() -> None:
    """'expected to displace a million people, among them 100,000 ...': both figures are projections."""
    figures = extract("وتتوقع المفوضية أن تتسبب المعارك بنزوح مليون شخص، من بينهم 100 ألف نحو أربيل.", lang="ar")
    assert [(f.value, f.projection) for f in figures] == [(1000000, True), (100000, True)]
