"""English: a country that "is host to" refugees counts them as a standing total (a place "home to" people stays a
population); a part of the hurt who "needed hospital care" is injured; people admitted to a named hospital with a
disease are patients, not injured.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from tests.extraction.helpers import kinds_values


def test_a_country_host_to_refugees_counts_them() -> None:
    assert kinds_values("Kenya is host to more than 720,000 refugees and asylum seekers.", "en") == [
        ("displaced", 720000)
    ]
    assert kinds_values("The district is home to some 300,000 people.", "en") == []


def test_a_part_of_the_hurt_who_needed_hospital_care_is_injured() -> None:
    assert kinds_values("Medics treated 14 people for injuries; 5 of them needed hospital care.", "en") == [
        ("injured", 14),
        ("injured", 5),
    ]


def test_patients_admitted_to_a_named_hospital_with_a_disease_are_not_injured() -> None:
    assert (
        kinds_values("Twelve people were admitted to Bunia General Hospital with acute watery diarrhoea.", "en") == []
    )
    assert kinds_values("Twelve people were admitted to Bunia General Hospital after the blast.", "en") == [
        ("injured", 12)
    ]


def test_patients_received_after_an_airstrike_or_a_mass_casualty_event_are_injured() -> None:
    assert kinds_values("The field hospital received 64 patients after the airstrike on Bureij.", "en") == [
        ("injured", 64)
    ]
    text = "The clinic in Khan Younis treated 38 patients in the worst mass-casualty event in weeks."
    assert kinds_values(text, "en") == [("injured", 38)]
    assert kinds_values("The clinic in Khan Younis treated 38 patients with dysentery last week.", "en") == []
