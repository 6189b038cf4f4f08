"""Running totals stated far from their noun, returns told by their verbs, and lists set apart from the line that
introduces them. Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract
from tests.extraction.helpers import kinds_values, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The number of persons killed in Friday's twin bomb attacks on the market in Konduga, Borno State, "
            "has risen to 27, the agency said.",
            [("killed", 27)],
            id="number-of-persons-killed-far-from-its-count",
        ),
        pytest.param(
            "Of the deaths recorded over the past day, 41 occurred in Punjab and 12 in Balochistan.",
            [("killed", 41), ("killed", 12)],
            id="partitive-deaths-occurred-in",
        ),
        pytest.param("Seven drown as ferry sinks off Bhola", [("killed", 7)], id="headline-present-drown"),
        pytest.param("Refugee influx crosses 2.1 lakh in Mizoram", [("displaced", 210_000)], id="influx-crosses"),
        pytest.param(
            "The number of refugees entering Chad since the fighting began has crossed 600,000.",
            [("displaced", 600_000)],
            id="number-entering-crossed",
        ),
        pytest.param(
            "As many as 800,000 refugees could return before the end of the year.",
            [("returned", 800_000)],
            id="could-return",
        ),
        pytest.param("Some 9,000 evacuees had begun returning home.", [("returned", 9_000)], id="begun-returning"),
        pytest.param(
            "Over 120,000 people have crossed from the coast back to the northern districts.",
            [("returned", 120_000)],
            id="crossed-back",
        ),
    ],
)
def test_totals_and_returns(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_list_set_apart_from_the_line_whose_verb_introduces_it() -> None:
    text = (
        "Fighting has forced 90,000 people from their homes. The others have crossed into neighbouring countries:\n"
        "\n"
        "- Niger: about 14 000 refugees near the border\n"
        "- Chad: more than 9 000, in Bol\n"
        "- Cameroon: 4 500\n"
    )
    assert kinds_values(text) == [
        ("displaced", 90_000),
        ("displaced", 14_000),
        ("displaced", 9_000),
        ("displaced", 4_500),
    ]


def test_a_line_without_a_verb_of_what_happened_introduces_no_list() -> None:
    text = "Food prices rose in these markets last month:\n\n- Maradi: 14 000\n- Zinder: 9 000\n"
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Around 200 migrants from rural Sardinata are among those who fled.",
            [("displaced", 200)],
            id="among-those-who-fled",
        ),
        pytest.param("Four police officers among dead in Cauca", [("killed", 4)], id="headline-among-dead"),
        pytest.param("Search continues for nine fishermen off Kismayo", [("missing", 9)], id="search-continues-for"),
        pytest.param(
            "About 3,100 people are sleeping in the municipal coliseum and 800 in a warehouse.",
            [("sheltered", 3_100), ("sheltered", 800)],
            id="sleeping-in-a-coliseum",
        ),
        pytest.param(
            "Another 12,000 have moved into prefabricated container settlements.",
            [("sheltered", 12_000)],
            id="container-settlements",
        ),
        pytest.param(
            "In all 41,200 households, translating to 190,450 people, have been displaced.",
            [("displaced", 41_200), ("displaced", 190_450)],
            id="translating-to",
        ),
    ],
)
def test_who_fled_is_missing_or_is_sheltered(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We walked for three days," said Halima, 34, who reached the camp on Sunday.', id="speaker-age"),
        pytest.param("An estimated 5,400 houses have been destroyed or severely damaged.", id="combined-with-adverb"),
        pytest.param("The toll rose sharply from the roughly 60 deaths counted on Monday.", id="old-toll-risen-from"),
        pytest.param("The fate of 2 million refugees depends on next year's funding.", id="fate-of-no-missing"),
    ],
)
def test_no_figure_from_an_age_a_combined_total_or_an_old_toll(text: str) -> None:
    assert kinds_values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 12,000 people, including roughly 2,000 residents and 10,000 campers, left the area.",
            [("displaced", 12_000), ("displaced", 2_000), ("displaced", 10_000)],
            id="subgroups-with-thousands-in-commas",
        ),
        pytest.param("Injured people number 312.", [("injured", 312)], id="number-as-a-verb"),
        pytest.param("Police found the body of a boy in the canal.", [("killed", 1)], id="body-of-a"),
        pytest.param("Some 4,100 people were brought to safety.", [("evacuated", 4_100)], id="brought-to-safety"),
        pytest.param("The storm resulted in the loss of 73 lives.", [("killed", 73)], id="loss-of-lives"),
        pytest.param(
            "About 40,000 of them have crossed into Chad.", [("displaced", 40_000)], id="part-of-them-crossed"
        ),
        pytest.param("More than 90,000 people are out of their homes.", [("displaced", 90_000)], id="out-of-homes"),
        pytest.param("About 800 tourists spent the night on camp beds.", [("sheltered", 800)], id="night-on-beds"),
        pytest.param(
            "Around 300 residents were allowed back into their homes.", [("returned", 300)], id="allowed-back"
        ),
        pytest.param(
            "The agency recorded 20,400 refugees returning, up from 9,000 in May; 6,100 of them arrived this week.",
            [("returned", 20_400), ("returned", 6_100)],
            id="part-of-returnees-arrived",
        ),
    ],
)
def test_more_ways_to_state_a_figure(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Crews razed 900 homes and some 200 other structures.", [("houses_destroyed", 900)], id="other-structures"
        ),
        pytest.param("Thousands of residents spent the night on rooftops awaiting boats.", [], id="night-on-rooftops"),
        pytest.param("The loss of 2,000 jobs hit the port town.", [], id="loss-of-jobs"),
        pytest.param(
            "Its teams transported 31 wounded persons to Kombolcha hospital.",
            [("injured", 31)],
            id="wounded-persons-to",
        ),
    ],
)
def test_no_more_figures_than_stated(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Six more persons lost their lives, one each in Barpeta, Nalbari, Baksa and Udalguri.",
            [("killed", 6), ("killed", 1), ("killed", 1), ("killed", 1), ("killed", 1)],
            id="one-each-in-places",
        ),
        pytest.param(
            "Storms killed 11 people: three in Gaya, two each in Arwal and Jehanabad, and four in Patna.",
            [("killed", 11), ("killed", 3), ("killed", 2), ("killed", 2), ("killed", 4)],
            id="two-each-then-another-item",
        ),
        pytest.param(
            "The blaze left nearly 12,000 Rohingyas homeless.", [("homeless", 12_000)], id="a-people-in-the-plural"
        ),
        pytest.param("Over 2.1 lakh persons shifted to shelters.", [("sheltered", 210_000)], id="shifted-to-shelters"),
        pytest.param("Flood toll touches 118", [("killed", 118)], id="toll-touches"),
        pytest.param(
            "Some 30,500 persons took shelter in relief camps, while 12,100 persons who have not taken shelter in the "
            "camps receive dry rations.",
            [("sheltered", 30_500)],
            id="relative-clause-denies-it",
        ),
        pytest.param(
            "About 1.1 million people are displaced, while 6 million people, half of the population, need aid.",
            [("displaced", 1_100_000)],
            id="need-past-an-aside",
        ),
        pytest.param("The 12 camps in Ukhiya house nearly 6 lakh Rohingyas.", [], id="camps-house-their-population"),
    ],
)
def test_lists_by_place_and_what_is_no_figure(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Around 9,000 residents have come back to the city.", [("returned", 9_000)], id="come-back"),
        pytest.param("Some 30 of the families had already gone home.", [("returned", 30)], id="gone-home"),
        pytest.param("Iran deported 6,200 Afghans in the past week.", [("returned", 6_200)], id="deported"),
        pytest.param("Buses brought back about 12,000 people.", [("returned", 12_000)], id="brought-back"),
        pytest.param("Thousands stream back to the north.", [("returned", None)], id="stream-back"),
        pytest.param(
            "Returns recorded at border crossings include:\n- from Turkiye: more than 90,000\n"
            "- from Jordan: some 30,000",
            [("returned", 90_000), ("returned", 30_000)],
            id="a-list-of-returns-by-origin",
        ),
    ],
)
def test_returns_told_by_many_verbs(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Fighting drives 42,000 from homes", [("displaced", 42_000)], id="drives-from-homes"),
        pytest.param("Clashes drive thousands more into Chad", [("displaced", None)], id="drive-more-into"),
        pytest.param("Rebel advance pushes tens of thousands toward Bunia", [("displaced", None)], id="pushes-toward"),
        pytest.param("Raids drove 2,600 people into the bush.", [("displaced", 2_600)], id="drove-people-into"),
        pytest.param("The offensive pushed 300 fighters across the border.", [], id="fighters-are-no-displaced"),
    ],
)
def test_people_moved_by_force(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "It brings to at least 1,210 the number of people killed this year, and to 640 the number injured.",
            [("killed", 1_210), ("injured", 640)],
            id="to-n-the-number-injured",
        ),
        pytest.param(
            "Boat arrivals rose to 3,000 in May. Children alone account for nearly 900 of them.",
            [("displaced", 3_000), ("displaced", 900)],
            id="account-for-n-of-them",
        ),
        pytest.param("The floods dislodged no fewer than 41,000 residents.", [("displaced", 41_000)], id="dislodged"),
        pytest.param(
            "The war forced more than 90,000 people in northern Rakhine from their homes.",
            [("displaced", 90_000)],
            id="forced-people-in-a-place-from-homes",
        ),
        pytest.param(
            "Camp 4 - fully destroyed: 210 | partially damaged: 31 | individuals affected: 1,950",
            [("houses_destroyed", 210), ("houses_damaged", 31)],
            id="affected-label-in-a-row",
        ),
    ],
)
def test_inverted_totals_shares_and_rows_of_the_affected(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        pytest.param("More than 9,000 people have been killed since the war began.", True, id="since"),
        pytest.param("More than 9,000 Palestinians have been killed, the ministry said.", True, id="present-perfect"),
        pytest.param("About 200,000 people are internally displaced in the country.", True, id="standing-total"),
        pytest.param(
            "Another 23 people have been killed in shelling of the town.", False, id="another-is-an-increment"
        ),
        pytest.param("Twelve people have been killed in Tuesday's attack on the market.", False, id="one-incident"),
        pytest.param("Twelve people were killed when gunmen attacked the market.", False, id="past-incident"),
    ],
)
def test_totals_so_far_are_cumulative(text: str, cumulative: bool) -> None:
    from bot.extraction.extract import extract

    assert [figure.cumulative for figure in extract(text)] == [cumulative]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The number of people reported unaccounted for now stands at 412.",
            [("missing", 412)],
            id="unaccounted-stands",
        ),
        pytest.param("Killed in the raid were 41 people.", [("killed", 41)], id="verb-first-killed-were"),
        pytest.param("After the ceasefire, some 90,000 refugees went home.", [("returned", 90_000)], id="went-home"),
        pytest.param(
            "Deaths rose to 40, including Canoas (9) and Cruzeiro do Sul (6).",
            [("killed", 40), ("killed", 9), ("killed", 6)],
            id="a-place-name-with-do",
        ),
    ],
)
def test_running_missing_inverted_tolls_and_returns_home(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "SUMMARY\nDeceased persons ........ 41\nInjured persons ......... 12\nMissing persons ......... 7",
            [("killed", 41), ("injured", 12), ("missing", 7)],
            id="rows-of-persons-with-dotted-leaders",
        ),
        pytest.param("Bunia death toll nears 300", [("killed", 300)], id="toll-nears"),
        pytest.param("Flood deaths cross 700", [("killed", 700)], id="deaths-cross"),
        pytest.param("Rescuers said 1 additional body was retrieved.", [("killed", 1)], id="one-body"),
        pytest.param("Twenty-one others were being treated.", [("injured", 21)], id="being-treated"),
        pytest.param("Some 500 people were being treated for cholera.", [], id="treated-for-a-disease"),
    ],
)
def test_rows_of_persons_tolls_nearing_and_the_treated(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hundreds of households walked to Kaga Bandoro.", [("displaced", None)], id="walked-to"),
        pytest.param(
            "The number of people who have left Sudan for neighbouring countries now exceeds 600,000.",
            [("displaced", 600_000)],
            id="number-who-have-left",
        ),
        pytest.param(
            "Some 40,000 people left the sites around Bunia to return to Djugu.",
            [("returned", 40_000)],
            id="left-the-sites-to-return",
        ),
        pytest.param("Nearly one lakh people have left the two towns.", [("displaced", 100_000)], id="left-the-towns"),
        pytest.param("As many as 90 more families could leave Rafah.", [("displaced", 90)], id="could-leave-a-place"),
    ],
)
def test_leaving_and_walking_away(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The number of people killed in the floods across Kasese climbed past 180 on Friday.",
            [("killed", 180, "more_than")],
            id="number-killed-climbed-past",
        ),
        pytest.param(
            "The count of those killed in the camp raid has topped 75.",
            [("killed", 75, "more_than")],
            id="count-of-those-killed-topped",
        ),
        pytest.param(
            "Divers found four more bodies, bringing to 231 the number of people known to have died.",
            [("killed", 4, "exact"), ("killed", 231, "exact")],
            id="bringing-to-n-the-number-known-to-have-died",
        ),
        pytest.param(
            "The shelling raised to 57 the number of confirmed deaths in the district.",
            [("killed", 57, "exact")],
            id="raised-to-n-the-number-of-confirmed-deaths",
        ),
        pytest.param(
            "Mudslide deaths exceeded 1,400 by Sunday, a spokesman for the provincial government said.",
            [("killed", 1_400, "more_than")],
            id="exceeded-and-a-source-for-a-body",
        ),
        pytest.param(
            "In the past 48 hours, 36 people were injured.", [("injured", 36, "exact")], id="the-past-days-no-hedge"
        ),
    ],
)
def test_tolls_gone_past_a_count(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    """A toll said to have passed a count is more than it; an inverted running total names its kind after it."""
    assert [(kind, value, qualifier) for kind, value, qualifier, _group in summary(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chad has taken in 610,000 refugees since April, South Sudan 190,000 and Ethiopia about 35,000.",
            [("displaced", 610_000), ("displaced", 190_000), ("displaced", 35_000)],
            id="hosts-listed-with-the-verb-left-out",
        ),
        pytest.param(
            "The cyclone killed 41 people in Sofala, Manica 9 and Zambezia 4.",
            [("killed", 41), ("killed", 9), ("killed", 4)],
            id="places-after-the-figure",
        ),
        pytest.param(
            "The rains have killed 88 people, with Kasese recording 31 and Bundibugyo 12.",
            [("killed", 88), ("killed", 31), ("killed", 12)],
            id="with-a-place-recording",
        ),
        pytest.param(
            "Landslides killed 64 people, with Sylhet accounting for 22.",
            [("killed", 64), ("killed", 22)],
            id="a-place-accounting-for-a-bare-count",
        ),
        pytest.param(
            "Most of the 58 deaths were in the north-west; Deir ez-Zor has recorded nine, Raqqa two.",
            [("killed", 58), ("killed", 9), ("killed", 2)],
            id="a-place-with-a-particle-has-recorded",
        ),
        pytest.param(
            "Some 9,000 people were displaced, following raids on Cité Soleil, Carrefour and Delmas 32 overnight.",
            [("displaced", 9_000)],
            id="a-place-named-with-a-number-is-no-item",
        ),
    ],
)
def test_places_listed_with_the_verb_left_out(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Nine trekkers froze to death near the pass.", [("killed", 9)], id="froze-to-death"),
        pytest.param(
            "At least 15 people, including six children, breathed their last in the blaze.",
            [("killed", 15), ("killed", 6)],
            id="breathed-their-last",
        ),
        pytest.param(
            "Twenty families are putting up at the panchayat school.", [("sheltered", 20)], id="putting-up-at"
        ),
        pytest.param(
            "As many as 60 households may need to be resettled.", [("displaced", 60)], id="need-to-be-resettled"
        ),
        pytest.param(
            "The fighting has forced out more than 70,000 people.", [("displaced", 70_000)], id="forced-out-n"
        ),
        pytest.param(
            "Officials are ready to move up to 25,000 people out of low-lying areas.",
            [("evacuated", 25_000)],
            id="move-n-out-of-low-lying-areas",
        ),
        pytest.param("Roughly 2,000 people left each day.", [("displaced", 2_000)], id="left-each-day"),
        pytest.param("Guards counted 8,400 people entering from Myanmar.", [("displaced", 8_400)], id="entering-from"),
        pytest.param(
            "There are 12,000 children among the newly displaced.", [("displaced", 12_000)], id="among-newly-displaced"
        ),
        pytest.param("Of those who died, 31 were children.", [("killed", 31)], id="of-those-who-died"),
        pytest.param(
            "Of those still missing, 14 are migrant labourers.", [("missing", 14)], id="of-those-still-missing"
        ),
        pytest.param(
            "The move brings to 42,000 the number of people relocated.",
            [("evacuated", 42_000)],
            id="brings-to-n-the-number-relocated",
        ),
        pytest.param("Of those killed on Friday, 17 were in Sylhet.", [("killed", 17)], id="of-those-killed-a-time"),
        pytest.param("Evacuees in 52 evacuation centres: 4,480", [("sheltered", 4_480)], id="evacuees-in-centres-row"),
        pytest.param("Evacuees: 4,480", [("evacuated", 4_480)], id="evacuees-row"),
        pytest.param("Five injured miners were pulled out alive.", [("injured", 5)], id="injured-pulled-out-alive"),
        pytest.param("Five miners were pulled out alive.", [], id="rescued-alive-is-no-figure"),
        pytest.param(
            "The toll, which stood at 19 on Monday morning, rose to 37 by nightfall.",
            [("killed", 37)],
            id="an-old-toll-in-a-which-clause",
        ),
        pytest.param(
            "The number of homes destroyed climbed to about 1,600.",
            [("houses_destroyed", 1_600)],
            id="number-of-homes-destroyed-climbed",
        ),
        pytest.param(
            "Heavily damaged: 3,210 units; Moderately damaged: 5,004 units",
            [("houses_damaged", 3_210), ("houses_damaged", 5_004)],
            id="damage-grades-as-rows",
        ),
        pytest.param(
            "Some 300 families, or over 1,500 people, fled their homes.",
            [("displaced", 300), ("displaced", 1_500)],
            id="the-same-count-in-another-unit-with-a-hedge",
        ),
        pytest.param(
            "Some 90,000 people, close to half of the town's 200,000 residents, had to leave their homes.",
            [("displaced", 90_000)],
            id="a-share-of-residents-as-an-aside",
        ),
    ],
)
def test_more_ways_people_die_flee_and_shelter(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Forty people are still missing, the mayor said. Of the fatalities, 11 are minors.",
            [("missing", 40), ("killed", 11)],
            id="a-partitive-names-its-kind-over-the-sentence-before",
        ),
        pytest.param(
            "KEY FIGURES\n250K - people estimated displaced from the camp since 2 May\n7 - aid workers killed",
            [("displaced", 250_000), ("killed", 7)],
            id="a-panel-under-its-heading",
        ),
        pytest.param(
            "Some 96 persons from the buried hamlets of Kotmale and Hanguranketha remained missing.",
            [("missing", 96)],
            id="buried-as-an-adjective",
        ),
        pytest.param(
            "Nearly 1,300 people from 240 families may have been killed.",
            [("killed", 1_300)],
            id="families-of-the-dead-are-no-toll",
        ),
        pytest.param(
            "Some 1,300 people from 240 families were relocated.",
            [("evacuated", 1_300), ("evacuated", 240)],
            id="families-of-the-displaced-are-another-unit",
        ),
        pytest.param(
            "Four houses close to the quarry were completely destroyed.",
            [("houses_destroyed", 4)],
            id="a-place-phrase-close-to",
        ),
        pytest.param(
            "Some 800,000 people in the strip - about eight in every ten - have fled.",
            [("displaced", 800_000)],
            id="a-share-in-every-ten",
        ),
        pytest.param("- Trauma kits delivered: enough to treat 900 wounded", [], id="enough-to-treat"),
        pytest.param("- Hot meals served in evacuation centres: 26,000", [], id="an-aid-row-in-centres"),
        pytest.param("- People in evacuation centres: 26,000", [("sheltered", 26_000)], id="a-people-row-in-centres"),
        pytest.param(
            "The number of displaced children could pass 400,000 within weeks.",
            [("displaced", 400_000)],
            id="a-count-then-within-weeks",
        ),
        pytest.param(
            "A herder died after being swept away by the river near Kalat.",
            [("killed", 1)],
            id="a-singleton-before-a-word-like-a-noun",
        ),
        pytest.param(
            "Two more people are believed to be buried under the slope.", [("missing", 2)], id="believed-to-be-buried"
        ),
        pytest.param(
            "A total of 2,140 houses were damaged; of which, 310 are totally damaged and 1,830 partially damaged.",
            [("houses_destroyed", 310), ("houses_damaged", 1_830)],
            id="a-combined-total-before-a-semicolon",
        ),
        pytest.param(
            "A total of 940 houses were damaged, 120 of them fully and 820 partially.",
            [("houses_destroyed", 120), ("houses_damaged", 820)],
            id="a-combined-total-of-them-fully",
        ),
        pytest.param(
            "There are 1,204 families or 5,115 persons staying with their relatives and/or friends.",
            [("displaced", 1_204), ("displaced", 5_115)],
            id="staying-with-their-relatives",
        ),
        pytest.param(
            "The PDMA put the number of houses fully damaged at 211 and partially damaged at 1,406.",
            [("houses_destroyed", 211), ("houses_damaged", 1_406)],
            id="a-source-puts-both-grades",
        ),
        pytest.param("The ministry had earlier put the toll at 212.", [], id="an-earlier-toll-put"),
        pytest.param("Gales uprooted thousands of trees across the delta.", [], id="trees-are-no-people"),
        pytest.param(
            "Police listed 640 people as unaccounted for.", [("missing", 640)], id="listed-as-unaccounted-for"
        ),
        pytest.param(
            "More than 700 homes have been lost to wildfires in the region.",
            [("houses_destroyed", 700)],
            id="homes-lost-to-fire",
        ),
        pytest.param(
            "It is a heavy blow for an economy of 11 million people already hurt by drought.",
            [],
            id="an-economy-of-people-is-a-population",
        ),
        pytest.param(
            "Samar accounts for 2,406 of the totally damaged houses.",
            [("houses_destroyed", 2_406)],
            id="totally-damaged-before-the-noun",
        ),
        pytest.param(
            "There were 780 partially destroyed homes.", [("houses_damaged", 780)], id="partially-destroyed-before"
        ),
        pytest.param("Landslide: 34 lives lost in Idukki", [("killed", 34)], id="lives-lost-in-a-headline"),
        pytest.param("Between 40 and 60 people remain buried under the mud.", [("missing", 40)], id="remain-buried"),
        pytest.param("At least 12 more people were still buried.", [("missing", 12)], id="still-buried"),
        pytest.param("Nine bodies were buried on Friday.", [("killed", 9)], id="bodies-buried"),
        pytest.param(
            "Police found the bodies of two people, a man and a woman in their 60s, in a flooded house.",
            [("killed", 2)],
            id="an-apposition-naming-the-two",
        ),
        pytest.param(
            "The raid killed 14 patients, a nurse and a guard.",
            [("killed", 14), ("killed", 1), ("killed", 1)],
            id="more-people-after-a-comma",
        ),
        pytest.param(
            "Clashes: Death toll reaches 61 as thousands flee to Ed Damazin",
            [("killed", 61), ("displaced", None)],
            id="a-place-named-like-a-person-after-a-toll",
        ),
        pytest.param(
            "The toll rose to 48 on Tuesday (21), officials said.", [("killed", 48)], id="a-day-after-its-weekday"
        ),
        pytest.param(
            "The report lists 5,120 people in 61 shelters and 930 homes damaged.",
            [("sheltered", 5_120), ("houses_damaged", 930)],
            id="shelters-people-stay-in-are-no-homes",
        ),
        pytest.param(
            "In a school designed to hold 400 people, some 1,900 were crammed into classrooms.",
            [("sheltered", 1_900)],
            id="crammed-into-and-a-capacity",
        ),
        pytest.param(
            "At least 90 people had been treated since the fire broke out.",
            [("injured", 90)],
            id="had-been-treated-after-a-fire",
        ),
        pytest.param(
            "He said 39 patients had been treated and discharged from the cholera centre.",
            [],
            id="treated-and-discharged-from-a-disease",
        ),
        pytest.param(
            "Some 600 people who fled the hills are now camped at the sub-county headquarters.",
            [("sheltered", 600)],
            id="camped-at-headquarters",
        ),
        pytest.param(
            "About 9,000 people left the camps over the weekend to return to their villages.",
            [("returned", 9_000)],
            id="left-to-return",
        ),
        pytest.param(
            "The number of bodies recovered had by Sunday risen to 31.", [("killed", 31)], id="number-of-bodies-risen"
        ),
        pytest.param("An entire community of 85 people fled their homes.", [("displaced", 85)], id="community-of-n"),
        pytest.param("The flood swept through a hamlet of some 300 families.", [], id="a-hamlet-of-some-families"),
        pytest.param("- Metuge: 4,310 ind. newly arrived", [("displaced", 4_310)], id="ind-dot-newly-arrived"),
        pytest.param(
            "Some 2,700 pers. have returned home from school sites.", [("returned", 2_700)], id="pers-dot-returned"
        ),
        pytest.param("Sheltered: 1,204", [("sheltered", 1_204)], id="sheltered-row"),
        pytest.param(
            "The raid had forced about 4,000 people from Gwer.", [("displaced", 4_000)], id="forced-from-a-place"
        ),
        pytest.param(
            "Up to 9,000 people in Lugo could have to leave.", [("displaced", 9_000)], id="could-have-to-leave"
        ),
        pytest.param(
            "Some 1,150 people could eventually need to be moved.", [("evacuated", 1_150)], id="need-to-be-moved"
        ),
        pytest.param(
            "About 300 returnees arrived on Monday. Another 1,100 people newly arrived in Erati.",
            [("returned", 300), ("displaced", 1_100)],
            id="new-arrivals-after-returns-are-displaced",
        ),
    ],
)
def test_partitives_panels_and_phrases_between(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "| Indicator | Figure |\n| Deaths | 41 |\n| Injured | 112 |\n| Homes destroyed (collapsed) | 3,020 |",
            [("killed", 41), ("injured", 112), ("houses_destroyed", 3_020)],
            id="a-two-column-table-whose-header-names-no-kind",
        ),
        pytest.param(
            "61 people killed | 14 injured | 2,300 displaced",
            [("killed", 61), ("injured", 14), ("displaced", 2_300)],
            id="counts-before-their-labels-between-pipes",
        ),
        pytest.param(
            "Some 80,000 evacuees began trickling back to their homes.", [("returned", 80_000)], id="trickling-back"
        ),
        pytest.param(
            "There were 640 houses suffering roof damage and 51 completely destroyed.",
            [("houses_damaged", 640), ("houses_destroyed", 51)],
            id="suffering-damage",
        ),
        pytest.param(
            "Some 140 families have been taken in by relatives.", [("displaced", 140)], id="taken-in-by-relatives"
        ),
        pytest.param(
            "Up to 900 people could have to be evacuated, and the town, with around 25,000 inhabitants, lies below.",
            [("evacuated", 900)],
            id="with-inhabitants-is-a-population",
        ),
        pytest.param(
            "The district was evacuated, with some 40,000 residents moving to higher ground.",
            [("evacuated", 40_000)],
            id="with-residents-moving",
        ),
        pytest.param(
            "At least 131 people have died, more than double the toll of 60 given on Sunday.",
            [("killed", 131)],
            id="double-the-old-toll",
        ),
        pytest.param(
            "Some 700 persons, mainly the elderly, the sick and mothers with infants, have been evacuated.",
            [("evacuated", 700)],
            id="a-list-inside-an-aside",
        ),
        pytest.param("As many as 12,000 more could be shifted.", [("evacuated", 12_000)], id="could-be-shifted"),
        pytest.param(
            "Dozens of families have settled in churches and schools.", [("sheltered", None)], id="settled-in-churches"
        ),
        pytest.param(
            "Nine children had so far been identified among the dead.", [("killed", 9)], id="identified-among-dead"
        ),
        pytest.param(
            "The death toll since Oct. 7 has climbed to 1,404.",
            [("killed", 1_404)],
            id="a-month-abbreviation-in-a-toll",
        ),
        pytest.param(
            "The number of people killed in the clashes that broke out on May 3 has risen to 61.",
            [("killed", 61)],
            id="a-day-after-its-month-in-a-toll",
        ),
        pytest.param(
            "The toll rose to 97, the ombudsman said, adding that the whereabouts of 40 people remained unknown.",
            [("killed", 97), ("missing", 40)],
            id="whereabouts-unknown",
        ),
        pytest.param(
            "Correction: An earlier version of this article said 31 people had been killed.",
            [],
            id="a-corrected-toll",
        ),
        pytest.param(
            "He said the toll had risen to 54 from the eight deaths announced on Monday.",
            [("killed", 54)],
            id="risen-to-n-from-the-old-deaths",
        ),
        pytest.param(
            "Partners provided hot meals, health screening and onward transport to 42,000 returnees.",
            [],
            id="aid-provided-to-a-long-list-away",
        ),
        pytest.param("Education for some 90,000 refugee children could be suspended.", [], id="education-for"),
        pytest.param(
            "Another 20,000 people could be forced to cross into Chad.", [("displaced", 20_000)], id="forced-to-cross"
        ),
        pytest.param(
            "The search for 19 fishermen swept off their boats resumed at dawn.",
            [("missing", 19)],
            id="the-search-for-people",
        ),
        pytest.param("The search for 12 bodies continued.", [("killed", 12)], id="the-search-for-bodies"),
        pytest.param("Officials said 30 homes are gone.", [("houses_destroyed", 30)], id="homes-are-gone"),
        pytest.param(
            "Guinea now counts over 45,000 refugees from Mali.", [("displaced", 45_000)], id="a-country-counts"
        ),
        pytest.param("The camp counts 12,000 refugees.", [], id="a-camp-counts-its-population"),
    ],
)
def test_tables_asides_old_tolls_and_aid(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Disasters triggered a further 2.4 million movements.", [("displaced", 2_400_000)], id="movements"
        ),
        pytest.param("A further 3,000 or so had no shelter at all.", [("homeless", 3_000)], id="had-no-shelter-at-all"),
        pytest.param(
            "Some 21,000 people were pushed out of sites in six months.", [("displaced", 21_000)], id="pushed-out-of"
        ),
        pytest.param(
            "Nearly 90,000 people are still unable to go back.", [("displaced", 90_000)], id="unable-to-go-back"
        ),
        pytest.param(
            "Around 7,000 people remain camped along the highway.", [("sheltered", 7_000)], id="remain-camped"
        ),
        pytest.param("Taal evacuees in Batangas climb to nearly 14K", [("evacuated", 14_000)], id="evacuees-climb-to"),
        pytest.param("Hundreds more were put up in hotels.", [("sheltered", None)], id="put-up-in-hotels"),
        pytest.param(
            "Eleven residents were treated for breathing problems.", [("injured", 11)], id="treated-for-breathing"
        ),
        pytest.param(
            "Some 61,200 people have been recorded crossing at these points.",
            [("displaced", 61_200)],
            id="crossing-at-border-points",
        ),
        pytest.param("Families without shelter: about 1,400", [("homeless", 1_400)], id="a-row-without-shelter"),
        pytest.param(
            "Of the 40 coordinated humanitarian movements planned, 12 were facilitated.", [], id="aid-movements"
        ),
        pytest.param(
            "New displacement this reporting period: 51,300 individuals",
            [("displaced", 51_300)],
            id="new-displacement-this-period-row",
        ),
        pytest.param("Total returns: ~212,000", [("returned", 212_000)], id="a-tilde-and-returns-row"),
        pytest.param("Deportations recorded: 8,400", [("returned", 8_400)], id="deportations-row"),
        pytest.param("States hosting IDPs: 12 of 18", [], id="a-score-is-no-count"),
        pytest.param(
            "In Kismayo, where more than 90,000 displaced people live in some 200 informal sites, rents rose.",
            [],
            id="a-city's-displaced-living-in-sites",
        ),
        pytest.param("Returnee households assisted with cash: 9,100", [], id="assisted-row"),
        pytest.param(
            "Served inside evacuation centres: 2,210 families", [("sheltered", 2_210)], id="served-inside-ecs-row"
        ),
        pytest.param(
            "31,000 IDPs in 120 collective shelters\n~95,000 people crossed into Syria",
            [("sheltered", 31_000), ("displaced", 95_000)],
            id="a-trap-word-on-the-line-above",
        ),
        pytest.param("UNICEF airlifted 300 family hygiene kits.", [], id="family-kits-of-a-kind"),
        pytest.param("Initial reports had put the number of dead at around 60.", [], id="initial-reports-put"),
        pytest.param(
            "Roughly 1.4m of the region's 2.1m people have been driven from their homes.",
            [("displaced", 1_400_000)],
            id="a-share-of-a-whole-in-millions",
        ),
        pytest.param(
            "In those two months, 1,930 civilians were killed or injured.", [], id="killed-or-injured-combined"
        ),
        pytest.param(
            "The river kept flowing above the danger mark after 5 people drowned.",
            [("killed", 5)],
            id="the-danger-is-no-person",
        ),
    ],
)
def test_monitoring_words_shares_and_combined_counts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The blaze spread overnight and two more injured porters died in hospital on Sunday.",
            [("killed", 2)],
            id="hurt-before-then-died",
        ),
        pytest.param(
            "Paramedics brought in 340 wounded people fleeing the shelling.",
            [("injured", 340)],
            id="wounded-people-fleeing-stay-wounded",
        ),
        pytest.param("A boy aged about 9 died of his burns on Friday.", [("killed", 1)], id="a-rough-age-is-no-count"),
        pytest.param(
            "About 820 people were sheltering on Friday night in the parish hall.",
            [("sheltered", 820)],
            id="sheltering-then-a-time",
        ),
        pytest.param(
            "Some 2,300 migrants who have landed in Lampedusa since June are sheltering in reception centres.",
            [("sheltered", 2_300)],
            id="since-a-month-inside-the-subject",
        ),
        pytest.param(
            "Divers recovered the body of a trader who had gone missing on Tuesday.",
            [("killed", 1)],
            id="the-body-of-one-who-was-missing",
        ),
        pytest.param("The army had earlier given a toll of 14.", [], id="a-toll-given-earlier"),
        pytest.param(
            "About 640 residents of Boa Vista and neighbouring Santa Rita were evacuated.",
            [("evacuated", 640)],
            id="and-neighbouring-a-name",
        ),
        pytest.param("Nearly 2,100 refugees in Camp 15 were relocated.", [("evacuated", 2_100)], id="a-camp-number"),
        pytest.param("Fire gutted learning centres in Camps 4 and 7 on Monday.", [], id="camp-numbers-are-no-counts"),
        pytest.param(
            "The toll rose to 1,310 on 9 March, from 455 deaths reported on 2 March.",
            [("killed", 1_310)],
            id="rose-to-a-date-then-from",
        ),
        pytest.param(
            "Roughly 64,000 displaced people live in Pemba, Mueda and Montepuez.", [], id="displaced-living-in-towns"
        ),
        pytest.param(
            "More than 9,000 people crossed into Uganda after returns to Ituri had slowed.",
            [("displaced", 9_000)],
            id="crossing-into-a-country-is-flight",
        ),
        pytest.param(
            "Six villagers were killed, including a farmer and his three sons, who were shot in their fields.",
            [("killed", 6), ("killed", 1), ("killed", 3)],
            id="shot-as-part-of-the-dead",
        ),
        pytest.param(
            "The landslide killed 23 people, among them four pupils who were staying at a boarding school.",
            [("killed", 23), ("killed", 4)],
            id="a-part-of-the-dead-with-a-clause",
        ),
        pytest.param(
            "Drought has displaced 40,000 people, and 2 million people - a fifth of the population - are affected.",
            [("displaced", 40_000)],
            id="affected-after-a-dashed-aside",
        ),
        pytest.param(
            "Attackers ended a truce in November and shot dead a guard.", [("killed", 1)], id="a-month-is-no-person"
        ),
        pytest.param(
            "Mortality by district, according to the governor's office:", [], id="a-governor's-office-is-no-victim"
        ),
        pytest.param(
            "Two fishermen are missing after a canoe with 9 people on board overturned.",
            [("missing", 2)],
            id="people-on-board-are-no-figure",
        ),
        pytest.param("That is up sharply from the 112 deaths recorded last week.", [], id="up-sharply-from"),
        pytest.param(
            "Eighteen houses were razed. Another 12 schools and two clinics were also damaged.",
            [("houses_destroyed", 18)],
            id="another-count-of-other-buildings",
        ),
        pytest.param(
            "Residents of 72 households in the gully were evacuated.",
            [("evacuated", 72)],
            id="residents-of-households-moved",
        ),
        pytest.param(
            "Members of 5 families were killed when the roof fell.", [], id="members-of-families-no-toll-of-families"
        ),
        pytest.param("About 3,000 others crossed into Chad.", [("displaced", 3_000)], id="others-crossing"),
        pytest.param(
            "Fifteen houses and a granary collapsed in the night.", [("houses_destroyed", 15)], id="and-a-thing"
        ),
        pytest.param(
            "About 6,000 people whose homes were flattened remain in schools.",
            [("sheltered", 6_000)],
            id="whose-homes-then-the-main-verb",
        ),
        pytest.param(
            "The dead were listed as follows: Mbaya, 14; Kitoko, six; and Lwanga, three.",
            [("killed", 14), ("killed", 6), ("killed", 3)],
            id="name-comma-count-items",
        ),
    ],
)
def test_fates_told_late_sites_numbered_and_lists_by_name(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 90 houses were destroyed. Another 45 were partially damaged.",
            [("houses_destroyed", 90), ("houses_damaged", 45)],
            id="another-count-with-its-own-house-verb",
        ),
        pytest.param(
            "Some 600 people fled and 80 families were evacuated. Of them, 150 are staying at a stadium.",
            [("displaced", 600), ("evacuated", 80), ("sheltered", 150)],
            id="of-them-is-no-house-count",
        ),
        pytest.param(
            "Three people in the bunker next to ours died at once.", [("killed", 3)], id="where-they-were-then-died"
        ),
        pytest.param(
            "The militia said it had killed 'more than 40 infidels' in the raid.",
            [("killed", 40)],
            id="a-count-in-single-quotes",
        ),
        pytest.param(
            "Officials moved around 12,000 IDPs back to Kafta Humera in March.",
            [("returned", 12_000)],
            id="moved-back-to",
        ),
        pytest.param(
            "The model gave a wide interval, from 8,000 to 19,000 deaths.",
            [("killed", 8_000)],
            id="an-interval-from-to",
        ),
        pytest.param(
            "The typhoon killed 210 people, left 95 missing and displaced over 600,000.",
            [("killed", 210), ("missing", 95), ("displaced", 600_000)],
            id="missing-and-displaced-two-counts",
        ),
        pytest.param("- Kebbi: 61 fatalities (44 events)", [("killed", 61)], id="events-in-brackets"),
        pytest.param(
            "The agency said 1,400 buildings had been submerged or destroyed.", [], id="submerged-or-destroyed"
        ),
        pytest.param("The floods hit 12 sites, damaging or destroying 900 shelters.", [], id="damaging-or-destroying"),
        pytest.param("The previous toll, issued on Monday, stood at 38.", [], id="previous-toll-stood-at"),
        pytest.param(
            "Earlier figures from the provincial disaster management authority had put the death toll at 61.",
            [],
            id="earlier-figures-had-put-at-length",
        ),
        pytest.param(
            "An estimated 8,000 returnees have no home to go back to.",
            [("homeless", 8_000)],
            id="no-home-to-go-back-to",
        ),
        pytest.param(
            "The ministry said 540 people were killed and 2,100 injured, including 61 children and 88 women killed.",
            [("killed", 540), ("injured", 2_100), ("killed", 61), ("killed", 88)],
            id="a-pair-of-parts-sharing-a-participle",
        ),
    ],
)
def test_later_counts_old_tolls_and_parts_sharing_a_verb(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The previous report, released on Sunday, counted 58 deaths.", [], id="previous-report-counted"),
        pytest.param(
            "Divers found 12 bodies, and the number of missing could be between 40 and 60.",
            [("killed", 12), ("missing", 40)],
            id="number-of-missing-could-be",
        ),
        pytest.param(
            "Some 8,200 IDPs had been transported from Sheraro, where they had stayed in schools, to their villages.",
            [("returned", 8_200)],
            id="idps-taken-to-their-villages",
        ),
        pytest.param(
            "Some 1,500 IDPs were bused from the camp to their villages on Monday.",
            [("returned", 1_500)],
            id="bused-to-their-villages",
        ),
        pytest.param(
            "Around 300 residents were evacuated to the village hall.",
            [("evacuated", 300)],
            id="the-village-hall-is-no-home",
        ),
        pytest.param(
            "Operations displaced an estimated 8,000 people since May, while some 3,000 returned to their villages.",
            [("displaced", 8_000), ("returned", 3_000)],
            id="a-displacement-verb-before-another-clause's-villages",
        ),
        pytest.param(
            "About 900 people fled, while an estimated 4,000 returned to their villages.",
            [("displaced", 900), ("returned", 4_000)],
            id="another-clause's-villages",
        ),
        pytest.param(
            "Before the siege the town was home to about 90,000 people, including some 30,000 who had been displaced.",
            [],
            id="a-part-of-a-town's-population",
        ),
        pytest.param(
            "The storm affected 80,000 people, of whom 12,000 have been displaced.",
            [("displaced", 12_000)],
            id="a-part-of-the-affected-counts",
        ),
    ],
)
def test_old_reports_taken_home_and_parts_of_populations(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Gunmen dragged men and women over 60 from their homes.", [], id="an-age-bound-is-no-count"),
        pytest.param(
            "About 2,400 people displaced by the mudslide are staying in four shelters.",
            [("sheltered", 2_400)],
            id="displaced-by-then-staying",
        ),
        pytest.param(
            "Some 700 people displaced by the fighting were killed in a strike on the camp.",
            [("killed", 700)],
            id="displaced-by-then-killed",
        ),
        pytest.param(
            "At least 90 people wounded in the raid had reached the district hospital.",
            [("injured", 90)],
            id="wounded-then-arrived-stay-wounded",
        ),
        pytest.param(
            "More than 5,100 people displaced by the offensive arrived at an emergency site near Qayyarah.",
            [("displaced", 5_100)],
            id="displaced-then-arrived-stay-displaced",
        ),
        pytest.param(
            "Thirty killed in militia attack on Plaine Savo displaced site", [("killed", 30)], id="a-site's-adjective"
        ),
        pytest.param(
            "Divers were searching for at least six people after the barge sank.",
            [("missing", 6)],
            id="searching-for-people",
        ),
        pytest.param(
            "Teams are searching for dozens of people believed trapped under the rubble.",
            [],
            id="trapped-are-no-missing",
        ),
        pytest.param(
            "Some 9,000 people have fled. The breakdown given by the mayor is as follows: in Soacha, 4,100 people; "
            "in Bosa, 3,200; and in Usme, 1,700.",
            [("displaced", 9_000), ("displaced", 4_100), ("displaced", 3_200), ("displaced", 1_700)],
            id="a-breakdown-by-place-after-a-colon",
        ),
        pytest.param(
            "INJURED: 40\nBreakdown of reported dead by region: Region IV - 12; Region V - 9",
            [("injured", 40), ("killed", 12), ("killed", 9)],
            id="a-breakdown-heading-keeps-its-kind",
        ),
        pytest.param(
            "DEATHS BY COUNTRY\n• Dominica: 5\n• Saint Kitts and the Grenadines: 3\n• Haiti: 2",
            [("killed", 5), ("killed", 3), ("killed", 2)],
            id="a-country-named-with-the",
        ),
    ],
)
def test_reduced_relatives_searches_and_breakdowns(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "No one died, but 11 people were treated for smoke inhalation, an assistant relief commissioner told AFP.",
            [("injured", 11)],
            id="a-source's-title-is-no-victim",
        ),
        pytest.param(
            "Gunmen attacked the camp, killing at least 21 civilians and 9 personnel of the border police.",
            [("killed", 21), ("killed", 9)],
            id="personnel-of-a-force-listed",
        ),
        pytest.param(
            "The district accounted for 140 of the deaths and 12 of the missing.",
            [("killed", 140)],
            id="of-the-missing-is-no-list-tail",
        ),
        pytest.param(
            "A wall collapsed at the quarry; three workers were killed and another was injured.",
            [("killed", 3), ("injured", 1)],
            id="and-another-was-injured",
        ),
        pytest.param(
            "Of the 6,210 houses damaged, 940 were totally destroyed and 5,270 were partially damaged.",
            [("houses_destroyed", 940), ("houses_damaged", 5_270)],
            id="of-the-houses-damaged-a-combined-whole",
        ),
        pytest.param("Among the evacuees are 410 children.", [("evacuated", 410)], id="among-the-evacuees-are"),
        pytest.param(
            "The number of missing and injured people stood at 40 and 210, respectively.",
            [("missing", 40), ("injured", 210)],
            id="two-fates-named-before-the-pair",
        ),
        pytest.param(
            "The mine blast left four and 13 police officers dead and wounded respectively.",
            [("killed", 4), ("injured", 13)],
            id="two-fates-respectively",
        ),
        pytest.param(
            "Among the arrivals are some 2,300 Sudanese returnees.",
            [("returned", 2_300)],
            id="among-the-arrivals-returnees",
        ),
    ],
)
def test_titles_forces_and_parts_named_among(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The death toll, which stood at 212 on 3 May, has been revised upward.", [], id="which-stood-then-revised"
        ),
        pytest.param(
            "The toll is well above the count and higher than the figure of 58 given on Monday.",
            [],
            id="higher-than-the-figure-of",
        ),
        pytest.param(
            "The toll had stood at 97 on Monday evening, according to an earlier estimate.", [], id="had-stood-at"
        ),
        pytest.param(
            "The number of people killed in the strike on a market in Kramatorsk on Feb. 9 has risen to 23.",
            [("killed", 23)],
            id="an-abbreviated-month-and-day-inside-the-subject",
        ),
        pytest.param(
            "Deaths by province are as follows:\nŞırnak: 41\nElazığ: 7\nŁomża: 3",
            [("killed", 41), ("killed", 7), ("killed", 3)],
            id="places-named-with-extended-latin-capitals",
        ),
        pytest.param(
            "The agency corrected Friday's figure of 91 deaths after two were found to be unrelated.",
            [],
            id="corrected-a-day's-figure",
        ),
        pytest.param(
            "In all, 7,400 buildings were either destroyed or so badly damaged that they must come down.",
            [],
            id="destroyed-or-so-badly-damaged",
        ),
        pytest.param(
            "Some 640 families were moved temporarily into communal facilities.",
            [("sheltered", 640)],
            id="moved-temporarily-into-communal-facilities",
        ),
    ],
)
def test_old_tolls_set_against_new_ones_and_temporary_moves(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The flood situation worsened on Monday, with four more people drowning in Barpeta.",
            [("killed", 4)],
            id="with-more-people-drowning",
        ),
        pytest.param(
            "Convoys carried more than 12,000 people out of the besieged town.",
            [("displaced", 12_000)],
            id="carried-people-out-of",
        ),
        pytest.param("The ferry carried 200 passengers across the lake.", [], id="carried-across-is-no-flight"),
        pytest.param(
            "Among the people evacuated were 35 children.", [("evacuated", 35)], id="among-the-people-evacuated"
        ),
    ],
)
def test_drowning_tolls_and_people_carried_out(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Deaths recorded by route, 1 January - 30 June:\n\n- Atlantic (Senegal to Canaries): 812\n"
            "- Channel (France to UK): 37",
            [("killed", 812), ("killed", 37)],
            id="list-labels-with-a-gloss-in-brackets",
        ),
        pytest.param(
            "Among the returnees are more than 900 unaccompanied children.",
            [("returned", 900)],
            id="among-the-returnees-are",
        ),
        pytest.param("Displacement soars to nearly 120,000", [("displaced", 120_000)], id="displacement-soars-to"),
        pytest.param(
            "Officials put the number of homes damaged or destroyed at more than 3,000.",
            [],
            id="a-combined-count-inside-the-verb",
        ),
    ],
)
def test_glosses_returnees_among_and_combined_house_counts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of its roughly 9,000 houses, about 4,000 were destroyed and 2,500 damaged.",
            [("houses_destroyed", 4_000), ("houses_damaged", 2_500)],
            id="the-whole-a-house-partitive-opens-on",
        ),
        pytest.param(
            "About 300,000 displaced people now live in the city and its outskirts.", [], id="living-in-the-city"
        ),
        pytest.param(
            "At least 120 displaced people sheltering in a school have been killed.",
            [("killed", 120)],
            id="sheltering-in-then-killed",
        ),
        pytest.param(
            "Some 9,000 have crossed the border. Of these, about 7,500 are Burundian returnees.",
            [("displaced", 9_000), ("returned", 7_500)],
            id="of-these-named-returnees",
        ),
        pytest.param(
            "Six persons who sustained gunshot wounds were evacuated to the district hospital.",
            [("injured", 6)],
            id="a-hurt-then-moved-by-a-relative-clause",
        ),
        pytest.param(
            "The number of people killed by the magnitude 6.2 earthquake in Herat on Saturday has reached 88.",
            [("killed", 88)],
            id="a-magnitude-inside-the-subject",
        ),
        pytest.param("Witnesses counted the remains of at least 40 motorcycles.", [], id="motorcycles-are-no-people"),
        pytest.param("Earlier on Monday, officials had reported 17 dead.", [], id="earlier-officials-had-reported"),
        pytest.param("The figure had stood at 1,204 earlier on Friday.", [], id="the-figure-had-stood-at"),
        pytest.param(
            "The association said 9 fishermen had not returned from sea and were feared missing.",
            [("missing", 9)],
            id="not-returned-and-feared-missing",
        ),
        pytest.param(
            "Some 80,000 people have arrived. Some 61,000 of the arrivals are Chadian returnees.",
            [("displaced", 80_000), ("returned", 61_000)],
            id="of-the-arrivals-named-returnees",
        ),
        pytest.param(
            "Returns slowed. Clashes displaced 5,000 people, some 2,000 of whom crossed into northern Lebanon.",
            [("displaced", 5_000), ("displaced", 2_000)],
            id="crossing-into-a-country's-north",
        ),
        pytest.param(
            "It was the worst quake since 1999, when a tremor near Izmit killed more than 17,000 people.",
            [("killed", 17_000)],
            id="a-tremor-is-no-person",
        ),
        pytest.param(
            "Displacement by area of arrival:\n- Goma (western districts and spontaneous sites): about 61,000 people"
            "\n- Minova and Kalehe territory (South Kivu): around 12,000 people\n- Kirotshe health zone: 8,000 people",
            [("displaced", 61_000), ("displaced", 12_000), ("displaced", 8_000)],
            id="list-labels-with-long-glosses-territories-and-health-zones",
        ),
        pytest.param(
            "The agency had earlier reported 31 deaths but revised the figure down to 29 on Sunday.",
            [("killed", 29)],
            id="revised-the-figure-down-to",
        ),
    ],
)
def test_partitive_wholes_cities_and_hurts_moved_later(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He gave the following breakdown of the dead:\n\n— Kwal: 12\n— Rim: 9\n— Jol: 4",
            [("killed", 12), ("killed", 9), ("killed", 4)],
            id="items-after-em-dashes",
        ),
        pytest.param(
            "According to a senior police officer, 10 of the dead were militants.",
            [("killed", 10)],
            id="according-to-a-source",
        ),
        pytest.param(
            "Among the dead are six children and four women, and more than 30 people were wounded.",
            [("killed", 6), ("killed", 4), ("injured", 30)],
            id="a-list-item-keeps-its-list's-kind",
        ),
        pytest.param(
            "Another 9,000 people are confined to their villages, unable to leave.", [], id="confined-are-no-figure"
        ),
        pytest.param(
            "An initial government toll of 61 dead was revised on Monday to 70.",
            [("killed", 70)],
            id="an-initial-government-toll-of",
        ),
        pytest.param("Some 210 schools and 95 houses of worship were also damaged.", [], id="houses-of-worship"),
        pytest.param(
            "In all, 9,400 houses were damaged, of which 8,100 were partially damaged and 1,300 were totally damaged.",
            [("houses_damaged", 8_100), ("houses_destroyed", 1_300)],
            id="a-combined-whole-before-partial-then-total",
        ),
        pytest.param("The government earmarked Tk 1,200 crore to build new shelters.", [], id="taka-is-money"),
        pytest.param(
            "Officials reported 18 deaths, among them two children who were swept away by a river.",
            [("killed", 18), ("killed", 2)],
            id="swept-away-among-the-dead",
        ),
        pytest.param(
            "Coast guards rescued 104 people, and 78 bodies have so far been recovered.",
            [("killed", 78)],
            id="the-rescued-share-no-verb-with-the-dead",
        ),
        pytest.param("Volunteers have served hot meals to 18,000 people in evacuation centres.", [], id="served-to"),
        pytest.param(
            "Jigawa recorded the highest number of deaths, with 92.", [("killed", 92)], id="the-most-deaths-with"
        ),
    ],
)
def test_dashed_items_sources_lists_and_old_tolls(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The mission said one of its peacekeepers had been wounded in the ambush.",
            [("injured", 1)],
            id="one-of-its-peacekeepers",
        ),
        pytest.param("The army said one of its soldiers was killed.", [("killed", 1)], id="one-of-its-soldiers"),
        pytest.param("One of our drivers was wounded at the checkpoint.", [("injured", 1)], id="one-of-our-drivers"),
        pytest.param("One of the victims was a woman carrying her baby.", [], id="one-of-the-victims-restates"),
        pytest.param("The ministry said one of its hospitals was damaged.", [], id="one-of-its-hospitals"),
        pytest.param("It was one of the worst floods in a decade.", [], id="one-of-the-worst"),
        pytest.param(
            "Since the rains began on August 20, 23 people have died.",
            [("killed", 23)],
            id="a-count-after-a-date-and-a-comma",
        ),
        pytest.param("Clashes on April 11 and 12 killed 40 people.", [("killed", 40)], id="a-day-pair-stays-days"),
        pytest.param(
            "Rescuers recovered 52 bodies, among them 9 children, and families reported 60 people missing.",
            [("killed", 52), ("killed", 9), ("missing", 60)],
            id="comma-and-opens-another-clause",
        ),
    ],
)
def test_one_of_a_force_or_staff(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Deaths among farm workers from the flooding of the Tana delta since late March have risen to 27.",
            [("killed", 27)],
            id="deaths-far-from-their-rise",
        ),
        pytest.param(
            'The district officer said the toll was "no fewer than 35".', [("killed", 35)], id="quoted-no-fewer-than"
        ),
        pytest.param("Village elders put the toll as high as 60.", [("killed", 60)], id="put-the-toll-as-high-as"),
        pytest.param("Waves as high as 6 metres hit the harbour.", [], id="as-high-as-a-height"),
        pytest.param(
            "Of those killed, 14 have not yet been identified.", [("killed", 14)], id="the-dead-not-identified"
        ),
        pytest.param(
            "Of the 55 people killed, 30 were buried on Friday.",
            [("killed", 55), ("killed", 30)],
            id="the-dead-buried",
        ),
        pytest.param("Of the 90 missing, 61 have been found alive.", [("missing", 90)], id="the-missing-found-alive"),
    ],
)
def test_long_subjects_quoted_hedges_and_what_is_said_of_the_dead(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The number of people displaced by the fighting between two armed factions in the hills east of the "
            "provincial capital has risen to 18,500.",
            [("displaced", 18_500)],
            id="a-long-subject-of-the-displaced",
        ),
        pytest.param(
            "About 600 families living within 300 metres of the riverbank were relocated.",
            [("evacuated", 600)],
            id="a-distance-between-the-people-and-their-verb",
        ),
        pytest.param(
            "The raids sent some 7,000 Burundians across the lake into Tanzania.",
            [("displaced", 7_000)],
            id="people-named-by-origin-moved-by-force",
        ),
        pytest.param("The army sent 300 Marines into the port city.", [], id="forces-sent-are-not-moved-people"),
        pytest.param("Three Marines were wounded in the ambush.", [("injured", 3)], id="marines-are-fighters"),
    ],
)
def test_long_subjects_distances_and_people_named_by_origin(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nine of the missing are fishermen from Cox's Bazar.", [("missing", 9)], id="part-of-the-missing-named"
        ),
        pytest.param("Four of the missing were found alive on Sunday.", [], id="the-missing-found-are-no-figure"),
        pytest.param(
            "The river rendered about 2,300 families of the char villages homeless.",
            [("homeless", 2_300)],
            id="rendered-with-a-long-object",
        ),
        pytest.param("The closure made 300 workers at the mill redundant.", [], id="made-redundant-is-no-harm"),
    ],
)
def test_parts_of_the_missing_and_rendered_homeless(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Nearly 900 move to relief camps as Brahmaputra swells", [("sheltered", 900)], id="headline-move"),
        pytest.param("Households in safe locations: 12,408", [("sheltered", 12_408)], id="a-row-of-safe-locations"),
        pytest.param(
            "Officials put the number of people staying in 310 relief camps at 48,260.",
            [("sheltered", 48_260)],
            id="the-number-of-camps-inside-the-subject",
        ),
    ],
)
def test_moves_to_camps_and_rows_of_safe_locations(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The water forced 1,400 households living near the dam to leave their homes.",
            [("displaced", 1_400)],
            id="forced-with-a-modifier-before-to-leave",
        ),
        pytest.param(
            "Some 900 residents of lakeside wards such as Mbita and Kendu have fled.",
            [("displaced", 900)],
            id="such-as-names-in-the-gap",
        ),
        pytest.param(
            "About 600 more have left their flooded homes.", [("displaced", 600)], id="left-their-flooded-homes"
        ),
        pytest.param("Around 250 villagers ran into the forest.", [("displaced", 250)], id="ran-into-the-forest"),
        pytest.param("The striker ran into the box 3 times.", [], id="ran-into-a-box-is-no-flight"),
    ],
)
def test_flight_with_modifiers_and_into_the_wild(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two more bodies were found, taking the toll since May 3 to 412.",
            [("killed", 2), ("killed", 412)],
            id="a-day-before-to-opens-no-range",
        ),
        pytest.param("Storms on May 3-5 killed 19 people.", [("killed", 19)], id="a-range-of-days-stays-days"),
        pytest.param(
            "Deaths rose to 88 on Friday morning (14), from 80 the night before.",
            [("killed", 88)],
            id="a-day-in-brackets-after-a-part-of-the-day",
        ),
        pytest.param(
            "The number of people driven from their homes by the fighting in the north has passed 640,000.",
            [("displaced", 640_000)],
            id="has-passed",
        ),
        pytest.param(
            "About 1,100 migrants reached the Greek island of Samos overnight.",
            [("displaced", 1_100)],
            id="reached-an-island",
        ),
        pytest.param(
            "The number of people staying in the 212 collective shelters fell to 18,400.",
            [("sheltered", 18_400)],
            id="the-number-of-shelters-after-the",
        ),
    ],
)
def test_days_before_counts_and_more_rises(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials said 31 soldiers and police officers and 12 civilians have been killed.",
            [("killed", 31), ("killed", 12)],
            id="a-count-of-two-nouns-shares-the-next-verb",
        ),
        pytest.param(
            "One person was killed in Tavush province and another two wounded, including a boy hit by shrapnel.",
            [("killed", 1), ("injured", 2), ("injured", 1)],
            id="the-part-belongs-to-the-nearer-figure",
        ),
        pytest.param(
            "Strikes killed 17 people in the north and the Bekaa Valley, including a nurse in Baalbek.",
            [("killed", 17), ("killed", 1)],
            id="a-place-with-and-before-the-part",
        ),
    ],
)
def test_two_noun_counts_and_parts_after_places(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the dead, 14 were villagers shot in their fields and five were soldiers killed at a checkpoint.",
            [("killed", 14), ("killed", 5)],
            id="the-next-part-of-a-partitive-whole",
        ),
        pytest.param(
            "Of the dead, 14 were villagers and rescuers are still searching for 6 more.",
            [("killed", 14), ("missing", 6)],
            id="and-before-a-clause-with-its-own-verb",
        ),
    ],
)
def test_parts_of_a_partitive_whole(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_bare_part_takes_the_group_its_predicate_names() -> None:
    assert summary("Of those killed, 12 were women, 9 were children and 3 were elderly men.") == [
        ("killed", 12, "exact", "women"),
        ("killed", 9, "exact", "children"),
        ("killed", 3, "exact", "people"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Crews evacuated four villages and the number of people injured rose to 27.",
            [("injured", 27)],
            id="the-number-of-people-injured",
        ),
        pytest.param(
            "Wildfire forces evacuations as injured rise to 19", [("injured", 19)], id="headline-injured-rise-to"
        ),
        pytest.param(
            "The number of people forced from their homes has risen from 40,000 in March to more than 210,000.",
            [("displaced", 210_000)],
            id="a-rise-from-an-old-count",
        ),
        pytest.param(
            "Of the new deaths, Gorkha accounted for six, Dhading three and Nuwakot two.",
            [("killed", 6), ("killed", 3), ("killed", 2)],
            id="places-account-for-the-whole-an-opening-names",
        ),
        pytest.param(
            "The number of evacuees housed in relief centres rose from 2,100 on Monday to 6,300 on Wednesday.",
            [("sheltered", 6_300)],
            id="housed-in-relief-centres",
        ),
    ],
)
def test_rises_from_old_counts_and_shares_of_an_opening(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Tuesday the regional office had put the toll at 22 dead and 41 injured.",
            [],
            id="a-pluperfect-toll-and-its-pair",
        ),
        pytest.param(
            "Police had on Friday put the number of dead at 17.", [], id="a-pluperfect-toll-with-a-day-between"
        ),
        pytest.param(
            "The mayor had put the number of injured in the town at nine.", [], id="a-pluperfect-count-of-the-injured"
        ),
        pytest.param(
            "The toll was revised down to 12, after a local official had initially announced 30 dead.",
            [("killed", 12)],
            id="a-first-announcement-revised",
        ),
        pytest.param("Police put the number of dead at 17.", [("killed", 17)], id="a-present-count-stands"),
    ],
)
def test_pluperfect_tolls_were_replaced(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In May, 1,200 families returned, a much slower pace than in April.",
            [("returned", 1_200)],
            id="a-much-slower-is-no-person",
        ),
        pytest.param(
            "Some 4,300 persons had taken temporary refuge with relatives.",
            [("displaced", 4_300)],
            id="taken-temporary-refuge",
        ),
        pytest.param(
            "About 900 people in six villages along the river had fled to higher ground.",
            [("displaced", 900)],
            id="villages-along-the-river",
        ),
        pytest.param(
            "Officials said 8,000 families were left homeless and that 600,000 people, including 250,000 children, "
            "were affected.",
            [("homeless", 8_000)],
            id="a-part-of-a-count-that-is-no-figure",
        ),
        pytest.param(
            "The blast killed four members of one family, including two children.",
            [("killed", 4), ("killed", 2)],
            id="a-part-of-the-members-not-of-the-family",
        ),
    ],
)
def test_intensifiers_refuge_and_parts_of_non_figures(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 40 households were observed returning to Harib district this week.",
            [("returned", 40)],
            id="observed-returning",
        ),
        pytest.param(
            "More than 1,200 people slept in the open outside the stadium.",
            [("homeless", 1_200)],
            id="slept-in-the-open",
        ),
        pytest.param(
            "Up to 3,000 more people could leave coastal villages in the district.",
            [("displaced", 3_000)],
            id="could-leave-villages",
        ),
    ],
)
def test_watched_returns_nights_outside_and_leaving_villages(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "GORKHA, Sept 4 - Twelve bodies have been recovered after the landslide.",
            [("killed", 12)],
            id="a-datelines-dash-opens-no-range",
        ),
        pytest.param(
            "Damaged houses reached 4,210, of which 380 were totally destroyed and 3,830 partially damaged.",
            [("houses_destroyed", 380), ("houses_damaged", 3_830)],
            id="houses-named-before-their-count-then-of-which",
        ),
        pytest.param(
            "Officials said 9,120 houses had been damaged. More than 640 others were destroyed, they said.",
            [("houses_damaged", 9_120), ("houses_destroyed", 640)],
            id="others-after-a-sentence-on-houses",
        ),
        pytest.param(
            "The attackers burned some 35 shelters. About two dozen others were wounded.",
            [("houses_destroyed", 35), ("injured", 24)],
            id="others-wounded-after-houses-are-people",
        ),
    ],
)
def test_datelines_and_houses_across_clauses(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The storm damaged 720 houses, while 1,304 villages and 18,221.40 hectares of crops remain under water.",
            [("houses_damaged", 720)],
            id="a-decimal-area-is-no-count",
        ),
        pytest.param(
            "Some 41,000 people fled their homes. The number of affected residents has reached 1.2 million.",
            [("displaced", 41_000)],
            id="the-number-of-affected-takes-no-kind-from-before",
        ),
        pytest.param(
            "Some 41,000 people fled their homes. The official figure has since reached 52,000.",
            [("displaced", 41_000), ("displaced", 52_000)],
            id="the-figure-reached-takes-the-kind-before",
        ),
    ],
)
def test_decimal_areas_and_affected_counts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_heading_after_the_lines_last_figure_names_the_list() -> None:
    text = (
        "The ministry said 1,310 people were injured, 402 of them seriously. Deaths by province:\n"
        "Sindh: 214\n"
        "Punjab: 97\n"
        "Balochistan: 31\n"
    )
    assert kinds_values(text) == [
        ("injured", 1_310),
        ("injured", 402),
        ("killed", 214),
        ("killed", 97),
        ("killed", 31),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Deaths reported ............ 64", [("killed", 64)], id="a-row-with-a-participle"),
        pytest.param(
            "Displaced people registered ...... 21,000+", [("displaced", 21_000)], id="registered-displaced-row"
        ),
        pytest.param("Houses destroyed .. 8,410", [("houses_destroyed", 8_410)], id="a-two-dot-leader"),
        pytest.param(
            "Partially damaged houses ....... 12,530", [("houses_damaged", 12_530)], id="partially-damaged-houses-row"
        ),
        pytest.param(
            "Totally damaged houses ......... 990", [("houses_destroyed", 990)], id="totally-damaged-houses-row"
        ),
    ],
)
def test_dotted_leader_rows(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least 14 fishermen, most of them from Kuakata, have not been seen since.",
            [("missing", 14)],
            id="not-seen-since",
        ),
        pytest.param(
            "Some 30 people have not been heard from since the storm.", [("missing", 30)], id="not-heard-from"
        ),
        pytest.param("Some 30 people were seen again in the market.", [], id="seen-again-is-no-loss"),
        pytest.param(
            "The council keeps a register of 640 missing people.", [("missing", 640)], id="a-register-is-no-person"
        ),
    ],
)
def test_not_seen_since_and_registers(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The toll, which on Monday morning stood at 9 and by noon at 31, has risen steeply since.",
            [],
            id="old-levels-in-a-which-clause",
        ),
        pytest.param(
            "Twenty houses were washed away, while another 15, partially damaged, were declared unsafe.",
            [("houses_destroyed", 20), ("houses_damaged", 15)],
            id="a-house-state-in-apposition",
        ),
        pytest.param(
            "Fully destroyed houses numbered 21,040.", [("houses_destroyed", 21_040)], id="destroyed-houses-numbered"
        ),
    ],
)
def test_old_levels_and_house_states(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_whereabouts_unknown_falling() -> None:
    assert kinds_values("The number of people whose whereabouts are unknown fell to 87.") == [("missing", 87)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two fishermen, whose names could not be confirmed immediately, drowned near the jetty.",
            [("killed", 2)],
            id="a-verb-inside-a-comma-aside-is-the-asides",
        ),
        pytest.param("Some 52 arrived with gunshot or shrapnel wounds.", [("injured", 52)], id="arrived-with-wounds"),
        pytest.param("A total of 23 insurgents were eliminated.", [("killed", 23)], id="were-eliminated"),
        pytest.param("Five teams were eliminated in the first round.", [], id="teams-eliminated-are-no-toll"),
    ],
)
def test_asides_wounds_on_arrival_and_eliminated(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A total of 9,100 houses were affected: 2,230 totally destroyed and 6,870 partially destroyed.",
            [("houses_destroyed", 2_230), ("houses_damaged", 6_870)],
            id="items-with-their-own-verb-after-an-affected-label",
        ),
        pytest.param("People affected: 41,300", [], id="an-affected-row-stays-no-figure"),
        pytest.param("The agency trained 1,200 refugee volunteers.", [], id="refugee-volunteers-are-workers"),
        pytest.param(
            "Some 1,200 refugee children arrived in Renk.", [("displaced", 1_200)], id="refugee-children-moved"
        ),
    ],
)
def test_affected_labels_and_refugee_workers(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Eleven villagers were killed in the raid. Of the 11, four were children.",
            [("killed", 11), ("killed", 4)],
            id="the-parts-of-a-whole-named-by-its-count",
        ),
        pytest.param("Honduras has received 21,400 deportees so far.", [("returned", 21_400)], id="deportees-return"),
        pytest.param(
            "Some 9,300 migrants have reached the archipelago this year.",
            [("displaced", 9_300)],
            id="reached-the-archipelago",
        ),
    ],
)
def test_wholes_named_by_count_and_deportees(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "By May, 214,000 people previously displaced within the province had returned home.",
            [("returned", 214_000)],
            id="an-adverb-before-a-reduced-relative",
        ),
        pytest.param(
            "Karim, 29, who arrived at the border post on Monday, said the road was mined.",
            [],
            id="an-age-after-a-name-opening-the-sentence",
        ),
        pytest.param("The agency said two of its ambulances were hit by gunfire.", [], id="two-of-its-ambulances"),
        pytest.param("The army said two of its soldiers were killed.", [("killed", 2)], id="two-of-its-soldiers"),
        pytest.param("A police source had on Friday given a toll of 9 officers dead.", [], id="a-pluperfect-toll-of"),
    ],
)
def test_adverbs_names_things_and_old_tolls_of(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_count_in_camps_after_houses_is_people() -> None:
    assert kinds_values("Clashes in Jiribam: over 40 houses torched, 350 in relief camps") == [
        ("houses_destroyed", 40),
        ("sheltered", 350),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Over 900 Syrian Kurds cross into Kurdistan Region in 2 days",
            [("displaced", 900)],
            id="a-people-after-a-capitalised-adjective",
        ),
        pytest.param(
            "Some 2,100 families were living in the open without tents.",
            [("homeless", 2_100)],
            id="in-the-open-without-tents",
        ),
    ],
)
def test_peoples_named_twice_and_the_open(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_an_inverted_count_of_people_named_by_origin() -> None:
    text = "The new arrivals bring to more than 86,000 the number of Congolese refugees who have fled to Burundi."
    assert kinds_values(text) == [("displaced", 86_000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Floods have displaced some 61,000 people. Zomba City accounts for 22,000 and Machinga district for "
            "about 14,500, the agency said.",
            [("displaced", 61_000), ("displaced", 22_000), ("displaced", 14_500)],
            id="places-account-for-the-figure-before",
        ),
        pytest.param(
            "Floods have displaced some 61,000 people. Schools account for 58 of the 155 sites.",
            [("displaced", 61_000)],
            id="a-part-of-its-own-whole-is-no-share",
        ),
    ],
)
def test_places_accounting_for_the_figure_before(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_dotted_list_with_accented_names_slashes_and_its_total() -> None:
    text = (
        "The monitors said the fighting in the north had forced families out of their villages again this spring.\n\n"
        "Arrivals by border point, 1 May – 30 June:\n"
        "Inékar/Tidermène (north) ....... 12,310\n"
        "Ménaka rural ................... 4,480\n"
        "Santa Bárbara . 920\n"
        "Total ........................... 17,710\n"
    )
    assert kinds_values(text) == [
        ("displaced", 12_310),
        ("displaced", 4_480),
        ("displaced", 920),
        ("displaced", 17_710),
    ]


def test_places_confirming_shares_of_the_toll_before() -> None:
    text = (
        "Georgia has reported 41 deaths since the storm. South Carolina has confirmed 19, Florida 12 and "
        "Virginia two, officials said."
    )
    assert kinds_values(text) == [("killed", 41), ("killed", 19), ("killed", 12), ("killed", 2)]


def test_a_pipe_table_under_a_heading_paragraph() -> None:
    text = (
        "Fighting forced families out of Awul payam this month, local officials said.\n\n"
        "DISPLACEMENT BY LOCATION OF ARRIVAL\n\n"
        "Location of arrival | Payam | Households | Individuals\n"
        "Akop | Awul | 612 | 3,287\n"
        "Wunlit | Awul | 318 | 1,702\n"
    )
    assert kinds_values(text) == [("displaced", 612), ("displaced", 3_287), ("displaced", 318), ("displaced", 1_702)]


def test_a_spaced_list_under_column_headings_and_its_title() -> None:
    text = (
        "Attacks on villages continued through February, the provincial authorities said.\n\n"
        "Individuals displaced, 1 Jan - 28 Feb (IOM DTM)\n"
        "District        Individuals\n"
        "Chiure          41,200\n"
        "Mecufi          9,804\n"
        "Total           51,004\n"
    )
    assert kinds_values(text) == [("displaced", 41_200), ("displaced", 9_804), ("displaced", 51_004)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The clinic said it had received 24 patients, five of whom died overnight.",
            [("killed", 5)],
            id="a-whole-lends-no-verb-to-its-part",
        ),
        pytest.param(
            "The ministry revised the death toll from Friday's collision of two buses to 17.",
            [("killed", 17)],
            id="of-counts-a-toll-only-right-after-it",
        ),
        pytest.param(
            "The report puts the number of houses destroyed and partially damaged at 210 and 95 respectively.",
            [("houses_destroyed", 210), ("houses_damaged", 95)],
            id="house-fates-before-a-respectively-pair",
        ),
        pytest.param(
            "Some 3,900 people died and 9,100 were injured on the roads in 2022-23.",
            [("killed", 3_900), ("injured", 9_100)],
            id="the-end-of-a-span-of-years",
        ),
        pytest.param("About 61 people are still on admission with burns.", [("injured", 61)], id="on-admission"),
        pytest.param(
            "About 140 people had received treatment at health facilities.", [("injured", 140)], id="received-treatment"
        ),
        pytest.param("About 140 people had received treatment for cholera.", [], id="treatment-for-an-illness"),
        pytest.param(
            "The bodies of the last three missing miners were found on Sunday.",
            [("killed", 3)],
            id="the-last-three-missing-found-dead",
        ),
    ],
)
def test_parts_old_words_fate_pairs_and_care(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kunar recorded 12 deaths and 19 injuries; Laghman 4 and 7; and Nuristan 2 and 1.",
            [("killed", 12), ("injured", 19), ("killed", 4), ("injured", 7), ("killed", 2), ("injured", 1)],
            id="elided-pairs-keep-the-order-of-the-first",
        ),
        pytest.param(
            "The mission counts more than 1,100 killed or injured in the first quarter.",
            [],
            id="killed-or-injured-is-one-combined-count",
        ),
    ],
)
def test_elided_pairs_and_combined_counts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The toll reached 320 by Saturday. At least 41 of them were children, the group said.",
            [("killed", 320), ("killed", 41)],
            id="a-hedged-part-of-them-opening-the-sentence",
        ),
        pytest.param(
            "Medics said the dead over the weekend included nine children and five women.",
            [("killed", 9), ("killed", 5)],
            id="the-dead-over-a-time-included",
        ),
    ],
)
def test_parts_of_them_and_the_dead_over_a_time(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_headline_toll_beside_its_count() -> None:
    assert kinds_values("Ferry disaster: Toll 64, including 20 children") == [("killed", 64), ("killed", 20)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 1.1 million people are internally displaced, and 6.3 million people in the country need aid.",
            [("displaced", 1_100_000)],
            id="a-count-in-need-is-no-item-of-the-figure-before",
        ),
    ],
)
def test_counts_in_need_after_a_figure(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_spaced_lists_with_slashes_dashes_and_sites() -> None:
    text = (
        "Floods hit the region again this week, officials said.\n\n"
        "Newly displaced by area of arrival (CMP, 12 February)\n"
        "Area                            Individuals\n"
        "Goma – Lac Vert sites              32,400\n"
        "Hiraan / Beledweyne                19,800\n"
    )
    assert kinds_values(text) == [("displaced", 32_400), ("displaced", 19_800)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("No-one was hurt when the truck rolled over.", [], id="no-one-hyphenated"),
        pytest.param(
            "The number of displacement sites in the city rose to 61, from 48 in March.", [], id="sites-are-no-people"
        ),
        pytest.param("The army said 27 assailants were 'neutralised'.", [("killed", 27)], id="a-verb-in-single-quotes"),
        pytest.param(
            "The number of deaths caused by the rain that hit the city on Tuesday (15) rose to 88.",
            [("killed", 88)],
            id="a-bracketed-day-inside-the-subject",
        ),
    ],
)
def test_hyphenated_denials_sites_quotes_and_bracketed_days(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_list_of_pairs_under_a_heading_a_blank_line_above() -> None:
    text = (
        "The authority said 940 people had been killed and 1,210 injured since June.\n\n"
        "Province-wise toll (deaths / injured), as of 8am:\n\n"
        "Sindh ............ 402 / 709\n"
        "Khyber Pakhtunkhwa 264 / 338\n"
    )
    assert kinds_values(text) == [
        ("killed", 940),
        ("injured", 1_210),
        ("killed", 402),
        ("injured", 709),
        ("killed", 264),
        ("injured", 338),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "More than 310,000 people who fled violence in northern Mozambique's Cabo Delgado province have returned.",
            [("returned", 310_000)],
            id="a-long-relative-clause-before-the-main-verb",
        ),
        pytest.param(
            "Some 9,100 people were newly displaced from the neighbourhoods of Solino, Delmas 24 and Nazon.",
            [("displaced", 9_100)],
            id="a-place-named-with-a-number",
        ),
    ],
)
def test_long_relatives_and_numbered_places(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Haiti: gang violence forces 21,000 out of Port-au-Prince in a week",
            [("displaced", 21_000)],
            id="forces-a-count-out-of-a-city",
        ),
        pytest.param(
            "Some 2,000 households fled the town.\n\nThe displaced households moved to the following locations:\n\n"
            "Tawila locality (North Darfur): 1,200 households\nKabkabiya locality (North Darfur): 800 households\n",
            [("displaced", 2_000), ("displaced", 1_200), ("displaced", 800)],
            id="localities-under-a-heading-above",
        ),
    ],
)
def test_forces_out_and_localities(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Engineers classed 12,400 dwellings as destroyed.",
            [("houses_destroyed", 12_400)],
            id="classed-as-destroyed",
        ),
        pytest.param(
            "This brings the number of people evicted in the district since May to 8,310.",
            [("displaced", 8_310)],
            id="the-number-of-people-evicted",
        ),
    ],
)
def test_houses_classed_and_evictions_counted(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "At least 1,400 newly arrived households are sleeping in the open.",
            [("homeless", 1_400)],
            id="a-participle-before-the-noun-yields-to-the-main-verb",
        ),
        pytest.param(
            "Some 300 newly displaced people arrived in Goma.",
            [("displaced", 300)],
            id="an-onward-move-keeps-the-flight",
        ),
    ],
)
def test_participles_before_the_counted_noun(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 35 families had left al-Hawasha and two neighbouring villages.",
            [("displaced", 35)],
            id="left-a-place-with-an-arabic-article",
        ),
        pytest.param(
            "Of these, 41,000 arrived through Adre and 18,000 through Koufroun.",
            [("displaced", 41_000), ("displaced", 18_000)],
            id="items-through-crossings",
        ),
    ],
)
def test_arabic_articles_and_crossings_listed(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("About 8,000 homes were partially or totally destroyed.", [], id="degrees-joined-are-one-count"),
        pytest.param("The police bulldozed more than 60 homes.", [("houses_destroyed", 60)], id="bulldozed-homes"),
        pytest.param(
            "Some 2.1 million people are displaced, and 80 per cent of the population, some 18 million people, "
            "require aid.",
            [("displaced", 2_100_000)],
            id="an-apposition-in-need",
        ),
        pytest.param(
            "Some 300 people were killed. Local officials put the number closer to 450.",
            [("killed", 300), ("killed", 450)],
            id="put-the-number-closer-to",
        ),
    ],
)
def test_joined_degrees_bulldozers_and_other_estimates(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("IOM trained 64 enumerators to assess evacuation centres.", [], id="people-trained-are-no-figure"),
        pytest.param("The project employs 28 refugees as technicians.", [], id="people-employed-are-no-figure"),
    ],
)
def test_people_employed_or_trained(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 60 occupants of two adjoining buildings were evacuated.",
            [("evacuated", 60)],
            id="buildings-move-no-one",
        ),
        pytest.param(
            "Some 80 homes were evacuated in Walcott.", [("evacuated", 80)], id="homes-evacuated-are-households"
        ),
        pytest.param(
            "Two of the deceased were swept away by the river.", [("killed", 2)], id="the-deceased-swept-away-stay-dead"
        ),
        pytest.param(
            "The toll stood at nine, according to the civil surgeon.", [("killed", 9)], id="a-source-is-no-victim"
        ),
        pytest.param("One fatality was recorded.", [("killed", 1)], id="one-fatality"),
        pytest.param("The dead includes three children.", [("killed", 3)], id="the-dead-includes"),
    ],
)
def test_buildings_sources_and_singular_tolls(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "More than 800 people crossed the English Channel in small boats on Monday.",
            [("displaced", 800)],
            id="crossed-the-channel",
        ),
        pytest.param("Over 4,000 cross from West Darfur in two days", [("displaced", 4_000)], id="cross-from"),
        pytest.param(
            "So far this year more than 12,600 people have made the crossing.",
            [("displaced", 12_600)],
            id="made-the-crossing",
        ),
    ],
)
def test_sea_and_jungle_crossings(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_people_sent_back_return() -> None:
    assert kinds_values("The coast guard sent back 300 migrants to Libya.") == [("returned", 300)]


def test_shell_casings_recovered_are_no_bodies() -> None:
    assert kinds_values("Investigators recovered more than 80 shell casings from the scene.") == []


def test_a_list_of_two_cell_pipe_rows_under_its_title() -> None:
    text = (
        "Heavy rains caused flash floods across the west, officials said.\n\n"
        "Newly displaced households by governorate (1-13 August)\n"
        "Hodeidah | 1,906\n"
        "Hajjah | 714\n"
    )
    assert kinds_values(text) == [("displaced", 1_906), ("displaced", 714)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police seized 12,000 litres of diesel and 300 kilograms of TNT.", [], id="litres-kilograms"),
        pytest.param("- Gwoza LGA: herder shot near Pulka; body recovered 21/09.", [], id="slashed-date"),
        pytest.param("A girl of about 9 was among those rescued from the rubble.", [], id="age-after-of"),
        pytest.param("Raid on a hamlet; 1 herder killed, 40 head of cattle stolen", [("killed", 1)], id="digit-one"),
        pytest.param(
            "Officials said 9 people died and 14 others lay wounded in the square.",
            [("killed", 9), ("injured", 14)],
            id="lay-wounded",
        ),
        pytest.param(
            "Some 73 people sought treatment at the district hospital for storm injuries.",
            [("injured", 73)],
            id="sought-treatment",
        ),
        pytest.param("About 50 people sought treatment for cholera at the clinic.", [], id="sought-treatment-disease"),
    ],
)
def test_units_dates_ages_and_states_told_by_lying(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Man killed in Maiduguri market blast", [("killed", 1)], id="man-killed"),
        pytest.param("Girl, 7, dies as boat overturns near Djerba", [("killed", 1)], id="girl-age-dies"),
        pytest.param("Elderly woman found dead in flooded house", [("killed", 1)], id="elderly-woman-found-dead"),
        pytest.param("Farmer shot dead, two hurt in Plateau raid", [("killed", 1), ("injured", 2)], id="and-a-count"),
        # the one killed is the neighbour, named after the verb; the doer is no figure
        pytest.param("Man kills neighbour over farmland", [("killed", 1)], id="doer-active"),
        pytest.param("Man killed wife, court hears", [], id="doer-with-object"),
        pytest.param("Police say man killed brother", [], id="clause-before"),
        pytest.param("A man was killed in the market blast.", [("killed", 1)], id="sentence-not-headline"),
    ],
)
def test_headlines_open_on_a_bare_person(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Before the storm 3.1 million people needed food aid, including 1.2 million children, and 400,000 people "
            "had been displaced by fighting.",
            [("displaced", 400_000)],
            id="part-of-a-need",
        ),
        pytest.param(
            "A trader was killed and three women were abducted on the road to Monguno.",
            [("killed", 1)],
            id="singleton-then-another-clause",
        ),
        pytest.param(
            "Rescuers had pulled out 41 bodies, 12 of them children, and 30 people were still unaccounted for.",
            [("killed", 41), ("killed", 12), ("missing", 30)],
            id="partitive-keeps-its-whole",
        ),
        pytest.param(
            "Among the dead is a six-year-old girl who was swept away by the stream.",
            [("killed", 1)],
            id="among-the-dead-singleton",
        ),
        pytest.param(
            "Nine died in the village, including a family of four whose hut collapsed on them.",
            [("killed", 9)],
            id="whose-house",
        ),
        pytest.param(
            "The blast killed 18 people and wounded 40, three medics and a police officer told reporters.",
            [("killed", 18), ("injured", 40)],
            id="sources-after-the-list",
        ),
    ],
)
def test_parts_clauses_and_sources_keep_to_their_own_figures(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Mayon evacuees swell to over 21,000", [("evacuated", 21_000)], id="evacuees-swell"),
        pytest.param(
            "The ambush brought to 31 the number of troops the army has lost this month.",
            [("killed", 31)],
            id="number-it-has-lost",
        ),
        pytest.param(
            "The sinking brings to at least 64 the number of migrants who have died on the route this year.",
            [("killed", 64)],
            id="number-who-have-died",
        ),
        pytest.param(
            "Eight soldiers and four members of the Civilian Joint Task Force (CJTF) were killed in the ambush.",
            [("killed", 8), ("killed", 4)],
            id="body-with-initials",
        ),
        pytest.param(
            "12/05 Kaya: 2 soldiers KIA, 5 WIA; 1 civ KIA in crossfire.",
            [("killed", 2), ("injured", 5), ("killed", 1)],
            id="kia-wia",
        ),
    ],
)
def test_running_counts_bodies_and_log_shorthand(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Assessors listed 2,310 houses in Wayanad district as completely destroyed and 640 as partially damaged.",
            [("houses_destroyed", 2_310), ("houses_damaged", 640)],
            id="listed-as",
        ),
        pytest.param(
            "Some 3,400 homes were damaged, 900 of them heavily and 2,500 slightly.",
            [("houses_damaged", 3_400), ("houses_damaged", 900), ("houses_damaged", 2_500)],
            id="degrees-after-the-count",
        ),
        pytest.param("Rescuers pulled 40 people out, 12 of them badly hurt.", [("injured", 12)], id="not-after-houses"),
        pytest.param(
            "Floods in the two districts killed 17 and 9 residents respectively.",
            [("killed", 17), ("killed", 9)],
            id="killed-pair-respectively",
        ),
        pytest.param(
            "The hamlets of Dogo and Kwal lost 31 and 12 villagers respectively.",
            [("killed", 31), ("killed", 12)],
            id="lost-pair-respectively",
        ),
        pytest.param(
            "In all, 1,900 families or 7,600 persons fled, of whom 620 families or 2,480 persons are staying in "
            "11 evacuation centers.",
            [("displaced", 1_900), ("displaced", 7_600), ("sheltered", 620), ("sheltered", 2_480)],
            id="families-or-persons-staying",
        ),
    ],
)
def test_house_classes_pairs_and_units(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("A mudslide wiped out 17 houses above the river.", [("houses_destroyed", 17)], id="wiped-out"),
        pytest.param(
            "The torrent hit the hamlet at dawn, washing away a dozen houses.",
            [("houses_destroyed", 12)],
            id="washing-away",
        ),
        pytest.param("Nine houses there came down in the slide.", [("houses_destroyed", 9)], id="came-down"),
        pytest.param(
            "Two Sudanese Red Crescent (SRCS) volunteers were killed on the road to Mellit.",
            [("killed", 2)],
            id="initials-inside-the-noun-phrase",
        ),
        pytest.param(
            "UNICEF reached 900,000 people with clean water, including 210,000 IDPs in the north.",
            [],
            id="part-of-aid-reach",
        ),
        pytest.param(
            "The death toll has reached 23, including seven children.",
            [("killed", 23), ("killed", 7)],
            id="toll-reached-is-no-aid",
        ),
        pytest.param("Another woman drowned near the ferry landing.", [("killed", 1)], id="another-singleton"),
        pytest.param("Another 14 people were hurt.", [("injured", 14)], id="another-count"),
    ],
)
def test_house_verbs_initials_aid_and_another(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Displaced in Upper Nile are about 88,000 people.", [("displaced", 88_000)], id="fronted-displaced"
        ),
        pytest.param(
            "Arriving in Bossaso over the past week were some 1,400 families.",
            [("displaced", 1_400)],
            id="fronted-arriving",
        ),
        pytest.param(
            "Evacuated to schools and churches in Beira were 2,300 people.", [("evacuated", 2_300)], id="fronted-evac"
        ),
        pytest.param("Injured in the blast were 27 people.", [("injured", 27)], id="fronted-injured"),
        pytest.param("Total displacement since March stands at over 60,000.", [("displaced", 60_000)], id="stands-at"),
        pytest.param("More than 700 people have abandoned the settlement.", [("displaced", 700)], id="abandoned-it"),
        pytest.param("Officials say 41 AS fighters were killed.", [("killed", 41)], id="initials-like-a-word"),
        pytest.param("About 12,000 people were ordered out of the valley.", [("evacuated", 12_000)], id="ordered-out"),
    ],
)
def test_fronted_participles_standing_totals_and_initials(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The fire injured 45 people; 17 had been admitted by midnight.",
            [("injured", 45), ("injured", 17)],
            id="admitted-bare",
        ),
        pytest.param(
            "Three of them remain in intensive care after the crash.", [("injured", 3)], id="in-intensive-care"
        ),
        pytest.param("Some 90 patients were admitted with cholera last week.", [], id="admitted-with-a-disease"),
        pytest.param("About 400 students were admitted to the university in May.", [], id="admitted-to-a-place"),
        pytest.param(
            "Rescuers recorded 8,200 partially damaged houses and 1,300 that collapsed outright.",
            [("houses_damaged", 8_200), ("houses_destroyed", 1_300)],
            id="own-prenominal-before-the-next-verb",
        ),
        pytest.param("Families here were uprooted two, three or four times.", [], id="how-often"),
        pytest.param(
            "The survey counts 210 dead, of them 51 women and 38 children, and 160 people wounded.",
            [("killed", 210), ("killed", 51), ("killed", 38), ("injured", 160)],
            id="of-them-list",
        ),
        pytest.param(
            "Two people drowned and three others are reported as disappeared.",
            [("killed", 2), ("missing", 3)],
            id="reported-as",
        ),
        pytest.param(
            "The clinic received the bodies of 14 children, all of them under 10.",
            [("killed", 14)],
            id="age-bound-of-them",
        ),
    ],
)
def test_hospital_states_house_counts_and_partitive_lists(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 600 displaced Yazidi families have gone back to Sinjar this month.",
            [("returned", 600)],
            id="people-named-between-kind-and-noun",
        ),
        pytest.param("UNHCR has registered 14,800 Sudanese refugees.", [("displaced", 14_800)], id="registered"),
        pytest.param(
            "More than 2 million refugees from Ukraine have been recorded in Poland.",
            [("displaced", 2_000_000)],
            id="recorded-after",
        ),
        pytest.param(
            "Our clinic registered 25 refugees with gunshot wounds last week.",
            [("injured", 25)],
            id="registered-with-wounds",
        ),
        pytest.param("Three million voters have been registered.", [], id="voters-are-no-refugees"),
        pytest.param("The storm blew off the roofs of 70 houses.", [("houses_damaged", 70)], id="roofs-blown-off"),
        pytest.param(
            "The floods left 2,300 households in Hola and 800 in Garsen displaced.",
            [("displaced", 2_300), ("displaced", 800)],
            id="places-in-parallel",
        ),
        pytest.param("Some 15 people in hospital and 4 were killed.", [("killed", 4)], id="no-parallel-place"),
    ],
)
def test_returns_registers_roofs_and_parallel_places(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In all, 9,120 persons, grouped in 2,870 families, were forced to abandon their territories.",
            [("displaced", 9_120), ("displaced", 2_870)],
            id="grouped-in-families",
        ),
        pytest.param("About 200 families have left four communities.", [("displaced", 200)], id="left-n-communities"),
        pytest.param("More than 900 peasants arrive in Tumaco", [("displaced", 900)], id="peasants-arrive"),
        pytest.param("Some 3,000 rescuers arrived in the province.", [], id="rescuers-arrive"),
        pytest.param("Gonaives: driver killed, nine passengers abducted", [("killed", 1)], id="abducted"),
        pytest.param(
            "A mass displacement is defined as ten or more families, or 50 or more persons, leaving.",
            [],
            id="threshold",
        ),
        pytest.param("The programme attended 3,100 displaced persons with food.", [], id="attended-by-aid"),
    ],
)
def test_groupings_places_left_thresholds_and_aid(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("That year 88 people and 310 elephants died in the conflict.", [("killed", 88)], id="elephants"),
        pytest.param(
            "In the town, 72 houses, 30 shops and two mosques had been damaged.",
            [("houses_damaged", 72)],
            id="other-buildings-counted-in-the-list",
        ),
    ],
)
def test_animals_and_other_buildings_are_no_figures(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_houses_broken_down_after_a_colon() -> None:
    text = "In all, 9.3 lakh houses were hit in 17 districts: 2.1 lakh were fully destroyed and 7.2 lakh damaged."
    assert kinds_values(text) == [("houses_destroyed", 210_000), ("houses_damaged", 720_000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "More than 700,000 internally displaced Syrians have gone back to their areas of origin.",
            [("returned", 700_000)],
            id="people-named-as-the-noun",
        ),
        pytest.param(
            "Some 2,000 displaced Afghans remain in camps near Herat.", [("sheltered", 2_000)], id="name-then-verb"
        ),
    ],
)
def test_a_peoples_name_after_a_kind_is_the_counted_noun(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Twelve villagers including the imam were killed in the raid.",
            [("killed", 12), ("killed", 1)],
            id="including-a-definite-person",
        ),
        pytest.param(
            "Killed were six soldiers and three civilians.", [("killed", 6), ("killed", 3)], id="fronted-killed-were"
        ),
        pytest.param("Gunmen reduced to ashes some 140 houses.", [("houses_destroyed", 140)], id="reduced-to-ashes"),
        pytest.param(
            "More than 9,000 Burkinabè have sought refuge in Togo.", [("displaced", 9_000)], id="accented-demonym"
        ),
        pytest.param(
            "The region of Tahoua counts at present 61,000 refugees and 12,000 returnees.",
            [("displaced", 61_000), ("returned", 12_000)],
            id="region-of-counts",
        ),
    ],
)
def test_fronted_tolls_definite_parts_and_regions_counting(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the arrivals, 2,210 are South Sudanese returnees and 640 are Sudanese refugees.",
            [("returned", 2_210), ("displaced", 640)],
            id="who-the-arrivals-are",
        ),
        pytest.param(
            "The clinic received 310 people with gunshot and other blast wounds.",
            [("injured", 310)],
            id="long-wounds",
        ),
        pytest.param(
            "Among those evacuated were 96 students from Kerala.", [("evacuated", 96)], id="among-those-evacuated"
        ),
        pytest.param(
            "The flight took the total number of nationals evacuated from Sudan to 1,212.",
            [("evacuated", 1_212)],
            id="total-number-evacuated",
        ),
        pytest.param(
            "Uganda has taken in an estimated 90,000 Congolese.", [("displaced", 90_000)], id="country-took-in-a-people"
        ),
        pytest.param("Kenya has received 200,000 tourists.", [], id="tourists-are-no-refugees"),
    ],
)
def test_who_arrivals_are_and_evacuation_totals(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("For help, call the toll-free line at 1-800-555-0199.", [], id="phone-number"),
        pytest.param("Officials said eight in every ten homes had been damaged.", [], id="share-in-every-ten"),
        pytest.param("More than 900 curing houses were flattened by the wind.", [], id="curing-houses"),
        pytest.param("Some 210 houses were washed away or badly damaged.", [], id="washed-away-or-damaged"),
        pytest.param(
            "In all, 533 houses were burned or fully destroyed.", [("houses_destroyed", 533)], id="burned-or-destroyed"
        ),
        pytest.param(
            "Three fishermen who left Lata at dawn have not been heard from, police said.",
            [("missing", 3)],
            id="not-heard-from",
        ),
    ],
)
def test_phones_shares_farm_buildings_and_the_unheard(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Evacuation orders remained in place for about 7,000 residents.",
            [("evacuated", 7_000)],
            id="orders-in-place-for",
        ),
        pytest.param("Still missing on Tuesday were five people.", [("missing", 5)], id="fronted-missing"),
        pytest.param("Among the missing are two firefighters.", [("missing", 2)], id="among-the-missing"),
        pytest.param("The village lost 310 homes.", [("houses_destroyed", 310)], id="lost-homes"),
        pytest.param("At least 90 homes were lost.", [("houses_destroyed", 90)], id="homes-were-lost"),
        pytest.param("The town lost power for two days.", [], id="lost-power"),
        pytest.param(
            "The blaze injured 40 people, 17 of them firefighters.",
            [("injured", 40), ("injured", 17)],
            id="of-them-a-role",
        ),
    ],
)
def test_orders_the_missing_and_homes_lost(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Kupiansk a house was destroyed by a direct hit.", [("houses_destroyed", 1)], id="a-house-destroyed"
        ),
        pytest.param("One home was partially destroyed.", [("houses_damaged", 1)], id="one-home-partly"),
        pytest.param("Three men from one family were killed in the strike.", [("killed", 3)], id="from-one-family"),
    ],
)
def test_one_house_and_the_family_people_come_from(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 90,000 displaced Syrians have left camps in Idlib to go back to their areas of origin.",
            [("returned", 90_000)],
            id="left-camps-to-go-back",
        ),
        pytest.param(
            "The total number of staff members killed since the start of hostilities is 63.",
            [("killed", 63)],
            id="total-number-killed-is",
        ),
        pytest.param(
            "Wildfires: 840 homes lost, thousands evacuated",
            [("houses_destroyed", 840), ("evacuated", None)],
            id="homes-lost",
        ),
        pytest.param(
            "In all, 210 homes suffered total collapse and 760 partial collapse.",
            [("houses_destroyed", 210), ("houses_damaged", 760)],
            id="total-and-partial-collapse",
        ),
    ],
)
def test_returns_by_leaving_standing_tolls_and_homes_lost(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A man in his 70s was found dead and a woman in her 60s died in hospital.",
            [("killed", 1), ("killed", 1)],
            id="ages-in-decades",
        ),
        pytest.param("A couple in their 80s drowned in their home.", [("killed", 2)], id="couple-in-their-80s"),
        pytest.param(
            "Eight fishermen were missing. Another 14 were rescued by a passing vessel.",
            [("missing", 8)],
            id="another-rescued",
        ),
        pytest.param(
            "Officials moved about 47,000 people away from the coast.", [("evacuated", 47_000)], id="away-from-coast"
        ),
        # (relocated ahead of a storm: evacuated)
        pytest.param("Guangdong relocates over 1.1 mln people ahead of typhoon", [("evacuated", 1_100_000)], id="mln"),
        pytest.param(
            "One of the civilians, a rider in his 30s, was hit by a stray bullet.", [], id="apposition-of-one-of"
        ),
        pytest.param('"Where do we go?" asked a woman in her 40s at a relief camp.', [], id="asked-a-woman"),
    ],
)
def test_ages_in_decades_rescues_and_speakers(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_refugees_remaining_registered_for_temporary_protection() -> None:
    text = "More than 640,000 Ukrainians remain registered for temporary protection in Czechia."
    assert kinds_values(text) == [("displaced", 640_000)]


def test_houses_damaged_fully_are_destroyed() -> None:
    text = "The floods have so far damaged 2,140 houses fully and 11,300 partially."
    assert kinds_values(text) == [("houses_destroyed", 2_140), ("houses_damaged", 11_300)]


def test_refugees_registered_under_temporary_protection() -> None:
    text = "Some 2.9 million Syrians are registered under temporary protection in Türkiye."
    assert kinds_values(text) == [("displaced", 2_900_000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Nearly 900 migrants land on Kos in three days", [("displaced", 900)], id="land-on"),
        pytest.param(
            "On Friday 455 people disembarked at the port of Arguineguin.", [("displaced", 455)], id="disembark"
        ),
        pytest.param("Over 70 asylum seekers reach Gozo", [("displaced", 70)], id="reach-place"),
        pytest.param(
            "More than 2,600 people reached the UK by small boat in May.", [("displaced", 2_600)], id="the-uk"
        ),
        pytest.param("Some 3,000 refugees came ashore in Aceh last year.", [("displaced", 3_000)], id="ashore"),
        # a noun that tells its own kind keeps it; an aim is no arrival; "island in" holds no "land in"
        pytest.param("Dozens of wounded from Kutum reach Tine", [("injured", None)], id="wounded-reach"),
        pytest.param("She walked 20 km with her three sons to reach Kassala.", [], id="to-reach"),
        pytest.param(
            "Another 640 refugees were relocated to Sarin island in the gulf on Monday, taking the total number "
            "moved to the island this year to about 9,400.",
            [("evacuated", 640), ("evacuated", 9_400)],
            id="island-in",
        ),
    ],
)
def test_landings_and_arrivals_as_boat_news_writes_them(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Uganda now has more than 1.6 million refugees.", [("displaced", 1_600_000)], id="has"),
        pytest.param("Kenya counted some 74,000 Somali refugees in March.", [("displaced", 74_000)], id="counted"),
        pytest.param(
            "Iraq and Egypt together still have some 310,000 registered Syrian refugees.",
            [("displaced", 310_000)],
            id="together",
        ),
        pytest.param("The camp has 21,000 refugees and two clinics.", [], id="a-site-has"),
    ],
)
def test_a_country_s_standing_count_of_refugees(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Porto Alegre 4,210 people are desalojados and 1,306 are desabrigados.",
            [("displaced", 4_210), ("sheltered", 1_306)],
            id="predicate",
        ),
        pytest.param(
            "The state's figures by city, updated at noon:\n\nCanoas — Desalojados: 2,544; Desabrigados: 981",
            [("displaced", 2_544), ("sheltered", 981)],
            id="rows",
        ),
    ],
)
def test_brazil_s_civil_defence_words(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rescue 1122 evacuated 2,350 people from low-lying Multan overnight.",
            [("evacuated", 2_350)],
            id="rescue-1122",
        ),
        pytest.param(
            "• Houses damaged: 3,071 (fully 418, partially 2,653)",
            [("houses_destroyed", 418), ("houses_damaged", 2_653)],
            id="both-degrees-in-brackets",
        ),
        pytest.param(
            "Delegates from 31 states and 12 regional bodies met in Addis Ababa for two days.",
            [],
            id="bodies-as-institutions",
        ),
        pytest.param(
            "Some 2,210 families are with relatives in nearby towns.", [("displaced", 2_210)], id="are-with-relatives"
        ),
        pytest.param("The 60 pupils were with friends when the rain began.", [], id="with-friends"),
    ],
)
def test_service_numbers_combined_degrees_institutions_and_relatives(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shelling killed at least 19 civilians across the district overnight, including six people sheltering in "
            "a school.",
            [("killed", 19), ("killed", 6)],
            id="part-sheltering-in",
        ),
        pytest.param(
            "At least 140 people sheltering in the camp's schools and clinics have been killed since March.",
            [("killed", 140)],
            id="main-verb-after-sites",
        ),
        pytest.param(
            "Floods killed 5 people and 300 were evacuated, including 40 people staying in a school.",
            [("killed", 5), ("evacuated", 300), ("sheltered", 40)],
            id="part-of-the-evacuated",
        ),
        pytest.param(
            "Storm update, 3 May.\n\nPersons homeless: 212 | Schools affected: 7 | Roads damaged (km): 35",
            [("homeless", 212)],
            id="cells-of-a-row",
        ),
    ],
)
def test_parts_placed_by_a_participle_and_cells_of_a_row(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 61,000 residents had been under mandatory evacuation orders.",
            [("evacuated", 61_000)],
            id="under-orders",
        ),
        pytest.param(
            "Roughly 7,400 residents are now under Level 3 orders.", [("evacuated", 7_400)], id="level-orders"
        ),
        pytest.param("Evacuation orders grow to 26,000 residents", [("evacuated", 26_000)], id="orders-grow-to"),
        pytest.param(
            "Level 2 evacuation notices were issued late Friday for about 2,300 residents.",
            [("evacuated", 2_300)],
            id="notices-issued-for",
        ),
        pytest.param(
            "The evacuation order, covering more than 9,800 people, stays in place.",
            [("evacuated", 9_800)],
            id="order-comma-covering",
        ),
        pytest.param(
            "Some 460 people have passed the night in the sports pavilion of Paiporta.",
            [("sheltered", 460)],
            id="night-in-a-pavilion",
        ),
        pytest.param("2,300 shelter in Cairns evacuation centres", [("sheltered", 2_300)], id="shelter-in-centres"),
    ],
)
def test_evacuation_orders_and_nights_in_shelters(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 41,000 Afghans crossed into Afghanistan last week.", [("returned", 41_000)], id="afghans"),
        pytest.param(
            "About 3,400 South Sudanese crossed back into South Sudan in May.", [("returned", 3_400)], id="two-words"
        ),
        pytest.param("More than 2,000 Sudanese crossed into eastern Chad.", [("displaced", 2_000)], id="abroad"),
        pytest.param("Some 1,200 Congolese had crossed into Gisenyi.", [("displaced", 1_200)], id="a-town-abroad"),
    ],
)
def test_a_people_crossing_into_their_own_country_return(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_partitive_naming_its_group_before_the_kind() -> None:
    assert kinds_values("Of the civilians killed in August, 23 were children.") == [("killed", 23)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("• 31 transit sites receiving new arrivals", [], id="sites-after-their-kind"),
        pytest.param("Some 90 collective centres now host people who fled.", [], id="centres-host"),
        pytest.param(
            "Floods: 212 dead and over 900,000 disaster victims, the minister says",
            [("killed", 212)],
            id="disaster-victims",
        ),
        pytest.param("Two Assam Rifles jawans were injured.", [("injured", 2)], id="a-force-s-name-is-no-site"),
    ],
)
def test_sites_counted_and_victims_of_a_disaster(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_a_planned_return_is_a_projected_return() -> None:
    figures = extract("The regional government plans to return 27,000 IDPs to their villages before the rains.")
    assert [(f.kind.value, f.value, f.projection) for f in figures] == [("returned", 27_000, True)]


def test_an_aim_to_retaliate_projects_no_toll() -> None:
    figures = extract("The army seeks to retaliate after gunmen killed more than 40 people last week.")
    assert [(f.kind.value, f.value, f.projection) for f in figures] == [("killed", 40, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Landslides left 46 people dead or missing in June.", [], id="dead-or-missing"),
        pytest.param("Storm figures, 9 July:\n\n- Dead or missing: 57\n- Injured: 210", [("injured", 210)], id="row"),
        pytest.param(
            "The dead include a woman (77) who was swept away near her home.", [("killed", 1)], id="age-in-brackets"
        ),
    ],
)
def test_the_dead_and_missing_together_and_an_age_in_brackets(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The strike led to the martyrdom of four civilians and the injury of 11 others.",
            [("killed", 4), ("injured", 11)],
            id="martyrdom-and-injury-of",
        ),
        pytest.param(
            "The number of victims reached 31 persons, among them 8 women and 5 children.",
            [("killed", 31), ("killed", 8), ("killed", 5)],
            id="victims-reached-among-them",
        ),
        pytest.param(
            "Some 12,000 migrants crossed back, a slower pace than in the spring.",
            [("returned", 12_000)],
            id="comparative",
        ),
        pytest.param("2 cholera deaths this week (140 suspected cases)", [("killed", 2)], id="suspected-cases"),
        pytest.param("Most of the displaced had already been displaced at least one time before.", [], id="one-time"),
    ],
)
def test_state_media_idioms_comparatives_cases_and_times(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The quake destroyed 46 old houses in the valley.", [("houses_destroyed", 46)], id="old-houses"),
        pytest.param(
            "Gusts damaged the roofs of over 2,300 homes on the coast.", [("houses_damaged", 2_300)], id="roofs-of"
        ),
        pytest.param(
            "Assessors said 140 houses were a total loss and 610 were damaged.",
            [("houses_destroyed", 140), ("houses_damaged", 610)],
            id="total-loss",
        ),
        pytest.param("The insurer said 40 cars were a total loss.", [], id="cars-total-loss"),
    ],
)
def test_houses_old_roofs_and_total_losses(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 3,1 million Syrians are under temporary protection, down from 3,7 million in 2021.",
            [("displaced", 3_100_000)],
            id="decimal-comma",
        ),
        pytest.param("Floods displaced 1,2 million people.", [("displaced", 1_200_000)], id="decimal-comma-verb"),
        pytest.param(
            "The figures took the number of people who have arrived on the islands this year to 14,220.",
            [("displaced", 14_220)],
            id="number-who-have-arrived",
        ),
    ],
)
def test_decimal_commas_protection_and_arrivals_so_far(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 2,300 people who had fled to Uvira in March came back through the Kavimvira crossing.",
            [("returned", 2_300)],
            id="fled-then-came-back",
        ),
        pytest.param(
            "About 700 families who fled their homes at the height of the clashes in Datu Piang last month have "
            "returned.",
            [("returned", 700)],
            id="long-relative",
        ),
        pytest.param(
            "Some 450 families who had fled in 2021 have still not returned.", [("displaced", 450)], id="not-returned"
        ),
        pytest.param(
            "Some 900 families who fled in May and had returned to Buldon have fled again.",
            [("displaced", 900)],
            id="returned-inside-the-clause",
        ),
    ],
)
def test_people_who_fled_and_came_back(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_sources_that_put_or_cite_the_figure() -> None:
    text = (
        "Estimates of the exodus differ. The government says 80,000 people were displaced. The agency puts the "
        'figure at "no less than 120,000". A local network has cited 190,000.'
    )
    assert kinds_values(text) == [("displaced", 80_000), ("displaced", 120_000), ("displaced", 190_000)]


def test_the_missing_include() -> None:
    text = "The missing include three fishermen who were returning to Dhamra port."
    assert kinds_values(text) == [("missing", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Police recovered 11 bodies, comprising eight adult males and three adult females.",
            [("killed", 11), ("killed", 8), ("killed", 3)],
            id="comprising",
        ),
        pytest.param(
            "Two more people, including a night guard, were fatally shot.", [("killed", 2), ("killed", 1)], id="fatally"
        ),
        pytest.param(
            "Troops killed 12 militants and received 940 surrendered fighters and their relatives, comprising 300 "
            "men, 260 women and 380 children.",
            [("killed", 12)],
            id="parts-of-no-figure",
        ),
        pytest.param(
            "The agency profiled 6,100 displaced persons at seven locations, among them 2,400 children and 900 women.",
            [("displaced", 6_100), ("displaced", 2_400), ("displaced", 900)],
            id="parts-past-the-sites",
        ),
    ],
)
def test_comprising_fatally_and_lists_of_parts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Blaze near Volos: 14 treated for smoke", [("injured", 14)], id="treated-for-smoke"),
        pytest.param("Six residents were hospitalised with burns.", [("injured", 6)], id="hospitalised-with-burns"),
        pytest.param("Three firefighters suffered smoke inhalation.", [("injured", 3)], id="smoke-inhalation"),
    ],
)
def test_the_hurt_of_fires(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Forty villagers who had fled the fighting and were sheltering in a church were killed on Sunday.",
            [("killed", 40)],
            id="second-verb-of-the-relative-clause",
        ),
        pytest.param(
            "Some 1,100 families who fled in January and had returned to Buliok are reported to have fled again.",
            [("displaced", 1_100)],
            id="joined-return-is-the-clause's",
        ),
        pytest.param(
            "Meanwhile, fewer than 10 of the families evacuated last week from Kudayathoor have returned home.",
            [("returned", 10)],
            id="reduced-relative-with-a-time",
        ),
        pytest.param(
            "Some 300 families from 120 houses were displaced, and 40 houses were destroyed.",
            [("displaced", 300), ("houses_destroyed", 40)],
            id="people-from-houses",
        ),
        pytest.param(
            "Eleven residents from five neighbouring houses were evacuated as a precaution.",
            [("evacuated", 11)],
            id="the-houses-they-came-from",
        ),
    ],
)
def test_clauses_between_the_count_and_its_main_verb(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The fire left one (1) person injured, a 54-year-old male, who was brought to the district hospital.",
            [("injured", 1)],
            id="apposition-restates-the-one",
        ),
        pytest.param(
            "One soldier was killed, a civilian was wounded.",
            [("killed", 1), ("injured", 1)],
            id="a-second-person-with-its-own-verb",
        ),
        pytest.param(
            "The deceased have been identified as Dil Bahadur Pun (62), his wife Man Kumari Pun (58) and grandson "
            "Aayush Pun (4).",
            [],
            id="ages-after-names",
        ),
        pytest.param(
            "Three people were killed when a dilapidated ground-plus-three building collapsed in Bhiwandi.",
            [("killed", 3)],
            id="number-inside-a-compound-word",
        ),
        pytest.param(
            "Some 84,000 refugees and migrants reached southern Europe by sea in the first half of the year.",
            [("displaced", 84_000)],
            id="reached-a-region-named-with-its-direction",
        ),
    ],
)
def test_restated_people_ages_compounds_and_arrivals(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The latest landings bring arrivals since 1 January to 24,610.",
            [("displaced", 24_610)],
            id="bring-without-ing",
        ),
        pytest.param(
            "Fighting in the north sent 21,000 people fleeing, with 4,000 people leaving their homes in one day.",
            [("displaced", 21_000), ("displaced", 4_000)],
            id="leaving-their-homes",
        ),
        pytest.param(
            "Baalbek district: 24 killed, 51 wounded, including four children killed in Bodai.",
            [("killed", 24), ("injured", 51), ("killed", 4)],
            id="the-part's-verb-past-an-aside",
        ),
    ],
)
def test_running_totals_leaving_and_verbs_of_parts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("180 spend night in shelter", [("sheltered", 180)], id="a-night-in-a-shelter"),
        pytest.param(
            "About 150 residents spent Saturday and Sunday nights at a county shelter.",
            [("sheltered", 150)],
            id="nights-at-a-shelter",
        ),
        pytest.param(
            "About 1,400 people had checked into nine county shelters.", [("sheltered", 1_400)], id="checked-into"
        ),
        pytest.param("31,000 under evacuation orders as wildfire spreads", [("evacuated", 31_000)], id="bare-order"),
        pytest.param(
            "Two other people were taken to Sligo University Hospital with minor injuries.",
            [("injured", 2)],
            id="taken-to-a-long-hospital-name",
        ),
        pytest.param(
            "The Red Cross set up cots for up to 600 people, and 410 people spent the night at the shelter.",
            [("sheltered", 410)],
            id="cots-are-room-not-people",
        ),
    ],
)
def test_nights_in_shelters_orders_and_room(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_an_organisation_named_like_a_hamlet_is_no_place() -> None:
    figures = extract("About 150 residents spent the night at a Red Cross shelter in Napa, California.", lang="en")
    assert [(f.kind.value, f.location.name if f.location else None) for f in figures] == [("sheltered", "Napa")]


def test_another_count_of_the_affected_continues_no_figure() -> None:
    text = "At least 12 people are missing after the landslide. Another 74,000 families have been affected by floods."
    assert kinds_values(text) == [("missing", 12)]
    text = "Some 3,000 people are in shelters. Another 1,900 families are affected, and 40 schools are closed."
    assert kinds_values(text) == [("sheltered", 3_000)]


def test_the_dead_named_one_by_one_are_dead_however_they_died() -> None:
    text = "The dead are a 17-year-old boy who was swept away by the river and a man who was buried by a landslide."
    assert kinds_values(text) == [("killed", 1), ("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The driver was not hurt.", id="own-verb-denied"),
        pytest.param("Nobody in Los Pinos died.", id="nobody-before-a-place"),
        pytest.param('"We lost the house, but nobody lost a child," he said.', id="nobody-lost"),
        pytest.param(
            "Nineteen of the fishermen who had been missing off the cays since Monday were found alive on Thursday.",
            id="missing-found-alive",
        ),
        pytest.param(
            "According to the directorate, the water has receded in Dagamanet and Obitara, two of the worst-hit "
            "quarters.",
            id="two-of-the-worst-hit-quarters",
        ),
    ],
)
def test_denied_found_alive_and_places_counted_give_nothing(text: str) -> None:
    assert kinds_values(text) == []


def test_a_denial_of_another_person_keeps_the_one_harmed() -> None:
    assert kinds_values("The driver was killed but his passenger was not hurt.") == [("killed", 1)]


def test_a_person_not_seen_since_is_missing() -> None:
    assert kinds_values("Her husband has not been seen since the attack on the camp.") == [("missing", 1)]
