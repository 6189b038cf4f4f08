"""Arabic words and phrases for the clause-reading engine (``bot.extraction.clauses``), as regex fragments.

Only data lives here, written in the folded spelling that ``bot.text.arabic.fold_arabic`` gives report text:
bare alef for أ إ آ, ي for ى and ئ, ه for ة, و for ؤ, no short vowels or tatweel, ASCII digits. Each word may
carry a proclitic (و ف ب ل ك and the article ال) before it and pronoun endings after it; the engine allows them.
"""

from __future__ import annotations

from bot.values import Group, Kind, Qualifier

# --- numbers -------------------------------------------------------------------------------------------------

UNITS: dict[str, int] = {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10,
    "عشره": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90,
    "تسعين": 90, "مئتا": 200, "مائتا": 200, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "ثلاثمئه": 300, "ثلاثمائه": 300, "اربعمئه": 400, "اربعمائه": 400, "خمسمئه": 500, "خمسمائه": 500,
    "ستمئه": 600, "ستمائه": 600, "سبعمئه": 700, "سبعمائه": 700, "ثمانمئه": 800, "ثمانمائه": 800,
    "تسعمئه": 900, "تسعمائه": 900, "مئتي": 200, "مائتي": 200,
    # (a teen's first word after a hundred: "مئتين واثني عشر" is 212)
    "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    # the feminine two, and units in the accusative before tens: "اثنتان واربعون وفاه", "خمسا وثلاثين اسره"
    "اثنتان": 2, "اثنتين": 2, "اربعا": 4, "خمسا": 5, "ستا": 6, "سبعا": 7, "ثمانيا": 8, "تسعا": 9,
    # spoken forms, as transcripts write them: "ماتوا اتنين", "تلات جثث"
    "اتنين": 2, "تلات": 3, "تلاته": 3, "تمانيه": 8, "تمان": 8,
}  # fmt: skip
HUNDRED: tuple[str, ...] = ("مئه", "مائه")  # "ثلاث مئه" is 300
SCALES: dict[str, int] = {
    "الف": 1_000, "الاف": 1_000, "الفا": 1_000, "مليون": 1_000_000, "ملايين": 1_000_000, "مليار": 10**9,
    "مليونا": 1_000_000,  # ("مليونا و300 الف": a million and 300,000; before a noun, two million: DUAL_SCALES)
}  # fmt: skip
DIGIT_SCALES: dict[str, int] = {**SCALES, "الفا": 1_000}
JOINERS = ("و",)  # "خمسه وعشرون"
# Unit words "و" never joins into one number: "سته وثلاثه اشخاص علي التوالي" are six and three, not nine.
UNJOINED_UNITS = (*(word for word, value in UNITS.items() if value <= 10), "واحده")
# Words that are a number by themselves: duals, fractions of a scale.
APPROXIMATE: dict[str, int] = {}
SELF_COUNTING: dict[str, int] = {
    "احد عشر": 11, "احدي عشره": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشره": 12, "اثنتي عشره": 12,
    "الفين": 2_000, "الفي": 2_000, "الفان": 2_000, "مليونين": 2_000_000, "مليوني": 2_000_000,
    "مليونان": 2_000_000,
    "ربع مليون": 250_000, "نصف مليون": 500_000, "مليون ونصف": 1_500_000, "مليون ونصف المليون": 1_500_000,
    "مليونين ونصف المليون": 2_500_000, "مليونان ونصف المليون": 2_500_000, "مليونين ونصف": 2_500_000,
    "مليونان ونصف": 2_500_000,
}  # fmt: skip
# Dual counted nouns: the noun is the number two.
DUALS: dict[str, tuple[Group, Kind | None]] = {
    "شخصين": (Group.PEOPLE, None), "شخصان": (Group.PEOPLE, None), "طفلين": (Group.CHILDREN, None),
    "طفلان": (Group.CHILDREN, None), "امراتين": (Group.WOMEN, None), "جنديين": (Group.FIGHTERS, None),
    "قتيلين": (Group.PEOPLE, Kind.KILLED), "جريحين": (Group.PEOPLE, Kind.INJURED),
    "شقيقين": (Group.PEOPLE, None), "مدنيين اثنين": (Group.CIVILIANS, None), "اسرتين": (Group.FAMILIES, None),
    "اسرتان": (Group.FAMILIES, None), "عايلتين": (Group.FAMILIES, None), "رجلين": (Group.PEOPLE, None),
    "منزلين": (Group.HOUSEHOLDS, None), "منزلان": (Group.HOUSEHOLDS, None), "امراتان": (Group.WOMEN, None),
    "قتيلان": (Group.PEOPLE, Kind.KILLED), "جريحان": (Group.PEOPLE, Kind.INJURED),
    "مفقودان": (Group.PEOPLE, Kind.MISSING), "مريضان": (Group.PEOPLE, None), "شهيدان": (Group.PEOPLE, Kind.KILLED),
    "شهيدين": (Group.PEOPLE, Kind.KILLED), "مصابان": (Group.PEOPLE, Kind.INJURED),
    "مصابين اثنين": (Group.PEOPLE, Kind.INJURED), "وفاتان": (Group.PEOPLE, Kind.KILLED),
    "وفاتين": (Group.PEOPLE, Kind.KILLED), "غريقان": (Group.PEOPLE, Kind.KILLED), "غريقين": (Group.PEOPLE, Kind.KILLED),
    "حالتان": (Group.PEOPLE, None), "حالتين": (Group.PEOPLE, None), "حالتا": (Group.PEOPLE, None),
    "حالتي": (Group.PEOPLE, None),
}  # fmt: skip
# A scale word that, right before a counted noun, is two of it: "الفا اسره" (2000 families), "مليونا شخص".
DUAL_SCALES: dict[str, int] = {"الفا": 2_000, "مليونا": 2_000_000}
# The article, and the numbers that may follow a counted noun with it: "اطفالهما الثلاثه" (their three children).
ARTICLE = "ال"
POSTPOSED_UNITS = (
    "ثلاثه", "ثلاث", "اربعه", "اربع", "خمسه", "خمس", "سته", "سبعه", "سبع", "ثمانيه", "ثماني", "تسعه", "تسع", "عشره",
)  # fmt: skip
# "One" after a counted noun: "اسره واحده" is one family.
ONE_AFTER = r"واحد|واحده|واحدا"
# After a vague count of one kind, another kind joined to it shares it: "العشرات من القتلي والجرحي".
VAGUE_PAIR = r"\s+و"
VAGUE = (
    "عشرات الالاف", "مئات الالاف", "الاف", "عشرات", "مئات", "ملايين", "الالاف", "عشرات الالوف", "مئات الالوف",
    "الوف", "الالوف",
)  # fmt: skip
UNCOUNTED_VAGUE: tuple[str, ...] = ()

QUALIFIERS: dict[str, Qualifier] = {
    "ما لا يقل عن": Qualifier.AT_LEAST, "لا يقل عن": Qualifier.AT_LEAST, "ما لا يقل عدده عن": Qualifier.AT_LEAST,
    "على الاقل": Qualifier.AT_LEAST, "اكثر من": Qualifier.MORE_THAN, "ازيد من": Qualifier.MORE_THAN,
    "ما يزيد عن": Qualifier.MORE_THAN, "ما يزيد على": Qualifier.MORE_THAN, "يزيد عن": Qualifier.MORE_THAN,
    "يزيد على": Qualifier.MORE_THAN, "ما يربو على": Qualifier.MORE_THAN, "ما يفوق": Qualifier.MORE_THAN,
    "نحو": Qualifier.ABOUT, "قرابه": Qualifier.ABOUT, "حوالي": Qualifier.ABOUT,
    "حوالى": Qualifier.ABOUT, "زهاء": Qualifier.ABOUT, "ما يقارب": Qualifier.ABOUT, "ما يقرب من": Qualifier.ABOUT,
    "يقارب": Qualifier.ABOUT, "تقريبا": Qualifier.ABOUT, "ما يناهز": Qualifier.ABOUT, "يناهز": Qualifier.ABOUT,
    "قرابه ال": Qualifier.ABOUT, "ما يصل الي": Qualifier.UP_TO, "ما يصل إلى": Qualifier.UP_TO,
    "حتي": Qualifier.UP_TO, "اقل من": Qualifier.LESS_THAN, "ما يقدر ب": Qualifier.ABOUT,
    "يقدر ب": Qualifier.ABOUT, "يقدر عددهم ب": Qualifier.ABOUT, "ما تجاوز": Qualifier.MORE_THAN,
    "ما يتجاوز": Qualifier.MORE_THAN, "يتجاوز": Qualifier.MORE_THAN, "تجاوز": Qualifier.MORE_THAN,
}  # fmt: skip
QUALIFIERS_AFTER: dict[str, Qualifier] = {"على الاقل": Qualifier.AT_LEAST, "تقريبا": Qualifier.ABOUT}
RANGE_BEFORE = r"بين|من"
RANGE_JOIN = r"و|الى|-|–"

# --- what is counted -----------------------------------------------------------------------------------------

