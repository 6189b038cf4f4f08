"""One hurt person who later died is killed even past a long hospital name; a housewife is a person; a person named
with what they were doing on their way ("a schoolgirl returning home from classes") is counted by the verb after,
not by the participle. Every text here is written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_hurt_person_who_died_past_a_long_hospital_name() -> None:
    text = "A man undergoing treatment at Chittagong Medical College Hospital (CMCH) succumbed to his burns on Sunday."
    assert kinds_values(text, "en") == [("killed", 1)]


def test_a_housewife_killed() -> None:
    assert kinds_values("In Rangpur, a housewife was killed when the mud wall of her kitchen collapsed.", "en") == [
        ("killed", 1)
    ]


def test_a_person_on_their_way_is_counted_by_the_main_verb() -> None:
    assert kinds_values("A schoolboy returning home from the madrasa was killed by lightning in Sirajganj.", "en") == [
        ("killed", 1)
    ]
    # a count with no main verb after keeps the participle's fate
    assert kinds_values("About 250 families returning to Sinjar this week.", "en") == [("returned", 250)]
