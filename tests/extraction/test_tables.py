"""Pipe tables, as ReliefWeb's markdown bodies and sitreps carry them: each number takes its column's kind and
its row's place. Every table here is invented for the test."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str, str, str | None]]:
    return [
        (f.kind.value, f.value, f.group.value, text[f.span[0] : f.span[1]], f.location.name if f.location else None)
        for f in extract(text, lang="en")
    ]


def test_a_table_by_district_gives_each_cell_its_column_kind_and_row_place() -> None:
    text = (
        "Heavy rains, Northern Region - impact by district\n"
        "District | Deaths | Injured | Displaced HH\n"
        "Karonga | 4 | 12 | 1,230\n"
        "Rumphi | 1 | 3 | 410\n\n"
        "In Mzuzu, 3 people drowned."
    )
    assert _read(text) == [
        ("killed", 4, "people", "4", "Karonga"),
        ("injured", 12, "people", "12", "Karonga"),
        ("displaced", 1_230, "households", "1,230", "Karonga"),
        ("killed", 1, "people", "1", "Rumphi"),
        ("injured", 3, "people", "3", "Rumphi"),
        ("displaced", 410, "households", "410", "Rumphi"),
        ("killed", 3, "people", "3 people drowned", "Mzuzu"),
    ]


def test_a_markdown_table_skips_zeros_and_columns_that_count_no_figure() -> None:
    """A separator row, a zero and an "Affected" column give nothing; house columns count households."""
    text = (
        "| Province | Dead | Missing | Houses destroyed | Affected |\n"
        "|---|---|---|---|---|\n"
        "| Sindh | 12 | 3 | 450 | 20,000 |\n"
        "| Punjab | 7 | 0 | 1,200 | 5,000 |"
    )
    assert [(k, v, g) for k, v, g, _, _ in _read(text)] == [
        ("killed", 12, "people"),
        ("missing", 3, "people"),
        ("houses_destroyed", 450, "households"),
        ("killed", 7, "people"),
        ("houses_destroyed", 1_200, "households"),
    ]


def test_a_table_of_other_counts_gives_nothing() -> None:
    """Columns of population, schools or money name no figure."""
    text = (
        "County | Population | Schools closed | Funding (USD)\n"
        "Turkana | 926,976 | 41 | 1,200,000\n"
        "Marsabit | 459,785 | 12 | 800,000"
    )
    assert _read(text) == []


def test_key_figures_with_hedged_cells_and_part_rows() -> None:
    """Sitreps' key figures hedge their cells ("over 7,000") and list parts of the row above by group alone."""
    text = (
        "Key figures (since 3 March)\n"
        "People killed | 4,120\n"
        " of whom children | about 1,300\n"
        "People reported missing | over 600\n"
        "Internally displaced people | up to 85,000\n"
        "Housing units destroyed | 2,400\n"
    )
    assert [(kind, value, group, span) for kind, value, group, span, _ in _read(text)] == [
        ("killed", 4_120, "people", "4,120"),
        ("killed", 1_300, "children", "about 1,300"),
        ("missing", 600, "people", "over 600"),
        ("displaced", 85_000, "people", "up to 85,000"),
        ("houses_destroyed", 2_400, "households", "2,400"),
    ]
    qualifiers = [f.qualifier.value for f in extract(text, lang="en")]
    assert qualifiers == ["exact", "about", "more_than", "up_to", "exact"]


def test_a_cell_with_a_number_and_more_is_not_read_as_a_hedged_count() -> None:
    text = "Key figures\nPeople killed | 12 (3 children)\nPeople injured | 40\n"  # (the brackets name a part)
    assert [(kind, value, group) for kind, value, group, *_ in _read(text)] == [
        ("killed", 12, "people"),
        ("killed", 3, "children"),
        ("injured", 40, "people"),
    ]
    text = "Key figures\nPeople killed | 12 (as of Monday)\nPeople injured | 40\n"  # (brackets naming no part)
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("injured", 40)]


def test_unit_columns_take_their_kind_from_a_header_cell_or_the_paragraph_above() -> None:
    by_header = "Locality of arrival | Households | Individuals\nGarsila | 700 | 3,500\nMukjar | 210 | 1,050\n"
    assert [(kind, value, group) for kind, value, group, _, _ in _read(by_header)] == [
        ("displaced", 700, "households"),
        ("displaced", 3_500, "people"),
        ("displaced", 210, "households"),
        ("displaced", 1_050, "people"),
    ]
    below_a_count = (
        "Teams counted 4,300 displaced people arriving from Jebel Marra.\n\n"
        "Locality | Individuals\nGolo | 2,900\nRokero | 1,400\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(below_a_count)] == [
        ("displaced", 4_300),
        ("displaced", 2_900),
        ("displaced", 1_400),
    ]
    below_a_toll = "Shelling killed 14 people in the market.\n\nLocality | Individuals\nGolo | 2,900\n"
    assert [(kind, value) for kind, value, *_ in _read(below_a_toll)] == [("killed", 14)]


