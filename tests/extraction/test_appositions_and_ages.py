"""Who the counted people were, said between the count and its verb: names, relations and ages. None of it is a
count of its own, and none of it may cut the count from its verb. Every text here is invented."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two cousins, Yusuf Bello (24) and Aminu Bello (19), were shot dead at the checkpoint.",
            [("killed", 2)],
            id="names-with-ages-in-brackets",
        ),
        pytest.param(
            "Two children, a girl aged 5 and her brother aged 9, drowned in the canal.",
            [("killed", 2)],
            id="relations-with-ages",
        ),
        pytest.param(
            "Four herders, Musa, Garba, Idi and Sani, were killed near the river.",
            [("killed", 4)],
            id="names-listed",
        ),
        pytest.param(
            "Three sisters aged six, eight and eleven died when the wall fell.",
            [("killed", 3)],
            id="ages-in-words",
        ),
        pytest.param(
            "The landslide killed 14 people, including two children aged three and seven.",
            [("killed", 14), ("killed", 2)],
            id="subgroup-with-ages",
        ),
        pytest.param(
            "A farmer aged 52 and four of his workers were abducted; residents aged 60 and three nurses were hurt.",
            [("injured", 3)],
            id="count-after-an-age",
        ),
        pytest.param(
            "Two brothers aged 7 and 12 were wounded by the blast.",
            [("injured", 2)],
            id="ages-not-counts",
        ),
    ],
)
def test_who_they_were_does_not_part_count_from_verb(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two civilian drivers were killed when the convoy hit a mine.", [("killed", 2)], id="civilian-drivers"
        ),
        pytest.param("Three child soldiers were wounded in the crossfire.", [("injured", 3)], id="child-soldiers"),
        pytest.param("Five women traders drowned when the ferry sank.", [("killed", 5)], id="women-traders"),
        pytest.param("A father of four was shot dead at his shop.", [("killed", 1)], id="father-of-four"),
        pytest.param(
            "Nine villagers were killed in the raid on Kpata, including a girl, Ruth, who was shot as she ran.",
            [("killed", 9), ("killed", 1)],
            id="one-of-them-named-after",
        ),
        pytest.param(
            "Seven people were hurt and taken to Ogoja General Hospital, police said.",
            [("injured", 7)],
            id="hospital-is-no-person",
        ),
    ],
)
def test_who_the_counted_people_are(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 200 gunmen killed three soldiers near Koutougou.", [("killed", 3)], id="doers-are-no-toll"),
        pytest.param(
            "Four people killed the previous day were buried on Friday.", [("killed", 4)], id="killed-the-day"
        ),
        pytest.param("At least 60 people were killed over two days in Geneina.", [("killed", 60)], id="passive-over"),
        pytest.param("9 killed 21 injured in bus blast", [("killed", 9), ("injured", 21)], id="headline-pairs"),
        pytest.param(
            "Roughly 1,900 residents of the two camps relocated to Luuq.", [("evacuated", 1_900)], id="distant"
        ),
        pytest.param(
            "A video shows a man stamping on the legs of an injured protester.", [], id="adjective-is-no-verb"
        ),
    ],
)
def test_who_did_it_and_to_whom(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A man hit by a stray bullet later died in hospital.", [("killed", 1)], id="hurt-then-died"),
        pytest.param("A girl with burns to her face, died on Sunday.", [("killed", 1)], id="injured-comma-died"),
        pytest.param(
            "Among the dead are four miners and a nurse, who was shot at the clinic gate.",
            [("killed", 4), ("killed", 1)],
            id="shot-among-the-dead",
        ),
        pytest.param("A boy was shot in the leg as his family fled.", [("injured", 1)], id="shot-in-the-leg"),
        pytest.param("A guard was injured and a cook died.", [("injured", 1), ("killed", 1)], id="two-people"),
        pytest.param("The bombing, martyring at least 19 people, shook the city.", [("killed", 19)], id="martyring"),
        pytest.param("Some 80 displaced women and girls were abducted from the site.", [], id="abducted-not-displaced"),
        pytest.param("About 150 families had shifted from the area to Kohat.", [("displaced", 150)], id="shifted-from"),
        pytest.param(
            "Another 21,000 people were shifted from riverside hamlets of Sehwan.",
            [("evacuated", 21_000)],
            id="were-shifted-from",
        ),
        pytest.param(
            "Nearly 800,000 residents, or eight in ten people in the district, have fled their homes.",
            [("displaced", 800_000)],
            id="share-as-an-aside",
        ),
    ],
)
def test_what_became_of_them(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Mosque blast claims lives of 41 worshippers", [("killed", 41)], id="claims-lives-of"),
        pytest.param("Troops neutralise 9 bandits", [("killed", 9)], id="neutralise-present"),
        pytest.param("One constable paid the supreme price.", [("killed", 1)], id="paid-the-supreme-price"),
        pytest.param(
            "The gunmen killed two Ugandans and four Kenyans.", [("killed", 2), ("killed", 4)], id="two-demonym-counts"
        ),
        pytest.param("Lava forces hundreds more from homes", [("displaced", None)], id="forces-more-from-homes"),
        pytest.param(
            "The raid sent an estimated 2,000 villagers from Kyauk Kan and nearby hamlets fleeing.",
            [("displaced", 2_000)],
            id="sent-fleeing",
        ),
        pytest.param(
            "Militias went from village to village, setting fire to at least 60 houses.",
            [("houses_destroyed", 60)],
            id="setting-fire-to",
        ),
        pytest.param(
            "At least 40 people were killed, including 6 women and two infants, and 9 others were wounded.",
            [("killed", 40), ("killed", 6), ("killed", 2), ("injured", 9)],
            id="second-part-of-a-subgroup",
        ),
    ],
)
def test_more_victims_and_their_verbs(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two of his colleagues and a soldier were also killed.", [("killed", 2), ("killed", 1)], id="colleagues"
        ),
        pytest.param("More than 40 campesinos have been killed since 2019.", [("killed", 40)], id="campesinos"),
        pytest.param("Three of her nephews drowned.", [("killed", 3)], id="nephews"),
    ],
)
def test_plurals_of_kin_and_companions(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two rangers were killed and a third wounded.", [("killed", 2), ("injured", 1)], id="a-third"),
        pytest.param("A photographer was beaten and injured.", [("injured", 1)], id="beaten-and-injured"),
        pytest.param("Her neighbour, she said, was never found.", [("missing", 1)], id="never-found"),
        pytest.param("Nine miners are still being searched for.", [("missing", 9)], id="being-searched-for"),
        pytest.param("Two boys were swept away by the river.", [("missing", 2)], id="swept-away-by-the-river"),
        pytest.param("It was the third attack on the camp this month.", [], id="ordinal-of-a-thing"),
    ],
)
def test_one_more_person_and_those_still_sought(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Doctors said 31 people had been brought dead and that two of the wounded had succumbed.",
            [("killed", 31), ("killed", 2)],
            id="brought-dead-and-succumbed",
        ),
        pytest.param("A mob torched the hall, burning at least 12 people to death.", [("killed", 12)], id="burning-to"),
        pytest.param("Landslide: 40 bodies recovered, over 100 feared buried", [("killed", 40), ("missing", 100)],
                     id="feared-buried"),
        pytest.param("The victim, named as Ana Souza da Silva, 37, was shot near her home.", [],
                     id="age-after-a-name-with-a-particle"),
    ],
)  # fmt: skip
def test_deaths_told_late_and_ages_after_names(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The flood killed 2,10,000 heads of livestock.", [], id="heads-of-livestock"),
        pytest.param("My cousin, who is 22, was among those they killed.", [("killed", 1)], id="who-is-an-age"),
        pytest.param(
            "A total of 1,20,000 people and 40,000 heads of livestock had been shifted to cyclone shelters.",
            [("evacuated", 120_000)],  # (moved to cyclone shelters ahead of a storm: evacuated)
            id="people-and-livestock-shifted",
        ),
    ],
)
def test_livestock_and_ages_are_no_people(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Six soldiers and three VDP lost their lives.", [("killed", 6), ("killed", 3)], id="force-initials"
        ),
        pytest.param("The army lost 3 MRAPs.", [], id="vehicles-by-initials"),
        pytest.param("Troops recovered five high-powered firearms and two devices.", [], id="firearms-recovered"),
        pytest.param("Rescuers cleared the debris of the collapsed prayer hall.", [], id="prayer-hall-is-no-person"),
    ],
)
def test_forces_by_initials_and_things_recovered(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Doctors said six of the wounded, all with severe burns, had died.", [("killed", 6)], id="wounded-had-died"
        ),
        pytest.param(
            "Twelve people were injured, two of whom later died.", [("injured", 12), ("killed", 2)], id="two-of-whom"
        ),
        pytest.param("Officials said at least 23 of those killed were under 18.", [("killed", 23)], id="under-an-age"),
        pytest.param(
            "The toll was 23 civilians, including 15 children, nine of them under the age of five.",
            [("killed", 23), ("killed", 15), ("killed", 9)],
            id="under-the-age-of",
        ),
        pytest.param('The army said seven separatist fighters were "neutralised".', [("killed", 7)], id="quoted-verb"),
        pytest.param(
            "Residents say 11 people were shot or burned to death in their homes.",
            [("killed", 11)],
            id="shot-or-burned-to-death",
        ),
        pytest.param("Residents put toll above 100", [("killed", 100)], id="put-toll-above"),
    ],
)
def test_deaths_among_the_hurt_ages_and_quoted_verbs(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two more people losing their lives took the toll to 30.", [("killed", 2), ("killed", 30)],
                     id="losing-their-lives"),
        pytest.param("Officials said four more of the injured died.", [("killed", 4)], id="more-of-the-injured"),
        pytest.param("Nine people were pulled out with injuries; one of them died on Sunday.",
                     [("injured", 9), ("killed", 1)], id="one-of-the-hurt-died"),
        pytest.param("A family of five suffocated from heater fumes.", [("killed", 5)], id="suffocated"),
    ],
)  # fmt: skip
def test_more_deaths_told_late(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Two pensioners, a couple in their seventies, died when the bridge fell.", [("killed", 2)],
                     id="apposition-before-verb"),
        pytest.param("Over 2.1 million people, roughly a third of the population, have been displaced.",
                     [("displaced", 2100000)], id="share-in-apposition"),
        pytest.param("Six engineers of the Oslo-based firm Norsk Hydro were killed.", [("killed", 6)],
                     id="compound-adjective-in-gap"),
        pytest.param("At least four men who joined the 2019 truce were killed this year.", [("killed", 4)],
                     id="year-in-gap"),
        pytest.param("Of the dead, five were believed to be soldiers.", [("killed", 5)], id="hedged-partitive"),
        pytest.param("Among the dead, eight were children.", [("killed", 8)], id="among-partitive"),
        pytest.param("The dead were 31 pupils and two guards.", [("killed", 31), ("killed", 2)],
                     id="the-dead-were"),
        pytest.param("The monitor had earlier reported that at least 112 civilians were killed in shelling.",
                     [("killed", 112)], id="earlier-reported-that"),
        pytest.param("The toll, earlier reported as 14, rose to 19.", [("killed", 19)], id="earlier-toll-replaced"),
        pytest.param("The death toll stood at six, while the number of injured climbed to 48.",
                     [("killed", 6), ("injured", 48)], id="injured-after-a-toll"),
        pytest.param("About 700 families who fled in 2014 have still not returned.", [("displaced", 700)],
                     id="main-verb-denied"),
        pytest.param("A herder who tried to cross the river has not been found.", [("missing", 1)],
                     id="not-found-is-missing"),
        pytest.param("820 people were sheltered at the municipal pavilion.", [("sheltered", 820)],
                     id="sheltered-passive"),
    ],
)  # fmt: skip
def test_asides_partitives_and_denials(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_ages_after_names_among_the_victims_are_no_counts() -> None:
    values = {value for _kind, value in kinds_values("Among the victims named were Aung Min, 61, and his wife, 57.")}
    assert not values & {61, 57}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Seven of the 23 fishermen drowned.", [("killed", 7)], id="share-of-a-counted-whole"),
        pytest.param("In Ouzoud, 48 of the hamlet's 70 houses were reduced to rubble.", [("houses_destroyed", 48)],
                     id="share-of-a-possessed-whole"),
        pytest.param("At least 60 of its roughly 300 residents were killed.", [("killed", 60)],
                     id="share-of-an-about-whole"),
        pytest.param("A whole community of 85 people fled their homes.", [("displaced", 85)],
                     id="community-is-no-share"),
        pytest.param("Half of the district's 90,000 residents - some 40,000 people - had left their homes.",
                     [("displaced", 40000)], id="count-in-a-dashed-aside"),
        pytest.param("About 180 families spent the night of 3 May in the open.", [("homeless", 180)],
                     id="night-of-a-date-in-the-open"),
        pytest.param("Some 2,600 households are staying in open areas.", [("homeless", 2600)], id="open-areas"),
    ],
)  # fmt: skip
def test_shares_dashes_and_nights_outside(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_dashed_aside_without_a_count_lends_it_no_verb() -> None:
    text = "The dead - two men and a boy, the youngest a toddler - had been sleeping in the camp."
    assert ("killed", 2) in kinds_values(text)
    assert not [kind for kind, _value in kinds_values(text) if kind == "sheltered"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The field hospital said it had received 31 patients from the explosion.", [("injured", 31)],
                     id="patients-of-a-blast"),
        pytest.param("The clinic received 18 patients with measles.", [], id="patients-of-a-disease"),
        pytest.param("About 90 people were wounded. Of the wounded, 11 remained in intensive care.",
                     [("injured", 90), ("injured", 11)], id="part-still-in-care"),
        pytest.param("Some 140 injured people reached the hospital, of whom 22 were still under treatment.",
                     [("injured", 140), ("injured", 22)], id="of-whom-under-treatment"),
        pytest.param("At least 350 households have since abandoned Gidan Dawa and nearby hamlets.",
                     [("displaced", 350)], id="abandoned-hamlets"),
    ],
)  # fmt: skip
def test_patients_care_and_abandoned_places(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Aid groups had to evacuate 9 health facilities.", [], id="things-named-by-two-words"),
        pytest.param("The last of 15 chartered relief flights landed.", [], id="attributive-participle"),
        pytest.param("Nine killed in cattle raid", [("killed", 9)], id="verb-then-where"),
        pytest.param("Raiders killed 14 in two villages.", [("killed", 14)], id="count-in-n-places"),
        pytest.param("More than 6,000 evacuees are staying at 58 evacuation points.", [("sheltered", 6000)],
                     id="evacuation-points"),
    ],
)  # fmt: skip
def test_things_counted_and_counts_in_places(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The number of people rendered homeless by the storm has crossed 90,000.", [("homeless", 90000)],
                     id="number-rendered-homeless"),
        pytest.param("The blaze tore through the camp, reducing over 1,100 shelters to ashes.",
                     [("houses_destroyed", 1100)], id="reduced-to-ashes"),
        pytest.param("More than 45 others were yet to be accounted for.", [("missing", 45)], id="yet-to-be-accounted"),
        pytest.param("The province reported losing over 900 people to the heat.", [("killed", 900)],
                     id="losing-people-to"),
        pytest.param("Farmers are losing 40 per cent of their crops.", [], id="losing-a-share"),
        pytest.param("Officials moved 18,000 people from low-lying islands to 210 cyclone shelters.",
                     [("evacuated", 18000)], id="moved-to-shelters"),
        pytest.param("Officials moved 300 prisoners to another jail.", [], id="moved-elsewhere"),
        pytest.param("About 900 residents took refuge in 12 hotels.", [("sheltered", 900)], id="refuge-in-hotels"),
        pytest.param("Some 6,300 families from the 19 barangays near the volcano remain displaced.",
                     [("displaced", 6300)], id="count-of-places-in-the-gap"),
    ],
)  # fmt: skip
def test_homeless_tallies_losses_moves_and_refuges(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Roughly 2,400 camp residents had fled.", [("displaced", 2400)], id="site-word-before-people"),
        pytest.param("The two camps were shelled.", [], id="camps-are-things"),
        pytest.param("An estimated 35,000 people left parts of northern Rafah.", [("displaced", 35000)],
                     id="left-parts-of"),
        pytest.param("Nearly 18,000 have already left in the last three days.", [("displaced", 18000)],
                     id="left-in-the-last-days"),
        pytest.param("Only 200 people are left in the town.", [], id="those-who-remain"),
        pytest.param("Two guards, Tomba (41) and Ibomcha (36), were shot dead.", [("killed", 2)],
                     id="ages-in-brackets-inside-a-figure"),
        pytest.param("A survey of 610 households who left the camps found most could not go home.", [],
                     id="surveyed-households"),
    ],
)  # fmt: skip
def test_leaving_sites_and_people_who_are_no_figure(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The clinic received 9 patients with gunshot wounds on Sunday, including a teenage boy.",
                     [("injured", 9), ("injured", 1)], id="patients-with-wounds-and-a-part"),
        pytest.param("The Red Cross delivered 4,000 body bags.", [], id="body-bags"),
        pytest.param("Drought could push 2.1 million people into crisis levels of hunger.", [],
                     id="pushed-into-a-crisis"),
        pytest.param("Fighting pushed 14,000 refugees into Chad.", [("displaced", 14000)], id="pushed-into-a-country"),
        pytest.param("Teams counted 5,200 people living under makeshift shelters.", [("sheltered", 5200)],
                     id="living-under-shelters"),
        pytest.param("The agency put the national IDP count at 281,400.", [("displaced", 281400)], id="idp-count"),
    ],
)  # fmt: skip
def test_wounded_patients_bags_crises_and_counts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 41,300 persons who were pre-emptively evacuated or displaced have since returned home.",
                     [("returned", 41300)], id="coordinated-participles-then-main-verb"),
        pytest.param("Workers dug a trench that can hold 800 bodies.", [], id="capacity-of-a-grave"),
        pytest.param("The new camp has a capacity of 5,000 people.", [], id="capacity-of-a-camp"),
    ],
)  # fmt: skip
def test_relatives_with_two_participles_and_capacities(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("About 2,900 people were in need of shelter.", [], id="in-need-of-shelter"),
        pytest.param("Some 800,000 displaced people and their hosts are in need of aid.", [], id="displaced-in-need"),
        pytest.param("The governor urged 600,000 residents of the coast to leave.", [("evacuated", 600000)],
                     id="urged-to-leave"),
        pytest.param("The mayor asked 300 residents about the plan.", [], id="asked-about"),
    ],
)  # fmt: skip
def test_needs_and_orders_to_leave(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Reports said that 700 of the 5,000 villagers had left.", [("displaced", 700)],
                     id="share-had-left"),
        pytest.param("Only 300 are left.", [], id="those-left-behind"),
    ],
)  # fmt: skip
def test_leaving_at_the_end_of_a_clause(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Livestock killed: 118,000", [], id="livestock-row"),
        pytest.param("Cattle killed 2,300", [], id="cattle-killed"),
        pytest.param("People killed: 31", [("killed", 31)], id="people-row"),
    ],
)  # fmt: skip
def test_animals_lost_are_no_figure(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("About 2.2 million people, roughly nine in 10 of the population, have been displaced.",
                     [("displaced", 2200000)], id="share-with-digits"),
        pytest.param("A surgeon said more than 300 wounded had arrived overnight.", [("injured", 300)],
                     id="wounded-arriving"),
        pytest.param("Some 9,400 are now sheltering.", [("sheltered", 9400)], id="sheltering-at-the-end"),
        pytest.param("Officials moved 90,000 people from the coast into cyclone shelters.", [("evacuated", 90000)],
                     id="moved-into-shelters"),
        pytest.param("Quake deaths near 2,400", [("killed", 2400)], id="deaths-near"),
    ],
)  # fmt: skip
def test_shares_arrivals_of_the_hurt_and_headline_verbs(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The toll rose to 51, according to the Ministry of Public Security.", [("killed", 51)],
                     id="a-body-named-after-of"),
        pytest.param("Partners gave water to 40,000 displaced people and reached 9,100 children with support.", [],
                     id="children-aid-reached"),
        pytest.param("Refugees and migrants from the country top three million", [("displaced", 3000000)],
                     id="two-nouns-then-a-headline-verb"),
    ],
)  # fmt: skip
def test_bodies_named_aid_reached_and_headline_totals(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("About 800 men held inside were killed.", [("killed", 800)], id="held-inside"),
        pytest.param("At least 37 men were separated from the others and executed.", [("killed", 37)],
                     id="second-verb-kills"),
        pytest.param("Five men were pulled from a truck and shot.", [], id="second-verb-only-shot"),
        pytest.param("Workers said 212 bodies had been recovered and taken to the mortuary.", [("killed", 212)],
                     id="bodies-taken-to-a-mortuary"),
        pytest.param("About 95,000 people have left the sites since March and returned to their villages.",
                     [("returned", 95000)], id="left-and-returned"),
    ],
)  # fmt: skip
def test_participles_and_second_verbs(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 1,900 villagers abducted by the group are still unaccounted for.", [],
                     id="abducted-still-held"),
        pytest.param("Twenty people abducted by gunmen were found dead.", [("killed", 20)], id="abducted-then-dead"),
        pytest.param("The report puts homeless at 310,000.", [("homeless", 310000)], id="puts-homeless-at"),
        pytest.param("Around 58,000 people originally from the valley remain displaced.", [("displaced", 58000)],
                     id="adverb-opens-modifiers"),
        pytest.param("About 6,000 people have left shelters and returned to their homes.", [("returned", 6000)],
                     id="left-shelters-and-returned"),
        pytest.param("About 7,000 refugees were left without shelter.", [("homeless", 7000)], id="without-shelter"),
    ],
)  # fmt: skip
def test_captives_homeless_tallies_and_leaving_shelters(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("An estimated 41,000 people are left without any shelter.", [("homeless", 41000)],
                     id="without-any-shelter"),
        pytest.param("Among Tuesday's dead were 9 children.", [("killed", 9)], id="among-a-day's-dead"),
        pytest.param("Some 21,000 civilians have sought protection at its bases.", [("sheltered", 21000)],
                     id="sought-protection-at-bases"),
        pytest.param("Some 60,000 of the new arrivals have moved into spontaneous settlements.",
                     [("sheltered", 60000)], id="moved-into-spontaneous-settlements"),
        pytest.param("The agency airlifted 2,500 family tents.", [], id="family-tents"),
        pytest.param('"We buried 30 people," said Musa Idris, 52, standing by the graves.', [("killed", 30)],
                     id="speaker-age-then-participle"),
    ],
)  # fmt: skip
def test_shelter_wordings_days_dead_tents_and_speakers(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 140 people are sheltering in the Santa Maria de los Angeles school.",
                     [("sheltered", 140)], id="site-named-at-length"),
        pytest.param("About 900 of the arrivals are sleeping in the open or in crowded classrooms.",
                     [("homeless", 900)], id="in-the-open-first"),
        pytest.param('"It is the third time," said Amina Yusuf, 39, a mother of six sheltering at the school.', [],
                     id="speaker-with-age"),
    ],
)  # fmt: skip
def test_long_site_names_the_open_and_speakers(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police arrested 20 people for looting in evacuated areas.", [], id="arrested-in-evacuated-areas"),
        pytest.param("Global internal displacement hits record 68.3 million", [("displaced", 68300000)],
                     id="displacement-hits-a-record"),
        pytest.param("Some 95,000 people are sheltering in 40 UNRWA installations.", [("sheltered", 95000)],
                     id="installations"),
        pytest.param("Some 260 people are squatting in an unfinished school building.", [("sheltered", 260)],
                     id="squatting"),
    ],
)  # fmt: skip
def test_arrests_records_installations_and_squats(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("No deaths as cholera cases rise to 61 in the district", [], id="cases-rise-not-deaths"),
        pytest.param("In all, 1,904 dengue patients were hospitalised.", [], id="disease-patients"),
        pytest.param("An earlier count had put the dead at 210.", [], id="earlier-count-put"),
        pytest.param("Officials had initially put the number of dead at about 90.", [], id="initially-put"),
        pytest.param("The government has previously put the number of dead at around 400.", [("killed", 400)],
                     id="previously-put-a-competing-count"),
        pytest.param("Rescuers have recovered 87 body parts.", [], id="body-parts"),
    ],
)  # fmt: skip
def test_disease_counts_old_counts_and_remains(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Troops recovered 14 AK-47 rifles.", [], id="rifles-with-a-model-number"),
        pytest.param("Some 41,200 people had taken refuge at the evacuation points.", [("sheltered", 41200)],
                     id="refuge-at-evacuation-points"),
        pytest.param("Some 280 people who arrived by boat were staying at the port reception area.",
                     [("sheltered", 280)], id="reception-area"),
        pytest.param("The fate of 19 fishermen remained unknown.", [("missing", 19)], id="fate-unknown"),
    ],
)  # fmt: skip
def test_weapons_refuges_and_unknown_fates(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected
