"""English: people "among the latest victims found" or "among the bodies recovered" are dead; people "feared lost
at sea" are missing; homes that "collapse" or are "collapsing" (a headline's present) are destroyed, while a "wall
collapse" named as a cause and "building collapses" counted as events are not.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_people_among_the_victims_found_are_dead() -> None:
    assert kinds_values("Three quarry workers were among the latest victims found.", "en") == [("killed", 3)]
    assert kinds_values("A five-year-old boy was among the bodies recovered.", "en") == [("killed", 1)]


def test_people_feared_lost_at_sea_are_missing() -> None:
    assert kinds_values("Nine fishermen are feared lost at sea.", "en") == [("missing", 9)]


def test_homes_collapsing_in_the_present_are_destroyed() -> None:
    assert kinds_values("Floods: 310 homes collapse in Mutare", "en") == [("houses_destroyed", 310)]
    assert kinds_values("The tremor left 95 houses collapsing.", "en") == [("houses_destroyed", 95)]


def test_collapses_counted_as_events_and_causes_are_no_homes() -> None:
    assert kinds_values("The city has recorded more than 90 building collapses in ten years.", "en") == []
    text = "Three dead so far: a man in Puri (wall collapse), two fishermen whose boat capsized."
    assert ("houses_destroyed", 2) not in kinds_values(text, "en")
