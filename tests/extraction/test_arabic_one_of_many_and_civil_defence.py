"""Arabic: one of many named by its plural, civil defence is no civilian, and numbers that name hours or issues.

Every report here is written for these tests (none is copied from the shared corpus).
"""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from bot.values import Group, Kind


def _read(text: str) -> list[tuple[Kind, int | None, Group]]:
    return [(f.kind, f.value, f.group) for f in extract(text, lang="ar")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وأصيب أحد متطوعي الهلال الأحمر بشظايا أثناء إسعاف الجرحى في حي الشيخ رضوان.", Kind.INJURED),
        ("وأكدت المديرية أن أحد عناصر الدفاع المدني استشهد خلال عمليات الإنقاذ في بلدة عيتا.", Kind.KILLED),
        ("ولا يزال أحد سكان المبنى في عداد المفقودين، بحسب البلدية.", Kind.MISSING),
    ],
)
def test_one_of_many_is_a_figure_of_one(text: str, kind: Kind) -> None:
    assert (kind, 1) in [(k, v) for k, v, _g in _read(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ولم يُقتل أحد من سكان القرية في القصف، بحسب مصادر محلية.",
        "وتحدث شهود عن جثث بقيت في الشوارع لم يتمكن أحد من انتشالها.",
        "وقالت الوزارة إن القذيفة أصابت أحد الفصول الدراسية في المدرسة.",
    ],
)
def test_anyone_and_things_hit_are_no_one_of_many(text: str) -> None:
    assert _read(text) == []


def test_civil_defence_teams_are_no_civilian() -> None:
    """ "فرق الدفاع المدني": the definite adjective of civil defence, before a cue of bodies, is no dead civilian."""
    figures = _read("وانتشلت فرق الدفاع المدني جثث 9 أشخاص من تحت أنقاض مبنى في بلدة الخيام.")
    assert figures == [(Kind.KILLED, 9, Group.PEOPLE)]


def test_the_hurt_who_died_after_a_partitive_are_dead() -> None:
    figures = _read("وأفاد مرضى بأن أربعة من أقاربهم الجرحى فارقوا الحياة على الطريق إلى المستشفى.")
    assert figures == [(Kind.KILLED, 4, Group.PEOPLE)]


@pytest.mark.parametrize(
    "text",
    [
        "وفرّ نحو 60 ألف شخص من المدينة خلال الساعات الـ48 الأولى من الهجوم.",
        "المنظمة الدولية للهجرة: تحديث حول حركة العودة إلى ولاية الجزيرة (العدد 4)",
    ],
)
def test_hours_and_issue_numbers_are_no_counts(text: str) -> None:
    assert all(value not in (48, 4) for _k, value, _g in _read(text))


def test_no_one_hurt_is_no_one_of_many() -> None:
    assert _read("وفي زاخو، انهار جدار قديم من دون أن يصاب أحد بأذى.") == []


def test_one_person_with_a_hedge_is_still_missing() -> None:
    """ "شخص واحد على الأقل في عداد المفقودين": the hedge between the person and the cue."""
    figures = _read("وانتشلت الفرق ثلاث جثث، فيما لا يزال شخص واحد على الأقل في عداد المفقودين.")
    assert (Kind.MISSING, 1, Group.PEOPLE) in figures
    assert (Kind.KILLED, 1, Group.PEOPLE) not in figures


@pytest.mark.parametrize(
    "text",
    [
        # an old toll with a longer description before its count
        "ارتفعت حصيلة الفيضانات إلى 31 وفاة، بعد أن كانت الحصيلة المعلنة صباح أمس 18 وفاة.",
        # the hurt who left hospital, a plant working again, a bridge rebuilt
        "وأصيب 40 شخصاً بحالات اختناق، غادر 33 منهم المستشفيات بعد تلقي العلاج.",
        "وتوقفت محطة الضخ التي تخدم نحو 200 ألف شخص قبل أن تعود للعمل مساء الأحد.",
        "وشمل المشروع إعادة تأهيل 4 جسور ووفر فرص عمل لأكثر من 900 شاب.",
    ],
)
def test_old_tolls_discharges_and_works_are_no_new_figures(text: str) -> None:
    assert all(value not in (18, 33, 200000, 900) for _k, value, _g in _read(text)), _read(text)


def test_one_person_with_an_age_before_its_own_verb() -> None:
    """ "لقي طفل يبلغ من العمر 9 أعوام حتفه", "شاب في الثلاثينات من عمره مفقودا": the age stands between."""
    figures = _read("لقي طفل يبلغ من العمر 9 أعوام حتفه غرقا، فيما لا يزال شاب في الثلاثينات من عمره مفقودا.")
    assert (Kind.KILLED, 1, Group.CHILDREN) in figures
    assert (Kind.MISSING, 1, Group.PEOPLE) in figures


def test_a_first_toll_and_a_bulletins_week_are_no_figures() -> None:
    assert _read("وكانت الحصيلة الأولى التي أعلنت صباح الأحد قد أشارت إلى 6 وفيات.") == []
    assert _read("المنظمة الدولية للهجرة: العائدون من باكستان وإيران (الأسبوع 21، 2025)") == []
