"""Arabic: an epidemic that "reaps" people kills them, its "إصابات" are cases when the sentence names the illness,
refugees who cross the border "returning" go home, and numbers listed "respectively" share the figure before them.
Every text here is invented in the manner of the reports it stands for."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import kinds_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("الحصبة تحصد 41 طفلاً في مخيمات دارفور", [("killed", 41)], id="reaps-a-count"),
        pytest.param("حصدت الحمى أرواح 17 شخصاً خلال أسبوع", [("killed", 17)], id="reaps-the-lives-of"),
        pytest.param("الكوليرا تحصد 96 روحاً في الحديدة", [("killed", 96)], id="reaps-souls"),
        pytest.param(
            "توفي 12 شخصاً بالمرض هذا الأسبوع، في حين سجلت 640 إصابات جديدة.",
            [("killed", 12)],
            id="cases-of-an-illness-are-no-wounds",
        ),
        pytest.param(
            "قالت المفوضية إن 48,300 لاجئ سوداني عبروا الحدود عائدين إلى بلادهم منذ آذار.",
            [("returned", 48_300)],
            id="crossing-the-border-returning",
        ),
        pytest.param(
            "قتل 310 مدنيين توزعوا بين ريف إدلب وريف حلب وريف حماة بواقع 150 و100 و60 على التوالي.",
            [("killed", 310), ("killed", 150), ("killed", 100), ("killed", 60)],
            id="respectively-after-a-figure",
        ),
    ],
)
def test_arabic_reaping_illness_crossing_home_and_shares(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert kinds_values(text, lang="ar") == expected


def test_pushed_to_move_is_displaced() -> None:
    text = "ما أسفر عن مقتل ثلاثة أطفال، ودفع نحو 60 أسرة إلى الانتقال إلى موقع آخر."
    assert kinds_values(text, lang="ar") == [("killed", 3), ("displaced", 60)]
