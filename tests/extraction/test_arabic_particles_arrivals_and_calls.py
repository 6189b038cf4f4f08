"""Arabic: "فقد" before a verb is "so, indeed", not a loss; a storm's arrival is no arrival of people; a number to
call counts no one; "دون أن" denies the cue after it; inmates and nurses are people counted; an old toll keeps each
noun its own kind; a verb of harm reaches its count past the event's pronoun ("قتل فيه"); "مليونا و400 ألف" is one
number; a cue joined by "and" after houses counted opens the next clause; a table right under the line that
introduces it, its lines without leading pipes, takes that line's kind past "كالآتي" and who says so; dual deaths,
and a second dual joined by "and"; a Moroccan month before a year.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_fa_qad_before_a_verb_is_no_loss() -> None:
    text = "وحسب السلطات المحلية، فقد لقي 41 من سكان القرية مصرعهم، من بينهم 9 أطفال."
    assert kinds_values(text, "ar") == [("killed", 41), ("killed", 9)]
    assert kinds_values("وفقد 4 صيادين قبالة سواحل المكلا.", "ar") == [("missing", 4)]


def test_a_storms_arrival_is_no_arrival_of_people() -> None:
    text = "وكانت فرق الدفاع المدني قد أجلت، قبل ساعات من وصول العاصفة، 260 أسرة من الأحياء المنخفضة."
    assert kinds_values(text, "ar") == [("evacuated", 260)]


def test_a_number_to_call_counts_no_one() -> None:
    text = "وتقدر الجمعية أعداد المفقودين بالآلاف، داعية الأهالي إلى الإبلاغ عن ذويهم عبر الرقم المجاني 1520."
    assert kinds_values(text, "ar") == [("missing", None)]


def test_without_anyone_hurt_denies_the_cue() -> None:
    text = "وانهار منزلان في الحي القديم، دون أن يصاب أحد بأذى، إذ كانت الأسرتان قد غادرتاهما."
    assert kinds_values(text, "ar") == [("houses_destroyed", 2)]


def test_inmates_are_people_counted() -> None:
    assert kinds_values("ولقي 7 نزلاء حتفهم في حريق اندلع داخل السجن المركزي.", "ar") == [("killed", 7)]


def test_an_old_toll_keeps_each_noun_its_own_kind() -> None:
    text = "وأوضح المتحدث أن الحصيلة السابقة المعلنة ليل الأحد كانت 31 شهيدا و77 جريحا."
    assert kinds_values(text, "ar") == []


def test_a_verb_of_harm_past_the_events_pronoun() -> None:
    text = "وقع هجوم بطائرة مسيرة على مركز إيواء قتل فيه 6 نازحين بينهم امرأتان."
    assert kinds_values(text, "ar") == [("killed", 6), ("killed", 2)]


def test_a_million_and_its_thousands_are_one_number() -> None:
    text = "وتجاوز العدد الإجمالي للعائدين في أنحاء البلاد مليونا و400 ألف شخص."
    assert kinds_values(text, "ar") == [("returned", 1_400_000)]
    assert kinds_values("ونزح مليونا شخص منذ بداية الحرب.", "ar") == [("displaced", 2_000_000)]


def test_destroyed_homes_then_damaged_ones_joined_by_and() -> None:
    text = "ووثقت الفرق دماراً كلياً في 35 منزلاً وأضراراً جزئية في أكثر من 90 منزلاً."
    assert kinds_values(text, "ar") == [("houses_destroyed", 35), ("houses_damaged", 90)]


def test_a_table_under_its_title_line_without_leading_pipes() -> None:
    text = """وبحسب الجدول المرفق بالتقرير، توزع النازحون على المحافظات كالآتي:
المحافظة | عدد المراكز | العائلات | الأفراد
جبل لبنان | 310 | 12,400 | 51,200
عكار | 88 | 2,950 | 11,800"""
    assert kinds_values(text, "ar") == [
        ("displaced", 12400),
        ("displaced", 51200),
        ("displaced", 2950),
        ("displaced", 11800),
    ]


def test_dual_deaths_and_a_second_dual_joined_by_and() -> None:
    assert kinds_values("إقليم تنغير: وفاتان ومفقودان.", "ar") == [("killed", 2), ("missing", 2)]
    assert kinds_values("وعثرت الفرق على جثتي طفلين جرفتهما السيول.", "ar") == [("killed", 2)]


def test_a_moroccan_month_before_a_year_counts_no_one() -> None:
    text = "وتعيد هذه السيول إلى الأذهان فيضانات نونبر 2014 التي أودت بحياة أزيد من 30 شخصا."
    assert kinds_values(text, "ar") == [("killed", 30)]