def test_part_and_running_total_columns_take_the_kind_of_the_column_before() -> None:
    text = (
        "Arrivals by border point (individuals)\n\n"
        "Border point | New arrivals | Of which children | Total since 1 May\n"
        "Renk | 3,100 | 1,700 | 48,000\n"
    )
    assert [(kind, value, group) for kind, value, group, _, _ in _read(text)] == [
        ("displaced", 3_100, "people"),
        ("displaced", 1_700, "children"),
        ("displaced", 48_000, "people"),
    ]


def test_families_in_shelters_are_people_in_sites_not_houses() -> None:
    text = "Figures by department:\n\nDepartment | Deaths | Families in shelters\nNord | 3 | 1,250\n"
    assert [(kind, value, group) for kind, value, group, _, _ in _read(text)] == [
        ("killed", 3, "people"),
        ("sheltered", 1_250, "families"),
    ]


def test_degree_columns_and_rows_count_houses_under_a_count_or_heading_of_houses() -> None:
    under_a_count = (
        "The census team counted 6.1 lakh houses fully destroyed and 9.4 lakh partially damaged.\n\n"
        "Figures for the worst-hit districts:\n\n"
        "District | Fully destroyed | Partially damaged\n"
        "Larkana | 1,02,400 | 88,100\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(under_a_count)] == [
        ("houses_destroyed", 610_000),
        ("houses_damaged", 940_000),
        ("houses_destroyed", 102_400),
        ("houses_damaged", 88_100),
    ]
    under_a_heading = (
        "Eleven of the dead were children.\n\n"
        "Latest data on damaged houses:\n\n"
        "Heavily damaged | 1,204\n"
        "Lightly damaged | 3,310\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(under_a_heading)] == [
        ("killed", 11),
        ("houses_damaged", 1_204),
        ("houses_damaged", 3_310),
    ]


def test_new_columns_and_patients_under_a_title_of_wounds() -> None:
    text = (
        "Displacement by region (people displaced since 2021)\n\n"
        "Region | Total | New in May\nKayin | 301,000 | 4,500\n\n"
        "Admissions for gunshot wounds, 2025\nMonth | Patients\nJanuary | 96\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [
        ("displaced", 301_000),
        ("displaced", 4_500),
        ("injured", 96),
    ]


def test_a_newly_displaced_column_keeps_its_own_kind_after_another_figure() -> None:
    text = (
        "Shelling injured 14 people in Mandalay.\n\n"
        "The table shows people displaced since 2021 and those newly displaced in March:\n\n"
        "Region | Displaced since 2021 | Newly displaced in March\nMagway | 322,900 | 3,100\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [
        ("injured", 14),
        ("displaced", 322_900),
        ("displaced", 3_100),
    ]


