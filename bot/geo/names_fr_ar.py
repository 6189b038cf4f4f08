"""French and Arabic names of places, beside the English ones the gazetteer is built from.

Countries take every name from CLDR through Babel (``territory_names``); the few French acronyms and common
Arabic forms reports use besides are listed here. First-level areas have no translations in the packaged
GeoNames data, so the main crisis areas' French and Arabic names are kept by hand, keyed by ISO3 and the English
display name. Towns take their Arabic names from GeoNames alternate names at build time.
"""

from __future__ import annotations

from functools import cache

# Gazetteer keys of towns' Arabic names start with this: read in Arabic text, offered by /subscribe only as near
# matches (GeoNames gives some Arabic names to towns of several countries: "الرقة" is also two Gulf towns).
ARABIC_TOWN_PREFIX = "~"

# Names reports use besides CLDR's: acronyms, long and short official forms.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "COD": ("RDC", "RD Congo", "République démocratique du Congo", "جمهورية الكونغو الديمقراطية",
            "الكونغو الديمقراطية"),
    "CAF": ("RCA", "Centrafrique", "أفريقيا الوسطى"),
    "PSE": ("Palestine", "فلسطين"),
    "SYR": ("سورية",),
    "SSD": ("Sud-Soudan",),
    "MMR": ("Birmanie", "بورما"),
}  # fmt: skip
# Country names that are also ordinary Arabic words ("مالي": financial): never found alone in Arabic text.
COMMON_ARABIC_WORDS = frozenset({"مالي", "تشاد"})

