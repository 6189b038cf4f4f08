"""Reports written for this project in ten batches of excerpts and 103 of whole reports (wire stories,
conflict-event one-liners, sitreps with tables and label rows, displacement updates, headlines, negatives), each
labelled by ../shared/spec/labelling.md before the extractor read it and scored as a held-out check before the
classes it exposed were fixed; kept here so that none of those readings is lost again."""

from __future__ import annotations

from pathlib import Path

from tests.extraction.helpers import precision_recall, scored

HELD_OUT = Path(__file__).parent / "data" / "held_out_items.jsonl"


def test_held_out_items_keep_recall_094_precision_097_and_few_trap_figures() -> None:
    """Over 2,400 labelled figures: recall at least 0.94, precision at least 0.97, at most one figure in a hundred
    from a phrase labelled a trap (a few labels there are disputable: flooded houses, one site's population)."""
    scores = scored(HELD_OUT)
    precision, recall = precision_recall(scores)
    assert scores.gold_total >= 2400
    assert recall >= 0.94, f"recall {recall:.3f}"
    assert precision >= 0.97, f"precision {precision:.3f}"
    assert len(scores.trap_hits) <= sum(scores.true_pos.values()) / 100, [f.case_id for f in scores.trap_hits]


HELD_OUT_REPORTS = Path(__file__).parent / "data" / "held_out_reports.jsonl"


def test_held_out_whole_reports_keep_recall_091_precision_097() -> None:
    """Whole reports written for this project in 595 batches by region and genre (government bulletins in
    capitals, DTM and cluster updates with breakdown lists and tables, IFRC operation updates with PDF damage, wire
    and local press in regional idioms, incident reports and conflict-event notes, features, live blogs and digests,
    migration and refugee news, translated bulletins, negatives), labelled before the extractor read them: over
    133,500 figures. First readings gave F1 0.66-0.99 per batch; the floor keeps what the fixes since reached (R
    0.931, P 0.981: the later batches name the finer kinds of the displaced family, sheltered against evacuated,
    more often than the conventions' "displaced", and some count migrants' crossings and deportations)."""
    scores = scored(HELD_OUT_REPORTS)
    precision, recall = precision_recall(scores)
    assert scores.gold_total >= 133500
    assert recall >= 0.91, f"recall {recall:.3f}"
    assert precision >= 0.97, f"precision {precision:.3f}"
    assert len(scores.trap_hits) <= 2 * sum(scores.true_pos.values()) / 100, [f.case_id for f in scores.trap_hits]


HELD_OUT_FRENCH = Path(__file__).parent / "data" / "held_out_reports_fr.jsonl"
HELD_OUT_ARABIC = Path(__file__).parent / "data" / "held_out_reports_ar.jsonl"


def test_held_out_french_reports_keep_recall_088_precision_093() -> None:
    """French reports written for this project in 108 batches (Sahel and Lake Chad conflict, Great Lakes,
    Haiti, cyclones and floods, Lebanon and Gaza in French press, European outlets on crises abroad, long situation
    reports; communiqués with tables and lists; local West and Central African press; NGO releases; Belgian, Swiss
    and Canadian press; Maghreb, Haitian and Lebanese dailies; eastern Congo and Sahel reporting; Indian Ocean
    islands; Maghreb press on quakes, floods and shipwrecks; French, Belgian, Swiss and island regional press on
    floods, storms and fires), labelled before the extractor read them: over 21,300 figures, the finer kinds of the
    displaced family among them. First readings gave F1 0.78 for the first twelve batches (0.67-0.88 per batch),
    0.83-0.97 for the next twenty-seven, 0.88-0.96 for each of the next two rounds of eight, 0.91-0.93 for the four
    after, 0.89-0.95 for the five after, 0.85-0.95 for the seven after, 0.86-0.96 for the ten after, 0.89-0.96
    for the four after, 0.93-0.96 for the seven after, 0.92-0.94 for the four after, 0.91-0.98 for the five after
    0.90-0.95 for the three after and 0.91-0.96 for the last four; the floor keeps what the fixes reached (R 0.932, P
    0.964)."""
    scores = scored(HELD_OUT_FRENCH)
    precision, recall = precision_recall(scores)
    assert scores.gold_total >= 21300
    assert recall >= 0.88, f"recall {recall:.3f}"
    assert precision >= 0.93, f"precision {precision:.3f}"


def test_held_out_arabic_reports_keep_recall_087_precision_091() -> None:
    """Arabic reports written for this project in 112 batches (Sudan, Yemen, Syria, Iraq, Libya, Somalia,
    Gaza, Lebanon, the Maghreb, Egypt; agencies, ministries, civil defence, pan-Arab outlets, long situation reports;
    migrants at sea, cholera bulletins, local press on accidents, fires and feuds; ministries' tables by governorate;
    official agencies' formal Arabic, Gaza's breaking news, UN News Arabic on the Maghreb, Sahel and Horn),
    labelled the same way: over 23,400 figures. First readings gave F1 0.82 for the first twelve batches (0.75-0.85
    per batch), 0.80-0.95 for the next twenty-seven, 0.84-0.94 for the next eight, 0.88-0.96 for the eight after,
    0.89-0.93 for the four after, 0.86-0.94 for the five after, 0.88-0.95 for the eight after, 0.82-0.96 for the
    ten after, 0.87-0.94 for the six after, 0.88-0.96 for the eight after, 0.90-0.93 for the four after,
    0.90-0.98 for the five after, 0.93-0.95 for the three after and 0.88-0.92 for the last four; the floor keeps what
    the fixes reached (R 0.924, P 0.949)."""
    scores = scored(HELD_OUT_ARABIC)
    precision, recall = precision_recall(scores)
    assert scores.gold_total >= 23400
    assert recall >= 0.87, f"recall {recall:.3f}"
    assert precision >= 0.91, f"precision {precision:.3f}"