MODIFIERS = ("اخرين", "اخرون", "من", "اخري", "جدد", "اخران", "اخريين", "اخريان", "اخرتين")
GROUP_NOUNS: dict[str, Group] = {
    "شخص": Group.PEOPLE, "شخصا": Group.PEOPLE, "اشخاص": Group.PEOPLE, "الاشخاص": Group.PEOPLE,
    "فرد": Group.PEOPLE, "فردا": Group.PEOPLE, "افراد": Group.PEOPLE, "نسمه": Group.PEOPLE,
    "روحا": Group.PEOPLE, "ارواح": Group.PEOPLE,  # souls: "الكوليرا تحصد 258 روحا"
    "مواطن": Group.PEOPLE, "مواطنا": Group.PEOPLE, "مواطنين": Group.PEOPLE, "رجل": Group.PEOPLE,
    "رجلا": Group.PEOPLE, "رجال": Group.PEOPLE, "مهاجر": Group.PEOPLE, "مهاجرا": Group.PEOPLE,
    "مهاجرين": Group.PEOPLE,
    "ساكن": Group.PEOPLE, "ساكنا": Group.PEOPLE,  # (a resident counted: "اجلاء نحو 1100 ساكن")
    "عونا": Group.PEOPLE,  # (the Maghreb's civil-protection agents, counted: "15 عونا من الحماية")
    "سكان": Group.PEOPLE, "اهالي": Group.PEOPLE, "اخرين": Group.PEOPLE, "اخرون": Group.PEOPLE,
    "ضحيه": Group.PEOPLE, "ضحايا": Group.PEOPLE, "مدنيا": Group.CIVILIANS,
    "مدني": Group.CIVILIANS, "مدنيين": Group.CIVILIANS, "المدنيين": Group.CIVILIANS, "طفل": Group.CHILDREN,
    "طفلا": Group.CHILDREN, "اطفال": Group.CHILDREN, "الاطفال": Group.CHILDREN, "امراه": Group.WOMEN,
    "نساء": Group.WOMEN, "سيده": Group.WOMEN, "سيدات": Group.WOMEN, "جندي": Group.FIGHTERS,
    "جنديا": Group.FIGHTERS, "جنود": Group.FIGHTERS, "عسكري": Group.FIGHTERS, "عسكريا": Group.FIGHTERS,
    "عسكريين": Group.FIGHTERS, "مسلح": Group.FIGHTERS, "مسلحا": Group.FIGHTERS, "مسلحين": Group.FIGHTERS,
    "مقاتل": Group.FIGHTERS, "مقاتلا": Group.FIGHTERS, "مقاتلين": Group.FIGHTERS, "عنصر": Group.FIGHTERS,
    "عنصرا": Group.FIGHTERS, "عناصر": Group.FIGHTERS, "اسره": Group.FAMILIES, "اسر": Group.FAMILIES,
    "اعوان": Group.FIGHTERS, "عون": Group.FIGHTERS,  # (security agents: "اصابه 6 اعوان امن")
    "عائله": Group.FAMILIES, "عايله": Group.FAMILIES, "عائلات": Group.FAMILIES, "عايلات": Group.FAMILIES,
    "العائلات": Group.FAMILIES, "العايلات": Group.FAMILIES, "الاسر": Group.FAMILIES, "لاجي": Group.PEOPLE,
    "لاجيا": Group.PEOPLE, "لاجيين": Group.PEOPLE, "اللاجيين": Group.PEOPLE, "فلسطيني": Group.PEOPLE,
    "فلسطينيا": Group.PEOPLE, "فلسطينيين": Group.PEOPLE, "سوري": Group.PEOPLE, "سوريا": Group.PEOPLE,
    "سوريين": Group.PEOPLE, "يمني": Group.PEOPLE, "يمنيا": Group.PEOPLE, "شهيد": Group.PEOPLE,
    # cases ("بينها 9 حالات خطيره"), kin, and people by trade or role
    "حاله": Group.PEOPLE, "حالات": Group.PEOPLE,
    "اشقاء": Group.PEOPLE, "شقيقات": Group.PEOPLE, "اخوه": Group.PEOPLE, "اخوات": Group.PEOPLE,
    "ابناء": Group.PEOPLE, "بنات": Group.CHILDREN, "اقارب": Group.PEOPLE, "اقرباء": Group.PEOPLE,
    "صياد": Group.PEOPLE, "صيادا": Group.PEOPLE, "صيادين": Group.PEOPLE, "طالب": Group.PEOPLE,
    "طالبا": Group.PEOPLE, "طلاب": Group.PEOPLE, "طلبه": Group.PEOPLE, "تلميذ": Group.CHILDREN,
    "تلميذا": Group.CHILDREN, "تلاميذ": Group.CHILDREN, "عامل": Group.PEOPLE, "عاملا": Group.PEOPLE,
    "عمال": Group.PEOPLE, "متظاهر": Group.PEOPLE, "متظاهرا": Group.PEOPLE, "متظاهرين": Group.PEOPLE,
    "مصلين": Group.PEOPLE, "مزارع": Group.PEOPLE, "مزارعا": Group.PEOPLE, "مزارعين": Group.PEOPLE,
    "موظف": Group.PEOPLE, "موظفا": Group.PEOPLE, "موظفين": Group.PEOPLE, "مسعف": Group.PEOPLE,
    "مسعفا": Group.PEOPLE, "مسعفين": Group.PEOPLE, "طبيب": Group.PEOPLE, "طبيبا": Group.PEOPLE,
    "اطباء": Group.PEOPLE, "صحفي": Group.PEOPLE, "صحفيا": Group.PEOPLE, "صحفيين": Group.PEOPLE,
    "صحافي": Group.PEOPLE, "صحافيا": Group.PEOPLE, "صحافيين": Group.PEOPLE, "مسافر": Group.PEOPLE,
    "مسافرا": Group.PEOPLE, "مسافرين": Group.PEOPLE, "راكب": Group.PEOPLE, "راكبا": Group.PEOPLE,
    "ركاب": Group.PEOPLE, "بحار": Group.PEOPLE, "بحارا": Group.PEOPLE, "بحاره": Group.PEOPLE,
    "معلم": Group.PEOPLE, "معلما": Group.PEOPLE, "معلمين": Group.PEOPLE, "شاب": Group.PEOPLE,
    "شابا": Group.PEOPLE, "شبان": Group.PEOPLE, "فتيات": Group.CHILDREN, "فتيان": Group.CHILDREN,
    "مسن": Group.PEOPLE, "مسنا": Group.PEOPLE, "مسنين": Group.PEOPLE, "قاصرا": Group.CHILDREN,
    "قاصرين": Group.CHILDREN, "رضيع": Group.CHILDREN, "رضيعا": Group.CHILDREN, "رضع": Group.CHILDREN,
    "شرطي": Group.FIGHTERS, "شرطيا": Group.FIGHTERS, "شرطيين": Group.FIGHTERS, "حاج": Group.PEOPLE,
    "حجاج": Group.PEOPLE, "زائر": Group.PEOPLE, "زائرا": Group.PEOPLE, "زائرين": Group.PEOPLE, "زوار": Group.PEOPLE,
    "حاجا": Group.PEOPLE, "ناشط": Group.PEOPLE,
    "ناشطا": Group.PEOPLE, "ناشطين": Group.PEOPLE,
    "ضباط": Group.FIGHTERS, "مهاجم": Group.FIGHTERS, "مهاجما": Group.FIGHTERS, "مهاجمين": Group.FIGHTERS,
    "ضابطا": Group.FIGHTERS, "تاجر": Group.PEOPLE, "تاجرا": Group.PEOPLE, "تجار": Group.PEOPLE,
    "رعاه": Group.PEOPLE, "راعيا": Group.PEOPLE, "حارس": Group.PEOPLE, "حارسا": Group.PEOPLE, "حراس": Group.PEOPLE,
    "مدرس": Group.PEOPLE, "مدرسا": Group.PEOPLE, "مدرسين": Group.PEOPLE, "مهندس": Group.PEOPLE,
    "مهندسا": Group.PEOPLE, "مهندسين": Group.PEOPLE, "ممرضا": Group.PEOPLE, "ممرضين": Group.PEOPLE,
    "سائحا": Group.PEOPLE, "سياح": Group.PEOPLE, "سائحين": Group.PEOPLE, "طالبات": Group.PEOPLE,
    "سائقا": Group.PEOPLE, "سائقين": Group.PEOPLE, "قرويا": Group.CIVILIANS, "قرويين": Group.CIVILIANS,
    # patients moved out of a hospital are evacuated ("أُجلي نحو 100 مريض")
    "مريض": Group.PEOPLE, "مريضا": Group.PEOPLE, "مرضي": Group.PEOPLE,
    # inmates, nurses and other roles (not volunteers or rescuers, mostly those who help: "فريق من 35 متطوعا")
    "نزيل": Group.PEOPLE, "نزيلا": Group.PEOPLE, "نزلاء": Group.PEOPLE, "سجين": Group.PEOPLE, "سجينا": Group.PEOPLE,
    "سجناء": Group.PEOPLE, "ممرضه": Group.WOMEN, "ممرضات": Group.WOMEN, "مسعفون": Group.PEOPLE,
    "موظفون": Group.PEOPLE, "مزارعون": Group.PEOPLE, "صيادون": Group.PEOPLE, "عمالا": Group.PEOPLE,
    "رعايا": Group.PEOPLE, "مشجعين": Group.PEOPLE,
    # pilgrims, holidaymakers, players, conscripts, officers, boys and girls, families in Iraqi spelling
    "معتمر": Group.PEOPLE, "معتمرا": Group.PEOPLE, "معتمرين": Group.PEOPLE, "مصليا": Group.PEOPLE,
    "مصطاف": Group.PEOPLE, "مصطافا": Group.PEOPLE, "مصطافين": Group.PEOPLE, "لاعب": Group.PEOPLE,
    "لاعبا": Group.PEOPLE, "لاعبين": Group.PEOPLE, "مجند": Group.FIGHTERS, "مجندا": Group.FIGHTERS,
    "مجندين": Group.FIGHTERS,
    "ضابط": Group.FIGHTERS, "صبي": Group.CHILDREN, "صبيا": Group.CHILDREN, "صبيه": Group.CHILDREN,
    "فتاه": Group.CHILDREN, "ممرض": Group.PEOPLE, "مشجع": Group.PEOPLE, "مشجعا": Group.PEOPLE,
    "عوائل": Group.FAMILIES, "العوائل": Group.FAMILIES,
}  # fmt: skip
HOUSE_NOUNS = (
    "منزل", "منزلا", "منازل", "بيت", "بيتا", "بيوت", "مسكن", "مسكنا", "مساكن", "مبني", "مبان", "مباني",
    "وحده سكنيه", "وحدات سكنيه", "ماوي", "ملجا", "بنايه سكنيه", "بنايات سكنيه",
    # huts, where houses are built so ("جرفت المياه 3,400 كوخ", "احرقت 200 قطيه")
    "كوخ", "كوخا", "اكواخ", "قطيه", "قطاطي",
    # more housing units, after those named so ("دمرت 12 الف وحده سكنيه وتضررت 30 الف وحده اخري")
    "وحده اخري", "وحدات اخري",
)  # fmt: skip
# (not tents: a camp's tents burnt are no homes destroyed, as in English)
KIND_NOUNS: dict[str, Kind] = {
    "قتيل": Kind.KILLED, "قتيلا": Kind.KILLED, "قتلي": Kind.KILLED, "القتلي": Kind.KILLED, "شهيدا": Kind.KILLED,
    "شهيد": Kind.KILLED, "شهداء": Kind.KILLED, "الشهداء": Kind.KILLED, "جثه": Kind.KILLED, "جثث": Kind.KILLED,
    "حاله وفاه": Kind.KILLED, "حالات وفاه": Kind.KILLED, "حاله اصابه": Kind.INJURED, "حالات اصابه": Kind.INJURED,
    "جثتين": Kind.KILLED, "جثتان": Kind.KILLED, "جثمان": Kind.KILLED, "جثمانا": Kind.KILLED, "جثامين": Kind.KILLED,
    "وفاه": Kind.KILLED, "وفيات": Kind.KILLED, "ضحيه": Kind.KILLED, "غرقي": Kind.KILLED, "الغرقي": Kind.KILLED,
    "جريح": Kind.INJURED, "جريحا": Kind.INJURED, "جرحي": Kind.INJURED, "الجرحي": Kind.INJURED,
    "مصاب": Kind.INJURED, "مصابا": Kind.INJURED, "مصابين": Kind.INJURED, "اصابه": Kind.INJURED,
    "اصابات": Kind.INJURED,
    # the hurt named twice, as one count ("115,475 جريحا ومصابا"): not the dead and the hurt together
    "جريحا ومصابا": Kind.INJURED, "جريح ومصاب": Kind.INJURED, "جرحي ومصابين": Kind.INJURED,
    "مفقود": Kind.MISSING, "مفقودا": Kind.MISSING, "مفقودين": Kind.MISSING,
    "نازح": Kind.DISPLACED, "نازحا": Kind.DISPLACED, "نازحين": Kind.DISPLACED, "النازحين": Kind.DISPLACED,
    "نازحون": Kind.DISPLACED, "مشرد": Kind.DISPLACED, "مشردا": Kind.DISPLACED, "مشردين": Kind.DISPLACED,
    "مهجر": Kind.DISPLACED, "مهجرين": Kind.DISPLACED, "عائد": Kind.RETURNED, "عايد": Kind.RETURNED,
    "عايدا": Kind.RETURNED, "عايدين": Kind.RETURNED, "العايدين": Kind.RETURNED,
    # arrivals, as in English ("300 ألف وافد جديد")
    "وافد": Kind.DISPLACED, "وافدا": Kind.DISPLACED, "وافدين": Kind.DISPLACED, "الوافدين": Kind.DISPLACED,
    "وافدون": Kind.DISPLACED, "الوافدون": Kind.DISPLACED,  # (nominative: a table's header, "الوافدون الجدد")
}  # fmt: skip
WEAK_KIND_NOUNS: dict[str, Kind] = {
    "لاجي": Kind.DISPLACED, "لاجيا": Kind.DISPLACED, "لاجيين": Kind.DISPLACED, "اللاجيين": Kind.DISPLACED,
    "ضحايا": Kind.KILLED,
}  # fmt: skip
# After a count of people, a register: the count is of the kind the sentence speaks of ("5400 مسجلون في مخيم").
# A day named after a bare count, which no noun lookup may read as a count of days: "ارتفعت الحصيله الي 89 يوم
# الثلاثاء" (on Tuesday; "89 يوما" are days).
DATE_AFTER = r"يوم (?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|امس|\d)"
# A sentence opening on the houses its bare counts are parts of: "ومن بين هذه المنازل، 900 دمرت بالكامل".
HOUSE_PART_OPENING = r"و?(?:من بين|من|بين) (?:هذه|تلك) (?:المنازل|البيوت|المساكن|الوحدات السكنيه|المباني)"
# An opening that announces a figure's spread over places: "سجلت الوفيات علي النحو التالي: اقليم الحوز 1351، ...".
BY_PLACE_OPENING = r"كالتالي|كالاتي|كما يلي|علي النحو (?:التالي|الاتي)"
# After a count of the hurt or the missing, that they died: they are dead ("ستة من الجرحي توفوا متاثرين باصاباتهم",
# "اربعه من الجرحي توفوا لاحقا").
# (two of them too: "اثنين من الجرحى توفيا")
HARMED_DIED = (
    r"\s+(?:قد\s+)?(?:توفوا|توفي|توفيت|توفيا|توفيتا|توفين|ماتوا|ماتا|فارقوا الحياه|فارقا الحياه|لقوا حتفهم"
    r"|لقيا حتفهما|قضوا|قضيا)(?!\w)"
)
# Where a list of places with their counts in brackets opens: "في مناطق جنديرس (513) وحارم (198)".
PLACE_LIST_OPENING = r"(?<!\w)(?:في|من) |(?<!\w)ب|: ?"
REGISTERED = r"(?:مسجل|مسجلا|مسجله|مسجلون|مسجلين|المسجلين|مقيدون|مقيدين|تم تسجيلهم|سجلوا|جري تسجيلهم)"
NOT_COUNTED = (
    # (a day of a month, "10 من اب"; a time, "07:00")
    r"من (?:شهر )?(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان"
    r"|ايار|حزيران|تموز|اب|ايلول|تشرين)|:\d\d"
    r"|من (?:ال)?شهر (?:ذاته|نفسه|الجاري|الحالي|الماضي|المنصرم)"  # (a day: "لغايه 27 من الشهر ذاته")
    r"|من (?:ال)?عمر\w*|%|٪|بالمي[هة]|بالمائه|في الميه|في المئه|في المائه|عام|عاما|سنه|سنوات|سنين|اعوام|شهر|شهرا"
    r"|اشهر|شهور|يوم|يوما"
    r"|ايام|اسبوع|اسابيع|ساعه|ساعات|دقيقه|دقايق|كم|كلم|كيلومتر|كيلومترات|متر|امتار|طن|اطنان|كغ|كيلوغرام|دولار"
    r"|دولارا|دولارات|يورو|جنيه|دينار|ريال|ليره|درهم|هكتار|قريه|قري|مخيم|مخيما|مخيمات|مدرسه|مدارس|صاروخ|صاروخا"
    r"|صواريخ|قذيفه|قذايف|غاره|غارات|مستشفي|مستشفيات|مركز|مراكز|شاحنه|شاحنات|مره|مرات|درجه|نقطه|سرير|اسرى|اسيرا"
    r"|معتقل|معتقلا|معتقلين|مختطف|مختطفين|رهينه|رهاين|سلة|سله|حصه|وجبه|وجبات|طرد|منطقه|مناطق|محافظه|محافظات|دوله|دول"
    r"|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|جانفي|فيفري|افريل|ماي|جوان"
    r"|جويليه|اوت|يوليوز|غشت|شتنبر|نونبر|دجنبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|نسمه"
    r"|مستفيد|مستفيدين"
    # vehicles and machines, sunk or sent ("غرق عشرات السيارات", "دفعت ب2,500 عامل و600 معده")
    r"|(?:ال)?(?:سياره|سيارات|مركبه|مركبات|اليه|اليات|معده|معدات)"
    # trees: "جرف الاف اشجار النخيل"
    r"|(?:ال)?(?:اشجار|شجره|شجرات|نخيل|نخله)"
    # bridges, not homes: "انهيار ثلاثه من الجسور الخمسه"
    r"|(?:من )?(?:ال)?(?:جسر|جسرا|جسور)"
    # bags and greenhouses, not bodies or homes: "الاف اكياس الجثث", "عشرات البيوت البلاستيكيه"
    r"|(?:ال)?اكياس|(?:ال)?(?:بيوت|صوب) (?:ال)?بلاستيكيه"
    r"|مري?ض\w* ب(?:ال)?(?:امراض|مرض)"  # patients of an illness: "350 الف مريض بامراض مزمنه"
    # cases of an illness: "150 الف حاله التهابات تنفسيه"
    r"|حال(?:ه|ات) (?:اصابه |اشتباه )?(?:ب)?(?:ال)?(?:التهاب|اسهال|كوليرا|حصبه|جرب|حمي|امراض|مرض|عدوي)\w*"
    # ... and bare, before the deaths among them: "8,112 حاله و178 وفاه" (cases, then deaths)
    r"|حال(?:ه|ات)(?=\s*و\s*[\d٠-٩])"
    r"|(?:الف |الاف )?مري?ض\w* (?:الي|علي) قوايم"  # ... or waiting for care: "350 الف مريض الي قوايم الانتظار"
)
# Months' names, after a day's number: "منذ 7 تشرين الاول" is a date (only there: a month before a number is
# NOT_COUNTED_BEFORE's, where Algeria's "اوت" is also a verb).
DAY_MONTHS = (
    r"يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران"
    r"|تموز|اب|ايلول|تشرين|جانفي|فيفري|افريل|ماي|جوان|جويليه|اوت|يوليوز|غشت|شتنبر|نونبر|دجنبر"
)
NOT_COUNTED_BEFORE = (
    # (a whole word, or one after a proclitic: not the end of another word, as "اب" in "واصاب 119")
    r"(?:(?<!\w)|(?<=(?<!\w)[وبلف]))(?:عمر|العمر|عمره|عمرها|البالغ|البالغه|\$|رقم|القرار|الماده|عام|العام|سنه|منذ|يناير|فبراير|مارس|ابريل|مايو"
    r"|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|الساعه|اب|ام|والد|والده|ابا|اما|الاحد|الاثنين|الثلاثاء"
    # Morocco's months, mostly before a year: "سيول نونبر 2014" (not Algeria's: "من 26 ماي الي 1 جوان 38 حاله وفاه")
    r"|يوليوز|غشت|شتنبر|نونبر|دجنبر"
    r"|الاربعاء|الخميس|الجمعه|السبت|الجدول|جدول|الملحق"
    # the Levantine months: "منذ 8 تشرين الاول 2023"
    r"|(?:كانون|تشرين) (?:الاول|الثاني)|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول)\s*$|[/:]$"
    r"|(?:اليوم|لليوم|الاسبوع|للاسبوع|الشهر|للشهر|الجوله|للجوله) ال\s*$"  # ("لليوم الـ14": the 14th day)
    # (hours and days named by their number: "خلال الساعات الـ48 الاولي")
    r"|(?:ال|لل)(?:ساعات|ايام|اسابيع|اشهر|شهور|دقايق) ال\s*$"
    r"|\((?:العدد|الاسبوع)\s*$"
    # units named by their number: "مقرات اللواءين 13 و45", "الفرقه 16"
    r"|(?<!\w)(?:اللواء|اللواءين|الالويه|الفرقه|الفرقتين|الكتيبه|الكتيبتين|الفوج)\s*(?:[\d٠-٩]+\s*(?:و|،|,)\s*)*$"
    # a survey's round: "تقرير النازحين والعايدين، الجوله 49", "(الجوله 49)"
    r"|(?<!\w)(?:ال|لل)?جوله\s*$"
    # a numbered quarter or block: "في الثوره الحاره 17", "مربع 5"
    r"|(?<!\w)(?:ال)?(?:حاره|مربع|بلوك)\s*$"
    # a rate: "طفل واحد من كل ثلاثه وافدين", "كل 3 ساعات", "2 حاله لكل 10 الاف شخص"
    # the speaker's own family along with them, by its size: "غادر مع اسرته المكونه من تسعه افراد"
    r"|(?<!\w)و?مع\s+(?:اسرت|عايلت)(?:ه|ها|هم|ي|نا)\s+(?:ال)?(?:مؤلفه|مكونه)\s+من\s+$"
    r"|(?<!\w)(?:من |ل)?كل\s+$"  # a bulletin's issue or week: "(العدد 3)", "(الأسبوع 16، 2025)"
    # an ordinal's first part: "الدفعه الرابعه عشره" (the fourteenth), no count of ten
    r"|(?<!\w)(?:ال)?(?:حادي|حاديه|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه"
    r"|تاسع|تاسعه)\s*$"
    # (a camp's or a place's name: "مخيم كبرتو 2", "«كي 4»"; not "قالت اداره المخيم ان 62 عايله")
    r"|(?:مخيم|مخيمات|معسكر) (?!(?:ان|انه|الذي|التي|في|من|علي|الي|منذ|نحو|حوالي|قرابه|زهاء|حاليا"
    r"|(?:ي|ت)?بلغ|بلغت|وصل|وصلت|يصل|تصل|تجاوز|يتجاوز)\s)[^\s\d]+\s*$|«[^\s\d»]+\s*$"
)
BARE_FOLLOWERS = (
    r"[,.;:)\]»\"”?]|$|في|من|علي|الي|و|او|منهم|بينهم|اخرين|اخرون|اخري|اخر|جراء|بسبب|خلال|حتي|بعد|قبل|وفق|حسب"
    r"|نتيجه|اثر|عن|الا|حاله|قد|كانوا|لقوا|اصيبوا|نزحوا|قتلوا|فروا|عادوا|هم|ممن|نحو|باتجاه"
    # by whose count, a passive ("900 تم استقبالهم"), how badly, wounds
    r"|بحسب|وفقا|طبقا|تم|يتم|جري|بالكامل|كليا|جزييا|جزيا|تماما|بشكل|بجروح|بجراح|باصابات|يوميا"
    # two others, and by what ("اصيب اثنان اخران بانفجار", "اصيب 3 بنيران")
    r"|اخران|اخريان|اخرتان|بنيران|برصاص|برصاصه|بقصف|بانفجار|بغاره|بشظايا|باطلاق|بهجوم|بحادث|بطلق"
    r"|بدل|بدلا|عوضا"  # (the count a correction replaces follows: "الي 7 بدل 8")
    # the number of what it counts, after a count it was raised to: "ليرتفع الي 27 عدد الجثث"
    r"|عدد"
    # a definite word with "and" written onto it: the count's phrase ends there ("مصرع 6 واصابه 9 والبحث مستمر";
    # not "ولايات", a word of its own)
    # when: "ارتفعت الحصيله الي 89 يوم الثلاثاء", "... الي 89 منذ مطلع يوليو" (not "89 يوما": days)
    r"|منذ|امس|اليوم|الليله|مساء|صباح|فجر|ظهر"
    r"|وال[^\s\d]+|و(?=\d)|و(?:احد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر)[^\s\d]*"  # (or the next count)
)

