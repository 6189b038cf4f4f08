"""Evacuations told as moves (to cyclone or welfare centres, inland, by a humanitarian corridor, "need to be moved"),
tables of evacuees under a title naming the centres, another source's bare count of a toll, a figure a source puts
"at" by an anaphor, and two nouns of one count before its verb. Every text here is invented in the manner of the
reports it stands for."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values, summary


def test_people_moved_to_cyclone_or_welfare_centres_or_inland_were_evacuated() -> None:
    assert kinds_values("About 2.3 million people were moved to 7,100 cyclone shelters before landfall.") == [
        ("evacuated", 2_300_000)
    ]
    assert kinds_values("Around 900 villagers were moved to six welfare centres after the slope cracked.") == [
        ("evacuated", 900)
    ]
    assert kinds_values("About 640 residents of the outer atolls moved inland on Sunday.") == [("evacuated", 640)]
    assert kinds_values("Some 3,000 people are staying in 14 welfare centres.") == [("sheltered", 3000)]


def test_who_need_to_be_moved_are_evacuated_and_who_need_relocating_displaced() -> None:
    assert summary("The mayor says about 9,000 residents will need to be moved if the dyke fails.") == [
        ("evacuated", 9000, "about", "people")
    ]
    assert kinds_values("About 250 families will need to be relocated.") == [("displaced", 250)]


def test_people_who_left_by_a_humanitarian_corridor_were_evacuated() -> None:
    text = "Officials said about 4,200 people left Mariinka on Tuesday through a humanitarian corridor to Kurakhove."
    assert kinds_values(text) == [("evacuated", 4200)]
    assert kinds_values("Some 1,500 civilians fled the town on foot overnight.") == [("displaced", 1500)]


def test_a_table_of_evacuees_under_a_title_naming_the_centres_counts_the_sheltered() -> None:
    text = (
        "People in evacuation centres (disaster office, 3 March)\n"
        "Province | Centres | Evacuees\n"
        "Malampa | 31 | 2,480\n"
        "Sanma | 12 | 1,105\n"
    )
    assert kinds_values(text) == [("sheltered", 2480), ("sheltered", 1105)]


def test_another_sources_bare_count_of_a_toll_takes_its_kind() -> None:
    assert kinds_values("Market attack toll reaches 73, say medics; governor says 52") == [
        ("killed", 73),
        ("killed", 52),
    ]
    assert kinds_values("Gunmen kill 35 in village raid, chief says; police count 21") == [
        ("killed", 35),
        ("killed", 21),
    ]
    # not what the others say of something else
    assert kinds_values("The town was home to about 9,000 people; officials say fewer than 300 remain.") == []


def test_a_source_putting_that_figure_at_a_count_restates_the_toll() -> None:
    text = (
        "The rebels have been blamed for the deaths of more than 400 civilians in the district since 2019. "
        "Local monitors put that figure at over 750."
    )
    assert kinds_values(text) == [("killed", 400), ("killed", 750)]


def test_two_nouns_of_one_count_share_the_verb_after_them() -> None:
    assert kinds_values("Army says 27 soldiers and volunteers killed in ambush near Djibo") == [("killed", 27)]
    assert summary("Nine police and army officers were wounded in the attack.") == [("injured", 9, "exact", "people")]
    # a second count's own verb stays its own
    assert kinds_values("Officials reported 14 injured and five people missing after the blast.") == [
        ("injured", 14),
        ("missing", 5),
    ]
    # where the second noun's people were is no verb of the count: they are not read as sheltered there
    assert ("sheltered", 300) not in kinds_values(
        "More than 300 campers and staff at the riverside camps were evacuated by bus."
    )


def test_a_count_of_refugees_an_agency_counts_is_displacement_unless_its_noun_says_more() -> None:
    assert kinds_values("UNHCR counts some 480,000 refugees from the conflict across the region.") == [
        ("displaced", 480_000)
    ]
    assert kinds_values("Partners counted 96 wounded refugees at the border hospital this week.") == [("injured", 96)]


def test_a_bare_count_driven_towards_a_place_is_displaced() -> None:
    # "towards", "over" end a count's phrase: they are no counted noun
    assert kinds_values("Fighting near Rutshuru drives 48,000 towards Kiwanja.", "en") == [("displaced", 48000)]


def test_animals_counted_along_do_not_cut_the_people_from_their_verb() -> None:
    assert kinds_values("On Friday, 1,870 people and 260 pets remained in 31 shelters.", "en") == [("sheltered", 1870)]
