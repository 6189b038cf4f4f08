"""Patients moved out of a hospital are evacuated (Arabic), unless they are patients of an illness, received at a
clinic or waiting for care; French drownings told in the present ("se noient") and a night spent in a youth centre
or a town hall (sheltered).

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_patients_moved_out_of_a_hospital_are_evacuated() -> None:
    assert _read("وأُجلي نحو 60 مريضا من مستشفى الشفاء إلى مستشفيات الجنوب.", "ar") == [("evacuated", 60)]


def test_patients_of_an_illness_received_or_waiting_are_no_figure() -> None:
    assert _read("ويعاني 120 ألف مريض بأمراض مزمنة من نقص الأدوية.", "ar") == []
    assert _read("واستقبلت العيادة المتنقلة أكثر من 450 مريضا خلال أسبوع.", "ar") == []
    assert _read("ولا يزال نحو 2,000 مريض على قوائم الانتظار للإجلاء الطبي.", "ar") == []


def test_drownings_told_in_the_present() -> None:
    assert _read("Tunisie : au moins 23 migrants se noient au large de Sfax", "fr") == [("killed", 23)]


def test_a_night_in_a_youth_centre_is_shelter() -> None:
    text = "Environ 70 personnes ont passé la nuit à la maison des jeunes de Jendouba, selon le gouverneur."
    assert _read(text, "fr") == [("sheltered", 70)]
    assert _read("Ils ont passé la nuit à Jendouba avant de repartir.", "fr") == []
