"""French and Arabic shapes from a fresh round of reports: a list under a heading with no colon or with an aside
after its kind, a quake's magnitude, people intercepted, rescued or who survived (no figure), those aboard, a row
of the displaced housed in centres (sheltered), houses burnt out and adverbs between a count and its participle;
in Arabic the dead and the hurt in one count, and a site hosting its people named a few words before the count.

Every sentence here is written for these tests (none is copied from the shared corpus or from any report)."""

from __future__ import annotations

import pytest

from bot.extraction.extract import extract


def _read(text: str, lang: str) -> list[tuple[str, int | None]]:
    return [(f.kind.value, f.value) for f in extract(text, lang=lang)]


def test_a_french_list_under_a_heading_without_a_colon() -> None:
    """ "Répartition des décès par commune", then its rows on the lines below: each row is a death toll."""
    text = "Le bilan s'alourdit.\n\nRépartition des décès par commune\n- Kalehe : 23\n- Kabare : 9\n"
    assert _read(text, "fr") == [("killed", 23), ("killed", 9)]


def test_a_french_heading_read_without_its_aside() -> None:
    """ "Les décès se répartissent comme suit, selon les chiffres arrêtés à 18h :" names deaths past its aside."""
    text = (
        "Les décès se répartissent comme suit, selon les chiffres arrêtés à 18h :\n"
        "• Province de Tiznit : 64\n• Province de Tata : 12\n"
    )
    assert _read(text, "fr") == [("killed", 64), ("killed", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le bilan du séisme de magnitude 6 qui a frappé la région reste provisoire.", []),
        ("La marine a intercepté quelque 800 personnes qui tentaient de quitter le pays.", []),
        ("Décès de 3 personnes et sauvetage de 14 autres à Tiaret.", [("killed", 3)]),
        ("Onze corps ont été repêchés et 37 personnes ont survécu.", [("killed", 11)]),
        ("La pirogue avait quitté la plage avec 74 personnes à son bord.", []),
        ("- Personnes déplacées hébergées dans les centres : 12 640", [("sheltered", 12640)]),
        ("Neuf maisons ont été entièrement calcinées.", [("houses_destroyed", 9)]),
        (
            "Au total, 8 410 logements ont été touchés, dont 2 150 totalement effondrés"
            " et 6 260 partiellement endommagés.",
            [("houses_destroyed", 2150), ("houses_damaged", 6260)],
        ),
        (
            "L'enquête a établi que 2 150 maisons s'étaient totalement effondrées et 6 260 partiellement.",
            [("houses_destroyed", 2150), ("houses_damaged", 6260)],
        ),
    ],
)
def test_french(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead and the hurt in one count: no figure of either
        ("وخلّفت الحرب أكثر من 92 ألف شهيد وجريح، معظمهم من النساء.", []),
        ("وارتفع عدد الشهداء إلى 37 شهيدا و85 جريحا.", [("killed", 37), ("injured", 85)]),
        # a site that hosts its people, the count a few words on
        ("ويؤوي مخيم واحد على أطراف المدينة وحده أكثر من 60 ألف نازح.", []),
        ("الذي كان يؤوي قبل الهجوم ما يقدر بنحو 300 ألف نازح.", []),
    ],
)
def test_arabic(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ويستضيف لبنان نحو 780 ألف لاجئ سوري.", "ar", [("displaced", 780000)]),
        ("وتقول الحكومة إن اليمن لا يزال يضم أكثر من 4.5 مليون نازح داخليا.", "ar", [("displaced", 4500000)]),
        ("Le Cameroun accueille désormais quelque 480 000 réfugiés.", "fr", [("displaced", 480000)]),
        # the hosting recalled in a relative clause, as background (as English reads "Turkey, which hosts ...")
        ("Le Cameroun, qui accueille quelque 480 000 réfugiés, lance un appel.", "fr", []),
        # a camp or a town hosting its people, a country named only in an aside: no figure
        ("ويضم مخيم الهول وحده نحو 40 ألف لاجئ.", "ar", []),
        ("وكانت البلدة، القريبة من الحدود مع تركيا، تؤوي أكثر من 90 ألف نازح.", "ar", []),
        ("Le camp de Kakuma accueille quelque 200 000 réfugiés.", "fr", []),
    ],
)
def test_a_country_hosting_its_displaced_is_a_standing_total(
    text: str, lang: str, expected: list[tuple[str, int | None]]
) -> None:
    """A country that hosts (or counts) the displaced states its standing total; a site that hosts them does not."""
    assert _read(text, lang) == expected


