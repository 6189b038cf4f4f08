"""Arabic: a weekday right before a number is a date's only when a month follows; before a counted noun the
number counts ("انتشلت يوم الجمعة 16 جثة"); homes that "fell" ("تهدم") are destroyed, but families "whose homes
fell" are people; a count a correction takes back ("ورد في تحديث سابق أن ...") is no figure; a camp named "for
the displaced" inside an aside does not take the parts that follow from the toll before it; "فقد" before "settled"
is "so, indeed", no loss; bridges are no homes; the displaced one town alone hosts are its population.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_weekday_before_a_counted_noun_is_no_date() -> None:
    assert kinds_values("وانتشلت فرق الإنقاذ صباح اليوم السبت 21 جثة من تحت الركام.", "ar") == [("killed", 21)]
    assert kinds_values("قتل 4 أشخاص يوم الخميس 12 سبتمبر في قصف على القرية.", "ar") == [("killed", 4)]


def test_fallen_homes_are_destroyed_but_families_whose_homes_fell_are_people() -> None:
    text = "وفي بانياس، تهدم 38 منزلا بالكامل وتضرر نحو 400 منزل بشكل جزئي."
    assert kinds_values(text, "ar") == [("houses_destroyed", 38), ("houses_damaged", 400)]
    text = "وشمل المسح نحو 52 ألف مبنى، وأن العائلات التي تهدمت منازلها ستحصل على تعويض."
    assert kinds_values(text, "ar") == []


def test_a_count_a_correction_takes_back_is_no_figure() -> None:
    text = "تصحيح: ورد في تحديث سابق أن 14 من المسعفين قتلوا، والصحيح أن القتلى من المسعفين 8."
    assert kinds_values(text, "ar") == [("killed", 8)]


def test_a_camp_for_the_displaced_in_an_aside_keeps_the_parts_with_the_toll() -> None:
    text = "قتل أكثر من 60 شخصا في القصف على مخيم أبو شوك للنازحين منذ الأحد، بينهم 17 طفلا."
    assert kinds_values(text, "ar") == [("killed", 60), ("killed", 17)]


def test_so_indeed_before_settled_is_no_loss() -> None:
    text = "أما السوريون الفارون، وعددهم نحو 40 ألفا، فقد استقر معظمهم لدى أقارب في حمص."
    assert ("missing", 40000) not in kinds_values(text, "ar")


def test_bridges_are_no_homes() -> None:
    text = "وتضرر 120 منزلا جزئيا، إضافة إلى انهيار اثنين من الجسور الأربعة في المدينة."
    assert kinds_values(text, "ar") == [("houses_damaged", 120)]


def test_the_displaced_one_town_alone_hosts_are_its_population() -> None:
    text = "ويعيش في مدينة دولو وحدها قرابة 90 ألف نازح موزعين على عشرات المواقع."
    assert kinds_values(text, "ar") == []
