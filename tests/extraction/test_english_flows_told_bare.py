"""English: a flow told with a bare verb ("people crossing, most on foot", "people moved, according to OCHA", "had
left by the evening") is displacement, while people still "to be moved" are an evacuation to come and a border
"crossing" named as a place counts no one; a state "as a whole" hosting displaced people states a standing total.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_flows_told_with_a_bare_verb_are_displacement() -> None:
    assert kinds_values("Overnight, about 9,000 people crossing, many of them children.", "en") == [("displaced", 9000)]
    assert kinds_values("In the past day, some 21,000 people moved, the agency said.", "en") == [("displaced", 21000)]
    text = "Officials said 80,000 people lived in the zone, and that about 30,000 of them had left by the evening."
    assert ("displaced", 30000) in kinds_values(text, "en")


def test_people_to_be_moved_and_crossing_points_are_no_flow() -> None:
    assert ("displaced", 450) not in kinds_values("About 450 people are being moved, most of them pilgrims.", "en")
    text = "Two teams work at the desks, one at the northern crossing and one at the southern crossing, officials said."
    assert kinds_values(text, "en") == []


def test_a_state_as_a_whole_hosting_people_states_a_standing_total() -> None:
    text = (
        "The town hosted 40,000 people displaced from the capital, and the state as a whole hosted some 310,000 IDPs."
    )
    assert ("displaced", 310000) in kinds_values(text, "en")