AREA_NAMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("SYR", "Idlib"): ("إدلب",), ("SYR", "Aleppo"): ("Alep", "حلب"), ("SYR", "Hama"): ("حماة",),
    ("SYR", "Homs"): ("حمص",), ("SYR", "Deir Ez Zor"): ("Deir ez-Zor", "دير الزور"),
    ("SYR", "Ar Raqqah"): ("Rakka", "الرقة"), ("SYR", "Al Hasakah"): ("Hassaké", "الحسكة"),
    ("SYR", "Daraa"): ("Deraa", "درعا"), ("SYR", "Rif Dimashq"): ("ريف دمشق",),
    ("SYR", "Damascus"): ("Damas", "دمشق"), ("SYR", "Latakia"): ("Lattaquié", "اللاذقية"),
    ("SYR", "Tartus"): ("Tartous", "طرطوس"), ("SYR", "As Suwayda"): ("Soueïda", "السويداء"),
    ("SYR", "Quneitra"): ("القنيطرة",),
    ("YEM", "Al Hudaydah"): ("Hodeïda", "الحديدة"), ("YEM", "Ta‘izz"): ("Taëz", "تعز"),
    ("YEM", "Aden"): ("عدن",), ("YEM", "Sanaa"): ("صنعاء",), ("YEM", "Ma'rib"): ("مأرب",),
    ("YEM", "Hajjah"): ("حجة",), ("YEM", "Sa‘dah"): ("صعدة",), ("YEM", "Hadramaout"): ("حضرموت",),
    ("YEM", "Al Jawf"): ("الجوف",), ("YEM", "Lahij"): ("لحج",), ("YEM", "Abyan"): ("أبين",),
    ("YEM", "Ibb"): ("إب",), ("YEM", "Dhamar"): ("ذمار",), ("YEM", "Shabwah"): ("شبوة",),
    ("SDN", "Darfur"): ("دارفور",), ("SDN", "North Darfur"): ("Darfour-Nord", "Nord-Darfour", "شمال دارفور"),
    ("SDN", "South Darfur"): ("Darfour-Sud", "Sud-Darfour", "جنوب دارفور"),
    ("SDN", "West Darfur"): ("Darfour-Occidental", "Darfour-Ouest", "غرب دارفور"),
    ("SDN", "Central Darfur"): ("Darfour-Central", "وسط دارفور"), ("SDN", "East Darfur"): ("شرق دارفور",),
    ("SDN", "Khartoum"): ("الخرطوم",), ("SDN", "Gezira"): ("Gézira", "الجزيرة"),
    ("SDN", "Kordofan"): ("كردفان",), ("SDN", "North Kordofan"): ("شمال كردفان",),
    ("SDN", "South Kordofan"): ("Kordofan-Sud", "جنوب كردفان"), ("SDN", "West Kordofan"): ("غرب كردفان",),
    ("SDN", "Blue Nile"): ("Nil Bleu", "النيل الأزرق"), ("SDN", "White Nile"): ("Nil Blanc", "النيل الأبيض"),
    ("SDN", "Kassala"): ("كسلا",), ("SDN", "Gedaref"): ("القضارف",), ("SDN", "Red Sea"): ("البحر الأحمر",),
    ("SDN", "River Nile"): ("نهر النيل",), ("SDN", "Sinnar"): ("سنار",),
    ("IRQ", "Nineveh"): ("Ninive", "نينوى"), ("IRQ", "Al Anbar"): ("الأنبار",), ("IRQ", "Baghdad"): ("Bagdad", "بغداد"),
    ("IRQ", "Basra"): ("Bassora", "البصرة"), ("IRQ", "Kirkuk"): ("كركوك",), ("IRQ", "Erbil"): ("أربيل",),
    ("IRQ", "Duhok"): ("دهوك",), ("IRQ", "Salah ad Din"): ("صلاح الدين",), ("IRQ", "Diyala"): ("ديالى",),
    ("IRQ", "Sulaymaniyah"): ("السليمانية",),
    ("LBY", "Darnah"): ("Derna", "درنة"), ("LBY", "Banghazi"): ("Benghazi", "بنغازي"),
    ("LBY", "Tripoli"): ("طرابلس",), ("LBY", "Misratah"): ("Misrata", "مصراتة"), ("LBY", "Sabha"): ("سبها",),
    ("LBN", "South"): ("Liban-Sud", "Sud-Liban", "جنوب لبنان"), ("LBN", "Nabatiye"): ("Nabatieh", "النبطية"),
    ("LBN", "Beqaa"): ("Bekaa", "البقاع"), ("LBN", "Beyrouth"): ("Beirut", "بيروت"),
    ("LBN", "Baalbek Hermel"): ("بعلبك الهرمل",), ("LBN", "Aakkar"): ("Akkar", "عكار"),
    ("LBN", "Liban Nord"): ("North Lebanon", "Nord-Liban"),
    ("LBN", "Mont Liban"): ("Mount Lebanon", "جبل لبنان"),
    ("PSE", "Gaza Strip"): ("Bande de Gaza", "Gaza", "غزة", "قطاع غزة"),
    ("PSE", "West Bank"): ("Cisjordanie", "الضفة الغربية"),
    ("COD", "North Kivu"): ("Nord-Kivu", "شمال كيفو"), ("COD", "South Kivu"): ("Sud-Kivu", "جنوب كيفو"),
    ("COD", "Ituri"): ("إيتوري",), ("COD", "Tanganyika"): ("Tanganyka",),
    ("SOM", "Hiiraan"): ("Hiran", "هيران"), ("SOM", "Banaadir"): ("بنادر",),
    ("SOM", "Lower Shabeelle"): ("Bas-Shabelle", "شبيلي السفلى"), ("SOM", "Gedo"): ("جدو",),
    ("TCD", "Ouadai"): ("Ouaddaï", "وداي"), ("TCD", "Lac"): ("Lac Tchad",),
    ("MLI", "Tombouctou"): ("Timbuktu",), ("MLI", "Mopti"): ("موبتي",), ("MLI", "Gao"): ("غاو",),
    ("SSD", "Upper Nile"): ("Haut-Nil", "أعالي النيل"), ("SSD", "Unity"): ("Unité", "الوحدة"),
    ("SSD", "Jonglei"): ("جونقلي",),
    ("PAK", "Khyber Pakhtunkhwa"): ("خيبر بختونخوا", "خيبر بختونخواه"), ("PAK", "Punjab"): ("البنجاب",),
    ("PAK", "Sindh"): ("السند",), ("PAK", "Balochistan"): ("Baloutchistan", "بلوشستان"),
}  # fmt: skip


@cache
def country_names(iso2: str, iso3: str) -> tuple[str, ...]:
    """A country's names in French and Arabic: CLDR's (through Babel), then the ones listed above."""
    from babel import Locale

    names: list[str] = []
    for locale in ("fr", "ar"):
        name = Locale(locale).territories.get(iso2)
        if name:
            names.append(name.split(" (")[0])
    return (*names, *COUNTRY_NAMES.get(iso3, ()))
