"""Names coordinators type for places the gazetteer knows under another name: French and Arabic names, acronyms.

Country names in French and Arabic come from pycountry's ISO 3166 translations; the short table below adds the
everyday forms those lack ("RDC", "سوريا") and the crisis areas most followed. The gazetteer gains French and
Arabic names of its own (the build's alias tables); whatever it holds is looked up as well, so entries here
only ever add a way in. Arabic is matched without its article and with its letter variants merged.
"""

from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

from bot.geo.folding import fold_name

# (ISO3, first-level area by its English gazetteer name or None for the country)
Target = tuple[str, str | None]

EVERYDAY_NAMES: dict[str, tuple[Target, ...]] = {
    # French acronyms and short forms
    "RDC": (("COD", None),),
    "RD Congo": (("COD", None),),
    "RCA": (("CAF", None),),
    "Centrafrique": (("CAF", None),),
    "Syrie": (("SYR", None),),
    "Soudan du Sud": (("SSD", None),),
    # Arabic everyday country names
    "سوريا": (("SYR", None),),
    "السودان": (("SDN", None),),
    "جنوب السودان": (("SSD", None),),
    "اليمن": (("YEM", None),),
    "العراق": (("IRQ", None),),
    "ليبيا": (("LBY", None),),
    "لبنان": (("LBN", None),),
    "فلسطين": (("PSE", None),),
    "الصومال": (("SOM", None),),
    "إثيوبيا": (("ETH", None),),
    "مالي": (("MLI", None),),
    "النيجر": (("NER", None),),
    "تشاد": (("TCD", None),),
    "أفغانستان": (("AFG", None),),
    "أوكرانيا": (("UKR", None),),
    "ميانمار": (("MMR", None),),
    "الكونغو الديمقراطية": (("COD", None),),
    "بوركينا فاسو": (("BFA", None),),
    "نيجيريا": (("NGA", None),),
    "موزمبيق": (("MOZ", None),),
    "هايتي": (("HTI", None),),
    # Arabic names of the areas most followed
    "إدلب": (("SYR", "Idlib"),),
    "حلب": (("SYR", "Aleppo"),),
    "ريف دمشق": (("SYR", "Rif Dimashq"),),
    "درعا": (("SYR", "Daraa"),),
    "دير الزور": (("SYR", "Deir Ez Zor"),),
    "الحسكة": (("SYR", "Al Hasakah"),),
    "الرقة": (("SYR", "Ar Raqqah"),),
    "حمص": (("SYR", "Homs"),),
    "حماة": (("SYR", "Hama"),),
    "غزة": (("PSE", "Gaza Strip"),),
    "قطاع غزة": (("PSE", "Gaza Strip"),),
    "الضفة الغربية": (("PSE", "West Bank"),),
    "الخرطوم": (("SDN", "Khartoum"),),
    "شمال دارفور": (("SDN", "North Darfur"),),
    "جنوب دارفور": (("SDN", "South Darfur"),),
    "غرب دارفور": (("SDN", "West Darfur"),),
    "وسط دارفور": (("SDN", "Central Darfur"),),
    "شرق دارفور": (("SDN", "East Darfur"),),
    "الجزيرة": (("SDN", "Gezira"),),
    "جنوب كردفان": (("SDN", "South Kordofan"),),
    "النيل الأزرق": (("SDN", "Blue Nile"),),
    "الحديدة": (("YEM", "Hodeidah"),),
    "تعز": (("YEM", "Taiz"),),
    "مأرب": (("YEM", "Ma'rib"),),
    "نينوى": (("IRQ", "Nineveh"),),
    "الأنبار": (("IRQ", "Al Anbar"),),
    "أربيل": (("IRQ", "Erbil"),),
    "دهوك": (("IRQ", "Duhok"),),
    "السليمانية": (("IRQ", "Sulaymaniyah"),),
    "كيفو الشمالية": (("COD", "North Kivu"),),
    "كيفو الجنوبية": (("COD", "South Kivu"),),
    "تيغراي": (("ETH", "Tigray"),),
    # French names of areas that fold differently from the English ones
    "Kivu du Nord": (("COD", "North Kivu"),),
    "Kivu du Sud": (("COD", "South Kivu"),),
    "Darfour du Nord": (("SDN", "North Darfur"),),
    "Darfour-Nord": (("SDN", "North Darfur"),),
    "Darfour du Sud": (("SDN", "South Darfur"),),
    "Darfour-Sud": (("SDN", "South Darfur"),),
    "Darfour occidental": (("SDN", "West Darfur"),),
    "Darfour-Ouest": (("SDN", "West Darfur"),),
    "Extrême-Nord": (("CMR", "Far North"),),
    "Bande de Gaza": (("PSE", "Gaza Strip"),),
    "Cisjordanie": (("PSE", "West Bank"),),
}

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_LETTERS = str.maketrans({"ة": "ه", "ى": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ي"})
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # harakat, shadda, dagger alif, tatweel


def typed_key(name: str) -> str:
    """The key a typed name is looked up by: the gazetteer's folding, and for Arabic, articles and variants merged."""
    if not _ARABIC.search(name):
        return fold_name(name)
    plain = _ARABIC_MARKS.sub("", name).translate(_ARABIC_LETTERS)
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in plain.split()]
    return fold_name(" ".join(words))


def _translated_country_names() -> dict[str, tuple[Target, ...]]:
    """Every country's ISO names in French and Arabic (pycountry's gettext catalogues)."""
    found: dict[str, tuple[Target, ...]] = {}
    for language in ("fr", "ar"):
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        for country in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                english = getattr(country, attribute, None)
                if english:
                    translated = catalogue.gettext(english)
                    if translated != english:
                        found[translated] = ((country.alpha_3, None),)
                        # "Syrienne, République arabe": ISO's inverted form, also read the right way round
                        head, comma, tail = translated.partition(", ")
                        if comma:
                            found[f"{tail} {head}"] = ((country.alpha_3, None),)
    return found


@cache
def typed_names() -> dict[str, tuple[Target, ...]]:
    """Typed names by key (`typed_key`), each with the places it names."""
    names = _translated_country_names() | EVERYDAY_NAMES
    found: dict[str, tuple[Target, ...]] = {}
    for name, targets in names.items():
        key = typed_key(name)
        if key:
            found[key] = tuple(dict.fromkeys(found.get(key, ()) + targets))
    return found