# --- what happened -------------------------------------------------------------------------------------------

# Verbs "فقد" ("so, indeed": ف + قد) stands before, where it is no loss: "فقد لقي 68 شخصا مصرعهم", "فقد اعلنت".
_VERB_AFTER_FA_QAD = (
    r"(?:لقي|لقيت|لقوا|قتل|قتلت|قتلوا|اصيب|اصيبت|اصيبوا|نزح|نزحت|نزحوا|شرد|شردت|اجلي|اجليت|اجلت|عاد|عادت|عادوا"
    r"|وصل|وصلت|وصلوا|اعلن|اعلنت|اكد|اكدت|ارتفع|ارتفعت|بلغ|بلغت|سجل|سجلت|سجلنا|تم|كان|كانت|كانوا|اسفر|اسفرت|اودي"
    r"|اودت|دمر|دمرت|تسبب|تسببت|قال|قالت|ذكر|ذكرت|اشار|اشارت|افاد|افادت|اضطر|اضطرت|اضطروا|انهار|انهارت|غادر|غادرت"
    r"|استشهد|استشهدت|توفي|توفيت|جرفت|جرف|غمرت|تضرر|تضررت|بات|باتت|اصبح|اصبحت|وثق|وثقت|شهد|شهدت|تمكن|تمكنت"
    r"|استقر|استقرت|استقروا|لجا|لجات|لجاوا|فر|فرت|فروا|هرب|هربت|هربوا|عبر|عبرت|عبروا|بدا|بدات|قرر|قررت|قرروا)"
)
# To the places people came from: "الي مناطقها الاصليه" (a return, and no flight for the leaving before it).
_HOME_AREAS = r"(?:الي|نحو) (?:مناطق|قري|مدن|ديار)\w* (?:ال)?(?:اصليه|الاصل)"
CUES: tuple[tuple[str, Kind | None], ...] = (
    (r"قتل|قتلوا|قتلت|قتيل|قتلي|مقتل|يقتلان|تقتلان|يقتل|تقتل"
     r"|لقي حتف|لقوا حتف|لقي مصرع|لقوا مصرع|مصرع|حتفهم|حتفه|حتفها|مات|ماتوا"
     r"|متوفين|المتوفين|متوفون|المتوفون|هلك|هلكوا|هلاك|غرقي|غريق|غريقا"
     # ("ascended", the martyr's death in official Syrian wording: "ارتقي 4 مدنيين")
     r"|ارتقي|ارتقت|ارتقوا|يرتقي"
     r"|يموت|موت|الموتي|توفي|توفوا|وفاه|وفيات|استشهد|استشهاد|شهيد|شهداء|جثه|(?<!اكياس\x20)(?<!اكياس\x20ال)جثث"
     r"|جثامين|فقد(?:وا)? حيا[ته]|فقدان حياه"
     r"|حصيله|ضحايا|اودي بحياه|اودت بحياه|بحياه|حياتهم|حياته|حياتها|لحياتهم|اعدام|اعدم|ذبح|غرق"
     # (died, not spent a night or days: "قضوا ليلتهم في مراكز ايواء")
     r"|(?:قضي|قضوا)(?!(?: [^\s.،]+){0,5}? (?:ال)?(?:ليل|ليله|ليلتهم|ليلته|ليلتها|ليالي|لياليهم|ايام|ايامهم"
     r"|ساعات|وقت|اسبوع|شهر)\w*)"
     r"|(?:قضت|القضاء|تم القضاء) علي"  # eliminated: "قضت القوات علي اكثر من 120 من عناصر الميليشيا"
     r"|فارق(?:ت|وا|ا)?(?= (?:\S+ ){0,3}?الحياه)|رفات|دفن|دفنت|دفنوا|دفنا|راح ضحيت\w*"
     # a strike that "reaps the lives of" them: "قصف يحصد ارواح 9 نازحين"
     r"|(?:ي|ت)?حصد(?:ت)? (?:\S+ )?(?:ارواح|حياه)"
     # ... or them by their count: "الكوليرا تحصد 388 شخصا"
     r"|(?:ي|ت)?حصد(?:ت)?(?= \d)"
     # a force that lost its men lost them dead: "فقدت قواته 11 جنديا", "فقد 83 من عناصره"
     # (or a village its people: "فقد نحو 80 من سكانه")
     r"|فقد(?:ت|وا)?(?=[^.]{0,50}(?:جندي|جنود|عنصر|عناصر|مقاتل|ضابط|من سكان|من ابناي|من اهال))"
     # lost one's kin: "فقد زوجته وثلاثه من ابنايه"
     r"|فقد(?:ت|وا|نا)?(?= (?:\S+ ){0,5}?(?:زوجت?|ابنت?|ابناي|اطفال|شقيقت?|اخو|اخت|والدت?|عايلت|اسرت|اقارب|افراد)"
     r"(?:ه|ها|هم|هما|ي|نا|كم)(?!\w))",
     Kind.KILLED),
    # (how badly, after those counted: "نقل 23 منهم بحاله حرجه")
    (r"(?:ب|في )حال(?:ه|ات) (?:حرجه|خطيره|خطره|صحيه حرجه)"
     r"|اصيب|اصيبوا|اصيبت|اصابه|اصابات|اصابت|اصابوا|اصاب|مصاب|جريح|جرحي|جرح|اصابتهم|يصاب|جروح|جراح|يصيب|تصيب|يصيبون"
     # treated for their hurts: "عالجت فرقنا 14 شخصا من حالات اختناق وحروق"
     r"|عالج(?:ت|وا)?|(?:ي|ت)تلق(?:ي|ون|وا)? (?:ال)?علاج",
     Kind.INJURED),
    (r"مجهولي المصير|مجهول المصير|مصير|(?:البحث|يبحث|تبحث|بحث)(?: جار\w*)? عن|مفقود|المفقودين|في عداد المفقودين"
     # "فقدت 200 اسره منازلها" lost homes, "فقد حياته" lost a life: no disappearance
     # (the people a village lost are dead; a disappearance of its sons is not: "فقدان 14 شابا من ابنايها")
     r"|فقدان(?![^.]{0,50}(?:حيا|منازل|بيوت|مساكن|ماوي|ماوا|ديار|جندي|جنود|عنصر|عناصر|مقاتل|ضابط))"
     r"|فقد(?:وا|ت)?(?![^.]{0,50}(?:حيا|منازل|بيوت|مساكن|ماوي|ماوا|ديار|جندي|جنود|عنصر|عناصر|مقاتل|ضابط"
     r"|من سكان|من ابناي|من اهال))"
     # (nor those who lost their kin: "16 طفلا فقدوا ذويهم")
     r"(?!(?:وا|ت)? (?:كل |جميع )?(?:ذوي|اهالي|اهل|والدي|اباء|امهات|عايلات|اسر|افراد اسر)\w*)"
     # (not "so, indeed" before a verb: "فقد لقي 68 من سكان الدوار مصرعهم")
     r"(?! " + _VERB_AFTER_FA_QAD + r"(?!\w))"
     r"|اختفاء|اختفي", Kind.MISSING),
    # (not who the dead were: "11 شخصا من العايدين لقوا حتفهم")
    # (not a plant working again, "قبل ان تعود للعمل"; nor a rebuilding, "اعاده تاهيل 3 جسور")
    # (nor back to school: "حرمان الاف التلاميذ من العوده الي الدراسه")
    # (nor what bodies "belong to", a count right after: "الجثث المنتشله تعود الي 48 تونسيا")
    (r"(?:عاد|عادوا|يعود|يعودون|تعود)(?! (?:لل|الي ال)(?:عمل|خدمه))(?! (?:الي|ل)\s*(?:\d|نحو|حوالي|اكثر))|عودتهم"
     # (with those who return, one cue: "عودة اللاجئين حسب بلد اللجوء:" heads rows of returns, not of refugees)
     r"|عوده (?:ال)?(?:لاجيين|نازحين|مهجرين|اسر|عايلات|عوايل)(?!\w)"
     r"|عوده(?! (?:الي |لل)(?:ال)?(?:دراسه|مدارس|مدرسه|صفوف|فصول|عمل|خدمه)(?!\w))|(?<!من\s)العايدين|(?<!من\sال)عايد"
     r"|رجع|رجوع|اعاده(?! (?:ال)?(?:تاهيل|اعمار|بناء|فتح|تشغيل|ترميم|تاثيث|هيكله))"
     # (brought back: "اعادت الوزاره 4,100 عايله نازحه"; not those pushed back, "اعادهم الي البر")
     r"|اعادت(?!\w)(?! (?:\S+ )?(?:ال)?(?:تشغيل|تاهيل|فتح|بناء|اعمار|ترميم))|اعادوا(?!\w)"
     # brought back ("اعيدت 2,150 عايله من مخيم الهول", "وتعيد 1,100 اسره الي مناطقها"), and home to where they came
     # from ("غادرت 1,730 عايله منها مركز الجدعه الي مناطقها الاصليه")
     r"|(?:اعيدت|اعيد|تعيد|يعيد)(?!\w)(?! (?:\S+ )?(?:ال)?(?:تشغيل|تاهيل|فتح|افتتاح|بناء|اعمار|ترميم|انتخاب|النظر))"
     # (not to mind, nor back to the shore they set out from: "تعيد الي الاذهان", "اعيد ... الي الشواطي الليبيه")
     r"(?![^.،]{0,50}?(?:الي )?(?:ال)?(?:اذهان|شواطي|شاطي|بر)(?!\w))"
     r"|" + _HOME_AREAS, Kind.RETURNED),
    # the displaced family's finer kinds, tried first: evacuated, without a roof, taken in ("ايواء 300 اسره")
    (r"اخلاء|اجلاء|اجلي|اجليت|اجلت|اجلوا|يجلي|تجلي|يجلون|اخلت|اخلوا|اخلي|اخليت|يخلي|تخلي"
     # ("1687 شخصا تم إجلاؤهم", "عدد من تم إجلاؤهم"; not a relative clause naming whom: "من الأسر التي تم إجلاؤها")
     r"|(?<!التي\s)(?:تم|جري) (?:اجلاو|اخلاو)\w*"
     # moved out of harm's way: "نقلت قوارب الانقاذ 1,300 شخص من بلده بارديرا الي مواقع امنه"
     r"|نقل(?:ت|وا)?(?= (?:\S+ ){0,8}?الي (?:ال)?(?:مواقع|مناطق|اماكن) (?:ال)?(?:امنه|مرتفعه|اكثر امنا)(?!\w))"
     # ... or into storm shelters: "نقلت السلطات قرابه 190 الف شخص الي ملاجي الاعاصير"
     r"|نقل(?:ت|وا)?(?= (?:\S+ ){0,8}?الي (?:ال)?ملاجي(?!\w))"
     # ... or out of the places at risk: "نقلت نحو 600 أسرة من المناطق المنخفضة"
     r"|نقل(?:ت|وا)?(?= (?:\S+ ){0,8}?من (?:ال)?(?:مناطق|قري|احياء|ضفاف|مجري|سفوح|منطقه|دواوير|دوار|تجمعات)"
     r" ?(?:ال)?(?:منخفضه|مهدده"
     r"|المهدده|معرضه|المعرضه|الخطر|خطره|الخطره|الساحليه|المنكوبه|المغموره|الفيضان|النهر|الوادي)(?!\w))",
     Kind.EVACUATED),
    # (homes lost are a roof lost, as "lost their homes" and "perdu leur logement")
    (r"بلا ماوي|دون ماوي|بدون ماوي|(?:بلا|دون|بدون) سقف (?:ي|ت)ووي"
     r"|(?:بلا|دون|بدون) (?:منازل|مساكن|بيوت)|فقد(?:ت|وا)? ماوا\w*|ماواها|ماواهم|ماواه"
     r"|في العراء|العراء"
     # owning no shelter, losing it: "12 الف اسره لا تملك اي ماوي", "قد تفقد ماويها الموقته"
     r"|(?:لا|لم) (?:ي|ت)ملك(?:ون)? (?:اي )?ماو\w*|(?:ي|ت)فقد(?:ون)? ماو\w*"
     r"|فقد(?:ت|وا|ن)? (?:منازل|بيوت|مساكن)\w*", Kind.HOMELESS),
    # living in camps, tents, shelters: "قرابه 35 الف اسره تقيم في 23 مخيما", "يقيم نحو 150 الف شخص حاليا في"
    (r"ايواء|(?:جري|تم) ايواو\w*"
     # those staying in evacuation centres are sheltered: "المقيمون في مراكز الاجلاء: 318,870"
     r"|(?:ال)?(?:مقيمون|مقيمين|موجودون|موجودين) (?:في|داخل) مراكز (?:ال)?اجلاء"
     r"|(?:يقيم|تقيم|يقيمون|يعيش|تعيش|يعيشون)(?= (?:(?:[\d٠-٩][\d٠-٩.,٬]*|[^\s\d.,;:]+) ){0,7}?(?:في|داخل)"
     r" (?:(?:اكثر من|نحو|حوالي|قرابه) )?(?:\d[\d,]* |(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر) )?(?:ال)?"
     r"(?:مخيم\w*|خيام|خيم|مراكز (?:ال)?(?:ايواء|اجلاء|استقبال)|مركز (?:ال)?(?:ايواء|اجلاء|استقبال)|ملاجي|مدارس|مدرسه"
     r"|مواقع (?:ال)?(?:مؤقته|موقته|ايواء)|موقعا (?:مؤقتا|موقتا)"
     # (shelters named before and pointed back to: "تقيم حاليا في هذه المراكز")
     r"|(?:هذه|تلك) (?:ال)?(?:مراكز|مخيمات|مدارس|ملاجي))(?!\w))"
     # taking shelter in buildings: "يحتمي حاليا 11 الف شخص في مدرسه"
     r"|(?:يحتمي|تحتمي|يحتمون|احتمي|احتموا)(?= (?:\S+ ){0,6}?(?:في|داخل|الي) (?:ال)?(?:مدارس|مدرسه|مبان|مباني"
     r"|مسجد|مساجد|كنيس\w*|مراكز|مركز|خيام|ملاجي|منشات|قاعات|مجمع|مخيم\w*)(?!\w))"
     # moved to hotels or shelters, housed: "نقلت 340 اسره الي فنادق", "جري تسكين 26 منها"
     r"|نقل(?:ت|وا)?(?= (?:\S+ ){0,6}?الي (?:ال)?(?:فنادق|فندق|مراكز (?:ال)?ايواء|مدارس|خيام|سكن مؤقت"
     r"|مساكن مؤقته)(?!\w))"
     r"|تسكين"
     # a shelter found: "تمكنت 2300 اسره فقط من الحصول علي ماوي في المدارس"
     r"|(?:الحصول|حصل(?:ت|وا)?) علي ماوي"
     # taking refuge in buildings, as "trouvé refuge dans des écoles": "لجات 130 اسره اخري مؤقتا الي مدرستين ومسجد"
     r"|لجا(?:ت|وا)?(?= (?:(?:[\d٠-٩][\d٠-٩.,٬]*|[^\s.,;:]+) ){0,6}?(?:الي|في) (?:ال)?(?:مبان|مباني|مدارس|مدرسه"
     r"|مدرستين|مسجد|مساجد|جامع|مواقع"
     r"|كنيس\w*|مراكز|مركز|خيام|ملاجي|منشات|قاعات|مستشفي|فنادق|فندق)(?!\w))"
     # a night spent in shelters: "نحو 3 الاف شخص قضوا ليلتهم في مراكز ايواء موقته"
     # (the verb first, too: "قضي نحو 3 الاف شخص ليلتهم في مراكز ايواء")
     r"|(?:قضوا|قضي|قضت|امضوا|امضي|امضت|باتوا|بات|باتت)(?=(?: [^\s.،]+){0,5}? (?:ليلتهم|ليلته|ليلتها|الليل|الليله"
     r"|لياليهم) (?:في|داخل) (?:ال)?(?:مراكز|مركز|مدارس|مدرسه|خيام|خيم|مخيم\w*|ملاجي|مساجد|مسجد|قاعات|صالات"
     r"|كنايس)(?!\w))",
     Kind.SHELTERED),
    # (not migration: "المنظمه الدوليه للهجره", "الهجره غير النظاميه")
    (r"نزح|نزحوا|نزوح|نازح|ينزح|تهجير|(?<!لل)(?<!ال)هجر(?!ه غير)|تهجر|مهجر|تشريد|شرد|تشرد|مشرد|يشرد\w*|يهجر\w*"
     # families moved out of buildings at risk are relocated (not migrants sent home: "ترحيل 300 مهاجر")
     # (right before their count: "ترحيل 23 عائله"; not "في انتظار ترحيلهم", "دون ان يتم ترحيل قاطنيها")
     r"|(?<!\w)(?:ب|و)?ترحيل(?= (?:نحو |حوالي |قرابه |زهاء |اكثر من |ما يقارب |ما لا يقل عن )?[\d٠-٩])"
     r"(?!(?: \S+){0,3}? (?:\S*مهاجر|\S*لاجي|الي (?:بلد|بلاد|دول)))"
     r"|فر|فروا|فرار|الفارين|يفرون|هرب|هربوا|هروب"
     # (arrivals, "الواصلون"; not the country of asylum, "بلد اللجوء", which names no flight)
     r"|(?<!\w)(?:ال)?واصل(?:ون|ين)(?!\w)|لجا|(?<!بلد\sال)(?<!بلدان\sال)(?<!دول\sال)لجوء"
     r"|لاجي|ترك(?:وا)? منازل|اجبر|اجبروا|مغادره منازل|غادروا|عبروا(?![^.،]{0,40}?عايد)"
     # pushed to move: "ودفع نحو 40 اسره الي الانتقال الي موقع اخر"
     r"|دفع(?:ت)?(?= (?:\S+ ){1,5}?الي (?:النزوح|الانتقال|الفرار|الهرب|المغادره|الرحيل|ترك))"
     # crossing ("عبر ... الحدود", "عبر ... من السودان الي"), not "عبر" as "via"; arriving ("وصل 150 الف شخص",
     # not aid's reach: "الوصول الي 1.4 مليون شخص")
     r"|عبر(?:ت)?(?= (?:\S+ ){0,7}?(?:الحدود|من \S+ (?:\S+ )?(?:الي|نحو)))"
     # (or right before a count of people, where "via" stands before places: "عبر نحو 260 الف شخص الي جنوب
     # السودان", not "عبر 457 شاطيا"; nor those crossing home, "عبر 27 الف لاجي ... عايدين")
     r"|عبر(?:ت|وا)?(?= (?:(?:نحو|حوالي|قرابه|اكثر من|ما يزيد علي|ما لا يقل عن) )?[\d٠-٩][\d٠-٩,.٬]*"
     r"(?: (?:الف|الاف|مليون|ملايين))? (?:شخص|اشخاص|لاجي\w*|نازح\w*|مواطن\w*|مدني\w*|فرد|افراد|اسره|اسر|عايله"
     r"|عايلات|مهاجر\w*)(?!\w))(?![^.،]{0,80}?عايد)"
     # leaving through corridors: "شهد خروج اكثر من 8 الاف مدني عبر الممرات الامنه"
     r"|خروج(?= (?:(?:نحو|حوالي|قرابه|اكثر من|ما يزيد علي|ما لا يقل عن) )?[\d٠-٩][^.،]{0,40}?(?:ممر|معبر|الحدود))"
     r"|(?!وصل(?:ت|وا)? (?:الي )?(?:ال)?(?:مستشف|مشاف|مشفي))"
     # (a few words on: "ووصل 22 شخصا اخرون الي المستشفي متوفين")
     r"(?!وصل(?:ت|وا)?(?: \S+){1,4}? (?:الي )?(?:ال)?(?:مستشف|مشاف|مشفي))"
     r"(?!وصل(?:ت|وا)? (?:متوفين|متوفون|ميتين|جثثا|جثه|جثامين))"
     r"وصل(?:ت)?(?! (?:الي(?!ها|هم|ه(?!\w))(?= (?:[\d٠-٩]|نحو|حوالي|قرابه|اكثر|اقل|ما |زهاء|عشر|مي|ماي|الف|الاف|ملي"
     r"|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع))|ل|حتي))"
     r"|عبور"
     # (forced to sleep in the open is homelessness: "ويضطر نحو 700 شخص الي المبيت في العراء")
     r"|(?:اضطر|اضطرت|اضطروا|يضطر|تضطر|اضطرار)(?!(?: \S+){0,4}? الي (?:المبيت|النوم))"
     # (not the dead or the hurt brought to hospitals: "50,752 شهيدا وصلوا الي المستشفيات")
     # (nor those who arrived dead: "19 منهم وصلوا متوفين")
     r"|مغادره|وصلوا(?! (?:الي )?(?:ال)?(?:مستشف|مشاف|مشفي))(?! (?:متوفين|متوفون|ميتين|جثثا|جثه|جثامين))"
     r"|(?<!ال)(?<!لل)وصول(?!\w* (?:الي )?(?:ال)?(?:مستشف|مشاف|مشفي))"
     # (not a storm's or a convoy's arrival: "قبل وصول العاصفه")
     r"(?! (?:ال)?(?:عاصفه|اعصار|منخفض|سيول|فيضان|امطار|موجه|مياه|قوات|تعزيزات|مساعدات|شاحنات|قافله|فرق|طاير))"
     r"|الوافدين|وافدين|انتقل|انتقلوا|(?<!ال)قادمين من|(?<!ال)قادمون من"  # ("دخلوا الاراضي السوريه قادمين من لبنان")
     # (not leaving a camp or shelter: "62 عايله غادرت المخيم ... عايده")
     r"|(?:غادر|غادرت|يغادر|يغادرون)(?! (?:ال)?(?:مخيم|مخيمات|مراكز|مركز|ملاجي|مدارس|المدرسه))"
     # (nor a hospital, or care received: "غادر 65 منهم المستشفيات", "غادر 30 اخرون بعد تلقيهم الرعايه")
     r"(?! (?:\S+ ){0,3}?(?:(?:ال)?(?:مستشف|مشاف|مشفي)|بعد تلقي))"
     # (nor leaving for home: "غادرت 520 عايله مخيم الجدعه الي مناطقها الاصليه")
     r"(?![^.،]{0,60}?" + _HOME_AREAS + r")"
     r"|منازلهم|منازلها|بيوتهم|بيوتها|مساكنهم|مساكنها|ديارهم|ماواهم", Kind.DISPLACED),
    # a toll denied ("لم تسجل اي وفيات", "دون وقوع اصابات"): a number beside it is none of its kind
    (r"(?:لم|لا) (?:ي|ت)\w+ (?:عن )?(?:وقوع |سقوط )?(?:اي )?(?:وفيات|اصابات|ضحايا|خسائر)|لا وفيات|لا اصابات"
     r"|دون (?:وقوع |تسجيل )?(?:اي )?(?:وفيات|اصابات|ضحايا|خسائر)", None),
    (r"بين قتيل وجريح|بين قتيل ومصاب|بين قتلي وجرحي|بين قتلي ومصابين"
     r"|مقتل واصابه|قتل واصابه|قتلي وجرحي|قتيل وجريح|قتلي ومصاب|اثرت|تاثر|يتاثر\w*|تتاثر|متاثر"
     r"|المتاثرين|دون سن|تطعيم|تلقيح|لقاح"
     r"|سيشارك|يشارك|مشارك|اعتقل|اعتقال|معتقل|التحفظ علي|حبس|توقيف"
     # (stopped and held, before its count: "اوقفت 4 من العايدين"; not a halt, "اوقفت عملها")
     r"|اوقف(?:ت|وا)?(?=\s+(?:نحو |حوالي |قرابه |اكثر من |ما لا يقل عن )?[\d٠-٩])"
     # (not a place besieged: "الاحياء المحاصره")
     r"|افرج عن|(?:ب|و)?الافراج (?:(?:ال)?فوري )?عن|اطلاق سراح|اسري|اختطف|اختطاف|خطف|محاصر(?!ه(?!\w))|حصار|عالق"
     # (stuck, before its count: "علق نحو 30 مهاجرا داخل مركز ايواء"; not a suspension, "علقت جميع عملياتها")
     r"|علق(?:وا)?(?=\s+(?:نحو |حوالي |قرابه |اكثر من |ما لا يقل عن )?[\d٠-٩])"
     # (boats that carry people away are no rescue of them: "نقلت قوارب الانقاذ 950 شخصا الي مناطق امنه")
     r"|(?<!(?:قوارب|زوارق)\s)(?<!(?:قوارب|زوارق)\sال)انقاذ|انقذ|(?<!من\s)سكانها|يسكن|يقطن|يعيش|يعيشون|يستضيف"
     r"|مهدد(?:ون|ين|ه|ات)? بالموت"  # (threatened with death, not dead: "45 طفلا خديجا مهددون بالموت")
     r"|تستضيف|يضم|تضم|يؤوي|يووي|تووي|بحاجه|يحتاج|يحتاجون|مساعدات|مستفيد|المتضررين|متضرر|تضرر"
     # suspected cases, survivors, those a boat carried
     r"|اشتباه|مشتبه\w*|ناجيا|ناجين|الناجين|ناجون|الناجون|يقل|تقل|يقلان"
     # at risk of dying, not dead: "40 مريضا في العنايه المركزه يواجهون خطر الموت"
     r"|خطر (?:ال)?(?:موت|وفاه)"
     # suffering a lack, not harm: "يعاني فيه 18 مليون شخص من انعدام الامن الغذايي"
     r"|يعاني|تعاني|يعانون"
     # supplies sized for people, panic treated, people held: "امدادات تكفي 30,000 شخص", "عولج 11 شخصا من حالات هلع",
     # "2,600 ايزيدي ما زالوا مختطفين"
     r"|تكفي|يكفي|هلع|مختطف\w*"
     # patients a clinic received or who wait for care: "استقبلت اكثر من 300 مريض", "علي قوايم الانتظار"
     r"|(?:استقبل|استقبلت|يستقبل|تستقبل)(?=(?: \S+){1,3}? مري?ض)|قوايم الانتظار"
     # food handed out to families: "ووزع برنامج الاغذيه العالمي حصصا غذاييه علي اكثر من 11 الف اسره"
     r"|(?:وزع|وزعت|يوزع|توزع)(?= (?:\S+ ){0,4}?(?:حصص|مساعدات|مواد|سلال|طرود|اغذيه|وجبات))"
     # a grant for going home is aid, not a return: "منحه العوده ... لـ 6,900 عايله"
     r"|منح(?:ه|ه مالي\w*) (?:ال)?عوده"
     # shelter handed out, not people sheltered: "مواد ايواء ... علي 870 اسره"
     r"|(?:مواد|مساعدات|مستلزمات|حقايب|ادوات) (?:ال)?ايواء|محتجز|احتجاز"
     # anyone's loss a promise is for, no one counted: "تعويض لكل اسره فقدت احد افرادها"
     r"|(?:لكل|كل) (?:اسره|عايله) (?:فقدت|فقد)"
     # where people were, not where they fled from: "كانوا في منازلهم عندما سقطت القذايف"
     r"|(?:في|داخل) (?:منازلهم|منزلهم|بيوتهم|بيتهم|منازلها|منزلها)", None),
)  # fmt: skip
_DAMAGED = (
    r"(?:انهيار|انهارت|انهار) اجزاء"
    # fallen in part, the degree after the verb: "40,174 منزلا انهارت جزييا"
    r"|(?:انهارت|انهار|انهدمت|انهدم|تهدمت|تهدم) (?:بشكل |بصوره )?جزيي\w*"
    r"|انهيارا جزييا|انهيار جزيي|جزيي|جزئيا|جزييا|تضرر|متضرر|اضرار|ضرر|اصابه|تصدع|متصدع|تشقق|متشقق"
    r"|غمر|غمرت|تلف|اتلاف|اتلف"
    r"|تالف"
)
# ("انهيار 800 منزل انهيارا جزييا": the partial collapse said after the homes is their damage)
_DESTROYED = (
    # (not those "whose homes fell", who are people: "العايلات التي تهدمت منازلها")
    r"دمر|تدمير|مدمر|دمار|هدم|(?:تهدمت|تهدم|انهدمت|انهدم)(?!\w)(?! (?:منازل|بيوت|مساكن)\w*)|انهار|منهار\w*"
    r"|انهيار(?![^.،]{0,30}?انهيارا جزييا)(?! اجزاء)|سوي"
    r"|احترق|حرق|احراق|جرف|كلي"
    # wholly, right after the homes counted: "اكثر من 550 منزلا بشكل كامل"
    r"|(?:(?<=منزلا\s)|(?<=منزل\s)|(?<=منازل\s)|(?<=بيوت\s)|(?<=بيتا\s)|(?<=مساكن\s)|(?<=مسكنا\s)|(?<=وحده\s)"
    r"|(?<=وحدات\s))"
    r"(?:(?:بشكل|بصوره) كامل|بالكامل)"
    r"|يفجر|تفجر|فجرت|فجروا|تفجير|نسف|ينسف|تنسف"  # (blown up; not "فجر", dawn)
    r"|احرق|احرقوا|احرقت|احتراق|التهم(?:ت)?(?: النيران)?|اتت (?:النيران )?علي\w*"  # (burnt down: "اتت عليها النيران")
)
HOUSE_CUES: tuple[tuple[str, Kind | None], ...] = (
    # destroyed or damaged in one count ("دمرت او الحقت اضرارا ب"): a combined total, not labelled
    # (each verb may carry its prefix: "بتضرر او تهدم اكثر من 2,600 منزل")
    (rf"(?:{_DESTROYED})\w* او (?:\w+ )?(?:ت|ي)?(?:{_DAMAGED})|(?:{_DAMAGED})\w* او (?:\w+ )?(?:ت|ي)?(?:{_DESTROYED})"
     # ("4,600 منزل بين مدمر ومتضرر": the two counted together)
     rf"|بين (?:ال)?(?:{_DESTROYED})\w* و(?:ال)?(?:{_DAMAGED})"
     rf"|بين (?:ال)?(?:{_DAMAGED})\w* و(?:ال)?(?:{_DESTROYED})", None),
    (_DAMAGED, Kind.HOUSES_DAMAGED),
    (_DESTROYED, Kind.HOUSES_DESTROYED),
)  # fmt: skip
CHAIN = (
    r"(?:\s*(?:,|;|\(|منهم|بينهم|من بينهم|منها|بينها|من بينها|و|بالاضافه الي|فضلا عن|اضافه الي|الي جانب|علاوه علي"
    r"|كما)\s*)*\s*"
)
SUBGROUP = r"(?:منهم|بينهم|من بينهم|منها|بينها|من بينها|بينهما|منهما)\s*$"
# After a count, "of them": the count is a part of the one before ("وفاه تسعه اشخاص، سته منهم اطفال").
OF_THEM_AFTER = r"\s+(?:منهم|منهن)\s+"
# Between one part of a toll and the next: "بينهم 3760 طفلا، اضافه الي 2326 سيده".
ADDITION = r"\s*[,،]?\s*و?(?:اضافه الي|بالاضافه الي|فضلا عن|الي جانب|علاوه علي)\s*"

