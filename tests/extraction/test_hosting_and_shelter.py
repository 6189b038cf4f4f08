"""Who hosts whom: a country or a province taking refugees in states a standing total; a camp or a site hosting
its people is no figure. Evacuees counted with the evacuation centres they are in are sheltered. Every text here
is invented."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Niger now hosts about 420,000 refugees.", [("displaced", 420_000)], id="country-hosts"),
        pytest.param(
            "Uganda alone has received more than 90,000 Congolese refugees since January.",
            [("displaced", 90_000)],
            id="country-has-received",
        ),
        pytest.param("Moldova has taken in over 100,000 refugees.", [("displaced", 100_000)], id="taken-in"),
        pytest.param("Tillabéri region hosts some 150,000 IDPs.", [("displaced", 150_000)], id="region-hosts"),
        pytest.param("The Bidi Bidi camp hosts 230,000 refugees.", [], id="camp-hosts"),
        pytest.param("The remaining camps in the Diffa region host 40,000 IDPs.", [], id="camps-in-a-region-host"),
        pytest.param("The town of Kousseri hosts 12,000 refugees.", [], id="town-hosts"),
    ],
)
def test_a_country_hosting_refugees_is_a_standing_total(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Current: 6,310 evacuees in 88 ECs", [("sheltered", 6_310)], id="in-n-ecs"),
        pytest.param("Eastern – 512 evacuees / 9 ECs", [("sheltered", 512)], id="slash-ecs"),
    ],
)
def test_evacuees_counted_with_their_centres_are_sheltered(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 940 people are in emergency accommodation.", [("sheltered", 940)], id="emergency-accommodation"
        ),
        pytest.param("About 5,210 are in public shelters.", [("sheltered", 5_210)], id="in-public-shelters"),
        pytest.param(
            "In all 18,300 persons are inside 96 evacuation centers.", [("sheltered", 18_300)], id="inside-n-centres"
        ),
        pytest.param("Around 2,400 were put up in 14 relief camps.", [("sheltered", 2_400)], id="put-up-in-camps"),
        pytest.param(
            "More than 8,000 civilians are now sheltering at U.N. bases.", [("sheltered", 8_000)], id="at-un-bases"
        ),
        pytest.param(
            "Some 19 families with 84 members were sleeping in classrooms.",
            [("sheltered", 19), ("sheltered", 84)],
            id="families-with-n-members",
        ),
    ],
)
def test_people_counted_where_they_shelter(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


def test_shelter_sought_without_a_place_is_shelter_and_an_age_in_commas_is_no_count() -> None:
    assert kinds_values("Roughly 1,200 people sought shelter before the storm.") == [("sheltered", 1_200)]
    assert kinds_values("Her youngest son, 15, is still missing.") == [("missing", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 9,000 shelter at Catholic mission", [("sheltered", 9_000)], id="headline-shelter-at"),
        pytest.param(
            "An estimated 6,000 people were camping at the Nakuru showground.",
            [("sheltered", 6_000)],
            id="camping-at-a-showground",
        ),
        pytest.param(
            "Between 8,000 and 9,000 people have sought refuge in the compound of the parish.",
            [("sheltered", 8_000)],
            id="refuge-in-a-compound",
        ),
    ],
)
def test_shelter_in_compounds_missions_and_showgrounds(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The overnight shelter population was 2,410.", [("sheltered", 2_410)], id="shelter-population"),
        pytest.param(
            "Shelter occupancy this morning:\nFirst Baptist Church, Paradise: 312 occupants\n"
            "County Fairgrounds, Gridley: 905 occupants",
            [("sheltered", 312), ("sheltered", 905)],
            id="occupants-by-site-and-town",
        ),
        pytest.param("About 900 people slept in 12 shelters.", [("sheltered", 900)], id="slept-in"),
        pytest.param("Officials counted 1,210 people in 31 centres.", [("sheltered", 1_210)], id="in-n-centres"),
        pytest.param(
            "In all 2,400 families / 9,800 persons are currently staying inside 61 evacuation centers.",
            [("sheltered", 2_400), ("sheltered", 9_800)],
            id="staying-inside",
        ),
        pytest.param(
            "Budget summary (CHF)\nRelief 3,410,500 | Shelter 2,650,000 | WASH 1,204,300 | Health 480,150",
            [],
            id="a-budget-line-is-no-shelter",
        ),
    ],
)
def test_shelter_counts_in_us_and_agency_words(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hundreds of families are spending the nights in the open.", [("homeless", None)], id="nights-in-the-open"
        ),
        pytest.param("Some 640 people were sheltering at the mission.", [("sheltered", 640)], id="at-the-mission"),
        pytest.param("A landslide buried three family houses.", [("houses_destroyed", 3)], id="family-houses"),
        pytest.param("Other minor structures destroyed: 1,617", [], id="minor-structures-row"),
        pytest.param("Authorities ordered the evacuation of 11 more border settlements.", [], id="more-settlements"),
        pytest.param(
            '"They burned everything," said Halima, a mother of five who fled Hula Hula on Monday.',
            [],
            id="the-speaker-who-fled",
        ),
    ],
)
def test_the_open_missions_family_houses_and_speakers(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "There are 2,100 families or 9,300 persons in 61 evacuation centers (see Table 2).",
            [("sheltered", 2_100), ("sheltered", 9_300)],
            id="a-table-referred-to-is-no-count",
        ),
        pytest.param(
            "A total of 12,866 damaged houses were reported, of which 4,021 are totally damaged and 8,845 are "
            "partially damaged.",
            [("houses_destroyed", 4_021), ("houses_damaged", 8_845)],
            id="combined-total-before-of-which",
        ),
        pytest.param(
            "In Kunar, 8,000 returnees are staying with relatives.", [("returned", 8_000)], id="returnees-staying"
        ),
        pytest.param(
            "Some 3,100 persons are in relief camps, while another 1,04,000-odd affected people not staying in the "
            "camps receive rations.",
            [("sheltered", 3_100)],
            id="not-staying-in-camps",
        ),
        pytest.param("Around 23,000 live in 46 spontaneous sites in the city.", [], id="a-site-population"),
    ],
)
def test_agency_report_shapes(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 700 people spent the nights since the flood in three accommodation centres.",
            [("sheltered", 700)],
            id="nights-since-in-centres",
        ),
        pytest.param("About 120 families were sleeping on classroom floors.", [("sheltered", 120)], id="on-floors"),
        pytest.param(
            "3. Evacuees currently housed in 12 evacuation centers:\n   - Tabaco: 410 families (1,812 persons)\n"
            "   - Ligao: 235 families (1,030 persons)",
            [("sheltered", 410), ("sheltered", 1_812), ("sheltered", 235), ("sheltered", 1_030)],
            id="a-list-under-evacuation-centers",
        ),
    ],
)
def test_shelter_told_by_nights_floors_and_centres(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Some 41,000 individuals were staying with host communities.", [("displaced", 41_000)],
                     id="host-communities"),
        pytest.param("An estimated 2,200 persons are staying in private homes.", [("displaced", 2_200)],
                     id="private-homes"),
        pytest.param("About 1,400 residents were ordered to leave.", [("evacuated", 1_400)], id="ordered-to-leave"),
        pytest.param("Around 5,000 people had left the affected localities.", [("displaced", 5_000)],
                     id="left-the-localities"),
        pytest.param("The 300 patients were told to leave for treatment.", [], id="told-to-leave-for"),
    ],
)  # fmt: skip
def test_host_communities_orders_to_leave_and_localities(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text) == expected
