"""French and Arabic shapes from a seventh look at fresh text: one person listed after a toll's subgroup marker,
past the toll's own verb ("7 أشخاص ماتوا في مكانهم، بينهم صبي") or before another clause ("بينهم امرأة وإصابة 23
آخرين"), the next item of such a list being a dual ("امرأة وطفلان"); nights spent in a shelter ("où 640 personnes ont
passé la nuit"), not out of doors; people living in camps, tents and shelters ("تقيم في 23 مخيما"), not a town's
people living in hardship; and "طالبان", the Taliban, is no dual of a student.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind.value, f.value, f.group.value) for f in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أسفر القصف عن مقتل خمسة مدنيين بينهم امرأة وإصابة 31 آخرين.",
            [("killed", 5, "civilians"), ("killed", 1, "women"), ("injured", 31, "people")],
        ),
        (
            "شاهدت تسعة أشخاص ماتوا على الرصيف، بينهم صبي يبيع الخبز.",
            [("killed", 9, "people"), ("killed", 1, "children")],
        ),
        (
            "وقال المصدر إن 11 من عناصر الحرس قتلوا خلال الاشتباكات، بينهم قائد سرية.",
            [("killed", 11, "fighters"), ("killed", 1, "fighters")],
        ),
        (
            "ارتفع عدد الوفيات إلى ست حالات، بينها سيدة وطفلتها.",
            [("killed", 6, "people"), ("killed", 1, "women"), ("killed", 1, "children")],
        ),
        (
            "أدى الهجوم إلى مقتل 8 من سكان الحي، بينهم امرأة وطفلان.",
            [("killed", 8, "people"), ("killed", 1, "women"), ("killed", 2, "children")],
        ),
    ],
)
def test_arabic_one_person_after_a_subgroup_marker(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتقول المنظمة إن نحو 42 ألف أسرة تقيم في 19 مخيما بالمنطقة.", [("sheltered", 42000, "families")]),
        ("ويعيش قرابة 90 ألف نازح حاليا في خيام على أطراف المدينة.", [("sheltered", 90000, "people")]),
        ("يقيم نحو 6 آلاف شخص في مراكز الإيواء منذ الزلزال.", [("sheltered", 6000, "people")]),
        ("تضم البلدة 400 ألف نسمة يعيشون في ظروف صعبة.", []),
        ("وعادت حركة طالبان إلى الحكم قبل عامين.", []),
    ],
)
def test_arabic_living_in_camps_and_shelters(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La mairie a ouvert deux gymnases, où 520 personnes ont passé la nuit.", [("sheltered", 520, "people")]),
        ("Quelque 7 300 personnes passent leurs nuits sous des tentes.", [("sheltered", 7300, "people")]),
        ("Plus de 260 personnes ont passé la nuit de lundi à mardi dans des écoles.", [("sheltered", 260, "people")]),
        ("Une trentaine de familles ont passé la nuit à la belle étoile.", [("homeless", 30, "families")]),
    ],
)
def test_french_a_night_in_a_shelter(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "أحصى المسعفون 38 جثة في سوق البلدة وحدها، بينهم 9 نساء.",
            "ar",
            [("killed", 38, "people"), ("killed", 9, "women")],
        ),
        (
            "قتل 612 مدنيا في المحافظة منذ 3 آب 2024، بينهم 140 طفلا، بحسب المرصد.",
            "ar",
            [("killed", 612, "civilians"), ("killed", 140, "children")],
        ),
        (
            "Les combats ont fait au moins 31 morts depuis le 14 mars, dont six soldats, et 52 blessés.",
            "fr",
            [("killed", 31, "people"), ("killed", 6, "fighters"), ("injured", 52, "people")],
        ),
        (
            # the part has its own verb: it is of its own kind
            "Au total, 3 100 personnes ont été déplacées depuis avril, dont 900 sont hébergées dans des écoles.",
            "fr",
            [("displaced", 3100, "people"), ("sheltered", 900, "people")],
        ),
        (
            # the part is of the nearer number, which counts no people
            "Quelque 41 000 personnes sont hébergées, réparties dans 312 centres, dont 80 sont pleins.",
            "fr",
            [("sheltered", 41000, "people")],
        ),
    ],
)
def test_a_part_after_an_aside(text: str, lang: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("هلك 27 شخصا وأصيب 940 آخرون في حوادث المرور.", [("killed", 27, "people"), ("injured", 940, "people")]),
        ("بلغ عدد المتوفين في حوادث الطرق 3120 شخصا.", [("killed", 3120, "people")]),
        ("أسفر الحادث عن مصرع 9 زائرين ومصرع 11 زائرا آخرين.", [("killed", 9, "people"), ("killed", 11, "people")]),
        (
            "التهمت النيران خمسة منازل بالكامل وتضرر تسعة منازل أخرى بشكل جزئي.",
            [("houses_destroyed", 5, "households"), ("houses_damaged", 9, "households")],
        ),
        ("وأدى الحريق إلى احتراق 12 منزلا في القرية.", [("houses_destroyed", 12, "households")]),
        ("وأدى الحريق إلى احتراق 40 خيمة في المخيم.", []),
        ("قتيل و7 جرحى في شجار بين عائلتين.", [("killed", 1, "people"), ("injured", 7, "people")]),
        ("حين قتل شاب من إحدى العائلتين.", [("killed", 1, "people")]),
        ("سقوط قتيل في الاشتباكات الليلية.", [("killed", 1, "people")]),
        ("سقط بين قتيل وجريح 40 شخصا.", []),
    ],
)
def test_arabic_deaths_fires_duals_and_lone_nouns(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chauffeur a été tué sur le coup.", [("killed", 1, "people")]),
        ("Le gérant de la boutique, lui, a été tué par balle.", [("killed", 1, "people")]),
        ("L'apprenti a été grièvement blessé au bras.", [("injured", 1, "people")]),
        ("La fillette est toujours portée disparue.", [("missing", 1, "children")]),
        ("Le chauffeur a indiqué que deux passagers ont été tués.", [("killed", 2, "people")]),
        ("Le maire a été réélu dimanche.", []),
        ("La victime a été transportée à l'hôpital de district.", []),
        ("Un nourrisson de 5 mois périt dans l'incendie de la case.", [("killed", 1, "children")]),
        ("Huit personnes ont été intoxiquées par la fumée.", [("injured", 8, "people")]),
        ("Les assaillants ont mis le feu à une trentaine de maisons.", [("houses_destroyed", 30, "households")]),
        ("Onze clients ont été blessés.", [("injured", 11, "people")]),
        (
            "Trois gendarmes ont été blessés, dont un grièvement.",
            [("injured", 3, "fighters"), ("injured", 1, "people")],
        ),
    ],
)
def test_french_one_person_by_role_and_other_shapes(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cases of an illness are no hurt; its deaths are deaths
        ("سجلت الولايات المتأثرة بالكوليرا 340 إصابة جديدة و9 وفيات.", [("killed", 9, "people")]),
        ("سجلت الوزارة 61 وفاة و7 آلاف و200 حالة اشتباه بالكوليرا.", [("killed", 61, "people")]),
        (
            "قتل 4 أشخاص وأصيب 15 بجروح في قصف طال مركز علاج الكوليرا.",
            [("killed", 4, "people"), ("injured", 15, "people")],
        ),
        # the migration agency is no flight; a part in an aside leaves the verb to the whole
        (
            "أعلنت المنظمة الدولية للهجرة أن 48 مهاجرا على الأقل، بينهم نساء وأطفال، غرقوا قبالة السواحل.",
            [("killed", 48, "people")],
        ),
        (
            "أفاد ناجون وصلوا إلى الجزيرة بأن 29 مهاجرا، بينهم 5 أطفال، فقدوا في عرض البحر.",
            [("missing", 29, "people"), ("missing", 5, "children")],
        ),
        # survivors and those a boat carried are no toll
        ("غرق قارب صغير كان يقل 17 شخصا قبالة الساحل.", []),
        ("نقل 6 من الناجين إلى المستشفى.", []),
        ("ارتفع عدد الغرقى إلى 31.", [("killed", 31, "people")]),
        ("انتشلت الفرق ست جثث، بينها جثتا امرأتين.", [("killed", 6, "people"), ("killed", 2, "people")]),
    ],
)
def test_arabic_illness_migrants_and_boats(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with its own auxiliary and verb takes that verb, not the one of the clause before "et"
        (
            "Un patient a été tué et deux agents du ministère de la Santé ont été blessés.",
            [("killed", 1, "people"), ("injured", 2, "people")],
        ),
        (
            "Une femme a été tuée et quatre enfants ont été blessés.",
            [("killed", 1, "women"), ("injured", 4, "children")],
        ),
        # ... but the object of the verb before stays its own
        (
            "Les attaques ont tué 48 personnes du village et en ont blessé 70 autres.",
            [("killed", 48, "people"), ("injured", 70, "people")],
        ),
        # how often, shares, a town's people, a site's people: no counts
        ("Beaucoup avaient déjà été déplacées trois ou quatre fois depuis mars.", []),
        ("Huit personnes sur dix ont été déplacées au moins une fois.", []),
        ("Ils ont fui vers Mopti, une ville d'environ 120 000 habitants.", []),
        ("À l'école, où vivent près de 900 déplacés, il n'y a qu'un point d'eau.", []),
        ("Environ 6 000 personnes hébergées sur trois sites informels.", [("sheltered", 6000, "people")]),
    ],
)
def test_french_own_verbs_and_non_counts(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une nonantaine de personnes ont été évacuées.", [("evacuated", 90, "people")]),
        ("Septante habitants ont dû quitter leur maison.", [("displaced", 70, "people")]),
        ("L'état-major reconnaît la perte de 4 militaires.", [("killed", 4, "fighters")]),
        ("L'opération a permis d'abattre 12 éléments armés.", [("killed", 12, "fighters")]),
        ("Mon voisin a été tué devant sa porte.", [("killed", 1, "people")]),
        ("Une troisième est grièvement blessée.", [("injured", 1, "people")]),
        ("Le pompier a par ailleurs été légèrement blessé.", [("injured", 1, "people")]),
        ("Un pêcheur est par ailleurs porté disparu.", [("missing", 1, "people")]),
    ],
)
def test_french_tens_losses_and_more_persons(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


def test_a_french_possessive_opening_a_sentence_is_no_place() -> None:
    found = extract("Mon voisin a été tué devant sa porte.", lang="fr")
    assert [f.location for f in found] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chef de village de Kiri figure parmi les victimes.", [("killed", 1, "people")]),
        ("Parmi les victimes de Sona figure le chef de village.", [("killed", 1, "people")]),
        ("Parmi les blessés figure une commerçante.", [("injured", 1, "people")]),
        ("Le notable fait partie des victimes.", [("killed", 1, "people")]),
        ("Le maire figure parmi les invités.", []),
        (
            "Le bilan fait état d'un (01) décès et d'un (01) blessé.",
            [("killed", 1, "people"), ("injured", 1, "people")],
        ),
        ("Le nord compte 412 300 PDI.", [("displaced", 412300, "people")]),
        ("Quatre blessés ayant succombé à leurs blessures, le bilan s'alourdit.", [("killed", 4, "people")]),
        ("Deux des disparus ont été retrouvés sans vie.", [("killed", 2, "people")]),
    ],
)
def test_french_one_among_the_victims_and_the_hurt_who_died(
    text: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline's date is no range of the dead
        (
            "دير البلح 11-9-2024 وفا- استشهد سبعة مواطنين، بينهم ثلاثة أطفال.",
            [("killed", 7, "people"), ("killed", 3, "children")],
        ),
        ("القدس 27-2-2024 وفا- أجبرت البلدية مواطنا على هدم منزله.", []),
        ("قتل 12-15 شخصا في الهجوم.", [("killed", 12, "people")]),
        # "the 14th day" is no count
        (
            "لليوم الـ14: استشهاد سيدة وتدمير 16 منزلا.",
            [("killed", 1, "women"), ("houses_destroyed", 16, "households")],
        ),
        # duals of martyrs, and one named among two
        ("شهيدان وخمس إصابات برصاص الاحتلال.", [("killed", 2, "people"), ("injured", 5, "people")]),
        (
            "قتل مدنيان، بينهما امرأة، وأصيب ثلاثة.",
            [("killed", 2, "civilians"), ("killed", 1, "women"), ("injured", 3, "people")],
        ),
    ],
)
def test_arabic_datelines_ordinals_and_duals(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une femme et ses deux enfants ont péri dans l'incendie.",
            [("killed", 1, "women"), ("killed", 2, "children")],
        ),
        (
            "Une vingtaine de maisons se sont effondrées et une quarantaine d'autres partiellement endommagées.",
            [("houses_destroyed", 20, "households"), ("houses_damaged", 40, "households")],
        ),
    ],
)
def test_french_one_with_her_kin_and_others_of_the_houses(
    text: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل ضابط وثلاثة جنود بتفجير عبوة.", [("killed", 1, "fighters"), ("killed", 3, "fighters")]),
        ("مسيرة تقتل 6 مواطنين وتصيب 14 في السوق.", [("killed", 6, "people"), ("injured", 14, "people")]),
        ("قتل راعٍ وأصيب ابنه.", [("killed", 1, "people"), ("injured", 1, "people")]),
    ],
)
def test_arabic_one_listed_before_a_count_and_present_verbs(
    text: str, expected: list[tuple[str, int | None, str]]
) -> None:
    assert _read(text, "ar") == expected


def test_a_french_table_of_units_takes_the_kind_its_title_names() -> None:
    text = (
        "Le HCR publie ses derniers chiffres.\n\n"
        "Arrivées enregistrées par point d'entrée (1er – 7 mars) :\n\n"
        "| Point d'entrée | Ménages | Personnes |\n"
        "| Adré | 310 | 1 420 |\n"
        "| Tiné | 95 | 480 |\n"
    )
    assert _read(text, "fr") == [
        ("displaced", 310, "households"),
        ("displaced", 1420, "people"),
        ("displaced", 95, "households"),
        ("displaced", 480, "people"),
    ]


def test_a_french_table_of_units_without_a_title_reads_nothing() -> None:
    text = "| Commune | Ménages | Personnes |\n| Adré | 310 | 1 420 |\n| Tiné | 95 | 480 |\n"
    assert _read(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'ai perdu ma femme dans l'attaque.", [("killed", 1, "women")]),
        ("Il a perdu trois membres de sa famille.", [("killed", 3, "people")]),
        ("Elle a perdu ses deux filles dans l'incendie.", [("killed", 2, "children")]),
        ("Il a perdu sa maison et son emploi.", []),
    ],
)
def test_french_kin_lost(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _read(text, "fr") == expected


def test_a_french_first_person_verb_is_no_place() -> None:
    assert [f.location for f in extract("J'ai perdu ma femme dans l'attaque.", lang="fr")] == [None]