# After a count of the injured, an illness: cases, not wounds ("220 اصابه بالكوليرا", "اصيب 30 شخصا بالحصبه").
NOT_INJURY_AFTER = (
    r"\s+(?:(?:جديده|جديد|مؤكده|مؤكد)\s+)?(?:ب|بال)(?:كوليرا|حصبه|ملاريا|اسهال|حمي|وباء|مرض|فيروس|كورونا|كوفيد"
    r"|جدري|سل|ايدز|دفتيريا|خناق|طاعون|انفلونزا|التهاب|تسمم|عدوي|ضنك)(?!\w)|\s+مؤكده(?!\w)"
)
# An illness named anywhere in the sentence: its "اصابات" and "حالات" are cases, not the hurt ("سجلت 211 اصابه
# جديده و7 وفيات" in a cholera bulletin), unless the words say wounds.
ILLNESS = (
    r"(?<!\w)(?:ال|بال|و)?(?:كوليرا|حصبه|ملاريا|اسهال\w*|وباء|وبايي\w*|تفشي|اشتباه|مشتبه\w*|كورونا|كوفيد|جدري"
    r"|ضنك|دفتيريا|حميات|التغذيه|تغذيه|مرض|امراض)(?!\w)"  # (and malnutrition: "عالجت 12 الف طفل من سوء التغذيه")
)
WOUNDS = r"جريح|جرحي|جراح|بجروح|جروح|باصابات بليغه|بحروق|حروق|كسور|برضوض|رضوض"
# "And" written onto a verb right after a count ("قتل 30 شخصا واصيب 47"): another clause begins there.
COORDINATOR = r"و"
# Between one family and how many it was: "اسره من 7 افراد".
FAMILY_OF_COUNT = r"\s+من\s*"
# After the noun of a list's item, what keeps it an item: a place or a part ("- 6 مواطنين في مدينه معره النعمان").
ROW_ITEM_REST = r"(?:في|بين|بينهم|منهم|من)(?!\w)|ب(?=\w)"
# The article, with what may be written before it: a cue carrying it is a noun ("مواقع النزوح").
DEFINITE = r"(?:و|ف)?(?:ب|ل|ك)?ال|لل"
# Before a noun and "one", what makes it the complement of another noun ("سته افراد من عايله واحده"), not a count.
OF_BEFORE = r"(?<!\w)(?:من|في)\s+$"
# A singular noun of what befell one person, where a count would stand: at a headline's start or after a colon,
# "عن" or "سقوط", and followed by "و" and the next item, or by where or why ("قتيل و9 جرحى في شجار").
LONE_KIND_NOUN = (
    r"(?:^|:\s*|(?<!\w)(?:عن|سقوط)\s+)(?P<one>قتيل|جريح|مصاب|مفقود|شهيد)"
    r"(?=\s+(?:و\d|و\S+(?:ان|ين)(?!\w)|(?:في|اثر|جراء|بسبب|خلال)(?!\w))|\s*$)"
)
# Before a dual, what makes it the two sides of a quarrel or one of two, not a count: "شجار بين عايلتين".
DUAL_NOT_COUNTED_BEFORE = r"(?<!\w)(?:بين|احدي|احد|كلا|كلتا)\s+(?:ال)?$"
# One person listed after a figure: "و" or "بينهم" then the noun, bare ("مقتل 4 اطفال وامراه", "بينهم طفل").
JOINED_ONE = r"(?:من\s+)?(?:بينهم|بينهن|بينها|بينهما|منهم|منهن|منها|منهما)\s+و?|و"

