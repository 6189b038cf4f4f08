"""French and Arabic: people relocated or transferred by those in charge are evacuated ("a relocalisé 1 250
ménages", "ont été transférées vers le camp"), unless taken to a hospital; people moved out of low-lying or
threatened areas are evacuated ("نقلت 600 أسرة من المناطق المنخفضة"); a time word alone between "تقيم" and its
count names no host ("تقيم حاليا نحو 300 عائلة في مدارس" is a count sheltered); shelters that take people in,
named after their verb, count the sheltered ("تؤوي مراكز الإيواء نحو 90 ألف نازح"); "those who were evacuated"
("من تم إجلاؤهم") is a count of the evacuated; French transfers to detention move no one, a day after its weekday
is a date, "autres" before camps leaves them things, a little girl after "sa" is kin, a night still spent
somewhere is shelter and a force that "a perdu N soldats" counts its dead.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_french_people_relocated_or_transferred_are_evacuated() -> None:
    assert kinds_values("La préfecture a relocalisé 780 ménages vers le site de Kabo.", "fr") == [("evacuated", 780)]
    assert kinds_values("Environ 2 100 réfugiés ont été transférés vers le camp de Gaga.", "fr") == [
        ("evacuated", 2100)
    ]
    assert kinds_values("Quinze blessés ont été transférés vers l'hôpital régional.", "fr") == [("injured", 15)]


def test_arabic_people_moved_out_of_threatened_areas_are_evacuated() -> None:
    assert kinds_values("ونقلت فرق الدفاع المدني نحو 450 أسرة من المناطق المهددة بالفيضان.", "ar") == [
        ("evacuated", 450)
    ]


def test_arabic_a_time_word_before_a_sheltered_count_names_no_host() -> None:
    assert kinds_values("وتقيم حاليا نحو 520 عائلة في مدارس المدينة.", "ar") == [("sheltered", 520)]
    # (a town between the verb and the count is a host: its population is no figure)
    assert kinds_values("ويعيش حاليا في مدينة كسلا قرابة 300 ألف نازح.", "ar") == []


def test_arabic_shelters_taking_people_in_after_their_verb_count_the_sheltered() -> None:
    assert kinds_values("وتؤوي مراكز الإيواء في المحافظة حاليا نحو 7 آلاف نازح.", "ar") == [("sheltered", 7000)]


def test_french_transfers_to_detention_are_no_move_and_weekday_dates_no_count() -> None:
    assert kinds_values("Neuf d'entre eux ont été transférés en détention provisoire.", "fr") == []
    assert kinds_values("Au moins 52 personnes ont été tuées entre le samedi 4 et le lundi 6 mai.", "fr") == [
        ("killed", 52)
    ]


def test_french_other_camps_are_things_and_a_little_girl_is_kin() -> None:
    assert kinds_values("Les pluies ont inondé trois autres camps de déplacés.", "fr") == []
    assert kinds_values("Un homme et sa fillette ont péri dans l'incendie.", "fr") == [("killed", 1), ("killed", 1)]


def test_arabic_a_count_of_those_evacuated_is_read() -> None:
    assert kinds_values("وقالت الوزارة إن عدد من تم إجلاؤهم بلغ 2300 شخص.", "ar") == [("evacuated", 2300)]


def test_arabic_a_heading_of_returns_and_of_arrivals_names_its_rows() -> None:
    text = "عودة اللاجئين حسب بلد اللجوء:\n- تركيا: 91,000\n- الأردن: 44,000\n"
    assert kinds_values(text, "ar") == [("returned", 91000), ("returned", 44000)]
    text = "الواصلون حسب بلد اللجوء:\n- تشاد: 120 ألف\n- مصر: 85 ألفا\n"
    assert kinds_values(text, "ar") == [("displaced", 120000), ("displaced", 85000)]


def test_rows_of_a_list_of_the_sheltered_stay_sheltered_under_the_wider_word() -> None:
    text = "توزيع النازحين في مراكز الإيواء حسب المحافظة:\n• حلب: 12 ألف نازح\n• حماة: 8 آلاف\n"
    assert kinds_values(text, "ar") == [("sheltered", 12000), ("sheltered", 8000)]


def test_arabic_families_moved_out_of_threatened_hamlets_are_evacuated() -> None:
    assert kinds_values("ونقلت السلطات المحلية 140 أسرة من دواوير مهددة بالانهيار.", "ar") == [("evacuated", 140)]


def test_french_nights_still_spent_somewhere_and_a_force_losing_its_soldiers() -> None:
    assert kinds_values("Environ 900 personnes passaient encore la nuit dans deux gymnases.", "fr") == [
        ("sheltered", 900)
    ]
    assert kinds_values("L'armée a perdu 17 soldats lors de l'embuscade.", "fr") == [("killed", 17)]
    assert kinds_values("L'équipe a perdu trois matchs de suite.", "fr") == []
