"""French and Arabic: a part named with its own participle keeps that fate ("dont au moins 40 enfants tués" after a
count of the wounded), unless the participle opens the next clause ("بينهم طفلان واصيب"); bare numbers listed under
one noun named before them all share it ("عدد الجرحى 27 و15 و8"); demonyms in "-ouis"; nights in cars and in makeshift
shelters, a night slept in a gymnasium; aid handed out and "Trois-Rivières" count no one; numbered quarters, restarted
services, people who reached a hospital dead; families that own no shelter or found one.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values, summary


def test_a_part_with_its_own_participle() -> None:
    text = "Le ministère fait état de 410 morts et 2 300 blessés depuis lundi, dont au moins 40 enfants tués."
    assert kinds_values(text, "fr") == [("killed", 410), ("injured", 2300), ("killed", 40)]


def test_a_verb_opening_the_next_clause_is_not_the_parts() -> None:
    text = "قتل ستة مدنيين بينهم طفلان وأصيب 19 آخرون بجروح في قصف على البلدة."
    assert kinds_values(text, "ar") == [("killed", 6), ("killed", 2), ("injured", 19)]


def test_bare_numbers_listed_under_a_noun_named_before_them() -> None:
    text = "وبلغ عدد الجرحى في الأحياء الثلاثة 31 و12 و7 على التوالي."
    assert kinds_values(text, "ar") == [("injured", 31), ("injured", 12), ("injured", 7)]


def test_demonyms_ending_in_ouis() -> None:
    text = "Depuis janvier, quelque 90 000 Sahraouis ont fui vers la Mauritanie."
    assert kinds_values(text, "fr") == [("displaced", 90_000)]


def test_nights_in_cars_and_in_makeshift_shelters() -> None:
    assert kinds_values("Près de 2 000 déplacés y dorment dans des voitures.", "fr") == [("homeless", 2000)]
    text = "Quelque 1 200 familles vivent toujours dans des abris de fortune."
    assert kinds_values(text, "fr") == [("sheltered", 1200)]


def test_aid_handed_out_counts_no_one() -> None:
    assert kinds_values("Le Croissant-Rouge a distribué des repas à 3 000 personnes.", "fr") == []


def test_numbered_quarters_and_restarted_services() -> None:
    assert kinds_values("وسقطت القذائف على الحارة 12 في أمبدة.", "ar") == []
    assert kinds_values("وأعادت الهيئة تشغيل 4 من أصل 7 محطات كهرباء.", "ar") == []


def test_people_who_reached_a_hospital_dead() -> None:
    assert kinds_values("ووصل 15 شخصا آخرون إلى المستشفى متوفين.", "ar") == [("killed", 15)]


def test_families_with_no_shelter_and_families_that_found_one() -> None:
    assert kinds_values("وقال إن 5 آلاف أسرة لا تملك أي مأوى.", "ar") == [("homeless", 5000)]
    text = "وتمكنت 900 أسرة فقط من الحصول على مأوى في المدارس."
    assert kinds_values(text, "ar") == [("sheltered", 900)]


def test_a_part_counted_of_them_after_its_number() -> None:
    text = "وأسفر الحريق عن وفاة سبعة أشخاص، أربعة منهم أطفال، وإصابة 22 آخرين."
    assert summary(text, "ar") == [
        ("killed", 7, "exact", "people"),
        ("killed", 4, "exact", "children"),
        ("injured", 22, "exact", "people"),
    ]
    # (a fate of its own after the part keeps it)
    assert kinds_values("نزح 800 شخص، 60 منهم أصيبوا بجروح.", "ar") == [("displaced", 800), ("injured", 60)]


def test_captives_released_are_no_one_counted() -> None:
    assert kinds_values("وكان المسلحون قد اختطفوا 30 شخصا، أفرج عن 12 منهم لاحقا.", "ar") == []


def test_people_brought_back_and_home_to_where_they_came_from() -> None:
    assert kinds_values("وأعيدت 640 عائلة من مخيم الهول.", "ar") == [("returned", 640)]
    text = "وغادرت 520 عائلة مخيم الجدعة إلى مناطقها الأصلية في الأنبار."
    assert kinds_values(text, "ar") == [("returned", 520)]
    # (not brought back to mind, nor to the shore they set out from)
    assert kinds_values("وتعيد هذه الحرائق إلى الأذهان حرائق 2021 التي خلفت دمارا.", "ar") == []
    assert kinds_values("وأعيد 4 آلاف مهاجر إلى الشواطئ الليبية بعد اعتراضهم.", "ar") == []


def test_people_arriving_from_another_country() -> None:
    text = "وقالت المفوضية إن 42 ألف شخص دخلوا الأراضي الأردنية قادمين من سوريا."
    assert kinds_values(text, "ar") == [("displaced", 42_000)]


def test_a_night_slept_in_a_gymnasium_is_shelter() -> None:
    text = "Environ 400 personnes ont dormi dans le gymnase de la commune."
    assert kinds_values(text, "fr") == [("sheltered", 400)]


def test_a_number_word_opening_a_place_name_counts_no_one() -> None:
    text = "Le feu aux portes de Trois-Rivières a forcé l'évacuation de 2 000 résidents."
    assert kinds_values(text, "fr") == [("evacuated", 2000)]
    assert kinds_values("Vingt-trois personnes ont été tuées.", "fr") == [("killed", 23)]