def test_a_row_name_with_numbers_and_commas_is_one_item() -> None:
    text = (
        "The district administration gave the break-up of the deaths:\n\n"
        "Camp 4, Kutupalong | 3\nCamp 12, Balukhali | 2\nWhaikong, Teknaf | 1\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("killed", 3), ("killed", 2), ("killed", 1)]


def test_inmates_under_a_heading_of_camps_are_sheltered_not_the_last_figures_kind() -> None:
    text = (
        "In the current spell, 96 deaths have been reported.\n\n"
        "District-wise break-up of camps and inmates:\n\n"
        "District | Camps | Inmates\nKollam | 212 | 61,400\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("killed", 96), ("sheltered", 61_400)]


def test_key_figures_written_value_first() -> None:
    text = (
        "Key figures\n\n"
        "about 2.1 million | people displaced across the strip\n"
        "212 | staff members killed since October\n"
        "95 | IDPs killed while sheltering in schools\n"
        "1.6 million | people in need of food aid\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [
        ("displaced", 2_100_000),
        ("killed", 212),
        ("killed", 95),
    ]


def test_house_headers_unit_cells_and_things_under_a_title_of_houses() -> None:
    degrees = "Review of the season.\n\nHouses | Destroyed | Partially damaged\nBicol | 4,100 | 22,300\n"
    assert [(kind, value) for kind, value, *_ in _read(degrees)] == [
        ("houses_destroyed", 4_100),
        ("houses_damaged", 22_300),
    ]
    units = (
        "Displaced population per municipality:\n"
        "Datu Piang | 640 families | 3,020 persons\nPikit | 88 families | 410 persons\n"
    )
    assert [(kind, value, group) for kind, value, group, _, _ in _read(units)] == [
        ("displaced", 640, "families"),
        ("displaced", 3_020, "people"),
        ("displaced", 88, "families"),
        ("displaced", 410, "people"),
    ]
    things = "Damage to houses and roads:\nHouses damaged | 3,900\nRoads damaged | 410\n"
    assert [(kind, value) for kind, value, *_ in _read(things)] == [("houses_damaged", 3_900)]
    burned = "Soldiers set fire to homes.\n\nHouses burned, by village:\nYwa Thar | 118\nKyauk Sin | 97\n"
    assert [(kind, value) for kind, value, *_ in _read(burned)] == [
        ("houses_destroyed", 118),
        ("houses_destroyed", 97),
    ]


def test_evicted_families_and_a_label_of_people_whose_homes_were_destroyed() -> None:
    text = (
        "Camp evictions in 2024:\nFamilies evicted | 1,140\nSites closed | 21\n\n"
        "Impact so far:\nDamnificados (people whose homes were destroyed) | 8,412\nHomes uninhabitable | 1,034\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("displaced", 1_140)]


def test_a_long_paragraph_introducing_a_table_is_no_heading() -> None:
    text = (
        "The first convoy brought back 1,460 people from collective centres in Mekelle. By 15 June, 9,122 households "
        "had returned, the commission said in a statement that also listed the woredas of return:\n\n"
        "Woreda | Households | Individuals\nRaya Alamata | 4,210 | 21,560\nOfla | 3,318 | 16,140\n"
    )
    kinds = [kind for kind, *_ in _read(text)]
    assert kinds[-4:] == ["returned"] * 4


def test_a_disease_s_cases_by_place_and_a_rank_are_no_figures() -> None:
    text = (
        "In week 14, 26,115 suspected cases and 37 deaths were recorded. The governorates reporting the most "
        "suspected cases are Hodeidah (20,816) and Ibb (17,930).\n\n"
        "Deaths by governorate (top five):\n\n"
        "Governorate | Suspected cases | Deaths\nHajjah | 14,655 | 62\nIbb | 17,930 | 55\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("killed", 37), ("killed", 62), ("killed", 55)]


def test_degree_columns_under_a_paragraph_counting_houses() -> None:
    text = (
        "A total of 4,400 houses were damaged, of which 300 were totally damaged.\n\n"
        "Region | Totally Damaged | Partially Damaged\nRegion I | 120 | 2,100\nRegion II | 180 | 2,000\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)][-4:] == [
        ("houses_destroyed", 120),
        ("houses_damaged", 2_100),
        ("houses_destroyed", 180),
        ("houses_damaged", 2_000),
    ]


def test_sites_in_operation_are_no_people() -> None:
    text = "Relief figures:\nSafety centres in operation | 138\nPeople in safety centres | 4,210\n"
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("sheltered", 4_210)]


def test_cells_of_two_counts_cumulative_and_now() -> None:
    text = (
        "Table 2. Number of Displaced Families / Persons Inside Evacuation Centers\n"
        "City / Municipality | Families (CUM / NOW) | Persons (CUM / NOW)\n"
        "La Castellana | 1,210 / 1,187 | 4,044 / 3,630\nCanlaon City | 402 / 298 | 1,995 / 1,512\n"
    )
    assert [(kind, value, span) for kind, value, _, span, _ in _read(text)][:4] == [
        ("sheltered", 1_210, "1,210"),
        ("sheltered", 1_187, "1,187"),
        ("sheltered", 4_044, "4,044"),
        ("sheltered", 3_630, "3,630"),
    ]


def test_a_date_in_a_log_row_is_no_pair_of_counts() -> None:
    text = "WEEKLY INCIDENT LOG\n22/09 | Bamenda: 2 separatists killed\n23/09 | Ndop: 3 soldiers killed\n"
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("killed", 2), ("killed", 3)]


def test_rows_labelled_by_kind_under_a_header_of_places_and_a_total() -> None:
    """Columns named by places and a total under a count of the evacuated: each row's label names its kind."""
    text = (
        "Volunteers helped evacuate 540 people from the lower town before landfall.\n\n"
        "Figures from the disaster office:\n\n"
        "Indicator | Atsinanana | Analanjirofo | Total\n"
        "Deaths | 4 | 2 | 6\nMissing | 3 | 0 | 3\nHouses destroyed | 210 | 45 | 255\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [
        ("evacuated", 540),
        ("killed", 4),
        ("killed", 2),
        ("killed", 6),
        ("missing", 3),
        ("missing", 3),
        ("houses_destroyed", 210),
        ("houses_destroyed", 45),
        ("houses_destroyed", 255),
    ]


def test_columns_named_by_months_under_a_title_naming_the_kind() -> None:
    text = (
        "Arrivals slowed in April.\n\n"
        "Arrivals by district, March-April 2025\nDistrict | March | April\n"
        "Adjumani | 3,140 | 2,870\nYumbe | 1,005 | 940\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [
        ("displaced", 3_140),
        ("displaced", 2_870),
        ("displaced", 1_005),
        ("displaced", 940),
    ]


def test_a_row_whose_count_holds_its_parts_in_brackets() -> None:
    text = (
        "Cumulative losses since 26 June\n\n| Category | Total |\n|---|---|\n"
        "| Deaths | 310 (children 120, women 64, men 126) |\n| Injured | 845 |\n"
        "| Houses partially damaged | 7,310 |\n| Livestock perished | 4,020 |\n| Bridges damaged | 51 |\n"
    )
    assert [(kind, value, group) for kind, value, group, *_ in _read(text)] == [
        ("killed", 310, "people"),
        ("killed", 120, "children"),
        ("killed", 64, "women"),
        ("killed", 126, "people"),
        ("injured", 845, "people"),
        ("houses_damaged", 7_310, "households"),
    ]


def test_a_numbered_breakdown_list_under_a_heading_naming_the_kind() -> None:
    text = (
        "The death toll has risen to 41 people.\n\nBreakdown of fatalities by district:\n"
        "1. Agam: 17 people\n2. Tanah Datar: 19 people\n3. Padang Pariaman: 5 people\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [
        ("killed", 41),
        ("killed", 17),
        ("killed", 19),
        ("killed", 5),
    ]


def test_a_row_with_a_note_in_brackets_is_no_second_header_line() -> None:
    text = (
        "| Category | Total |\n|---|---|\n| Deaths | 310 (as of Monday) |\n| Injured | 845 |\n"
        "| Bridges damaged | 51 |\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [("injured", 845)]


def test_people_in_safe_locations_and_in_or_not_in_shelters() -> None:
    text = (
        "| District | Safe locations | Families in safe locations | Persons in safe locations |\n|---|---|---|---|\n"
        "| Matara | 14 | 620 | 2,380 |\n\n"
        "| Municipality | In shelters | Displaced (not in shelters) | Collective shelters in use |\n|---|---|---|---|\n"
        "| Lajeado | 6,240 | 15,900 | 31 |\n"
    )
    assert [(kind, value) for kind, value, *_ in _read(text)] == [
        ("sheltered", 620),
        ("sheltered", 2_380),
        ("sheltered", 6_240),
        ("displaced", 15_900),
    ]


def test_columns_named_by_a_participle_or_as_a_part_and_a_title_naming_receiving_places() -> None:
    relocated = (
        "Arrivals and onward relocation, 1-28 February\n\n"
        "| Transit point | Arrivals | Relocated to settlements |\n"
        "|---|---|---|\n"
        "| Kuluba | 8,240 | 5,900 |\n"
        "| Elegu | 3,110 | 2,050 |\n"
    )
    assert [(f.kind.value, f.value) for f in extract(relocated, lang="en")] == [
        ("displaced", 8240),
        ("evacuated", 5900),  # (relocation: the displaced family's finer kind)
        ("displaced", 3110),
        ("evacuated", 2050),
    ]
    part = "RETURNEES BY STATE\n\nState | Returnees | Of which from abroad\nSennar | 273,100 | 21,900\n"
    assert [(f.kind.value, f.value) for f in extract(part, lang="en")] == [("returned", 273_100), ("returned", 21_900)]
    receiving = "TOP RECEIVING DISTRICTS, APRIL\n\nDistrict | Individuals | Households\nBaidoa | 18,600 | 3,100\n"
    assert [(f.kind.value, f.value, f.group.value) for f in extract(receiving, lang="en")] == [
        ("displaced", 18_600, "people"),
        ("displaced", 3_100, "households"),
    ]


def test_a_blank_corner_over_labels_and_a_unit_over_counts_lets_the_labels_name_the_kind() -> None:
    # (the sentence before counts returns: no row takes that kind; a row whose label names no kind is no figure)
    text = (
        "About 900 displaced people went home to Kalay last week.\n\n"
        "KEY FIGURES\n"
        "| | People |\n"
        "|---|---|\n"
        "| Internally displaced (total) | 2.1 million |\n"
        "| People in need | 12.4 million |\n"
    )
    assert [(f.kind.value, f.value) for f in extract(text, lang="en")] == [
        ("returned", 900),
        ("displaced", 2_100_000),
    ]
