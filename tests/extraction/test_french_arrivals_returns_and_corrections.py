"""French: the moment of arrival at a hospital is no arrival of displaced people, shelter found ("ont trouvé abri"),
the evacuated who went home (returned), and the wrong count a correction names ("et non 15"); and an English
breakdown by community under a figure of the evacuated.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

from bot.extraction.extract import extract


def _read(text: str, lang: str = "fr") -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_death_on_arrival_at_hospital_is_no_arrival() -> None:
    text = "• 12 personnes décédées à leur arrivée à l'hôpital de Bunia, dont 5 enfants ;"
    assert _read(text) == [("killed", 12), ("killed", 5)]


def test_shelter_found_is_shelter() -> None:
    assert _read("Environ 3 500 personnes ont trouvé abri dans l'enceinte de la paroisse Saint-Joseph.") == [
        ("sheltered", 3500)
    ]


def test_the_evacuated_who_went_home_returned() -> None:
    assert _read("Quelque 640 personnes évacuées en janvier sont retournées à Ayorou.") == [("returned", 640)]


def test_the_count_a_correction_takes_back_is_no_figure() -> None:
    assert _read("RECTIFICATIF - Niger : 29 soldats tués près de Tillia (et non 19)") == [("killed", 29)]


def test_an_english_breakdown_by_community_under_the_evacuated() -> None:
    text = (
        "Over the past day, 150 people were evacuated from the district.\n\n"
        "By community:\n- Avdiivka: 90 people, including 12 children\n- Ocheretyne: 60 people\n"
    )
    assert _read(text, "en") == [("evacuated", 150), ("evacuated", 90), ("evacuated", 12), ("evacuated", 60)]
