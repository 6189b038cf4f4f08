"""Arabic: one more part of a toll added after its subgroup ("اضافة الى", "الى جانب", "فضلا عن") is a part of it,
not of the next clause's harm, unless it has its own fate; a day and its month inside an aside do not cut a subgroup
from its toll; moved to hotels, taking shelter in schools and staying in "these centres" are shelter; boats that
carry people to safety evacuate them; crossing right before a count of people is flight, "via" before places is
not; huts are houses; the damaged-or-destroyed total, discharged patients, detention, rates and residents of a site
count no one; a toll that had stood at a count is the old one; two unit words joined by "و" are two counts; a
village that lost its people lost them dead; the hurt who left hospital, patients at risk and sites hosting people
are no new count.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values, summary


def test_a_part_added_after_the_subgroup_belongs_to_the_toll() -> None:
    text = "ارتفعت الحصيلة إلى 640 قتيلا، بينهم 210 أطفال، إضافة إلى 95 امرأة، فيما تجاوز عدد الجرحى 1800 جريح."
    assert kinds_values(text, "ar") == [("killed", 640), ("killed", 210), ("killed", 95), ("injured", 1800)]
    text = "وقالت الشبكة إن من بين القتلى 14 طفلا، فضلا عن خمس نساء، بينما أصيب 40 آخرون."
    assert kinds_values(text, "ar") == [("killed", 14), ("killed", 5), ("injured", 40)]


def test_an_added_part_with_its_own_fate_keeps_it() -> None:
    text = "ويرتفع عدد الأطفال القتلى منذ مطلع العام إلى 88 طفلا، إضافة إلى أكثر من 150 طفلا مصابا."
    assert kinds_values(text, "ar") == [("killed", 88), ("injured", 150)]


def test_a_day_and_its_month_inside_an_aside() -> None:
    text = "وقتل 240 مدنيا منذ 9 تشرين الثاني، بينهم 61 طفلا، فيما هجرت 300 أسرة من قراها."
    assert kinds_values(text, "ar") == [("killed", 240), ("killed", 61), ("displaced", 300)]


def test_moved_to_hotels_and_sheltering_in_schools() -> None:
    assert kinds_values("ونقلت 180 أسرة إلى فنادق على نفقة البلدية.", "ar") == [("sheltered", 180)]
    assert kinds_values("ويحتمي حاليا 7 آلاف شخص في مدرسة ومسجد بالحي.", "ar") == [("sheltered", 7000)]
    text = "وأكدت البلدية أن أكثر من 260 عائلة تقيم حاليا في هذه المراكز."
    assert kinds_values(text, "ar") == [("sheltered", 260)]


def test_boats_carrying_people_to_safety() -> None:
    text = "ونقلت قوارب الإنقاذ 950 شخصا من قرية جلب إلى مناطق آمنة."
    assert kinds_values(text, "ar") == [("evacuated", 950)]


def test_crossing_before_a_count_of_people_but_not_via_places() -> None:
    assert kinds_values("ومنذ بدء القتال عبر نحو 90 ألف شخص إلى أوغندا.", "ar") == [("displaced", 90_000)]
    text = "وانتشر المسعفون عبر 320 شاطئا في الولاية خلال الصيف."
    assert kinds_values(text, "ar") == []


def test_huts_are_houses() -> None:
    assert summary("وجرفت السيول 1,200 كوخ في القرى المجاورة.", "ar")[0][:2] == ("houses_destroyed", 1200)


def test_counts_of_no_one() -> None:
    assert kinds_values("وأشارت التقديرات إلى تضرر أو تهدم أكثر من 900 منزل في المدينة.", "ar") == []
    assert kinds_values("وأمرت النيابة بالتحفظ على 5 من موظفي الشركة.", "ar") == []
    assert kinds_values("وقالت إن طفلا واحدا من كل أربعة وافدين يعاني من الإرهاق.", "ar") == []
    assert kinds_values("ليرتفع عدد المقيمين فيه إلى أكثر من 21 ألفا.", "ar") == []
    text = "وغادر 18 مصابا المستشفى، فيما غادر 12 آخرون بعد تلقيهم العلاج."
    assert ("displaced", 12) not in kinds_values(text, "ar")


def test_a_toll_that_had_stood_at_a_count() -> None:
    text = "ارتفعت حصيلة الضحايا إلى 14 وفاة، وكانت الحصيلة قد توقفت مساء أمس عند 9 وفيات."
    assert kinds_values(text, "ar") == [("killed", 14)]


def test_two_unit_words_joined_by_and_are_two_counts() -> None:
    text = "وأسفرت الغارتان عن مقتل خمسة وأربعة أشخاص على التوالي."
    assert kinds_values(text, "ar") == [("killed", 5), ("killed", 4)]
    # (a unit before tens, or after a hundred, is one number)
    assert kinds_values("قتل ثلاثة وعشرون شخصا.", "ar") == [("killed", 23)]
    assert kinds_values("وأصيب مئة وسبعة أشخاص.", "ar") == [("injured", 107)]


def test_a_village_that_lost_its_people_lost_them_dead() -> None:
    assert kinds_values("وقال المسؤول إن الدوار فقد نحو 45 من سكانه.", "ar") == [("killed", 45)]
    # (a disappearance of a town's young men at sea is no toll)
    text = "بعد ثلاثة أسابيع على فقدان 9 شبان من أبنائها أبحروا نحو إيطاليا."
    assert kinds_values(text, "ar") == [("missing", 9)]


def test_the_hurt_who_left_hospital_and_patients_at_risk_are_no_new_count() -> None:
    assert kinds_values("وأوضح أن 17 من المصابين غادروا المستشفيات بعد تلقيهم العلاج.", "ar") == []
    assert kinds_values("وأشار إلى أن 25 مريضا في العناية المركزة يواجهون خطر الموت.", "ar") == []
    assert kinds_values("وقالت إن مركزي الإيواء يستضيفان حاليا نحو 2400 شخص.", "ar") == []


def test_a_besieged_place_is_no_besieged_people() -> None:
    text = "قتل في الأحياء الشرقية المحاصرة منذ الأحد الماضي ما لا يقل عن 130 مدنيا."
    assert kinds_values(text, "ar") == [("killed", 130)]
    assert kinds_values("وما زال 300 شخص محاصرين في المدينة.", "ar") == []
