"""A province that hosts displaced people states a standing total, as a country does, while a town or a site
that hosts them states its population; a count and one more person named with a long title share their verb;
homes described by what they are built of keep their verb; livestock counted vaguely counts no one (French); an
Arabic part "of them" after a place aside belongs to the toll before it; an Arabic teen written with the article
is no count of ten; leaving to go home is a return; going back to school is none.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_province_hosting_people_states_a_standing_total() -> None:
    text = "Adamawa hosts more than 210,000 internally displaced people, the emergency agency said."
    assert kinds_values(text, "en") == [("displaced", 210000)]


def test_a_town_or_a_title_hosting_people_states_a_population() -> None:
    assert kinds_values("Kaya now hosts more than 150,000 displaced people.", "en") == []
    assert kinds_values("The capital hosts an estimated 400,000 displaced people.", "en") == []
    # (a province named only as where the site lies)
    assert kinds_values("Dadaab, in Garissa County, hosts more than 300,000 refugees.", "en") == []


def test_a_count_and_one_more_person_with_a_long_title_share_their_verb() -> None:
    text = "Officials said three soldiers and a Central Reserve Police Force officer were killed in the ambush."
    assert ("killed", 3) in kinds_values(text, "en")


def test_homes_described_by_their_materials_keep_their_verb() -> None:
    text = "About 4,300 shelters made of bamboo and plastic sheeting were flattened by the storm."
    assert kinds_values(text, "en") == [("houses_destroyed", 4300)]
    assert kinds_values("Some 260 houses built of mud were washed away overnight.", "en") == [("houses_destroyed", 260)]


def test_livestock_counted_vaguely_counts_no_one() -> None:
    assert kinds_values("La crue a aussi tué des centaines de têtes de bétail près de Mopti.", "fr") == []
    assert kinds_values("Des centaines de familles ont fui la crue près de Mopti.", "fr") == [("displaced", None)]


def test_a_part_of_them_after_a_place_aside_belongs_to_the_toll() -> None:
    text = "أعلنت المديرية وفاة 4 أشخاص في ريف حماة، ثلاثة منهم اختناقاً، وإصابة 12 آخرين."
    assert kinds_values(text, "ar") == [("killed", 4), ("killed", 3), ("injured", 12)]


def test_a_teen_with_the_article_is_no_count_of_ten() -> None:
    text = "أصيب 30 شخصا في 11 محافظة من محافظات البلاد الأربع عشرة منذ بداية الشهر."
    assert kinds_values(text, "ar") == [("injured", 30)]


def test_leaving_to_go_home_is_a_return() -> None:
    text = "سجل المعبر مغادرة نحو 2500 سوري عائدين إلى بلادهم خلال الأسبوع."
    assert kinds_values(text, "ar") == [("returned", 2500)]


def test_going_back_to_school_is_no_return() -> None:
    text = "تضررت 90 مدرسة، ما يحرم آلاف التلاميذ من العودة إلى الدراسة."
    assert kinds_values(text, "ar") == []