# --- context -------------------------------------------------------------------------------------------------

PROJECTION = (
    # "قد" before an imperfect verb ("قد ينزح") is a possibility; before a past one ("قد نزحوا") it is not
    r"متوقع|يتوقع|تتوقع|نتوقع|توقع|توقعات|قد ي\w+|سوف|سيتم|سيكون|ستكون|سيصل|ستصل|سينزح|سيضطر|سيواجه|محتمل|يحتمل"
    # (not a grave state: "في حاله خطره" is how badly they are hurt, not a risk or a case to come)
    r"|احتمال|مهدد|مهددون|معرض|معرضون|خطر(?!ه)|سيناريو|في حال(?!ه|ات)|اذا|خطه|تخطط|ربما|قد يصل|يعتزم|تعتزم"
    r"|ينوي|ينوون|تنوي"
)
PAST_ESTIMATE = r"قد (?!ي)"
CUMULATIVE = (
    r"منذ|حتي الان|حتي اليوم|لغايه|اجمالي|الاجمالي|المجموع|مجموع|اجمالا|خلال (?:ال)?(?:اشهر|ايام|اسابيع|عام|شهر|يومين"
    r"|اسبوع|فتره|الماضي)|الشهر الماضي|العام الماضي|الاسبوع الماضي|هذا العام|العام الجاري|بدايه العام"
    r"|اكثر من (?:عام|شهر|اسبوع)|ما زال|لا يزال|لا زال|حاليا|الفتره (?:بين|من)"
    # "the number of the dead rose to": a running total, not one incident's toll
    r"|(?:ارتفاع |ارتفع |ارتفعت )?عدد (?:ال)?(?:شهداء|قتلي|ضحايا|جرحي|مصابين|نازحين|لاجيين|مفقودين|وفيات)"
)
TRAP_BEFORE = (
    r"(?:عدد سكان|عدد (?:ال)?(?:مقيمين|قاطنين) (?:فيه|فيها|به|بها)|سكانها|يسكنها|يقطنها|يقطنه|يسكنه|يعيش فيه|يعيش فيها"
    r"|تستضيفان|يستضيفان|تستضيف|يستضيف|تووي|يووي|تضم|يضم|يحتاج|بحاجه|مساعده|مساعدات"
    r"|يواجه|تواجه|يواجهون|يحتضن|تحتضن|علي متن\w*"
    r"|استهداف|لاستيعاب|يستوعب|تستوعب|لدعم|دعم|توزيع|وزعت|وزع|تقديم|تلقيح|لنحو|استفاد|استفادت|يستفيد|تستفيد)"
    r"(?:\s+[^\s\d]+)?\s*(?:الي|ل|علي|نحو|حوالي|اكثر من|قرابه)*\s*$"
    # a host, then its name: "تستضيف مدينه بنغازي نحو 12 الف نازح", "مخيم شاريا وحده يقطنه نحو 14 الف"
    r"|(?:تستضيف|يستضيف|تووي|يووي|يقطنه|يقطنها|يسكنه|يسكنها)(?:\s+[^\s\d]+){0,9}?"
    r"\s*(?:ما يقدر\s+)?(?:ب?نحو|حوالي|اكثر من|قرابه|ما يقارب)?\s*$"
    r"|(?:يعيش|تعيش|يقيم|تقيم|يسكن|تسكن|يقطن|تقطن|يستضيف|تستضيف|يووي|تووي|يضم|تضم)"
    # (one town alone: "يعيش في مدينه بيدوا وحدها قرابه 500 الف نازح")
    # (a place between, not a time alone: "تقيم حاليا نحو 300 عائلة في مدارس" is a count sheltered)
    r"(?:\s+(?:حاليا|الان|اليوم))*(?:\s+(?:(?:في|ب|داخل)\S*|ال\S+|مدينه|بلده|قريه|مخيم))"
    r"(?:\s+(?:(?:في|ب|داخل)\S*|ال\S+|حاليا|الان|اليوم|مدينه|بلده|قريه|مخيم)){0,2}(?:\s+[^\s\d]+)?"
    r"(?:\s+(?:وحده|وحدها))?\s*(?:نحو|حوالي|اكثر من|قرابه|ما يقارب)?\s*$"
    # a handout and those it reached, a few words on: "وزعت الجمعيه سلالا غذاييه علي 700 اسره"
    r"|(?:وزع|وزعت|توزيع|قدم|قدمت|تقديم|مساعدات|مساعده|استفاد|استفادت|يستفيد|تستفيد)(?:\s+[^\s\d]+){1,3}"
    r"\s+(?:علي|الي|ل|لصالح)\s*(?:نحو|حوالي|اكثر من|قرابه|ما يقارب)?\s*$"
    # a number to call: "عبر الرقم المجاني 1415"
    r"|(?<!\w)(?:ب|ل|و)?(?:ال)?رقم(?:\s+(?:ال)?(?:مجاني|ساخن|هاتف|طوارئ|واتساب|موحد))?\s*$"
    r"|(?<!\w)(?:ال)?خط (?:ال)?(?:ساخن|مجاني|اخضر)\s*$"  # ("فتح الخط الساخن 112")
    # a survey's sample: "تقييم الاحتياجات لعينه من 1,200 اسره نازحه"
    r"|(?<!\w)ل?(?:ال)?عينه (?:من|تضم|قوامها|شملت)\s*$"
    # a whole that a count is a part of: "28 مقاطعه من اصل 32"
    r"|(?<!\w)من اصل\s*$"
)
# Before an older value beside the new one, a trap even for the dead named by their noun (TRAP_BEFORE's populations
# and aid are not): "وكانت حصيله سابقه قد اشارت الي سقوط 18 قتيلا", "الي 41 قتيلا، بعد ان كانت 27".
OLD_VALUE_BEFORE = (
    r"حصيله (?:(?:ال)?اوليه )?(?:ال)?سابقه(?:\s+[^\s\d]+){0,8}\s*(?:[\d,]+\s+[^\s\d]+\s*و\s*)?$"
    # a first toll told in the past perfect: "وكانت حصيله اوليه اعلنتها السلطات مساء الاحد قد اشارت الي 11", "وكانت
    # الوزاره قد اعلنت ليله امس حصيله اوليه بلغت 4 قتلي"
    r"|(?<!\w)و?(?:كانت|كان)(?:\s+[^\s\d]+){0,3}?\s+(?:ال)?حصيله\s+(?:ال)?(?:اوليه|اولي)(?:\s+[^\s\d]+){0,10}\s*"
    r"(?:[\d,]+\s+[^\s\d]+\s*و\s*)?$"
    r"|(?<!\w)و?(?:كانت|كان)(?:\s+[^\s\d]+){0,2}?\s+قد(?:\s+[^\s\d]+){0,4}?\s+(?:ال)?حصيله\s+(?:ال)?(?:اوليه|اولي)"
    r"(?:\s+[^\s\d]+){0,3}\s*(?:[\d,]+\s+[^\s\d]+\s*و\s*)?$"
    r"|(?:بعد ان|بعدما)(?: (?:كان|كانت))?(?: (?:في حدود|حوالي|نحو|قرابه))?\s*$|مقارنه (?:ب|مع)\s*$"
    # the count a rise started from, right after the new one: "ارتفعت الي 40,005 من 39,953 شهيدا", "الي 12 قتيلا من 9"
    r"|(?<!\w)الي\s+[\d,.]+(?:\s+[^\s\d,.]+)?\s+من\s*$"
    # the count a correction replaces: "حصيله الوفيات الي 7 بدل 8", "بلغ 7 اشخاص، وليس 8"
    r"|(?<!\w)(?:بدل|بدلا من|عوضا عن|وليس)\s*$"
    # a count a correction takes back: "تصحيح: ورد في تحديث سابق ان 11 من عمال الاغاثه قتلوا"
    r"|(?<!\w)(?:تحديث|نسخه|خبر|منشور) سابق(?:\s+[^\s\d]+){0,10}\s*$"
    # a toll that had stood at a count: "وكانت الحصيله قد توقفت مساء امس عند 7 وفيات"
    r"|(?<!\w)و?(?:كانت|كان)\s+(?:ال)?حصيله\s+(?:قد\s+)?(?:توقفت|استقرت|وقفت)(?:\s+[^\s\d]+){0,4}?\s+عند\s*$"
    # ... with its verb or its noun: "بعدما كانت قد بلغت 1037 قتيلا", "بعدما كان قد تحدث صباح الاحد عن 22 قتيلا", "بعد
    # ان كان العدد 99 حاله"
    # (who told it may stand between: "بعدما كانت السلطات قد تحدثت في وقت سابق عن مقتل 20 شخصا"; a peak it passed:
    # "بعد ان كان قد تجاوز 890 الفا")
    r"|(?:بعد ان|بعدما)\s+(?:كان|كانت)(?:\s+[^\s\d,.;:]+){0,2}?\s+(?:قد\s+)?(?:بلغت|بلغ|وصلت|وصل|سجلت|سجل|تحدث"
    r"|تحدثت|اعلن|اعلنت|تجاوز|تجاوزت|تخطي|تخطت|فاق|فاقت|ناهز|ناهزت|تشير|يشير|اشارت|اشار|تتحدث|يتحدث|تقدر|يقدر"
    r"|قدرت|قدر)(?:\s+[^\s\d]+){0,6}?\s*$"
    r"|(?:بعد ان|بعدما)\s+(?:كان|كانت)(?:\s+[^\s\d,.;:]+){0,2}?\s+قد\s*$"  # (the verb read as the count's hedge)
    r"|(?:بعد ان|بعدما)\s+(?:كان|كانت)\s+(?:العدد|الرقم)\s*$"
    # a count the one told replaced: "بعد ان كانت الوزاره اعلنت مساء الاحد مقتل 3 اشخاص واصابه 42"
    r"|(?:بعد ان|بعدما) (?:كان|كانت)(?:\s+[^\s\d]+){1,6}?\s+(?:اعلن|اعلنت|افاد|افادت|ذكر|ذكرت)(?:\s+[^\s\d]+){0,4}\s*"
    r"(?:[\d,]+\s+[^\s\d]+\s*و\s*[^\s\d]*\s*)?$"
    # the toll before it rose, each of its counts: "بعد ان كانت الحصيله الاوليه 38 قتيلا و102 جريح"
    r"|(?:بعد ان|بعدما) (?:كان|كانت) (?:ال)?حصيله(?: (?:ال)?(?:اوليه|سابقه))?(?:\s+[^\s\d]+){0,4}\s*"
    r"(?:[\d,]+\s+[^\s\d]+\s*و\s*)?$"
)
TRAP_AFTER = (
    r"^[\s,]*(?:يعيشون|يقطنون|يسكنون|بحاجه|يحتاجون|في حاجه|ممن يحتاج"
    # the dead and the wounded in one count: "30 بين قتيل وجريح"
    r"|بين (?:قتيل|قتلي) و(?:جريح|جرحي|مصاب|مصابين)"
    # after the dead, the hurt in the same count: "اكثر من 145 الف شهيد وجريح"
    r"|و(?:جريح|جريحا|جرحي|مصاب|مصابا|مصابين)(?![\w\d])"
    # homes partly or wholly hit, in one count: "4,600 خيمه بشكل جزيي او كلي"
    r"|(?:[^\s\d]+ )?(?:بشكل )?(?:جزيي|كلي)\w* (?:او|و) (?:جزيي|كلي)\w*"  # ("70 منزلا انهارت كليا او جزييا")
    r"|مهدد\w*"  # (homes under threat: "600 مبني مهدد بالانهيار")
    # the hurt who went home: "31 من المصابين غادروا المستشفيات بعد تلقيهم الرعايه"
    r"|(?:غادر|غادروا|خرج|خرجوا)\s+(?:ال)?(?:مستشف|مشاف|مشفي)\w*)"
)
TOLL_BEFORE = r"(?:الي|ب|بلغ|بلغت|وصل|وصلت|ارتفع|ارتفعت|يبلغ|تبلغ|هو|هي)\s*$"
DEMONYM = r"[^\W\d_]{3,}(?:يين|يون|ي|يا)"
APOSTROPHES = ""
# Before a word: and, so, with, for, like, the article.
PROCLITIC = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال)?|لل|ولل"
# After a word: pronoun and verb endings.
# (a verb's ending and its object together: "891 منزلا دمرتها السيول")
ENCLITIC = r"(?:ه|ها|هم|هما|هن|وا|ت|ا|ن|ين|ون|ات|ته|تها|تهم|تهما|وه|وها|وهم)?"
CLAUSE_WORDS = r"[,;:]|(?<!\w)(?:التي|الذي|الذين|حيث|فيما|بينما|بعد|كما)(?!\w)"
# "That", opening what was said: a cue before it is the saying's clause, not the count's ("وصلوا ... بان 29 مهاجرا").
COMPLEMENTIZER = r"(?<!\w)(?:ان|بان)(?!\w)"
ADDITIVE = r"\s*و\s*"
NUMBER_PROCLITIC = r"(?:و|ف)?(?:ب|ل|ك)?"
# Before "من X الى Y": a toll that changed, whose new value alone is a figure.
CHANGE_BEFORE = r"(?:ارتفع|ارتفعت|ارتفاع|زاد|زادت|قفز|قفزت|تضاعف)(?:\s+\S+){0,4}"
# Singular nouns a cue right before makes a figure of one: "مقتل طفل", "اصابه شاب".
SINGULARS: dict[str, Group] = {
    "شخص": Group.PEOPLE, "رجل": Group.PEOPLE, "شاب": Group.PEOPLE, "مسن": Group.PEOPLE, "مواطن": Group.PEOPLE,
    "صحفي": Group.PEOPLE, "مسعف": Group.PEOPLE, "طفل": Group.CHILDREN, "طفله": Group.CHILDREN,
    "رضيع": Group.CHILDREN, "فتاه": Group.CHILDREN, "امراه": Group.WOMEN, "سيده": Group.WOMEN,
    "جندي": Group.FIGHTERS, "عسكري": Group.FIGHTERS, "مدني": Group.CIVILIANS, "صحافي": Group.PEOPLE,
    "صحفيه": Group.PEOPLE, "صحافيه": Group.PEOPLE, "طبيب": Group.PEOPLE, "طبيبه": Group.PEOPLE,
    "ممرض": Group.PEOPLE, "ممرضه": Group.PEOPLE, "شرطي": Group.FIGHTERS, "مزارع": Group.PEOPLE,
    "صياد": Group.PEOPLE, "راعي": Group.PEOPLE, "راع": Group.PEOPLE, "ناشط": Group.PEOPLE, "ناشطه": Group.PEOPLE,
    "مسعفه": Group.PEOPLE, "فتي": Group.CHILDREN, "مسنه": Group.WOMEN, "رضيعه": Group.CHILDREN,
    "لاجي": Group.PEOPLE, "نازح": Group.PEOPLE, "مهاجر": Group.PEOPLE, "معلم": Group.PEOPLE,
    "معلمه": Group.WOMEN, "موظف": Group.PEOPLE, "عجوز": Group.PEOPLE, "عنصر": Group.FIGHTERS,
    "مقاتل": Group.FIGHTERS, "ضابط": Group.FIGHTERS, "قائد": Group.FIGHTERS, "سائق": Group.PEOPLE,
    "صبي": Group.CHILDREN, "شيخ": Group.PEOPLE, "مقيم": Group.PEOPLE, "عامل": Group.PEOPLE,
    "متطوع": Group.PEOPLE, "متطوعه": Group.PEOPLE,
}  # fmt: skip
# (not "طالب", a student: its dual is the Taliban's name)
# the accusative of each: "قتل مسلحون مزارعا"
SINGULARS.update({f"{word}ا": group for word, group in list(SINGULARS.items()) if not word.endswith("ه")})
# Their duals, the noun being the number two: "استشهد شابان", "مصرع امراتين". The accusative and genitive ending
# "ين" is also the plural of nouns with a sound plural ("مسعفين"), so it is written only for feminine nouns and for
# those whose plural is broken; the "ي" of a nisba noun makes both one spelling ("مدنيين"), so those are left out.
DUALS.update(
    {
        f"{word[:-1]}ت{end}" if word.endswith("ه") else f"{word}{end}": (group, None)
        for word, group in SINGULARS.items()
        if not word.endswith("ا")
        for end in ("ان", "ين")
        if end == "ان"
        or word.endswith("ه")
        or word in ("شاب", "رجل", "طفل", "شخص", "رضيع", "طبيب", "عجوز", "عنصر", "ضابط", "صبي")
    }
)
# Two of one's kin: "مقتل امراه وطفليها" (her two children; not "ابنيه", which folds "ابنية", buildings).
DUALS.update({f"{kin}{own}": (Group.CHILDREN, None) for kin in ("طفلي", "نجلي") for own in ("ه", "ها", "هما")})
DUALS.update(
    {"جنديان": (Group.FIGHTERS, None), "جثتي": (Group.PEOPLE, Kind.KILLED), "جثتا": (Group.PEOPLE, Kind.KILLED)}
)
# One person named by what it is to those before ("قتل جنديان واصيب ثالث", "قتل شخص واصيب اخر"): one only after
# another figure of the sentence ("نزوح اخر" is another flight).
ANOTHER = ("اخر", "ثالث", "رابع", "خامس")
SINGULARS.update(dict.fromkeys(ANOTHER, Group.PEOPLE))
# Those who did it, between a verb and the one it befell: "قتل مسلحون مجهولون مزارعا".
AGENTS = (
    r"مسلحون|مسلحين|مجهولون|مجهولين|مسلح|مجهول|مستوطنون|مستوطنين|مهاجمون|مهاجمين|قناص|قناصه|قوات|الجيش|الشرطه"
    r"|عناصر|جنود|متطرفون|ارهابيون|ارهابيين"
)
# After one person, a death that is his: "لقي طفل حتفه".
ONE_SUBJECT_CUE = r"(?:\S+ )?(?:لقي|لقيت) (?:حتفه|حتفها|مصرعه|مصرعها)|حتفه|حتفها|مصرعه|مصرعها|فارق(?:ت)? الحياه"
# One's own kin, one person: "اصيبت والدتهما", "وفاه امراه وطفلها".
POSSESSIVE_KIN = (
    r"(?:طفل|طفلت|ابن|ابنت|نجل|نجلت|زوج|زوجت|والد|والدت|شقيق|شقيقت|اخت|جدت|عم|عمت|خال|خالت)(?:ه|ها|هم|هما|هن)"
    r"|اخ(?:يه|وه|اه|يها|وها|اها|يهم|وهم)"
    r"|جد(?:ها|هم|هما|هن)"  # (not "جده", which is also Jeddah once ة is folded)
)
# Those of one's kin who are children: "وفاه امراه وطفلها".
CHILD_KIN = r"(?<!\w)و?(?:طفل|طفلت)(?:ه|ها|هم|هما|هن)$"
# Between one's kin and the verb of which it is the subject: nothing ("والدته اصيبت").
SINGULAR_GAP = r"\s*(?:على الاقل\s*)?"  # (its hedge between: "شخص واحد على الأقل في عداد المفقودين")
# After a bare number, a verb of which it is the subject ("30 لقوا حتفهم").
SUBJECT_VERBS = r"لقوا|كانوا|اصيبوا|نزحوا|قتلوا|فروا|عادوا"
# Where displaced people were taken in, right after them: they are the sheltered ("لجأت 240 أسرة إلى مبان مدرسية").
SHELTER_PLACE = (
    r" (?:[^\s\d.،,;:]+ ){0,4}?((?:الي|في|داخل) (?:\d[\d,]* )?(?:ال)?(?:مراكز (?:ال)?ايواء|مركز (?:ال)?ايواء"
    r"|مراكز (?:ال)?اجلاء|مخيم\w*|خيام|خيم|منشاه|منشات|مدارس|مدرسه|مبان مدرسيه|مباني مدرسيه|ملاجي|ملجا"
    r"|مساجد|مسجد|كنايس|صالات|قاعات)"
    r"|ب(?:ال)?(?:مراكز (?:ال)?ايواء|مدارس|مدرسه)|(?:جري|تم) ايواو\w*)"
)
# "The number of those in the shelters (reached)", right before a count: "بلغ عدد النازحين المسجلين في مراكز الإيواء
# 186,400 نازح", "عدد الأسر المتبقية في المخيمات يبلغ 34,800 أسرة".
SHELTER_FRAME_BEFORE = (
    r"(?<!\w)و?عدد (?:[^\s\d.،,;:]+ ){0,3}?(?:في|داخل|ب|الي) ?(?:(?:هذه|تلك) )?(?:ال)?"
    r"(?:مراكز|مركز|مخيمات|مخيم|خيام|ملاجي|مدارس)(?:ها|هم)?(?!\w)"  # (its own: "عدد النازحين في مدارسها")
    r"(?: [^\s\d.،,;:]+){0,5}?(?: (?:بلغ|يبلغ|وصل|وصلت|يصل|تجاوز|يتجاوز|ارتفع|ارتفعت|انخفض|تراجع|الي|نحو|قرابه"
    r"|حوالي|زهاء|اكثر من|ما يقارب|ما يزيد علي|حاليا|الان))* ?"
    # shelters, then those who took refuge in them or whom they took in: "وفتح 54 مركز ايواء لجا اليها اكثر من 32
    # الف شخص", "افتتحت 4 مراكز ايواء جديده استقبلت حتي الان 1,200 اسره"
    r"|(?:(?:(?:ال)?(?:مراكز|مخيمات|ملاجي|مدارس|مركزا|مخيما)|\d[\d,]* (?:مركز|مخيم))(?!\w)[^.؛;]{0,80}?(?<!\w)"
    r"(?:(?:لجا|لجات|لجاوا|لجوا|احتمي|احتمت|احتموا) ?(?:الي|ل|في|ب)(?:ها|يها|يه|ه)|استقبلت|تستقبل|يستقبل)"
    # shelters (not camps, whose people are a population hosted) that house them, in the same clause: "8 مراكز
    # ايواء في المدينه تووي", "مراكز الاقامه الموقته في المحافظه تستضيف"
    r"|(?:(?:ال)?(?:مراكز|ملاجي|مدارس|مركزا)|\d[\d,]* مركز)(?!\w)[^.؛;,،]{0,60}?(?<!\w)"
    r"(?:تووي|تاوي|اوت|احتضنت|تحتضن|تستضيف|يستضيف|استضافت)"
    # (the verb first: "تؤوي مراكز الإيواء الستون ... نحو 90 ألف نازح")
    r"|(?<!\w)و?(?:تووي|تاوي|اوت|احتضنت|تحتضن|تستضيف|استضافت) (?:ال)?(?:مراكز|ملاجي)(?!\w)[^.؛;,،\d]{0,110})(?!\w)"
    # (a time between: "تؤوي حتى مساء اليوم نحو 1400 نازح")
    r"(?: (?:حتي|مساء|صباح|ليل|ليله|الان|اليوم|امس|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)){0,4}"
    r"(?: (?:حتي الان|حاليا|الان|اليوم|نحو|قرابه|حوالي|زهاء|اكثر من|ما يقارب|ما يزيد علي|ما لا يقل عن))* ?"
)
# "The number of", opening a table's header: the unit counted follows ("عدد الأفراد").
COUNT_OF = r"عدد|اجمالي|مجموع"
# People counted as a population, never a figure: a table's "عدد السكان" column.
POPULATION_NOUNS = ("سكان", "نسمه", "قاطنين")
# After a comma, right before a count: the count before, restated in other units ("، أي ما يعادل 48,523 عائلة").
RESTATED_AS = r"(?:اي|و?هو) (?:ما|بما) يعادل|اي|بما يعادل|ما يعادل"
# Verbs of hosting: before a count, a site's population (no figure) or, with a country for subject, the country's
# standing total of the displaced ("يستضيف الأردن نحو 590 ألف لاجئ", "سوريا تضم أكثر من 7.2 مليون نازح").
HOST_VERB = r"(?<!\w)[وف]?(?:تستضيف|يستضيف|استضاف|استضافت|تضم|يضم|تووي|يووي|تحتضن|يحتضن)"
# The conjunctions written onto the next word: "وسوريا تضم" is "and Syria hosts".
WRITTEN_CONJUNCTIONS = ("و", "ف")
# Between a host verb and its subject or count: "still", "now" ("سوريا لا تزال تضم", "يستضيف حاليا").
# A table row's first word that counts things, not people ("| مراكز الايواء | 11 |"), in the plural.
THING_ROW_HEADS = ("مراكز", "مخيمات", "مدارس", "خيام", "مواقع", "مستشفيات", "سلال", "حصص", "مرافق", "طلاب")
# "In a ... way", before the degree of damage that follows homes counted ("تدمير 500 منزل بشكل جزئي").
MANNER_WORDS = ("بشكل", "بصوره")
HOST_ADVERBS = ("لا", "ما", "تزال", "يزال", "زالت", "زال", "مازالت", "لازالت", "حاليا", "الان", "اليوم")
# A relative pronoun right before a host verb: the hosting recalled as background ("لبنان، الذي يستضيف").
RELATIVE_PRONOUNS = ("الذي", "التي")
# A list's heading that only says how the figure above it is broken down: "التوزيع حسب محليه المنشا:".
BREAKDOWN_HEADING = (
    r"^\W*(?:و?(?:ال)?توزيع|(?:ال)?تفاصيل|(?:ال)?تفصيل)(?!\w)|(?<!\w)حسب (?:ال)?(?:محليه|ولايه|محافظه|منطقه|مدينه"
    r"|قضاء|مخيم|موقع|منشا|وجهه|جنس|عمر|اقليم|بلديه|مديريه|ناحيه)"
)
# From one count of returns to the next one listed with it, past where the first came from: "عوده 280 الف لاجي من
# دول الجوار ونحو 800 الف نازح".
RETURNS_JOIN = r"(?:\s+من\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*,?\s*(?:و\s*)?"
# Words that deny the cue right after them: "لم يتم تسجيل اي وفيات", "دون اصابات".
NEGATED_BEFORE = ("اي ", "دون ", "بدون ", "عدم ", "دون ان ", "لم ")
# Room for so many, before the count, whoever it is for: "لا تتسع لاكثر من 40 جثه", "قدرته الاستيعابيه 110".
CAPACITY_BEFORE = (
    r"(?<!\w)(?:تتسع|يتسع|تستوعب|يستوعب|(?:ال)?(?:قدرته|قدرتها|قدره|طاقته|طاقتها|طاقه) (?:ال)?استيعابيه)"
    r"\s*(?:ل|الي|حتي|نحو|اكثر من)*\s*$"
)
# The pronoun of the event a verb of harm befell its count in: "هجوم ... قتل فيه 5 نازحين".
RESUMPTIVE = r"فيه|فيها|خلاله|خلالها|جراءه|جراءها|بسببه|بسببها"
# Between two numbers that share the noun after the second: "علي التوالي 12 و9 قتلي".
NUMBER_JOIN = r"\s*(?:و|او\s)\s*"
# "With", before kin who came along with a speaker on a move: "وصلت مع اطفالها الخمسه" counts no one.
KIN_ALONG_BEFORE = r"(?<!\w)و?مع\s+$"
# A relative clause right after the counted noun: what it tells describes them ("النازحين الذين عادوا").
RELATIVE_OPEN = r"\s+(?:الذين|اللذين|اللواتي|اللاتي|التي|الذي|ممن)\s"
# Between a count of families and the count of their members: "تشريد 5 عائلات تضم 38 فردا".
COMPRISING = r"تضم|يضم|تضمان|يضمان|قوامها|يبلغ عدد افرادها|عدد افرادها"
# A verb of saying before one person listed after a figure: the source, not one more ("قال مسؤول").
SOURCE_BEFORE = r"(?<!\w)(?:قال|قالت|اضاف|اضافت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|صرح|صرحت|بحسب|وفق|حسب|اوضح|اوضحت)(?!\w)"
# Between one person and its own verb after it: "امراه قتلت", "صيادا لا يزال مفقودا", "جاره، وهو رجل مسن، غرق".
# One of many, by the plural after it and the words completing it: "احد متطوعي الدفاع المدني" (not "احد عشر",
# eleven).
ONE_OF = (
    # (nor "anyone": "لم يتمكن احد من دفنها", "لم يقتل احد في الغاره")
    r"(?<!\w)(?P<one>(?:و|ف)?(?:احد|احدي) (?!(?:عشر|من|في|علي|الي|عن|منهم|منها|بعد|قبل|حتي)(?!\w))"
    r"(?P<many>[^\W\d_]+)(?: ال[^\W\d_]+){0,2})(?!\w)"
)
# One person's age right after the noun: "طفل يبلغ من العمر 11 عاما", "شاب في العشرينات من عمره".
ONE_AGE = (
    r"\s+(?:(?:ي|ت)بلغ|البالغ|البالغه)\s+من\s+العمر\s+\S+\s+(?:عاما|عام|سنه|سنوات|اعوام)"
    r"|\s+في\s+ال[^\W\d_]+\s+من\s+(?:عمره|عمرها)"
)
# The active verb of a strike before "one of": what it hit may be a thing ("اصابت احد الفصول").
ONE_OF_HIT = r"(?:و|ف)?اصاب(?:ت)?"
# A definite word right before another: the second qualifies the first ("فرق الدفاع المدني", civil defence).
DEFINITE_BEFORE = r"(?:^|\s)(?:و|ف)?(?:ب|ل)?ال[^\W\d_]+\s+$"
ONE_OF_DENIED = r"(?<!\w)(?:لم|لن|لا|ما|دون ان|بدون ان)"
SUBJECT_GAP = r"\s+(?:(?:ما زال|مازال|لا يزال|ما زالت|لا تزال|قد|كان|كانت) )?"
# "The number of" after a count it rose to, before what it counts: "يرتفع الي 287 عدد المدنيين الذين قتلوا".
NUMBER_OF_AFTER = r"\s+عدد\s+(?:ال)?"
# After a vague count, the partitive pronoun before its verb: "العشرات منهم قتلوا".
OF_THEM = r"\s+(?:منهم|منهن)(?!\w)"
# "Between", right before a run of number words that may hold both ends of a range ("ما بين مئه وخمسين ومئتي").
RANGE_BETWEEN_BEFORE = r"(?<!\w)(?:ب?ما )?بين"