def test_rows_of_things_done_and_zero_cells_give_no_figure() -> None:
    """Under a list of the hurt, "Sacs de sable distribués : 52 000" names sandbags, not a place whose hurt they
    are; a table's zero is no one; a count "(contre 611 ...)" is the figure it replaced; places ending in "é" and
    "autres localités" stay rows of the list."""
    text = (
        "Bilan provisoire :\n- Blessés légers : 3\n- Sacs de sable distribués : 52 000\n\n"
        "Décès par commune :\n- Saint-André : 4\n- Bouaké : 2\n- Autres localités : 5\n\n"
        "| Région | Décès | Disparus |\n|---|---|---|\n| Vatovavy | 3 | 0 |\n\n"
        "Total : 429 personnes évacuées (contre 611 personnes évacuées lors de la mise à jour précédente).\n\n"
        "- Personnes hébergées ce soir dans les centres d'accueil communaux : 74\n"
    )
    assert _read(text, "fr") == [
        ("injured", 3),
        ("killed", 4),
        ("killed", 2),
        ("killed", 5),
        ("killed", 3),
        ("evacuated", 429),
        ("sheltered", 74),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first toll told in the past perfect, and one called the previous: the figures they were replaced by
        ("وكانت حصيلة أولية أعلنتها السلطات مساء الأحد قد أشارت إلى 14 حالة وفاة.", []),
        ("وكانت الوزارة قد أعلنت ليلة أمس حصيلة أولية بلغت 6 قتلى و210 مصابين.", []),
        ("وأوضح البيان أن الحصيلة السابقة التي أعلن عنها أمس الاثنين كانت تشير إلى 19 حالة وفاة.", []),
        ("وأعلنت الوزارة حصيلة أولية بلغت 12 قتيلا.", [("killed", 12)]),
        # an ordinal is no count ("the fourteenth convoy")
        ("وصول الدفعة الرابعة عشرة من العائدين إلى المخيم.", []),
        # houses wholly or partly collapsed, in one count: no figure
        ("وأفاد بأن 70 منزلا انهارت كليا أو جزئيا.", []),
    ],
)
def test_arabic_old_tolls_ordinals_and_combined_houses(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(text, "ar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the uprooted are displaced, not more dead; trees uprooted are nothing
        (
            "La guerre a fait des dizaines de milliers de morts et déraciné plus de 9 millions de personnes.",
            [("killed", None), ("displaced", 9000000)],
        ),
        ("Les vents ont déraciné des centaines d'arbres.", []),
        # a place's inhabitants, whatever their parts: no figure
        ("Djibo compte près de 280 000 habitants, dont une majorité de déplacés.", []),
        ("Plus de 300 habitants ont fui le village.", [("displaced", 300)]),
    ],
)
def test_french_uprooted_and_inhabitants(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # returnees who died are dead; aid "to reach" people is no arrival
        ("وقال متطوعون إن ما لا يقل عن 9 أشخاص من العائدين لقوا حتفهم منذ مطلع الشهر.", "ar", [("killed", 9)]),
        ("وعاد 500 من النازحين إلى قراهم.", "ar", [("returned", 500)]),
        ("وتطلب الخطة 3.1 مليار دولار للوصول إلى 14.6 مليون شخص.", "ar", []),
        # buildings collapsed or heavily damaged, in one count: no figure
        ("In the town alone, 214 buildings collapsed or were heavily damaged.", "en", []),
    ],
)
def test_returnees_who_died_aid_targets_and_combined_collapses(
    text: str, lang: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _read(text, lang) == expected
