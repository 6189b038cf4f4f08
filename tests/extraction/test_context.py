"""Forecasts are flagged as projections, totals over a period as cumulative, and traps give nothing."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Some 650,000 people could be forced to flee if fighting spreads to Sennar.", id="could"),
        pytest.param("Up to 1.5 million people may be displaced by the monsoon floods.", id="may"),
        pytest.param(
            "Agencies expect 200,000 people to be displaced; some 200,000 are expected to flee.", id="expected"
        ),
        pytest.param("A further 40,000 people would be displaced if the dam fails.", id="would"),
    ],
)
def test_forecasts_are_projections(text: str) -> None:
    """A forecast or hypothetical figure is marked projection."""
    figures = extract(text)
    assert figures
    assert all(f.projection for f in figures)


def test_present_estimate_is_not_a_projection() -> None:
    """'Up to 10,000 missing' is an estimate of now, not a forecast."""
    (fig,) = extract("Up to 10,000 people are missing after the floods in Derna.")
    assert (fig.kind.value, fig.projection) == ("missing", False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Since 1 December, 350,000 people have fled Idlib.", id="since"),
        pytest.param("In the past six weeks 90,000 people were displaced in Darfur.", id="past-weeks"),
        pytest.param("Some 400 civilians were killed in Sudan last month.", id="last-month"),
        pytest.param("So far this year 1,200 migrants have died in the Mediterranean.", id="so-far"),
    ],
)
def test_totals_over_a_period_are_cumulative(text: str) -> None:
    """Totals over a period are cumulative."""
    assert [f.cumulative for f in extract(text)] == [True]


def test_single_incident_is_not_cumulative() -> None:
    """One incident's toll is not cumulative."""
    assert [f.cumulative for f in extract("A car bomb killed 11 people in Mogadishu on Tuesday.")] == [False]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The city is home to three million people.", id="home-to"),
        pytest.param("Shelling hit a town of 50,000 on the front line.", id="town-of"),
        pytest.param("Many of its 50,000 residents sheltered in basements.", id="residents"),
        pytest.param("The camp hosts 12,000 displaced people who live in tents.", id="hosted"),
        pytest.param("About 12,000 displaced people who live in the city face shortages.", id="who-live"),
        pytest.param("At least 140,000 people are in urgent need of food aid.", id="in-need"),
        pytest.param("The programme reached 30,000 beneficiaries in Tigray.", id="beneficiaries"),
        pytest.param("A 32-year-old teacher described the bombing.", id="age"),
        pytest.param("Troops are now 7 km from the town.", id="distance"),
        pytest.param("Donors pledged $40 million for the response.", id="money"),
        pytest.param("Rebels control more than 70% of the province.", id="percentage"),
        pytest.param("The report was published on 17 December 2019.", id="date"),
        pytest.param("The shelling lasted 48 hours.", id="duration"),
        pytest.param("At least two dozen rockets struck the city.", id="rockets"),
        pytest.param("The army captured two villages and 14 camps.", id="villages-camps"),
        pytest.param("Volunteers distributed 500 tents in Kahramanmaras.", id="tents"),
        pytest.param("About 40 people were trapped under rubble in Adiyaman.", id="trapped"),
        pytest.param("Police detained 120 protesters in Dhaka.", id="detained"),
        pytest.param("Gunmen kidnapped 30 students in Kaduna.", id="kidnapped"),
    ],
)
def test_traps_give_no_figure(text: str) -> None:
    """Populations, hosted counts, needs, ages, units, dates and seized people are no figures."""
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The striker killed it on Saturday, scoring 3 goals before 40,000 fans.", id="sports"),
        pytest.param("The start-up says its killer app now has 2 million users.", id="business"),
        pytest.param("The race ended in a dead heat after 26 miles.", id="dead-heat"),
        pytest.param("Quarterly profit rose 12% to 4.5 billion as 300 stores opened.", id="earnings"),
    ],
)
def test_stories_without_casualties_give_nothing(text: str) -> None:
    """Stories with no casualty figures give no figure."""
    assert extract(text) == []
